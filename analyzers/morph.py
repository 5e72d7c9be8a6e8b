"""Light stemming of Cyrillic tokens: Kazakh suffixes, Russian and Ukrainian case endings.

stem("тоқаевтың") == ("тоқаев", "тың"); stem("токаевым") == ("токаев", "ым");
stem("зеленського") == ("зеленськ", "ого"); stem("tokayev") == ("tokayev", "").
The caller indexes the whole word and the stem, so a stem only has to be shared by the
forms of one word; it need not be a dictionary word.
"""

from __future__ import annotations

from analyzers.kazakh_suffixes import (
    BACK,
    FRONT,
    PATRONYMIC_STEMS,
    SHORT_STEMS,
    SLOTS,
    SOUND_CLASS,
    WHOLE_WORDS,
)
from analyzers.ukrainian import stem_uk

KAZAKH_LETTERS = frozenset("әғқңөұүһ")
UKRAINIAN_LETTERS = frozenset("їєґ")
# A word with і but no letter above: Kazakh if it has only front vowels (harmony: бір,
# кезінде, мектепті), Ukrainian if it also has a back vowel or a letter Kazakh words rarely
# have (області, міністр, після).  Measured in tests/eval/morph_pairs.py.
UKRAINIAN_HINTS = frozenset("аоуяюиьщц'’")

# Russian noun, adjective and surname case endings, longest first (nouns and names matter
# most in news; verbs are left whole).  Genitive plural -ов / -ев is not stripped: it would
# merge surnames with first names (ахметов / ахмет, иванов / иван) and cut токаев to тока.
# Snowball Russian is not used: it reads -ан / -на as verb endings and cuts казахстан to
# казахста but казахстане to казахстан (measured in tests/eval/morph_pairs.py).
RUSSIAN_ENDINGS = (
    "иями",  # instrumental plural: инвестициями
    "ями",  # instrumental plural: областями
    "ами",  # instrumental plural: странами
    "ыми",  # instrumental plural adjective: новыми
    "ими",  # instrumental plural adjective: казахстанскими
    "ого",  # genitive adjective: Зеленского
    "его",  # genitive soft adjective: последнего
    "ому",  # dative adjective: Зеленскому
    "ему",  # dative soft adjective: последнему
    "ией",  # instrumental: Россией
    "иях",  # locative plural: инвестициях
    "ах",  # locative plural: странах
    "ях",  # locative plural: областях
    "ам",  # dative plural: странам
    "ям",  # dative plural: областям
    "ая",  # nominative feminine adjective: казахстанская
    "яя",  # nominative feminine soft adjective: последняя
    "ое",  # nominative neuter adjective: новое
    "ее",  # nominative neuter soft adjective: последнее
    "ые",  # nominative plural adjective: новые
    "ие",  # nominative plural adjective / noun: казахстанские, мнение
    "ый",  # nominative adjective: новый
    "ий",  # nominative adjective / surname: Зеленский
    "ой",  # oblique feminine: Астаной, Токаевой
    "ей",  # oblique feminine soft / genitive plural: областей
    "ую",  # accusative feminine adjective: новую
    "юю",  # accusative feminine soft adjective: последнюю
    "ых",  # genitive plural adjective: новых
    "их",  # genitive plural adjective: казахстанских
    "ым",  # instrumental surname / adjective: Токаевым
    "им",  # instrumental adjective: Зеленским
    "ом",  # instrumental: Казахстаном
    "ем",  # instrumental soft: полем
    "ью",  # instrumental feminine: областью
    "ия",  # nominative: Россия
    "ии",  # genitive/locative: России
    "ию",  # accusative: Россию
    "а",  # genitive masculine / nominative feminine: Токаева, Астана
    "я",  # soft a: Сергея
    "о",  # neuter: правительство
    "е",  # locative: Казахстане
    "у",  # dative: Токаеву
    "ю",  # soft u: Сергею
    "ы",  # genitive feminine / plural: Астаны, Алматы
    "и",  # soft plural: области
    "ь",  # soft sign: область
    "й",  # after a vowel: Сергей
)
MIN_STEM = 3
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин")
VOWEL_LETTERS = frozenset("аоұыяёюәөүіеэиу")
# Kazakh suffixes that are also common Russian word ends (астаны, доллар): not tried on
# words without Kazakh letters.
RUSSIAN_LOOKALIKES = frozenset(["ны", "лар", "лер", "дар", "дер", "тар", "тер"])


