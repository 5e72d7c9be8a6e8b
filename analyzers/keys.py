"""From one lowercase token to the terms kzsearch indexes for it.

Every word is indexed as one or more *variant keys* (the spelling folded so that every
romanization and script of a name meets), stacked at the word's position, and as its
*exact* term (the spelling as written; Cyrillic words reduced to their dictionary form
by analyzers/morph.py) in a field of its own (analyzers/chain.py).  A query word matches
an article through its keys; the exact term adds to the score, so an article that
writes the query's own spelling ranks first.

Latin words are Porter-stemmed before folding (English plurals and tenses); Cyrillic
words are not (Porter would turn боинг into bo and арыс into ari).  Keys of the two
kinds, and of Cyrillic dictionary forms, live in separate term spaces; a query word
searches its readings in each of them, see query_keys.

What an article's word gets beyond analyze_word depends on how it is written and where
(indexed_terms): a word with a capital may be a name (with_name_keys), a Russian or
Ukrainian word in lowercase is none (with_common_keys), a word outside a Kazakh text is
read as Russian too (with_russian_reading), and a word with ц, ь or ъ in one as Kazakh
Latin 2018 writes it (with_kazakh_latin_reading).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from analyzers import morph
from analyzers.english import american, has_other_spelling, porter
from analyzers.foreign import foreign_spellings
from analyzers.kazakh_suffixes import ACCUSATIVE
from analyzers.readings import (
    MIN_SOFT_SIGN_J,
    RESPELLED,
    SIGN_BEFORE_EV,
    SOFT_SIGN_J,
    cyrillic_readings,
    english_readings,
    is_russian_surname,
    latin_spellings,
    press_surname,
    russian_respellings,
    russian_spellings,
    surname_spellings,
)
from analyzers.translit import cyrillic_language, fold, one_script, romanize, script_of
from analyzers.ukrainian import other_stems

# Variant keys live in three term spaces, marked by a first character no word starts with,
# so that a key never meets an exact term, and Porter's cuts on Latin words (arys -> ari)
# or a stem's cuts (Түркия -> turki-) never meet a whole Cyrillic word (әрі, түркі).  A
# fourth, RUSSIAN, holds Kazakh names as Russian spells them.
LATIN = "#"
"""Keys of Latin-script words, Porter-stemmed: #tokaev."""
WORD = "$"
"""Keys of whole Cyrillic words: $tokaevtin."""
STEM = "~"
"""Keys of Cyrillic dictionary forms and of Latin Kazakh words without their endings: ~tokaev."""
SPACES = (LATIN, WORD, STEM)
"""The spaces of one word's keys."""
RUSSIAN = "%"
"""Keys of Kazakh Cyrillic words as Russian spells them, searched by Russian and Latin
queries only: %utebaev for Өтебаев (readings.russian_spellings)."""
KAZAKH_2018 = "&"
"""Keys of words with ц, ь or ъ in a Kazakh text as Kazakh Latin 2018 writes them (ц as s,
no signs), each after the mark of its own space, searched by Latin queries only: &$proses
for процесс.  In a space of their own, they do not join Cyrillic words: the query сезіне
("feels") does not find съезіне, which 2018 writes sezine too."""
COMPOUND = "^"
"""Keys of hyphenated names as one term, in any script, written as one word: ^kasimjomart
(see compound_keys).  A query word searches its own fold here too, so that Akmola finds
Ак-Мола."""
HYPHENS = "-\u2010\u2011"
"""Hyphens that join the words of a name: Kassym-Jomart, Nur-Sultan, Усть-Каменогорск."""


def is_key(term: str) -> bool:
    """True for a variant key, False for an exact term."""
    return term[:1] in SPACES or term[:1] in (COMPOUND, RUSSIAN, KAZAKH_2018)


# Apostrophes as one; a double quote inside a word is a hard sign (ob”yezd, s"esh), read as
# the prime of the scientific spelling, not as an apostrophe (Kazakh 2017 s'e is ше).
_APOSTROPHES = str.maketrans(
    {
        **dict.fromkeys("\u2019\u2018\u02bc\u02bb`", "'"),
        '"': "\u02ba",
        "\u201d": "\u02ba",
    }
)

