"""Tests for analyzers.morph: stems of real news forms, words kept apart, properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analyzers.morph import language, russian_reading, stem
from analyzers.ukrainian import IRREGULAR

DATA = Path(__file__).parent / "data"


def read_table(name: str) -> list[tuple[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize(
    ("word", "expected"),
    read_table("morph_kk.tsv") + read_table("morph_ru.tsv") + read_table("morph_uk.tsv"),
)
def test_stem_table(word: str, expected: str) -> None:
    assert stem(word)[0] == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("тас", "тау"),  # stone / mountain
        ("үш", "үшін"),  # three / for (accusative -н is not stripped)
        ("қазақ", "қазақстан"),  # Kazakh / Kazakhstan
        ("қасым", "қасымұлы"),  # first name / patronymic
        ("ахмет", "ахметов"),  # first name / surname
        ("иван", "иванов"),  # first name / surname
        ("бас", "басшы"),  # head / leader
        ("ел", "елу"),  # country / fifty
        ("тоқаев", "тоқаева"),  # he / she
    ],
)
def test_different_words_keep_different_stems(first: str, second: str) -> None:
    assert stem(first)[0] != stem(second)[0]


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("тоқаевтың", "kk"),
        ("кезінде", "kk"),  # і with front vowels only: Kazakh harmony
        ("токаевым", "ru"),
        ("алматыда", "ru"),  # no Kazakh letter: stemmed as Russian-or-Kazakh
        ("токаєвим", "uk"),
        ("області", "uk"),  # і with a back vowel
        ("tokayev", ""),
        ("", ""),
    ],
)
def test_language(word: str, lang: str) -> None:
    assert language(word) == lang


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("алматыда", ("алмат", "ыда")),  # алматы itself is алмат + ы
        ("облысында", ("облыс", "ында")),
        ("тоқаевтың", ("тоқаев", "тың")),
        ("tokayev", ("tokayev", "")),
        ("2024", ("2024", "")),
    ],
)
def test_stem_and_ending(word: str, expected: tuple[str, str]) -> None:
    assert stem(word) == expected


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґ-'ab", max_size=16))
def test_stem_is_a_prefix_and_never_raises(word: str) -> None:
    head, ending = stem(word)
    if word in IRREGULAR:
        assert (head, ending) == (IRREGULAR[word], "")
    else:
        assert head + ending == word
        assert head or not word


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=12))
def test_latin_is_untouched(word: str) -> None:
    assert stem(word) == (word, "")


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("города", ("город", "а")),  # stem: горо-да; о after the first syllable
        ("акорды", ("акорд", "ы")),  # stem: акор-ды
        ("проекта", ("проект", "а")),  # о beside е: no Kazakh harmony
        ("фонда", ("фонд", "а")),  # ф: not a Kazakh letter
        ("минске", ("минск", "е")),  # a stem ending in ск
        ("алматыда", None),  # Kazakh locative
        ("болды", None),  # Kazakh past tense: not болд-ы
        ("жерде", None),  # Kazakh locative: not жерд-е
        ("депутаты", None),  # stem reads it as Russian already
        ("тоқаевты", None),  # a Kazakh letter: Kazakh only
    ],
)
def test_a_word_read_as_kazakh_may_also_read_as_russian(word, reading) -> None:
    assert russian_reading(word) == reading
    if reading:
        assert stem(word)[0] != reading[0]
