"""Light Ukrainian stemmer: strips one case ending of a noun, adjective or surname.

stem_uk("зеленського") == ("зеленськ", "ого"); stem_uk("токаєвим") == ("токаєв", "им").
"""

from __future__ import annotations

# Longest first; each is a case ending of nouns, adjectives or -ський / -ов / -єв surnames.
ENDINGS = (
    "ами",  # instrumental plural: містами
    "ями",  # instrumental plural: областями
    "ого",  # genitive adjective: Зеленського
    "ому",  # dative/locative adjective: Зеленському
    "ими",  # instrumental plural adjective: українськими
    "ові",  # dative/locative noun: Президентові
    "еві",  # dative/locative soft noun: учителеві
    "єві",  # dative/locative after a vowel: Сергієві
    "ах",  # locative plural: містах
    "ях",  # locative plural: областях
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


def stem_uk(word: str) -> tuple[str, str]:
    """Split a lowercase Ukrainian word: stem_uk("україні") == ("україн", "і")."""
    if word in IRREGULAR:
        return IRREGULAR[word], ""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)], ending
    return word, ""