# Adjectival surnames keep their gender: Зеленського -> зеленський, Зеленської -> зеленська,
# so Olena Zelenska and Volodymyr Zelensky stay apart.
_ADJECTIVE_STEM = re.compile(r"(?:сь|ць|зь|с|ц|з)к$")
_MASCULINE = frozenset(["ий", "ый", "ого", "ому", "им", "ым", "ім", "ом"])
_FEMININE = frozenset(["а", "ая", "ої", "ой", "ою", "ую", "у", "ій"])

# Letters that only Kazakh Latin alphabets (2017, 2018, 2021) use.
_KAZAKH_LATIN = frozenset("qñğşäöūüıáǵńóúý'")
# Kazakh endings as they look after folding (vowel harmony is lost: ы/і -> i, ғ/г -> g,
# қ/к -> k).  Each group is one slot, stripped outermost first.  The dative -на, -не and
# the locative -нда, -нде follow only a possessive's ы or і (облысына, ішінде), so they
# are stripped as -ina, -ine, -inda, -inde alone: not from a patronymic (Евграфовна is
# no Евграфов-на, which found the surname Евграфова).
_KAZAKH_ENDINGS = tuple(
    tuple(sorted(slot.split(), key=len, reverse=True))
    for slot in (
        # case, also after a possessive (-ы-нда); -дағы/-дегі
        "nindagi indagi dagi tagi nin din tin ga ge ka ke ni di ti da de ta te"
        " nan nen dan den tan ten men ben pen inda inde ina ine inan inen inin ini a e",
        "si i in",  # possessive
        "lar ler dar der tar ter",  # plural
    )
)
# The endings a query word is read with: not the accusative (see ACCUSATIVE).
_ACCUSATIVE_KEYS = frozenset(fold(a) for a in ACCUSATIVE)
_READING_ENDINGS = tuple(
    tuple(e for e in slot if e not in _ACCUSATIVE_KEYS) for slot in _KAZAKH_ENDINGS
)
_MIN_KAZAKH_STEM = 5
_VOWELS = frozenset("aeiou")
_MIN_STEM_KEY = 4
_UKRAINIAN_NEUTER = re.compile("(?:nn|ll)ia$")


@dataclass(frozen=True, slots=True)
class WordTerms:
    """What one token becomes: analyze_word("ұйымы").keys == ("$uimi", "~uim")."""

    surface: str
    exact: str
    keys: tuple[str, ...]
    ending: str = ""
    language: str = ""
    name: bool = False
    """Written with a capital, the word has more keys: a Kazakh name's Russian spellings, a
    Russian name without its soft sign (see indexed_terms)."""


def surface_form(token: str) -> str:
    """Lowercase NFC form in one script, with straight apostrophes and no English
    possessive."""
    word = one_script(unicodedata.normalize("NFC", token.lower()).translate(_APOSTROPHES))
    if word.endswith("'s") and len(word) > 3:
        word = word[:-2]
    return word.strip("'")


# Russian adjectives end in -ое, -ые, written -oye or -oe, -yye or -ye (Leninskoye,
# Leninskoe): Porter reads the y of -oye as a consonant and keeps it, so the two would
# stem apart (leninskoi, leninsko).  Not in short words: eye.
_ADJECTIVE_YE = re.compile(r"(?<=[aeiouy])ye$")
_MIN_ADJECTIVE = 6


def latin_key(latin: str) -> str:
    """Variant key of a Latin word: British to American, Porter, then fold; the word's
    own fold where Porter leaves nothing (s, which Cyrillic съ and сь fold to)."""
    if len(latin) >= _MIN_ADJECTIVE:
        latin = _ADJECTIVE_YE.sub("e", latin)
    american_spelling = american(latin)
    return fold(porter(american_spelling) or american_spelling)


def lemma(stem: str, ending: str) -> str:
    """The stem, or the nominative of an adjectival surname in its own gender."""
    if _ADJECTIVE_STEM.search(stem):
        if ending in _MASCULINE:
            return stem + "ий"
        if ending in _FEMININE:
            return stem + ("а" if "ь" in stem[-3:] else "ая")
    return stem


