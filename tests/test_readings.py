"""Readings: a query word in one script finds the other script's spellings (readings.py)."""

from __future__ import annotations

import pytest

from analyzers.keys import analyze_word, query_keys


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Крылатское", "Krylatskoe"), ("ещё", "eshche"), ("Пятницкое", "Pyatnitskoe")],
)
def test_a_cyrillic_query_finds_a_romanization_without_ye_and_yo(cyrillic, latin) -> None:
    # Porter stems krylatskoye (English press) and krylatskoe differently.
    assert set(query_keys(cyrillic)) & set(analyze_word(latin.lower()).keys)
    assert set(query_keys(latin)) & set(analyze_word(cyrillic.lower()).keys)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Trump", "Трамп"), ("Trump", "Трампом"), ("Hunter", "Хантер"), ("Buffett", "Баффет")],
)
def test_an_english_short_u_also_reads_as_a(latin, cyrillic) -> None:
    # Russian and Kazakh write it а.
    assert set(query_keys(latin)) & set(analyze_word(cyrillic.lower()).keys)


@pytest.mark.parametrize("latin", ["Putin", "Burns", "Ulttyq", "Qudaibergen", "Tokayev"])
def test_u_stays_u_before_a_vowel_or_r_and_in_kazakh_latin(latin) -> None:
    assert not [k for k in query_keys(latin) if k[0] == "$" and "a" in k and "a" not in latin]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Bohdan", "Богдан"), ("Oleh", "Олег"), ("Vyshhorod", "Вишгород"), ("Hamburg", "Гамбург")],
)
def test_a_lone_h_and_g_read_as_each_other(latin, cyrillic) -> None:
    # Ukrainian г is h; Russian writes a foreign h as г.  Both directions.
    assert set(query_keys(latin)) & set(analyze_word(cyrillic.lower()).keys)
    assert set(query_keys(cyrillic)) & set(analyze_word(latin.lower()).keys)


@pytest.mark.parametrize("latin", ["Mukhtar", "Shymkent", "Chelsea", "Zhanaozen", "Thomas"])
def test_h_in_a_digraph_is_not_read_as_g(latin) -> None:
    assert not [k for k in query_keys(latin) if "g" in k and "g" not in latin.lower()]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Jamal", "Ямал"),
        ("Cvetkovo", "Цветково"),
        ("Rossija", "Россия"),
        ("Joškar", "Йошкар"),
        ("Âmal", "Ямал"),  # ISO 9
        ("Ûrino", "Юрино"),
        ("Ëlkino", "Ёлкино"),
        ("Yëzh", "Ёж"),  # BGN/PCGN
        ("mjagkix", "мягких"),  # x for х
        ("francuzskix", "французских"),
    ],
)
def test_the_scientific_romanization_of_russian_finds_the_cyrillic(latin, cyrillic) -> None:
    assert set(query_keys(latin)) & set(analyze_word(cyrillic.lower()).keys)
    assert set(query_keys(cyrillic)) & set(analyze_word(latin.lower()).keys)


def test_a_short_english_word_with_j_is_not_read_as_cyrillic_y() -> None:
    assert not set(query_keys("Jack")) & set(analyze_word("як").keys)  # Ukrainian "how"


@pytest.mark.parametrize(("latin", "cyrillic"), [("Öngirek", "Өңірек"), ("Ongtüstik", "Оңтүстік")])
def test_bgn_ng_and_kazakh_n_read_as_each_other(latin, cyrillic) -> None:
    assert set(query_keys(latin)) & set(analyze_word(cyrillic.lower()).keys)
    assert set(query_keys(cyrillic)) & set(analyze_word(latin.lower()).keys)


def test_an_english_ng_is_not_read_as_kazakh_n() -> None:
    assert not set(query_keys("hang")) & set(analyze_word("хан").keys)
