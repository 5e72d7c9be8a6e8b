"""Readings: the other spellings a query word may stand for in the other script.

A reading is searched, never indexed: as a fold it would merge too much (j is ж in Kazakh
Latin: folding j to й would part Jomart from Жомарт), but as one more key of a query word it
only finds more.  latin_spellings gives a Cyrillic query word's Latin spellings (Ямал: jamal,
amal; Макрон: macron); cyrillic_readings gives the keys a Latin query word may have among
Cyrillic words (Jamal: yamal, Trump: tramp, Macron: makron).  russian_spellings, how
Russian spells a Kazakh name (Өтебаев: Утебаев), is a reading of a Kazakh query word and is
also indexed, in a term space of its own, for Russian and Latin queries.  Measured in
tests/eval/variants.py and tests/eval/reading_merges.py (docs/EVALUATION.md).
"""

from __future__ import annotations

import re
import unicodedata

from analyzers.english import american
from analyzers.foreign import apply_rules, foreign_spellings
from analyzers.translit import RUSSIAN, cyrillic_language, fold, romanize

# English short u (Trump, Hunter, Buffett) is а in Russian and Kazakh: Трамп, Хантер,
# Баффет.  A u after a consonant and before a closed syllable, not before r (Burns: Бёрнс).
_ENGLISH_SHORT_U = re.compile(
    r"(?<=[b-df-hj-np-tv-z])u(?=[b-df-hj-np-qs-tv-z](?:[b-df-hj-np-tv-z]|$))"
)
# English consonant letters as Russian and Kazakh transcribe them: w as в (Washington:
# Вашингтон, Twitter: Твиттер), c as к, or с before e, i, y (Macron: Макрон, California:
# Калифорния), x as кс (Exxon: Эксон), oo as у (Bloomberg: Блумберг), ee as и (Aberdeen:
# Абердин), an h after a vowel left out (Johnson: Джонсон) and a final le as л (Google:
# Гугл).
_ENGLISH_LETTERS = (
    (re.compile("wh?"), "v"),
    (re.compile("c(?=[eiy])"), "s"),
    (re.compile("c(?!h)"), "k"),
    (re.compile("xx"), "x"),
    (re.compile("oo"), "u"),
    (re.compile("ee"), "i"),  # Aberdeen: Абердин
    (re.compile("(?<=[aeiou])h(?![aeiou])"), ""),  # h not said: Johnson, Abdullah
    (re.compile("(?<=[^aeiou])le$"), "l"),  # Google: Гугл
)
# English vowels as Russian and Kazakh transcribe a name by its sound: ai, ay before a
# consonant as эй (Airbus: Эйрбас, Taylor: Тейлор), i or y after a consonant in an open
# syllable or before a as ай (Biden: Байден, Tyson: Тайсон, Brian: Брайан, Simon:
# Саймон), a there as эй (Baker: Бейкер, James: Джеймс), and the silent e after such a
# vowel left out.  In words of 5 letters or more: with 4, common words found Cyrillic
# ones (same: сейм, gave: геїв), and names like Mike and Kate are left out.  Not in: igh
# as ай, wr and kn as р and н, au as о, a final ey as и (Wright: Райт, Austin: Остин,
# Haley: Хейли), which made more words find wrong ones than right ones (night: найти,
# wreck: река, austria: острая, rodney: родная).
_C = "[b-df-hj-np-tv-xz]"  # a consonant letter, not y
_ENGLISH_VOWELS = (
    (re.compile(f"a[iy](?={_C})"), "ei"),
    (re.compile(f"(?<={_C})[iy]({_C})e(s?)$"), r"ai\1\2"),  # a silent e: Clive, Nikes
    (re.compile(f"(?<={_C})[iy](?=(?:{_C}|[bcdfgkpt][lr]|[cpst]h)[aeiou]|a)"), "ai"),
    (re.compile(f"(?<={_C})a({_C})e(s?)$"), r"ei\1\2"),  # a silent e: Blake, James
    (re.compile(f"(?<={_C})a(?={_C}e[rdy]|{_C}el)"), "ei"),  # Baker
)
_MIN_ENGLISH_VOWELS = 5
# And back, in a Cyrillic word of 5 letters or more without Kazakh letters or і: ай after a
# consonant and before a consonant, а or о as i or y (Байден: Biden, Тайсон: Tyson,
# Майкрософт: Microsoft, Брайан: Brian; not Kazakh сайын, дайын, or a final ай: давай),
# and in one of 6 letters or more ей between consonants as a or ay (Бейкер: Baker, Тейлор:
# Taylor; not джейк: jack).
_CYRILLIC_CONSONANT = "[бвгджзклмнпрстфхцчшщ]"
_CONSONANT_AI = re.compile(f"(?<={_CYRILLIC_CONSONANT})ай(?={_CYRILLIC_CONSONANT}|[ао])")
_CONSONANT_EI = re.compile(f"(?<={_CYRILLIC_CONSONANT})ей(?={_CYRILLIC_CONSONANT})")
_NOT_IN_ENGLISH_NAMES = frozenset("әғқңөұүһі")
_MIN_ENGLISH_NAME = 5
# And back: к as c where English would not read it as s (Макрон, Калифорния), в as w.
# Both only in words of 6 letters or more: wash, slow, carry would find ваш, слов, қары.
_ENGLISH_K = re.compile("k(?![eiy])")
_MIN_ENGLISH = 6
# A lone h (not in kh, sh, ch, zh, gh, th, ph) may be г: Ukrainian г is h (Bohdan, Oleh,
# Vyshhorod), and Russian writes a foreign h as г (Hamburg: Гамбург).
_LONE_H = re.compile(r"(?<![kszcgtp])h")
# gh before a consonant or at a word's end, as BGN/PCGN writes ғ and English a foreign г
# (Baghdod: Бағдод; Baghdad, Edinburgh: Багдад, Эдинбург); not in ght (night).  Before a
# vowel fold reads it as g already.
_GH = re.compile("gh(?!t)")
# A Latin word in the scientific or ISO 9 spelling of Russian (Joškar, Cvetkovo, Âmal) also
# reads as the press's: j before a vowel as y (in words of 5 letters or more: Jack is not
# як), c as ts (not in ch or ck), â and û as ya and yu, ë as yo, x as kh (as Uzbek Latin
# writes х too, first in a word of 4 letters or more: Xakka, xudo; not Xi).
_SCIENTIFIC_LATIN = (
    (re.compile(r"^(?=.{5})j(?=[aeiouâû])|(?<=.)j(?=[aeiouâû])"), "y"),
    (re.compile(r"c(?![hk])"), "ts"),
    (re.compile(r"â"), "ya"),
    (re.compile(r"û"), "yu"),
    (re.compile(r"y?ë"), "yo"),  # ё: Ëlkin, Yëzh
    (re.compile(r"(?<=.)x|^x(?=.{3})"), "kh"),  # х: mjagkix, Xakka
)
# Kazakh Latin 2018 writes ц as s (korporasıa, sırk: корпорация, цирк) and я and ю after a
# consonant as á and ú (zarád, alúmını: заряд, алюминий).  s is read as ц only before ı
# (и, й): elsewhere ts is also тс, common in Kazakh (кетсе: ketse, kese).
_KAZAKH_2018_IOTATED = (
    (re.compile(r"(?<=[b-df-hj-np-tv-z])á"), "ya"),
    (re.compile(r"(?<=[b-df-hj-np-tv-z])ú"), "yu"),
)
_S_AS_TS = re.compile(r"s(?=ı)")
# ё after a consonant is e in the key (Артём: artem), but some schemes write it ye (GOST
# 52290, MVD 782: Artyem, Krye): that ye is read as e, and a Cyrillic ё as ye.  (Reading
# every e after a consonant as ye too, for a dropped ь or ъ (Vasileva, sesh), found Kazakh
# words with ие: net, тиесі, киелі.)
_CONSONANT_YE = re.compile("(?<=[b-df-hj-np-tv-z])ye")
_CONSONANT_YO = re.compile(f"(?<={_CYRILLIC_CONSONANT})ё")
SOFT_SIGN_J = re.compile("(?<=[bcdfghklmnpqrstvwxz])j(?=[bcdfghklmnpqrstvwxz])")
"""A j between consonants, which some romanizations write for ь (Chaplynsjkyj, Arhangeljsk:
Чаплинський, Архангельск); Kazakh Latin's j (ж) and й stand by a vowel.  Read so in a word
of MIN_SOFT_SIGN_J letters or more: English DJs is no ds."""
MIN_SOFT_SIGN_J = 6
RESPELLED = (("ё", "е"), ("ў", "о"))
"""Letters that other texts write as another: most Russian texts ё as е (её, ее; ёлка,
елка; Королёв, Королев), Uzbek Latin ў as o‘ (Ўзбек, O‘zbek; бўлиб, bo‘lib).  Articles
are indexed under both (keys.respelled_keys); a Cyrillic query spells both in Latin."""
_UK_CONSONANT = "бвгґджзклмнпрстфхцчшщ"
UKRAINIAN_AS_RUSSIAN = (
    (re.compile("ьов(?=[иі]ч|н)"), "ьев"),  # a patronymic: Васильович, Васильевич
    (re.compile("ьо"), "ё"),  # Вишньов, Вишнёв; Альона, Алёна; льотчик, лётчик
    (re.compile("(?<=[бвмпф])йо"), "ьё"),  # Соловйов, Соловьёв; Воробйов, Воробьёв
    (re.compile("(?<=[жчшщ])о(?=в)"), "ё"),  # Ткачова, Ткачёва; Рогачов, Рогачёв
    (re.compile("і(?=в(?:ськ|цьк|к))"), "о"),  # Петрівський, Петровский; Іванівка, Ивановка
    (re.compile(f"(?<=[{_UK_CONSONANT}])івн"), "овн"),  # Генриківна, Генриковна
    (re.compile("ївн"), "евн"),  # Мойсеївна, Моисеевна
    (re.compile("ійов(?=[иі]ч|н)"), "иев"),  # Валерійович, Валериевич
    (re.compile(f"(?<=[{_UK_CONSONANT}])ів$"), "ов"),  # Антонів, Антонов; депутатів, депутатов
)
"""Where Ukrainian writes a name otherwise than Russian, letter for letter: о for ё (е in
most Russian texts) after ь, after й that follows a labial (Russian ьё), and after ж, ч,
ш, щ before в, as in a surname's -ов (Горбачов, Горбачёв); і for о before в in -івський,
-івка (Петрівський, Петровский; Михайлівка, Михайловка) and at the end after a
consonant, a surname's or a genitive plural's -ів (Антонів, Антонов; депутатів,
депутатов); and a patronymic's -івна, -ївна, -ійович, -ьович for Russian -овна, -евна,
-иевич, -ьевич.  Not о after ж, ч, ш, щ elsewhere, where Kazakh writes о: жол ("road")
is not жел ("wind").  Only in a word of MIN_UKRAINIAN_AS_RUSSIAN letters or more: short
ones meet other words (пішов, "went", is no пищев-; нього, ньому are not неге, нем).
Articles index a word also so spelled (keys.respelled_keys)."""
MIN_UKRAINIAN_AS_RUSSIAN = 6
UKRAINIAN_AS_RUSSIAN_E = (
    (re.compile("і(?=в(?:ськ|цьк|к))"), "е"),  # Вишнівська, Вишневская; Ковалівка, Ковалевка
    (re.compile("іїв(?=н)"), "еев"),  # Матвіївна, Матвеевна
    (re.compile("ійов(?=[иі]ч|н)"), "еев"),  # Сергійович, Сергеевич; Андрійович, Андреевич
    # a patronymic's -івна: Ігорівна, Игоревна (not рівності, ревности: "equality" and
    # "jealousy")
    (re.compile(f"(?<=[{_UK_CONSONANT}])івн(?=(?:[аиіу]|ою)$)"), "евн"),
)
"""Where the Russian spelling has е for the Ukrainian і that UKRAINIAN_AS_RUSSIAN reads as
о or и, after a consonant that Russian writes soft or for a name in -ей (Сергій,
Сергей): a word gets both respellings, since the Ukrainian does not tell them apart
(Петрівський, Петровский, but Вишнівська, Вишневская; Валерійович, Валериевич, but
Сергійович, Сергеевич)."""


