"""Light Ukrainian stemmer: strips one case ending of a noun, adjective or surname.

stem_uk("зеленського") == ("зеленськ", "ого"); stem_uk("токаєвим") == ("токаєв", "им").
"""

from __future__ import annotations

import re

# Longest first; each is a case ending of nouns, adjectives or -ський / -ов / -єв surnames.
ENDINGS = (
    "ього",  # genitive soft adjective: останнього
    "ьому",  # dative/locative soft adjective: останньому
    "ами",  # instrumental plural: містами
    "ями",  # instrumental plural: областями
    "ого",  # genitive adjective: Зеленського
    "ому",  # dative/locative adjective: Зеленському
    "ими",  # instrumental plural adjective: українськими
    "іми",  # instrumental plural soft adjective: останніми
    "ьої",  # genitive feminine soft adjective: останньої
    "ові",  # dative/locative noun: Президентові
    "еві",  # dative/locative soft noun: учителеві
    "єві",  # dative/locative after a vowel: Сергієві
    "ах",  # locative plural: містах
    "ях",  # locative plural: областях
    "ам",  # dative plural: країнам
    "ям",  # dative plural soft: областям
    "іх",  # genitive plural soft adjective: останніх
    "ім",  # instrumental soft adjective: останнім
    "ий",  # nominative adjective: Зеленський
    "ій",  # locative adjective / nominative soft: Зеленській
    "им",  # instrumental adjective or surname: Токаєвим
    "их",  # genitive plural adjective: українських
    "ої",  # genitive feminine adjective: української
    "ою",  # instrumental feminine: Україною
    "ею",  # instrumental feminine soft: землею
    "єю",  # instrumental after a vowel: лінією
    "ом",  # instrumental masculine: Токаєвом
    "ем",  # instrumental soft: учителем
    "єм",  # instrumental after a vowel: краєм
    "ів",  # genitive plural: доларів
    "їв",  # genitive plural after a vowel: героїв
    "ей",  # genitive plural: людей
    "а",  # genitive masculine / nominative feminine: Токаєва, Україна
    "я",  # soft a: Сергія
    "у",  # genitive/dative masculine, accusative feminine: Токаєву, Україну
    "ю",  # soft u: Сергію
    "о",  # neuter nominative: місто
    "е",  # neuter nominative: поле
    "і",  # locative / dative / plural: Україні, Токаєві
    "ї",  # after a vowel: Росії
    "и",  # genitive feminine / plural: України
    "ь",  # soft sign: область
    "й",  # nominative after a vowel: Сергій
)

# Nominatives whose last vowel alternates (і in a closed syllable, о/е before an ending):
# Київ / Києва, Харків / Харкова.  The stem is the one the other cases share.
IRREGULAR = {
    "київ": "києв",  # Kyiv
    "харків": "харков",  # Kharkiv
    "львів": "львов",  # Lviv
}

MIN_STEM = 3

# Stem ends that alternate between a word's forms: і in a closed last syllable is о or е
# before an ending (кількість, кількості; захід, заходу; вибір, вибору), and к, г, х are
# ц, з, с before і (рука, руці; допомога, допомозі).
_CLOSED_I = re.compile("і(?=[^аеєиіїоуюяь]+$)")
_OPEN_OE = re.compile("[ое](?=[^аеєиіїоуюяь]+$)")
_BEFORE_I = {"к": "ц", "г": "з", "х": "с", "ц": "к", "з": "г", "с": "х"}


def stem_uk(word: str) -> tuple[str, str]:
    """Split a lowercase Ukrainian word: stem_uk("україні") == ("україн", "і")."""
    if word in IRREGULAR:
        return IRREGULAR[word], ""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)], ending
    return word, ""


def other_stems(stem: str, ending: str) -> list[str]:
    """The stems a Ukrainian stem alternates with in the word's other forms: a nominative's
    closed і with о, е (кількість: кількост-і; захід: заход-у), an inflected form's о, е with
    і (заход-у: захід), a feminine noun's к, г, х with ц, з, с before і (рук-а: руц-і) and
    back (руц-і: рук-а)."""
    stems = []
    if ending in ("", "ь"):
        stems += [_CLOSED_I.sub(v, stem) for v in "ое" if _CLOSED_I.search(stem)]
    elif _OPEN_OE.search(stem):
        stems.append(_OPEN_OE.sub("і", stem))
    last = stem[-1:]
    if (ending in ("а", "я") and last in "кгх") or (ending == "і" and last in "цзс"):
        stems.append(stem[:-1] + _BEFORE_I[last])
    return [s for s in stems if len(s) >= MIN_STEM]