def kazakh_stems(key: str, slots=_KAZAKH_ENDINGS) -> list[str]:
    """Keys left by stripping Kazakh endings from a folded word: oblisinda -> oblisi, oblis."""
    stems, current = [], key
    for slot in slots:
        for ending in slot:
            if current.endswith(ending) and len(current) - len(ending) >= _MIN_KAZAKH_STEM:
                current = current[: -len(ending)]
                stems.append(current)
                break
    return stems


def stem_readings(key: str) -> list[str]:
    """Stems a query searches for a whole-word key: its Kazakh endings dropped one slot at a
    time, a final vowel dropped (almaty -> almat, as Алматыда is stemmed), and a Ukrainian
    neuter's -ння or -лля as its genitive plural's -нь or -ль (pitannia -> pitan: питання
    finds питань)."""
    stems = kazakh_stems(key, _READING_ENDINGS)
    if key[-1:] in _VOWELS and len(key) > _MIN_STEM_KEY:
        stems.append(key[:-1])
    if _UKRAINIAN_NEUTER.search(key) and len(key) - 3 >= _MIN_STEM_KEY:
        stems.append(key[:-3])
    return stems


# у after a vowel, Kazakh's w (Тілеу, Тәуелсіз), which Ukrainian writes в.
_KAZAKH_W = re.compile("[аеіоы]у")


def is_kazakh(word: str, language: str) -> bool:
    """Whether a Cyrillic word may be Kazakh (and read as Russian spells it): Kazakh letters,
    or і in a word that ends like a surname or has у after a vowel (Пішембаев, Тілеухан;
    not Ukrainian відомо)."""
    if language == "kk":
        return True
    return "і" in word and (is_russian_surname(word) or _KAZAKH_W.search(word) is not None)


def _cyrillic_keys(word: str, base: str, language: str) -> list[str]:
    """The whole word's key, and for an inflected word its dictionary form's key instead
    when every query that searches the whole word also searches that form (its
    stem_readings): Тоқаевтың gives ~tokaev alone, since tokaevtin reads as tokaev."""
    # г is h or g in a word that morph or the fold reads as Ukrainian (Стругацький)
    ukrainian = "г" in word and (language == "uk" or cyrillic_language(word) == "uk")
    readings = ["uk", "ru"] if ukrainian else [None]
    keys = []
    for r in readings:
        whole = fold(word, language=r)
        if base == word:
            keys.append(WORD + whole)
            continue
        stem = fold(base, language=r)
        if stem not in stem_readings(whole):
            keys.append(WORD + whole)
        keys.append(STEM + stem)
    return keys


def _russian_reading_keys(word: str, likely: bool = True) -> list[str]:
    """The stem key of a word's Russian reading when morph reads it as Kazakh but it may be
    Russian (города: горо-да, and город-а: ~gorod, so that город finds it); with `likely`,
    only when it looks Russian (see morph.russian_reading)."""
    reading = morph.russian_reading(word, likely=likely)
    return [STEM + fold(lemma(*reading))] if reading else []


def respelled_keys(word: str) -> tuple[str, ...]:
    """The keys of a word with a letter as other texts write it (readings.RESPELLED: ёлка,
    елка; Ўзбек, O‘zbek), and a Ukrainian word as Russian spells it (readings.
    russian_respellings: Вишньова, Вишнёва, Вишнева); a query word gets them too."""
    keys: tuple[str, ...] = ()
    for letter, other in RESPELLED:
        if letter in word:
            keys += analyze_word(word.replace(letter, other)).keys
    for russian in russian_respellings(word):
        keys += analyze_word(russian).keys
    return keys


