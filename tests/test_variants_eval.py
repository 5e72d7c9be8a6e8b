"""Pieces of the variant-matching evaluation (tests/eval/variants.py) on a few words."""

from __future__ import annotations

import pytest

from tests.eval.variants import engine_merges, engine_same, forms_of_one_word


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
