"""How other languages' presses spell Russian, Ukrainian and Kazakh names in Latin letters,
read back as the English press spells them: German Gorbatschow, Polish Gorbaczow, Czech
Gorbačov, Dutch Gorbatsjov, Hungarian Gorbacsov, Romanian Gorbaciov, all Gorbachev; and
Ukraine's own romanization of a Ukrainian name that Russian spells otherwise (Kharkiv,
Kharkov).

Each language's conventions conflict with the others' (ch is х in German, Polish, Czech
and Dutch, ш in French; s is ш in Hungarian and з or с in German), so a word is read in a
language's way only when it has one of that language's markers, letters or digraphs that
English and Kazakh Latin words do not have (Polish sz, cz, ł; German sch, -jew, -yj, oe
before b, k, p, z; Czech č, š; Hungarian cs, zs; Dutch sj; French tch, ou twice, -aou, chk;
Romanian ș, î; Estonian õ; Uzbek x after a consonant; Ukrainian -iv after a consonant;
ISO 9 and GOST written without diacritics, j after a consonant or before one: Aktjubinsk,
Bajkonur, Aktyubinsk, Baikonur).  A word with none is not read at all, so English words
keep their keys.  Pure tables: no Whoosh import.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analyzers.translit import romanize

# Capitals stand for the English press's digraphs while a language's rules run, so that a
# later rule does not read them again (Polish cz gives C, not the ch that Polish reads as
# х).  No rule reads a capital: the word is lowercase.
_PRESS = str.maketrans(
    {"C": "ch", "S": "sh", "Z": "zh", "D": "dzh", "X": "kh", "T": "ts", "Y": "y"}
)
_VOWEL = "aeiouyáéíóúýąęěůäöüõ"
_J_GLIDE = (re.compile(f"(?<=[{_VOWEL}])j|j(?=[{_VOWEL}])"), "Y")  # й: Janukowytsch


def _rules(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled (pattern, replacement) pairs, applied in order."""
    return tuple((re.compile(pattern), replacement) for pattern, replacement in pairs)