@lru_cache(maxsize=262_144)
def analyze_word(token: str) -> WordTerms:
    """Exact term and variant keys of one token (cached: news vocabularies repeat)."""
    word = surface_form(token)
    script = script_of(word)
    if script == "none":
        return WordTerms(word, word, ())
    if script == "cyrillic":
        stem, ending = morph.stem(word)
        language = morph.language(word)
        base = lemma(stem, ending)
        keys = _cyrillic_keys(word, base, language)
        keys += _russian_reading_keys(word)
        keys += respelled_keys(word)
        unique = tuple(dict.fromkeys(k for k in keys if k[1:]))
        name = is_kazakh(word, language) or SIGN_BEFORE_EV.search(word) is not None
        return WordTerms(word, base, unique, ending, language, name)
    key = latin_key(romanize(word))
    keys = [LATIN + key] if key else []
    if len(word) >= MIN_SOFT_SIGN_J and SOFT_SIGN_J.search(word):  # Chaplynsjkyj: Chaplinsky
        keys.append(LATIN + latin_key(romanize(SOFT_SIGN_J.sub("", word))))
    # Another language's spelling read as the English press's: Gorbaczow, Gorbachev
    keys += [LATIN + latin_key(s) for s in foreign_spellings(word)]
    if key and _KAZAKH_LATIN & set(word):
        keys += [STEM + k for k in kazakh_stems(fold(word))]
    return WordTerms(word, word, tuple(dict.fromkeys(keys)))


def indexed_terms(token: str, original: str | None = None, kazakh_text: bool = True) -> WordTerms:
    """The terms a word of an article is indexed under: analyze_word, and for a word written
    with a capital (a name, or a sentence's first word: Өтебаев, not өтебаев) the keys
    that with_name_keys adds, and for a Russian or Ukrainian word in lowercase (no name)
    those that with_common_keys adds.  `original` is the word as written when `token` has
    been lowercased already.  Outside a Kazakh text (see is_kazakh_text) a word that morph
    reads as Kazakh is also indexed under its Russian reading (with_russian_reading); in
    one, a Russian- or Ukrainian-looking word also under the stem all Kazakh suffixes leave
    (with_kazakh_suffixes), and a word with ц, ь or ъ under its Kazakh Latin 2018 spelling
    (with_kazakh_latin_reading)."""
    terms = analyze_word(token)
    if not kazakh_text and terms.language == "ru":
        terms = with_russian_reading(terms)
    if kazakh_text and terms.language in ("ru", "uk"):
        terms = with_kazakh_suffixes(terms)
    if kazakh_text and _KAZAKH_LATIN_READS.search(terms.surface):
        terms = with_kazakh_latin_reading(terms)
    if (original or token)[:1].isupper():
        return with_name_keys(terms) if terms.name else terms
    if terms.language in ("ru", "uk"):
        return with_common_keys(terms)
    return terms


# Letters that only Kazakh writes among the Cyrillic languages kzsearch reads (not і,
# which Ukrainian has too).
_KAZAKH_TEXT = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")


def is_kazakh_text(text: str) -> bool:
    """Whether a text (an article's body, or its title) may be Kazakh: it has a letter only
    Kazakh writes.  In any other text суда is Russian суд-а, not Kazakh су-да."""
    return not _KAZAKH_TEXT.isdisjoint(text)


@lru_cache(maxsize=65_536)
def with_russian_reading(terms: WordTerms) -> WordTerms:
    """The terms of a word outside a Kazakh text with its Russian reading's stem key, which
    analyze_word adds only when the Kazakh stem looks Russian (суда: ~sud, for суд)."""
    more = _russian_reading_keys(terms.surface, likely=False)
    if not more or more[0] in terms.keys:
        return terms
    return replace(terms, keys=(*terms.keys, *more))


@lru_cache(maxsize=65_536)
def with_kazakh_suffixes(terms: WordTerms) -> WordTerms:
    """The terms of a word without Kazakh letters in a Kazakh text with the stem key that
    every Kazakh suffix leaves, also those that Russian words end in too and morph leaves
    on such a word (morph.RUSSIAN_LOOKALIKES: -ны, -лар, -дар ...): Астананы, шекараны,
    адамдар get ~astana, ~shekara, ~adam, so that Астана, шекара, адам find them.  So
    does a word that morph reads as Ukrainian for its і and у or и (Путинді, білуге: ~putin,
    ~bilu), but not one with ї, є or ґ.  Not outside a Kazakh text, where страны is
    стран-ы, not стра-ны."""
    if not morph.UKRAINIAN_LETTERS.isdisjoint(terms.surface):  # Ukrainian: приїде, вміє
        return terms
    kazakh = morph.stem_kk(terms.surface)[0]
    key = STEM + fold(kazakh)
    if kazakh == terms.surface or key in terms.keys:
        return terms
    return replace(terms, keys=(*terms.keys, key))


