"""Pieces of the variant-matching evaluation (tests/eval/variants.py) on a few words."""

from __future__ import annotations

import pytest

from tests.eval.variants import _published_pairs, engine_merges, engine_same, forms_of_one_word


@pytest.mark.parametrize(
    ("a", "b"), [("Агеев", "Агеева"), ("adamdardyń", "adamdarmen"), ("Almaty", "Almatyda")]
)
def test_forms_of_one_word_are_told_apart_from_different_names(a, b) -> None:
    assert forms_of_one_word(a, b)


@pytest.mark.parametrize(("a", "b"), [("Tokayev", "Tokaji"), ("Astana", "Astara"), ("ad", "add")])
def test_different_names_are_not_forms_of_one_word(a, b) -> None:
    assert not forms_of_one_word(a, b)


def test_a_variant_pair_must_match_both_ways() -> None:
    assert engine_same("Өтебаев", "Утебаев")
    assert engine_same("Tokayev", "Тоқаев")
    assert not engine_merges("Tokaji", "Tokayev")


def test_a_number_in_a_name_matches_as_written() -> None:
    # A number has no keys: the engine indexes and searches its exact term.
    assert engine_same("Свердловск-44", "Sverdlovsk-44")
    assert not engine_merges("Свердловск-44", "Sverdlovsk-45")


class _Scheme:
    """A stand-in for an iuliia scheme: a letter table."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = str.maketrans(table)

    def translate(self, text: str) -> str:
        return text.translate(self.table)


def test_published_pairs_are_a_name_and_its_schemes_spellings() -> None:
    schemes = [_Scheme({"Ч": "Ch", "и": "i", "м": "m"}), _Scheme({"Ч": "Č", "и": "i", "м": "m"})]
    names = ["Чим", "Chim", "Čim", "CHIM", "Shim"]
    assert _published_pairs(names, schemes) == {
        ("Чим", "Chim"), ("Чим", "Čim"), ("Чим", "CHIM"), ("Chim", "Čim"), ("Čim", "CHIM"),
    }  # fmt: skip