def _by_ending(rows) -> tuple[tuple[int, ...], dict[str, list[tuple[str, str, str]]]]:
    """A slot as (suffix lengths longest first, rows by suffix in table order), so a word
    looks up the few suffixes it ends in instead of trying every row of the slot."""
    by_suffix: dict[str, list[tuple[str, str, str]]] = {}
    for row in rows:
        by_suffix.setdefault(row[0], []).append(row)
    return tuple(sorted({len(s) for s in by_suffix}, reverse=True)), by_suffix


# Each slot longest suffix first, so облыс-ы-нда is read before a bare -да.
KAZAKH_SLOTS = tuple(_by_ending(slot) for slot in SLOTS)
AMBIGUOUS_SLOTS = tuple(
    _by_ending(row for row in slot if row[0] not in RUSSIAN_LOOKALIKES) for slot in SLOTS
)


def language(word: str) -> str:
    """Language of a lowercase token by its letters: "kk", "uk", "ru", or "" if not Cyrillic."""
    letters = set(word)
    if letters & KAZAKH_LETTERS:
        return "kk"
    if letters & UKRAINIAN_LETTERS:
        return "uk"
    if "і" in letters:
        if word.endswith("ів"):  # the genitive plural: міністрів, not a Kazakh ending
            return "uk"
        return "uk" if letters & UKRAINIAN_HINTS and "ы" not in letters else "kk"
    if any("а" <= ch <= "я" or ch == "ё" for ch in word):
        return "ru"
    return ""


def stem(word: str) -> tuple[str, str]:
    """Split a lowercase token into (stem, ending) with stem + ending == word."""
    lang = language(word)
    if lang == "kk":
        return stem_kk(word)
    if lang == "uk":
        return stem_uk(word)
    if lang == "ru":
        return stem_ambiguous(word)
    return word, ""


def stem_ambiguous(word: str) -> tuple[str, str]:
    """Stem a word without Kazakh or Ukrainian letters: Kazakh suffixes first, else Russian.

    A third of the words in Kazakh news have no Kazakh letter (алматыда, астанада); Kazakh
    suffixes that Russian words also end in are skipped (see RUSSIAN_LOOKALIKES).
    """
    kk = stem_kk(word, AMBIGUOUS_SLOTS)
    return kk if kk[1] else stem_ru(word)


# A stem that a Kazakh word without Kazakh letters would hardly have, so that a word
# stemmed as Kazakh may be Russian after all (города read as горо-да, not город-а):
# letters native Kazakh words lack, о after the first syllable (Kazakh has о only in the
# first), or а, о, ы beside е (vowel harmony; an е after a vowel is the glide of -ев).
_RUSSIAN_LETTERS = frozenset("фвцчщёэюя")
_BACK_PLAIN = frozenset("аоы")
# Russian stem ends that a Kazakh stem and a suffix starting with т, к, г, д hardly make
# (проекта, Минске, рейтинге, нужды); not рд, зд, рг: жер-де, кез-де, жер-ге.
_RUSSIAN_STEM_ENDS = ("ск", "кт", "нг", "жд")


def _looks_russian(kazakh_stem: str) -> bool:
    """Whether a stem read off a word as Kazakh looks like part of a Russian word."""
    if _RUSSIAN_LETTERS & set(kazakh_stem):
        return True
    vowels = [
        (i, ch)
        for i, ch in enumerate(kazakh_stem)
        if ch in VOWEL_LETTERS and not (ch == "е" and i and kazakh_stem[i - 1] in VOWEL_LETTERS)
    ]
    if any(ch == "о" for _, ch in vowels[1:]):
        return True
    letters = {ch for _, ch in vowels}
    return bool(letters & _BACK_PLAIN) and "е" in letters