# Letters that Kazakh Latin 2018 writes otherwise than the press: ц as s, ь and ъ left out.
_KAZAKH_2018_SPELLING = str.maketrans({"ц": "с", "ь": None, "ъ": None})
_KAZAKH_LATIN_READS = re.compile(f"[{''.join(map(chr, _KAZAKH_2018_SPELLING))}]")


@lru_cache(maxsize=65_536)
def with_kazakh_latin_reading(terms: WordTerms) -> WordTerms:
    """The terms of a word with ц, ь or ъ in a Kazakh text with the keys of the word as
    Kazakh Latin 2018 writes it, ц as s and no signs (процесс, процесте: proses, proseste;
    цемент: sement; премьерасы: premerasy; съезі: sezi), in the KAZAKH_2018 space, which
    a Latin query searches with its own keys.  A Latin query cannot read every s as ц: ts
    is also тс (кетсе: ketse, kese).  Not outside a Kazakh text, where Kazakh Latin is not
    written and цвет would meet свет, льет лет, съел сел."""
    plain = terms.surface.translate(_KAZAKH_2018_SPELLING)
    more = [KAZAKH_2018 + k for k in analyze_word(plain).keys if k not in terms.keys]
    return replace(terms, keys=tuple(dict.fromkeys((*terms.keys, *more))))


@lru_cache(maxsize=65_536)
def with_name_keys(terms: WordTerms) -> WordTerms:
    """The terms of a name with more keys, which for every word would join common words
    (көз, күз; бет, бьет) but not names: a Kazakh word's Russian spellings, in the RUSSIAN
    space (Өтебаевтың: %utebaev), and a Russian name without its soft sign before ев, as
    passports spell it (Васильев: $vasilev, for Vasilev)."""
    keys = list(terms.keys)
    if is_kazakh(terms.surface, terms.language):
        keys += [RUSSIAN + fold(s) for s in russian_spellings(terms.exact)]
    if SIGN_BEFORE_EV.search(terms.surface):
        keys.append(WORD + fold(SIGN_BEFORE_EV.sub("", terms.surface)))
        keys.append(STEM + fold(SIGN_BEFORE_EV.sub("", terms.exact)))
    return replace(terms, keys=tuple(dict.fromkeys(keys)), name=False)


# The Russian genitive plural -ов, -ев (долларов, депутатов, случаев) is not a case ending
# that morph strips: in a name it is the surname's own ending (Ахметов is not Ахмет).
_GENITIVE_PLURAL = ("ов", "ев", "ёв")
_MIN_PLURAL_STEM = 4


def adjective_stem(terms: WordTerms) -> str:
    """The stem of an adjective in -ский, -цкий, -зкий, which lemma keeps in its gender
    (российской: российская; российского: российский), or "" for any other word."""
    stem = terms.surface[: len(terms.surface) - len(terms.ending)]
    if terms.ending and terms.exact != stem and _ADJECTIVE_STEM.search(stem):
        return stem
    return ""


@lru_cache(maxsize=65_536)
def with_common_keys(terms: WordTerms) -> WordTerms:
    """A Russian or Ukrainian word in lowercase, a common word and not a name, with more
    keys, which in a name would join other names:
    - an adjective's stem without its gender (российская, российского: ~rossiisk, which a
      query for российский searches; Зеленська, a name, keeps apart from Зеленський);
    - a Russian genitive plural's stem (долларов: ~dollar, so that доллар finds it); not
      a stem under 4 letters (часов, готов, основ) or one ending in ж, ч, ш, щ, which
      take -ей (Ukrainian вийшов, пройшов are verbs)."""
    more = []
    if adjective := adjective_stem(terms):
        more.append(STEM + fold(adjective))
    if terms.language == "ru" and terms.surface.endswith(_GENITIVE_PLURAL):
        stem = terms.surface[:-2]
        if len(stem) >= _MIN_PLURAL_STEM and stem[-1] not in "жчшщ":
            more.append(STEM + fold(stem))
    if not more:
        return terms
    return replace(terms, keys=tuple(dict.fromkeys((*terms.keys, *more))))