def apply_rules(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """The word with each (pattern, replacement) rule applied in order."""
    for pattern, replacement in rules:
        word = pattern.sub(replacement, word)
    return word


# German: sch, ß, a surname's -jew, -jow (Nasarbajew; not English new, below: Белов),
# -wsk (Dnipropetrowsk) or -yj (Selenskyj).
_GERMAN = re.compile("sch|ß|(?<=[aeiou])j[eo]wa?$|wsk|yj$")  # and dsch: Dschaparow
# ö and ü written oe and ue without the dots, at the start or after a consonant and before
# one (Aktoebe: Ақтөбе; Koekschetau: Көкшетау; Schroeder: Шрёдер), not after q (Quebec)
_UMLAUT_E = ("(?:(?<=^[ou])|(?<=[^aeiouyq][ou]))e(?=[^aeiouy])", "")
# German writes з as s (Selenskyj) and ц as z (Jelzin), which Polish or Czech spellings
# that have a German marker write as z and c (Nazarbajew): a German word is read three
# ways, s and z as they stand, z as ц, and z as ц with s as з.
_GERMAN_LETTERS = (("dsch", "D"), ("tsch", "C"), ("sch", "S"), ("ch", "X"), ("ß", "s"),
                   ("w", "v"), _J_GLIDE, ("ss", "s"), _UMLAUT_E)  # fmt: skip
_GERMAN_S = (f"(?<![st])s(?=[{_VOWEL}])", "z")
_SOFT = "(?<=[bcdfghklmnprstvwzł])"  # a consonant that Polish i softens before a vowel

# ISO 9 and GOST's markers: j after a consonant before a vowel other than i (not kanji;
# zj and sj are Dutch ж and ш too; not dj, French дж: Djared, not Дьяред), j after a
# vowel before a consonant or at the end, or before a (Ajagoz: Аягоз; not major, nor
# Kazakh Latin 2018 ujymy, ұжымы: not ұйымы), an adjective's -oje (Krasnoje: Красное), -ec
# (Kremenec: Кременец), -ck after a vowel in a word of six letters or more (Doneck:
# Донецк; not the shorter check, black, nor luck: Луцк), a prime before j or c or after c
# (Tol'jatti: Тольятти; Bel'cy: Бельцы; Sluc'k: Слуцк), j at the start of a word with a
# prime (Jul'evka: Юльевка), shh, eh before a consonant or at the end after b, d, g, k,
# m, n, p, s, v, z or kh (Tuapseh: Туапсе, Sukheh: Сухэ; not Saleh, Fateh); and in a word
# with a Russian place's or name's ending (_RUSSIAN_END), j not before i or y (Kazakh
# Latin 2018 jylyn, жылын: not Ильин), c not before h, k or z, and GOST 7.79's x for х
# (Jakutsk: Якутск; Neftejugansk: Нефтеюганск; Golicyno: Голицыно; Xabarovsk:
# Хабаровск).  Not in a word with a letter of Kazakh Latin, which writes ж as j (qarjy,
# қаржы: not қары).
_EH = "eh(?=[bcdfgjklmnprstvz])|(?<=[bdgkmnpsvz])eh$|(?<=kh)eh$"
_RUSSIAN_END = "(?:sk|ov|ova|ovo|evo|ino|yno|yn|ka|skij|skaja|skoje|skoe)$"
_ISO = re.compile(
    f"^(?!.*[qñğşäöūüıáǵńóúý]).*?(?:[bcfghklmnprstvz]j[aeouyáéóúý]|[{_VOWEL}]j(?![{_VOWEL}j])"
    f"|[{_VOWEL}]ja|[oy]je$|ec$|(?<=...[{_VOWEL}])ck$|'j|c'|'c|^j[aeou].*'|shh|{_EH}"
    f"|(?:j(?![iy])|c(?![hkz])|x).*{_RUSSIAN_END})"
)

# French markers: ou twice, tch, dj, ï, and ou in -aou (Aktaou: Актау), in -oou
# (Zlatooust), in iou but not -ious (Tioumen: Тюмень), in a word with a Russian place's
# or name's ending (_RUSSIAN_END: Koursk, Fourmanov, Doudinka) or with kh (Bakhmout), or
# before a letter or letters after which English has no ou (Goubakha, Choumerlia,
# Touapse, Soultan, Orenbourg; not double, doubt, though, boulder, fouled).  And French
# ch for ш where English has no ch: before k, p, v or ma (Bichkek, Achkhabad, Pychma;
# not after n or t: benchmark, Frenchman), before y inside a word (Chymkent; not duchy,
# touchy), after y inside one (Kamychine, Kouibychev; not psychology), or in a word with
# kh, the х of a language whose ch is not х (Chakhty: Шахты).
_FRENCH = re.compile(
    f"ou.*ou|tch|dj|ï|aou|oou|iou(?!s)|ou.*{_RUSSIAN_END}|ou.*kh|kh.*ou"
    "|ou(?:b(?![lt])|[fkmvzj]|a|g(?!h)|l[aiyt]|rg)"
    "|(?<![nt])ch(?:[kpv]|ma|y(?!$)|.*kh)|kh.*(?<!t)ch|(?<!s)ych(?!$)"
)

# (language, marker, rules), the rules applied in order.  Czech ý is no marker: Kazakh
# Latin 2018 writes у so (alý: алу).
# fmt: off
_LANGUAGES = (
    ("Polish", re.compile("[łżźśćąę]|sz|cz"), _rules(  # Gorbaczow, Szymkent, Pietropawłowsk
        ("ch", "X"), ("szcz", "SC"), ("sz", "S"), ("cz", "C"), ("rz", "Z"), ("[żź]", "Z"),
        ("ś", "S"), ("ć", "C"), ("ń", "n"), ("ł", "l"), ("ó", "u"), ("ą", "on"), ("ę", "en"),
        (_SOFT + "ie", "e"), (_SOFT + "i(?=[aou])", "y"), ("w", "v"), _J_GLIDE, ("c", "T"),
    )),
    ("German", _GERMAN, _rules(*_GERMAN_LETTERS)),  # Gorbatschow, Dnipropetrowsk
    ("German, z as ц", _GERMAN, _rules(*_GERMAN_LETTERS, ("z", "T"))),  # Schtscherbizki
    ("German, z as ц and s as з", _GERMAN,  # Nasarbajew, Selenskyj, Schewardnadse
     _rules(*_GERMAN_LETTERS, ("z", "T"), _GERMAN_S)),
    ("Czech and Slovak", re.compile("[čšžřěůťďňľ]"), _rules(  # Chruščov, Janukovyč
        ("ch", "X"), ("č", "C"), ("š", "S"), ("ž", "Z"), ("ř", "rZ"), ("ě", "ye"),
        ("ů", "u"), ("ý", "y"), ("[ňń]", "n"), ("ť", "t"), ("ď", "d"), ("ľ", "l"),
        _J_GLIDE, ("c", "T"),
    )),
    ("Hungarian", re.compile("cs(?!$)|zs|sz"), _rules(  # Gorbacsov, Zelenszkij, Asztana
        ("sz", "s_"), ("zs", "Z"), ("cs", "C"), ("s(?!_)", "S"), ("_", ""), _J_GLIDE,
    )),
    ("Dutch", re.compile("sj|zj"), _rules(  # Chroesjtsjov, Gorbatsjov, Sjymkent
        ("tsj", "C"), ("sj", "S"), ("dzj", "j"), ("zj", "Z"), ("ch", "X"), ("oe", "u"),
        _J_GLIDE,
    )),
    ("French", _FRENCH, _rules(  # Noursoultan, Khrouchtchev, Aktaou, Koursk, Tioumen
        ("tch", "C"), ("ch", "S"), ("dj", "j"), ("j", "Z"), ("ou", "u"), ("ï", "Y"),
        ("gu(?=[ei])", "g"), ("(?<=[^aeiouy]i)ne$", "n"),  # Alaguir, Kamychine
    )),
    ("Romanian and Italian", re.compile("[șşțţîâ]|ci[ou]v"), _rules(  # Hruşciov, Gorbaciov
        ("[șş]", "S"), ("[țţ]", "T"), ("[îâ]", "y"), ("ă", "a"), ("ci(?=[aou])", "C"),
        ("gi(?=[aou])", "j"), ("^h", "X"),
    )),
    ("Estonian", re.compile("õ"), _rules(("õ", "y"))),  # Kõzõlorda
    # Uzbek, Azeri and GOST 7.79's x for х where English has no x: at a word's start
    # before a vowel or after a consonant other than n or x, not at the end (Xerson:
    # Херсон; Darxan: Дархан; Kolxoznoe: Колхозное; not taxes, Nixon, Bronx, Marx, nor
    # the Roman XXIII: хіі)
    ("Uzbek x", re.compile("^x[aeiou]|[^aeiouynx]x(?!$)"), _rules(("x", "X"))),
    # German ö and ü without the dots, where English has none: before b, k, p, z, sk or sc
    # (Aktoebe, Koekpekti, Oeskemen; not poet, guest: pot, gust)
    ("German without umlauts", re.compile("(?:^|[^aeiouyq])[ou]e(?:[bkpz]|s[kc])"),
     _rules(_UMLAUT_E)),
    # ISO 9, GOST and the scientific transliteration written without diacritics: й as j
    # after a vowel (Bajkonur, Celinnyj), я, ю, ё as ja, ju, jo after a consonant
    # (Aktjubinsk, Fjodorovka), ц as c (Urickij), щ as shh (Mytishhi), э as eh (Ehkibastuz),
    # х as x (Xabarovsk).  j between vowels only before a, and at a word's start only with
    # a prime or a Russian ending, where English and Kazakh Latin write ж (major, Jomart).
    ("ISO 9 and GOST", _ISO, _rules(
        ("shh", "SC"), (_EH, "e"), ("c(?!h)", "T"), ("x", "X"), _J_GLIDE,
    )),
    # Ukrainian's own romanization of its і for Russian о (Kharkiv, Харків: Kharkov,
    # Харьков), its h for г (Chernihiv: Chernigov)
    ("Ukrainian", re.compile("(?<=[^aeiouy])iv(?:$|s?k)"), _rules(
        ("(?<=[^aeiouy])iv(?=$|s?k)", "ov"), ("(?<![kzsc])h", "g"),
    )),
)
# fmt: on

# Not in shorter words, which are more often abbreviations (CSI, CSA: чи, ча) than names,
# nor in longer ones, which are no names but codes or joined words, and on which the ISO
# 9 marker's search would take time in the square of the length (50,000 c's: 30 s).
_MIN_FOREIGN = 5
_MAX_FOREIGN = 40

# ё after ж, ч, ш, щ, which the English press writes e (Gorbachev), is o in other
# languages' spellings (Spanish Gorbachov, Czech Gorbačov, Polish Gorbaczow): read as e
# before v, as in a surname's -ov, in a word of _MIN_HUSHED_O letters or more (not shovel).
_HUSHED_O = re.compile("(?<=ch|sh|zh)o(?=v)")
_MIN_HUSHED_O = 7


@lru_cache(maxsize=65_536)
def foreign_spellings(word: str) -> tuple[str, ...]:
    """The English press's spellings a lowercase Latin word may stand for, read in the way
    of each language whose markers it has (_LANGUAGES: gorbaczow -> gorbachov), and with
    ё written o after a hushing consonant read as e (gorbachov -> gorbachev); romanized,
    without the word's own spelling.  None for a word under _MIN_FOREIGN letters or over
    _MAX_FOREIGN."""
    if not _MIN_FOREIGN <= len(word) <= _MAX_FOREIGN:
        return ()
    spellings = []
    for _language, marker, rules in _LANGUAGES:
        if marker.search(word):
            spellings.append(romanize(apply_rules(word, rules).translate(_PRESS)))
    own = romanize(word)
    for spelling in (own, *spellings):
        if len(spelling) >= _MIN_HUSHED_O and _HUSHED_O.search(spelling):
            spellings.append(_HUSHED_O.sub("e", spelling))
    return tuple(s for s in dict.fromkeys(spellings) if s and s != own)