def russian_respellings(word: str) -> tuple[str, ...]:
    """A Cyrillic word spelled as Russian writes it where Ukrainian writes it otherwise
    (UKRAINIAN_AS_RUSSIAN: Вишньова, Вишнёва; Петрівський, Петровський), and with е where
    Russian may write it (UKRAINIAN_AS_RUSSIAN_E: Сергійович, Сергеевич); none when the
    word has nothing to respell or is short."""
    if len(word) < MIN_UKRAINIAN_AS_RUSSIAN:
        return ()
    spellings = (
        apply_rules(word, UKRAINIAN_AS_RUSSIAN),
        apply_rules(word, UKRAINIAN_AS_RUSSIAN_E + UKRAINIAN_AS_RUSSIAN),
    )
    return tuple(s for s in dict.fromkeys(spellings) if s != word)


SIGN_BEFORE_EV = re.compile("ь(?=[её]в)")
"""ь before ев, ёв in a name (Васильев, Юрьевич, Соловьёв), which ICAO (passports) and
other schemes leave out: Vasilev, Yurevich.  Not before every е: бьет, съел are not бет, сел."""


# Belarusian romanizations, as Latin articles about Belarus spell its names (Віцебск:
# Viciebsk, Vitsyebsk): the national one of 2007 (also the UN's, and with c' for ць the
# 2000 one), the passports' of 2008 (ц ts, ў w, х kh) and BGN/PCGN's of 1979 (those
# consonants too; е ye after a consonant as well).  Each gives a Cyrillic query word that
# may be Belarusian one more Latin spelling.
_NATIONAL = {"г": "h", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "ж": "ž", "ў": "ŭ"}
_DIGRAPHS = {"г": "h", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ж": "zh", "ў": "w"}
_BELARUSIAN_SCHEMES = (("national", _NATIONAL), ("passport", _DIGRAPHS), ("bgn", _DIGRAPHS))
_BELARUSIAN_COMMON = {**RUSSIAN, "й": "j", "і": "i", "ь": "", "'": "", "’": ""}
_BELARUSIAN_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
_BELARUSIAN_VOWELS = set("аеёиіоуыэюяў")
_BELARUSIAN_LETTERS = frozenset("абвгдеёжзійклмнопрстуўфхцчшыьэюя'’")
# і alone does not tell Belarusian from Kazakh (келеді, тілде): with it, a word needs one
# of the letters Kazakh words seldom have beside it (Віцебск, Бешанковічы, Цюрлі).
_NOT_KAZAKH_BESIDE_I = frozenset("йцчфхёюяэўы'’")
_MIN_BELARUSIAN = 5
# A spelling that ends as an English inflection, which Porter would cut as in English
# words: средь, sried, stemmed as sri; массе, massie, as masi.
_ENGLISH_ENDING = re.compile("[iy]e[sd]?$")


def may_be_belarusian(word: str) -> bool:
    """Whether a lowercase Cyrillic word may be Belarusian: of 5 letters or more, or 4 with
    ў or ё (Гаўя, Мёры); only Belarusian letters (not и, щ, ъ); with і, a letter that
    Kazakh words seldom have (Віцебск, not келеді)."""
    letters = set(word)
    shortest = _MIN_BELARUSIAN - 1 if "ў" in letters or "ё" in letters else _MIN_BELARUSIAN
    if len(word) < shortest or not letters <= _BELARUSIAN_LETTERS:
        return False
    return "і" not in letters or not letters.isdisjoint(_NOT_KAZAKH_BESIDE_I)


def belarusian_spellings(word: str) -> list[str]:
    """A Cyrillic word as the Belarusian romanizations write it: е, ё, ю, я as ie, io, iu,
    ia after a consonant and je, jo, ju, ja elsewhere (Віцебск: Viciebsk; Ельск: Jeĺsk),
    ць as ć (Друць: Druć), or in BGN/PCGN's as ye, yo, yu, ya everywhere (Vitsyebsk,
    Homyel).  Not a spelling that ends as an English inflection (_ENGLISH_ENDING)."""
    spellings = []
    for scheme, consonants in _BELARUSIAN_SCHEMES:
        out, prev = [], ""
        for i, ch in enumerate(word):
            if ch in _BELARUSIAN_IOTATED:
                after_consonant = prev.isalpha() and prev not in _BELARUSIAN_VOWELS
                glide = "y" if scheme == "bgn" else "i" if after_consonant else "j"
                out.append(glide + _BELARUSIAN_IOTATED[ch])
            elif ch == "ц" and word[i + 1 : i + 2] == "ь" and scheme == "national":
                out.append("ć")
            elif ch == "й" and scheme == "bgn":
                out.append("y")
            else:
                out.append(consonants.get(ch, _BELARUSIAN_COMMON.get(ch, ch)))
            prev = ch
        spellings.append(romanize("".join(out)))
    return [s for s in dict.fromkeys(spellings) if not _ENGLISH_ENDING.search(s)]


# And back: a Latin query word in a Belarusian romanization read as the press's, which
# the Cyrillic words' keys follow.  In a word with one of the national scheme's letters
# (č, ŭ, ĺ ...) ch is х, as it is in a long ASCII word's second reading (Chocimsk).
_BELARUSIAN_CONSONANT = "[b-df-hj-np-tv-zćĺńśźčšžŭ]"
_BELARUSIAN_LATIN = (
    (_CONSONANT_YE, "e"),  # BGN's е after a consonant: Myensk
    # е, ё, ю, я after a consonant: Viciebsk, Homieĺ, Miory; not an English word's end
    # (Jamie, fried, tries; radio, lion: Belarusian words seldom end so).
    (re.compile(f"(?<={_BELARUSIAN_CONSONANT})i(?=e(?![sd]?$))"), ""),
    (re.compile(f"(?<={_BELARUSIAN_CONSONANT})i(?=[au]|o(?!n?s?$))"), "y"),
    (re.compile("j(?=[aeiou])"), "y"),  # je jo ju ja: Jeĺsk, Babajedava
    (re.compile("ć"), "ts"),  # ць: Druć
    (re.compile("c(?![hk])"), "ts"),  # ц: Viciebsk
    (re.compile("(?<=[aeiouy])w"), "u"),  # ў as w: Shklow, Krapiwna
    (_LONE_H, "g"),  # г: Homiel, Hyez·haly
)
_NATIONAL_LETTERS = re.compile("[ćĺśźčšžŭ]")  # and ń, which Kazakh Latin 2018 has too
# Kazakh Latin letters that no Belarusian romanization has.
_KAZAKH_LATIN_LETTERS = re.compile("[qáǵıóúýäğñöşūü]")
_MIN_CH_AS_KH = 6


def belarusian_readings(surface: str) -> list[str]:
    """The press's romanization of a Latin word read as Belarusian romanizations write
    (Viciebsk, Vitsyebsk: vitsebsk; Homieĺ, Homyel: gomel): a word of 5 letters or more,
    or with a letter of the national scheme (Haŭja), and not in Kazakh Latin, whose j is ж
    (jaıy is no яй)."""
    national = _NATIONAL_LETTERS.search(surface) is not None
    kazakh = _KAZAKH_LATIN_LETTERS.search(surface) or ("ń" in surface and not national)
    if kazakh or (len(surface) < _MIN_BELARUSIAN and not national):  # jańa is жаңа
        return []
    read = "".join(ch for ch in surface if not unicodedata.combining(ch))  # ALA-LC's i͡o
    for pattern, replacement in _BELARUSIAN_LATIN:
        read = pattern.sub(replacement, read)
    reads = [read]
    if national or len(surface) >= _MIN_CH_AS_KH:
        reads.append(read.replace("ch", "kh"))
    return list(dict.fromkeys(romanize(r) for r in reads))


def _scientific(word: str) -> str:
    """A Cyrillic word in the scientific romanization of Russian: Ямал -> jamal."""
    return romanize(word, language="sci")


def _iso9(word: str) -> str:
    """A Cyrillic word in ISO 9 as a Latin article's key reads it: Ямал -> Âmal -> amal."""
    return romanize(word, language="iso9")


def latin_spellings(surface: str, exact: str) -> list[str]:
    """How Latin articles may spell a Cyrillic query word and its dictionary form: the
    press's romanization, its fold (Porter reads krylatskoye otherwise than Krylatskoe),
    the scientific and ISO 9 ones, with г also as h (Богдан: Bohdan; the first г alone:
    Гамбург, Hamburg), ң also as ng and ғ as gh (BGN/PCGN: Өңірек, Öngirek; Бағдод,
    Baghdod), ц also as s (Kazakh Latin 2018: процесс, proses) or tc (GOST 52535: Цветков,
    Tcvetkov), х in the scientific spelling also as kh or h (GOST 16876-71: мягких,
    mjagkikh) and in the press's as x (Uzbek Latin: яхши, yaxshi), ё after a consonant
    also as ye (Артём, Artyem), ё also as е (Ёж, Ezh), ў as o (Ўзбек, O‘zbek), ъ left out
    (съезд, sezd), ь before ев left out (Юрьевич, Yurevich), a word of 6 letters or more
    with к as c and в as w, as English writes a name (Макрон, Macron), a word that may
    be Belarusian in the Belarusian romanizations (Віцебск: Viciebsk, Vitsyebsk), and a
    surname's -ов, -ев with w and й as j (surname_spellings: Бердымухамедов,
    Berdimuhamedow; Токаев, Tokajev), a Ukrainian name as Russian spells it
    (russian_respellings: Горбачов, Gorbachev), and a Ukrainian word with г or є also in
    the Russian romanization (Стругацький, Strugatsky; Гусєва, Guseva)."""
    words = (surface, exact)
    words += russian_respellings(surface)  # Горбачов, Gorbachev
    if "г" in surface:
        words += tuple(w.replace("г", "х", n) for w in words for n in (-1, 1))
    if "ң" in surface:
        words += tuple(w.replace("ң", "нг") for w in words)
    if "ғ" in surface:  # ғ as BGN/PCGN's gh (г and һ): Бағдод, Baghdod; Тоғжан, Toghzhan
        words += tuple(w.replace("ғ", "гһ") for w in words)
    if "ц" in surface:  # Kazakh Latin 2018: процесс, proses
        words += tuple(w.replace("ц", "с") for w in words)
    if "ё" in surface:  # ё after a consonant written ye: Артём, Artyem
        words += tuple(_CONSONANT_YO.sub("ье", w) for w in words)
    for letter, other in RESPELLED:  # Ёж, Ezh; Ўзбек, O‘zbek; Горбачёв, Горбачев
        if any(letter in w for w in words):
            words += tuple(w.replace(letter, other) for w in words)
    if "ъ" in surface:  # ъ left out: съезд, sezd
        words += tuple(w.replace("ъ", "") for w in words)
    if "ь" in surface:  # a passport's Юрьевич: Yurevich
        words += tuple(SIGN_BEFORE_EV.sub("", w) for w in words)
    spellings = [r(w) for r in (romanize, fold, _scientific, _iso9) for w in words]
    if ("г" in surface or "є" in surface) and cyrillic_language(surface) == "uk":
        # A Russian name in Ukrainian letters: Стругацький, Strugatsky; Гусєва, Guseva
        spellings += [romanize(w, language="ru") for w in words]
    if "ц" in surface:  # ц as tc in Russian passports of 2006-2010 (GOST 52535): Tcvetkov
        spellings += [romanize(w).replace("ts", "tc") for w in words]
    if "х" in surface:  # j for й, я but kh or h for х (GOST 16876-71): mjagkikh, mjagkih
        spellings += [_scientific(w).replace("x", h) for w in words for h in ("kh", "h")]
        spellings += [romanize(w).replace("kh", "x") for w in words]  # Uzbek яхши: yaxshi
    if len(surface) >= _MIN_ENGLISH and ("к" in surface or "в" in surface):  # Макрон
        spellings.append(english_letters(romanize(surface)))
    for sound in english_sounds(surface):  # Байден: Biden, Бейкер: Baker
        latin = romanize(sound)
        spellings += [latin, english_letters(latin)]
    if may_be_belarusian(surface):  # Віцебск: Viciebsk, Vitsyebsk
        for word in dict.fromkeys(words[:2]):
            spellings += belarusian_spellings(word) if may_be_belarusian(word) else []
    if is_russian_surname(surface):  # Бердымухамедов: Berdimuhamedow; Токаев: Tokajev
        spellings += [s for w in words[:2] for s in surname_spellings(romanize(w))]
    return spellings


def english_letters(latin: str) -> str:
    """A romanized Cyrillic word with к and в as English may write them: makron -> macron,
    vashington -> washington (c where English would not read it as s)."""
    return _ENGLISH_K.sub("c", latin).replace("v", "w")


def english_spelling(latin: str) -> str:
    """An English word's letters as Russian spells them: macron -> makron."""
    for pattern, replacement in _ENGLISH_LETTERS:
        latin = pattern.sub(replacement, latin)
    return latin


def english_sounds(word: str) -> list[str]:
    """A Cyrillic word that may transcribe an English name respelled as its English vowels
    would be (_CONSONANT_AI, _CONSONANT_EI): байден -> биден, бейкер -> бакер and байкер;
    [] for a word with neither."""
    if len(word) < _MIN_ENGLISH_NAME or not _NOT_IN_ENGLISH_NAMES.isdisjoint(word):
        return []
    sounds = [_CONSONANT_AI.sub("и", word)]
    if len(word) > _MIN_ENGLISH_NAME:
        sounds += [_CONSONANT_EI.sub("а", word), _CONSONANT_EI.sub("ай", word)]
    return [s for s in dict.fromkeys(sounds) if s != word]


def english_vowels(latin: str) -> str:
    """An English name's vowels as Russian spells them: biden -> baiden, kate -> keit."""
    for pattern, replacement in _ENGLISH_VOWELS:
        latin = pattern.sub(replacement, latin)
    return latin


def english_readings(surface: str, latin: str) -> list[str]:
    """Keys an ASCII query word of 5 letters or more may have among Cyrillic words if it is
    an English name, its vowels read as Russian transcribes them (english_vowels: Biden:
    Байден, Airbus: Эйрбас), with its consonants too in one of 6 letters or more
    (english_spelling: Microsoft: Майкрософт).  A query searches them as whole words and
    dictionary forms only, not with a Kazakh ending or final vowel dropped: Kytay, read as
    kaitai, would find қайта-дан ("again")."""
    if not surface.isascii() or len(latin) < _MIN_ENGLISH_VOWELS:
        return []
    short_u = _ENGLISH_SHORT_U.sub("a", latin)
    sounds = [english_vowels(w) for w in (latin, short_u)]
    if len(latin) >= _MIN_ENGLISH:
        sounds += [english_spelling(w) for w in sounds]
    return list(dict.fromkeys(fold(w) for w in sounds))


# The English press writes Kazakh ң as ng (Tengiz: Теңіз, Mangilik: Мәңгілік), which the
# keys fold as n; only between a vowel and i or y, where English has few words (not
# sing, hang: син, хан; not angel, orange, manga: әнел, орану, мана), or before any vowel
# in a word with the press's zh, which no English word has (Zhangatas: Жаңатас).
_NG_BEFORE_I = re.compile("(?<=[aeiou])ng(?=[iy])")
_NG_BEFORE_VOWEL = re.compile("(?<=[aeiou])ng(?=[aeiouy])")


def press_ng(latin: str) -> list[str]:
    """An ASCII word's ng between a vowel and i or y, or between vowels in a word with zh,
    read as ң (tengiz: teniz; zhangatas: zhanatas), or []."""
    ng = _NG_BEFORE_VOWEL if "zh" in latin else _NG_BEFORE_I
    return [fold(ng.sub("n", latin))] if ng.search(latin) else []


def cyrillic_readings(surface: str, latin: str) -> list[str]:
    """Keys a Latin query word may also stand for among Cyrillic words: its scientific or
    ISO 9 spelling read as the press's (Jamal, Cvetkovo, Âmal: Ямал, Цветково), BGN's ng as
    ң (Öngirek: Өңірек, only with a non-ASCII letter: hang is not хан), a lone h as г
    (Bohdan: Богдан), gh not before a vowel as г or ғ (Baghdad: Багдад), Kazakh Latin
    2018's s before ı as ц and á, ú after a consonant as я, ю (korporasıa, zarád:
    корпорация, заряд), ye after a consonant as ё (Artyem: Артём), j between consonants
    as ь (Chaplynsjkyj: Чаплинський), a Belarusian romanization read as the press's
    (Viciebsk: Віцебск, see belarusian_readings), another language's press spelling read
    as the English press's (Gorbaczow: Горбачёв, see foreign.foreign_spellings), and in an
    ASCII word the press's ng before i or y as ң (Tengiz: Теңіз, see press_ng), an English
    short u as а (Trump: Трамп) and, in one of 6 letters or more, English c, w, x, oo as к
    or с, в, кс, у (Macron: Макрон)."""
    press = surface
    for pattern, replacement in _SCIENTIFIC_LATIN:
        press = pattern.sub(replacement, press)
    readings = [fold(american(romanize(press))), fold(_LONE_H.sub("g", latin))]
    if "gh" in latin:
        readings.append(fold(_GH.sub("g", latin)))
    if "á" in surface or "ú" in surface:
        iotated = surface
        for pattern, replacement in _KAZAKH_2018_IOTATED:
            iotated = pattern.sub(replacement, iotated)
        readings.append(fold(romanize(iotated)))
    if "sı" in surface:
        readings.append(fold(romanize(_S_AS_TS.sub("ts", surface))))
    if "ye" in latin:
        readings.append(fold(_CONSONANT_YE.sub("e", latin)))
    if "j" in latin and len(latin) >= MIN_SOFT_SIGN_J:  # j for ь: Chaplynsjkyj
        readings.append(fold(SOFT_SIGN_J.sub("", latin)))
    readings += [fold(r) for r in belarusian_readings(surface)]
    readings += [fold(s) for s in foreign_spellings(surface)]  # Gorbaczow: Горбачёв
    if surface.isascii():
        readings += press_ng(latin)
        short_u = _ENGLISH_SHORT_U.sub("a", latin)
        readings.append(fold(short_u))
        if len(latin) >= _MIN_ENGLISH:  # not wash, slow, carry: ваш, слов, қары
            readings += [fold(english_spelling(w)) for w in (latin, short_u)]
    elif "ng" in latin:
        readings.append(fold(latin.replace("ng", "n")))
    return readings


# How Russian spells a Kazakh name: Өтебаев Утебаев, Бақытжан Бахытжан, Пішембаев
# Пшембаев, Дүйсенбинов Дюсембинов.  Each rule gives one spelling.  Articles index them
# all, for a word written with a capital, in a term space of their own (keys.RUSSIAN) that
# only Russian and Latin queries search.  A Kazakh query searches them among all words,
# but the first three rules also turn one Kazakh word into another (көз, күз; қосылу,
# қосулы; бақыт, бағыт), so it reads those only in a surname with a Russian ending
# (Өтебаев, Қоныров).  Only a word with Kazakh letters, or with і and such an ending
# (Пішембаев), is read so: not Ukrainian (відомо, вдома).  See docs/EVALUATION.md.
_V = "аәеёиіоөуұүыэюя"
_NAME_ONLY_RULES = (
    (re.compile("ө"), "у"),  # ө has no Russian letter
    (re.compile(rf"(?<=[оөұү][^{_V}])ы|(?<=[оөұү][^{_V}]{{2}})ы"), "у"),  # rounded: Тұрғын
    (re.compile(f"(?<=[{_V}])қ(?=[{_V}])"), "г"),  # between vowels: Қарақұсова, Карагусова
)
_RUSSIAN_RULES = (
    (re.compile("ы(?=[пбм])"), "у"),  # before a labial: Жақыпов, Джакупов
    (re.compile(rf"^([^{_V}])[іы](?=[^{_V}][{_V}])"), r"\1"),  # no vowel before a cluster
    (re.compile(rf"(?<=[{_V}])қ"), "х"),  # after a vowel: Бақыт, Бахыт
    (re.compile("^уә"), "ва"),  # Уәлихан, Валихан
    (re.compile(f"[үұ]й(?=[^{_V}])"), "ю"),  # Дүйсен, Дюсен
    (re.compile("н(?=[бп])"), "м"),  # н is said м before б, п: Дүйсенбі, Дюсембі
)
_RUSSIAN_SURNAME = re.compile("(?:ов|ев|ин)а?$")
_MIN_RUSSIAN_SPELLING = 6


def is_russian_surname(word: str) -> bool:
    """Whether a Cyrillic word ends like a Russian surname: Өтебаев, Қоныров, Мамин."""
    return _RUSSIAN_SURNAME.search(word) is not None


# A surname's -ов, -ев as other Latin alphabets write it: в as w (Turkmen Latin, Polish,
# German: Berdimuhamedow, Nazarbajew), and a й before it, which the press writes y or
# leaves out (Tokayev, Tokaev), as j (Czech, Polish, Serbian, German: Tokajev, Tokajew).
_SURNAME_ENDING = re.compile("(?:(?<=[aeiou])[jy])?([eo])[vw](a?)$")
_MIN_SURNAME_ENDING = 6


def _surname_parts(latin: str) -> tuple[str, str, str] | None:
    """(head, e or o, a or nothing) of a word of 6 letters or more that ends as a surname
    in -ov, -ev, -ova or -eva, the head without a j or y glide: tokajewa: toka, e, a."""
    found = _SURNAME_ENDING.search(latin) if len(latin) >= _MIN_SURNAME_ENDING else None
    return None if found is None else (latin[: found.start()], *found.groups())


def surname_spellings(latin: str) -> list[str]:
    """The other spellings of a romanized word that ends as a surname in -ov, -ev, -ova or
    -eva (_surname_parts): with v or w, and after a vowel with or without j (tokaev:
    tokaew, tokajev, tokajew; berdimuhamedow: berdimuhamedov); [] for another word."""
    parts = _surname_parts(latin)
    if parts is None:
        return []
    head, vowel, feminine = parts
    glides = ("", "j") if head[-1:] in "aeiou" else ("",)
    spelled = [f"{head}{j}{vowel}{v}{feminine}" for j in glides for v in "vw"]
    return [s for s in spelled if s != latin]


def press_surname(latin: str) -> str | None:
    """The press's spelling of such a surname, with v and without j (tokajew: tokaev,
    berdimuhamedow: berdimuhamedov), which Cyrillic words' keys follow, or None."""
    parts = _surname_parts(latin)
    return None if parts is None else "{}{}v{}".format(*parts)


def russian_spellings(word: str, *, query: bool = False) -> list[str]:
    """How Russian may spell a Kazakh Cyrillic word of 6 letters or more: one spelling per
    rule that applies, and one with all of them (Дүйсенбинов: Дюсенбинов, Дүйсембинов,
    Дюсембинов).  A query word gets the rules that join Kazakh words only if it ends like
    a Russian surname."""
    if len(word) < _MIN_RUSSIAN_SPELLING:
        return []
    rules = _RUSSIAN_RULES
    if not query or is_russian_surname(word):
        rules = _NAME_ONLY_RULES + rules
    spellings, every = [], word
    for pattern, replacement in rules:
        spelled = pattern.sub(replacement, word)
        if spelled != word:
            spellings.append(spelled)
            every = pattern.sub(replacement, every)
    if len(spellings) > 1:
        spellings.append(every)
    return spellings