# A vowel that comes and goes before a final к, ц or нь: список, списка; рамка, рамок;
# отец, отца; боец, бойца; уровень, уровня.
_RU_VOWELS = "аеёиіїоуыэєюя"
_FLEETING_END = re.compile(f"([^{_RU_VOWELS}])[оеё]([кц]|н(?=ь$))ь?$")
_VOWEL_EC = re.compile(f"(?<=[{_RU_VOWELS}])е(?=ц$)")
_CONSONANT_K = re.compile(f"[^{_RU_VOWELS}][кц]$")


def fleeting_vowel_keys(terms: WordTerms) -> list[str]:
    """Keys of a Russian or Ukrainian query word's other stem, with or without the vowel
    that comes and goes before a final к, ц or нь: список, немец, боец, уровень search
    ~spisk, ~nemts, ~boits, ~urovn (списка, немца, бойца, уровня); списка, рамка,
    немца, бойца search $spisok, $ramok, $nemets, $boets.  A nominative in -анин, -янин
    searches its plural's stem (гражданин: граждане, граждан)."""
    word = terms.surface
    if word.endswith(("анин", "янин")) and len(word) > _MIN_STEM_KEY + 2:
        return [space + fold(word[:-2]) for space in (STEM, WORD)]
    if terms.ending in ("", "ь"):
        other = _VOWEL_EC.sub("й", word)
        other = _FLEETING_END.sub(r"\1\2", other) if other == word else other
        return [STEM + fold(other)] if other != word and len(other) >= _MIN_STEM_KEY else []
    stem = word[: -len(terms.ending)]
    if len(stem) < _MIN_STEM_KEY - 1:
        return []
    if stem.endswith("йц"):
        return [WORD + fold(stem[:-2] + "ец")]
    if _CONSONANT_K.search(stem):
        return [WORD + fold(stem[:-1] + v + stem[-1]) for v in ("е" if stem[-1] == "ц" else "ое")]
    return []


def other_stem_keys(terms: WordTerms, russian: tuple[str, str] | None) -> list[str]:
    """Keys of the other stems a Russian or Ukrainian query word's forms have: an -ский
    adjective's stem without gender (российский: российская, российские), a fleeting
    vowel's (fleeting_vowel_keys), a Ukrainian word's alternations (ukrainian.other_stems:
    кількість, кількості; захід, заходу; руці, рука).  `russian` is the word's Russian
    reading when morph reads it as Kazakh (morph.russian_reading)."""
    if terms.language not in ("ru", "uk"):
        return []
    keys = fleeting_vowel_keys(terms)
    # The instrumental in -ою, -ею of a word without Ukrainian letters, which morph cuts
    # as -ю (особою: особо-ю; not особ-ою, which would cut Корею, герою to кор-, гер-).
    # влада, read as Kazakh вла-да, is also влад-а.
    for stem, ending in ((terms.exact, terms.ending), russian or ("", "")):
        if stem and ending in ("а", "я"):
            keys += [STEM + fold(stem + v) for v in "ое"]
    if adjective := adjective_stem(terms):
        keys.append(STEM + fold(adjective))
    if terms.language == "uk":
        others = [fold(s) for s in other_stems(terms.exact, terms.ending)]
        keys += [space + k for k in others for space in (STEM, WORD)]
    return keys


def query_word(token: str) -> WordTerms:
    """analyze_word for the keys of a query word, which is not read as an accusative
    (Karagandy, Қарағанды: see ACCUSATIVE): a Latin word keeps no stem key of its own (its
    readings come from query_keys), a Cyrillic accusative is taken whole, but for a
    surname's (Тоқаевты, Назарбаевты: тоқаев, назарбаев; readings.is_russian_surname)."""
    terms = analyze_word(token)
    if script_of(terms.surface) == "cyrillic" and (
        terms.ending not in ACCUSATIVE or is_russian_surname(terms.exact)
    ):
        return terms
    keys = tuple(k for k in terms.keys if k[0] != STEM)
    if not keys and terms.keys:  # a droppable accusative: its whole key was not kept
        keys = (WORD + fold(terms.surface),)
    return WordTerms(terms.surface, terms.surface, keys, "", terms.language)