def russian_reading(word: str, *, likely: bool = True) -> tuple[str, str] | None:
    """The Russian reading of a word without Kazakh or Ukrainian letters that stem() reads as
    Kazakh: russian_reading("города") == ("город", "а") (stem gives горо-да).  With
    `likely`, only when its Kazakh stem looks Russian: None for алматыда or болды, but not
    for суда (су-да, суд-а).  The caller indexes both stems."""
    if language(word) != "ru":
        return None
    kazakh = stem_kk(word, AMBIGUOUS_SLOTS)
    if not kazakh[1]:
        return None
    russian = stem_ru(word)
    if russian[0] == kazakh[0] or not russian[1]:
        return None
    if not likely or _looks_russian(kazakh[0]) or russian[0].endswith(_RUSSIAN_STEM_ENDS):
        return russian
    return None


def stem_ru(word: str) -> tuple[str, str]:
    """Strip one Russian case ending: stem_ru("казахстана") == ("казахстан", "а")."""
    for ending in RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)], ending
    return word, ""


def stem_kk(word: str, slots=KAZAKH_SLOTS) -> tuple[str, str]:
    """Strip Kazakh suffixes slot by slot: stem_kk("облыстарының") == ("облыс", "тарының")."""
    current = word
    for lengths, by_suffix in slots:
        if current in WHOLE_WORDS:
            break
        current = _strip_one(current, lengths, by_suffix)
    return current, word[len(current) :]


def _strip_one(word: str, lengths, by_suffix) -> str:
    """The word without the longest suffix of one slot that may follow what precedes it."""
    for n in lengths:
        if len(word) <= n:
            continue
        for suffix, harmony, after in by_suffix.get(word[-n:], ()):
            if _agrees(word[:-n], suffix, harmony, after):
                return word[:-n]
    return word


def _agrees(stem: str, suffix: str, harmony: str, after: str) -> bool:
    """True if suffix may follow stem: long enough, harmonic, the right sound before it."""
    if not _long_enough(stem):
        return False
    if harmony != "-" and not _harmonic(stem, harmony):
        return False
    last = stem[-1]
    sound = "P" if last in "ыі" and "P" in after else SOUND_CLASS.get(last, "")
    if sound not in after:
        return False
    if suffix in ("ы", "і") and stem.endswith(PATRONYMIC_STEMS) and len(stem) > 3:
        return False
    # мәжіліс-і, not мәжілі-сі: a stem ending in ы/і takes -сы/-сі only if it is a -шы noun.
    if suffix in ("сы", "сі") and last in "ыі" and not stem.endswith(("шы", "ші")):
        return False
    # Қазақстан, Татарстан: -стан is a place-name ending, not с + ablative -тан.
    return not (suffix[0] == "т" and last == "с" and SOUND_CLASS.get(stem[-2]) != "V")


def _long_enough(stem: str) -> bool:
    if stem in SHORT_STEMS:
        return True
    return len(stem) >= 3 and any(ch in VOWEL_LETTERS for ch in stem)


def _harmonic(stem: str, harmony: str) -> bool:
    """Vowel harmony: the stem's last back or front vowel decides; и / у alone allow both.

    An е right after a vowel is skipped: in surnames it is the glide of -ев (Тоқаевтың);
    the Russian surname ending -ов / -ев / -ин itself never decides (Дүйсеновтің).  A ё,
    only in Russian names and loans, allows both: Kazakh texts write Мирзиёевтің,
    Волонтёрлер and Режиссёрмен but Вертолёттарға.
    """
    if stem.endswith(SURNAME_ENDINGS) and len(stem) > 5:
        stem = stem[:-2]
    for i in range(len(stem) - 1, -1, -1):
        ch = stem[i]
        if ch == "е" and i > 0 and stem[i - 1] in BACK:
            continue
        if ch == "ё":
            return True
        if ch in BACK:
            return harmony == "b"
        if ch in FRONT:
            return harmony == "f"
    return True
