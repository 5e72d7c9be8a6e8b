"""Other languages' Latin spellings of names read as the English press's (analyzers.foreign)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.foreign import foreign_spellings
from analyzers.keys import analyze_word, indexed_terms, query_keys

DATA = Path(__file__).resolve().parent / "data"


def _names() -> list[tuple[list[str], list[str]]]:
    """(other languages' spellings, the press's and Cyrillic ones) per line of the table."""
    lines = (DATA / "foreign_spellings.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [(foreign.split(), press.split()) for foreign, press in rows]


def _finds(query: str, word: str) -> bool:
    return bool(set(query_keys(query)) & set(indexed_terms(word).keys))


@pytest.mark.parametrize("name", _names(), ids=lambda name: name[1][0])
def test_another_languages_spelling_and_the_press_find_each_other(name) -> None:
    foreign, press = name
    missed = [(a, b) for a in foreign for b in press if not _finds(a, b)]
    missed += [(b, a) for a in foreign for b in press if not _finds(b, a)]
    assert missed == []


@pytest.mark.parametrize(
    ("word", "spellings"),
    [
        ("gorbaczow", ("gorbachov", "gorbachev")),  # Polish, then ё as e
        ("szymkent", ("shymkent", "symkent")),  # Polish, and Hungarian sz as s
        ("nasarbajew", ("nasarbayev", "nazarbayev")),  # German s as с or з
        ("chruščov", ("khrushchov", "chrushchev", "khrushchev")),  # Czech
        ("gorbachov", ("gorbachev",)),  # ё after ч written o
        ("noursoultan", ("nursultan",)),  # French ou twice
        ("kõzõlorda", ("kyzylorda",)),  # Estonian
        ("aktjubinsk", ("aktyubinsk",)),  # ISO 9 and GOST: ю as ju
        ("celinnyj", ("celinnyy", "tselinnyy")),  # German reads yj, ISO 9 й as j and ц as c
        ("mytishhi", ("mytishchi",)),  # щ as shh
        ("ehkibastuz", ("ekibastuz",)),  # э as eh
        ("aktaou", ("aktau",)),  # French -aou
        ("koursk", ("kursk",)),  # French ou in a word with a Russian place's ending
        ("orenbourg", ("orenburg",)),  # French ou before rg
        ("doneck", ("donetsk",)),  # ISO 9's c for ц in -ck
        ("tuapseh", ("tuapse",)),  # э as eh at a word's end
        ("bichkek", ("bishkek",)),  # French ch before k
        ("chymkent", ("shymkent",)),  # French ch before y inside a word
    ],
)
def test_foreign_spellings(word, spellings) -> None:
    assert foreign_spellings(word) == spellings


@pytest.mark.parametrize(
    "word",
    [
        "below",  # -ow, but no German j before it: not Белов
        "andrew",
        "window",
        "shovel",  # ё as e only in a word of 7 letters or more
        "csi",  # short: an abbreviation
        "týraly",  # Kazakh Latin 2018 ý is у (туралы), not Czech y
        "tourist",  # French only with ou twice, tch, dj or ï
        "şaruaşylyğy",  # Kazakh Latin 2021 ş reads as Romanian ş would
        "toqaev",
        "mykolaiv",  # iv after a vowel is not read as ov (Николаев has ае)
        "qarjy",  # Kazakh Latin writes ж as j (қаржы), not ISO 9's й: not қары
        "major",  # j between vowels is ж in English and Kazakh Latin: not mayor
        "kanji",  # j before i is no ISO 9 я, ю, ё
        "saleh",  # eh at a word's end only after b, d, g, k, m, n, p, s, v, z or kh is э
        "fateh",
        "ujymy",  # Kazakh Latin 2018 (ұжымы) with j before y: not ұйымы
        "jylyn",  # Kazakh Latin 2018 (жылын) with a Russian ending and j before y: not Ильин
        "serious",  # French iou only outside -ious
        "double",  # French ou before b only where English has none (not oubl, oubt)
        "though",
        "boulder",  # ou before l only when a, i, y or t follows (Soultan): not bulder
        "fouled",
        "poet",  # oe for ö only before b, k, p, z, sk or sc: not pot
        "guest",  # not gust
        "taxes",  # x between vowels, at the end or after n is English (not тяга)
        "nixon",
        "bronx",
        "xxiii",  # a Roman number: not хіі
        "check",  # -ck in a shorter word is English (luck: not Луцк)
        "black",
        "benchmark",  # French ch before k, p, v or ma only where English has none
        "attachment",
        "duchy",  # ch before a word's last y is English
        "psychology",
        "c" * 40 + "ovsk",  # over 40 letters: a code or joined words, not a name
    ],
)
def test_english_and_kazakh_words_are_not_read_as_another_language(word) -> None:
    assert foreign_spellings(word) == ()


def test_an_english_word_keeps_its_keys() -> None:
    assert analyze_word("below").keys == ("#below",)
    assert not _finds("below", "Белов")