@lru_cache(maxsize=65_536)
def query_keys(token: str) -> tuple[str, ...]:
    """Every key a query word searches, in each term space, its own keys first.

    A Latin word also searches its unstemmed key among whole Cyrillic words (Arys: арыс)
    and among dictionary forms (Zelensky: Зеленського), and the forms left by dropping a
    Kazakh ending (Toqaevtyñ, oblysy: облысында) or a final vowel (Astana: Астане) among
    stems.  A Cyrillic word also searches Latin articles through the Porter key of itself
    and of its dictionary form, and its stem with a final vowel (Астане: Astana, Астана).
    A Kazakh Cyrillic word also searches how Russian spells it (Өтебаев: Утебаев, Utebayev);
    a Russian or English-press word searches the RUSSIAN space (Утебаев: Өтебаев).  An
    ASCII word searches how Russian transcribes an English name's vowels (Biden: Байден)
    among whole words and dictionary forms only (readings.english_readings).  Every word
    also searches its fold among hyphenated names' compound keys (Akmola: Ак-Мола).
    """
    terms = query_word(token)
    if not terms.keys:
        return ()
    keys = list(terms.keys)
    english: list[str] = []
    if script_of(terms.surface) == "cyrillic":
        stem = fold(terms.exact)
        keys = [WORD + fold(terms.surface), *keys]  # the whole word, even if not indexed
        keys += [LATIN + latin_key(w) for w in latin_spellings(terms.surface, terms.exact)]
        # Either reading may be the dictionary form: Ақорда is also indexed as the stem of
        # Ақордада, and the stem of Маңғыстаудағы is a whole word in Мангистау.
        keys += [STEM + stem, STEM + fold(terms.surface), WORD + stem]
        if is_kazakh(terms.surface, terms.language):  # Өтебаев: Утебаев, Utebayev
            words = dict.fromkeys((terms.surface, terms.exact))
            russian = [fold(s) for w in words for s in russian_spellings(w, query=True)]
            keys += [space + k for k in russian for space in (WORD, STEM)]
            keys += [LATIN + latin_key(k) for k in russian]
        else:  # Утебаев, and Утебаева, find Өтебаев
            keys += [RUSSIAN + fold(terms.surface), RUSSIAN + stem]
        # Акорды, read as Kazakh акор-ды, is also Russian акорд-ы (an accusative too).
        reading = morph.russian_reading(terms.surface, likely=False)
        keys += other_stem_keys(terms, reading)
        bases = [stem] if terms.ending else []
        if reading:
            bases.append(fold(lemma(*reading)))
            keys += [space + bases[-1] for space in (WORD, STEM)]
        # A case ending that replaced a final vowel: Астане: astana, Алматыда: almati.
        bases = [b for b in bases if len(b) >= _MIN_STEM_KEY and b[-1] not in _VOWELS]
        nominatives = [b + v for b in bases for v in "aie"]
        keys += [space + n for n in nominatives for space in (WORD, STEM)]
        keys += [LATIN + latin_key(n) for n in nominatives]
        if terms.ending and stem in bases and SIGN_BEFORE_EV.search(terms.exact):
            bare = fold(SIGN_BEFORE_EV.sub("", terms.exact))  # Васильевой: a passport's
            keys += [LATIN + latin_key(bare + v) for v in "aie"]  # Vasileva
    else:
        latin = american(romanize(terms.surface))
        plain = fold(latin)
        keys += [
            space + k
            for k in (plain, *cyrillic_readings(terms.surface, latin))
            for space in (WORD, STEM)
        ]
        if _KAZAKH_LATIN & set(terms.surface):
            keys += [LATIN + s for s in kazakh_stems(plain, _READING_ENDINGS)]
        else:  # Utebayev finds Өтебаев
            keys.append(RUSSIAN + plain)
        # Berdimuhamedov finds Berdimuhamedow, Tokayev Tokajev, and Tokajew Токаев
        keys += [LATIN + latin_key(s) for s in surname_spellings(latin)]
        if (press := press_surname(latin)) and fold(press) != plain:
            keys += [WORD + fold(press), STEM + fold(press)]
        # sement, proseste find цемент, процесте: Kazakh Latin 2018's ц as s, no ь or ъ
        own = (WORD + plain, STEM + plain, *(STEM + s for s in stem_readings(plain)))
        keys += [KAZAKH_2018 + k for k in own]
        english = english_readings(terms.surface, latin)  # Biden: Байден
    # A whole word also reads as its stems; an inflected word indexed only under its
    # dictionary form is found through them (see _cyrillic_keys).
    keys += [STEM + s for k in keys if k[0] == WORD for s in stem_readings(k[1:])]
    # An English name's sounds, as whole words and dictionary forms only.
    keys += [space + k for k in english for space in (WORD, STEM)]
    # A hyphenated name's compound keys, which join its words: Akmola finds Ак-Мола.
    keys += [COMPOUND + fold(terms.surface), COMPOUND + fold(terms.exact)]
    return tuple(dict.fromkeys(k for k in keys if k[1:]))


def compound_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """Keys of a hyphenated name: Kassym-Jomart, Qasym-Jomart and Касым-Жомарттың all give
    ^kasimjomart.

    Each word is folded unstemmed (names, not English words); only the last one may be
    inflected, so it also gives its dictionary form, and a Russian or Ukrainian one that
    ends in a case vowel (Алма-Ату) the nominatives it may have had, as query_keys does.
    One term for the whole name makes a search for it a single look-up instead of a
    phrase (a phrase of two words common in the index took a second at 100k articles).
    The words are joined without their hyphens, as other texts write the name (Akmola,
    Almaata), so that a query for the name as one word finds it (query_keys).
    """
    *head, last = (analyze_word(w) for w in words)
    first = "".join(fold(w.surface) for w in head)
    whole, base = fold(last.surface), fold(last.exact)
    tails = [whole, base]
    if last.language in ("ru", "uk"):  # a case ending replaced a final vowel: Алма-Ату
        stem = base if last.ending else whole[:-1]
        if len(stem) >= 2 and stem[-1] not in _VOWELS and whole[-1:] in _VOWELS:
            tails += [stem + v for v in "aie"]
    return tuple(f"{COMPOUND}{first}{tail}" for tail in dict.fromkeys(tails) if tail)


def joined_word(words: tuple[str, ...]) -> str | None:
    """A hyphenated name written as one word, as other texts write it (Ak-Mola: Akmola,
    Alma-Ata: Almaata, co-operation: cooperation), or None for a run of numbers
    (2020-2021).  The first word keeps its case, so that a name stays one."""
    joined = words[0] + "".join(w.lower() for w in words[1:])
    return joined if any(c.isalpha() for c in joined) else None


def query_hyphenated_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """The keys a hyphenated query name searches: its compound keys, which articles that
    write it with or without its hyphen hold (compound_keys, query_keys), and the query
    keys of the name written as one word (Ak-Mola finds Акмола)."""
    joined = joined_word(words)
    return tuple(dict.fromkeys((*compound_keys(words), *(query_keys(joined) if joined else ()))))


def exact_keys(exact: str) -> tuple[str, ...]:
    """The keys that the words with this exact term are indexed under: the term's own key,
    and for a Cyrillic dictionary form the stem key of its inflected forms
    (exact_keys("тоқаев") == ("$tokaev", "~tokaev"): Тоқаев, Тоқаевтың)."""
    own = analyze_word(exact).keys[:1]
    if script_of(exact) == "cyrillic":
        return (*own, STEM + fold(exact))
    return own


def spelling_matters(exact: str) -> bool:
    """Whether other spellings of this exact term may exist, so that it can rank the
    query's own spelling first.  Not for a plain English word (election): its variants
    are only its inflections (elections), which count as the same spelling."""
    return not exact.isascii() or fold(exact) != exact or has_other_spelling(exact)


def query_terms(token: str) -> tuple[str, tuple[str, ...]]:
    """The exact term and the key terms a query word searches for."""
    return analyze_word(token).exact, query_keys(token)
