"""Smoke run of tests/eval/kaznerd.py: a few hundred KazNERD sentences, a handful of names."""

from __future__ import annotations

import pytest

from tests.eval import kaznerd

needs_data = pytest.mark.skipif(
    not (kaznerd.DATA / "sentences_test_valid.jsonl").exists(),
    reason=f"KazNERD data not found at {kaznerd.DATA}",
)


@pytest.mark.parametrize(
    ("cyrillic", "english", "kazakh2021"),
    [
        ("Тоқаев", "Tokayev", "Toqaev"),
        ("Ақорда", "Akorda", "Aqorda"),
        ("Нұр-Сұлтан", "Nur-Sultan", "Nūr-Sūltan"),
        ("Қасым-Жомарт Тоқаев", "Kasym-Zhomart Tokayev", "Qasym-Jomart Toqaev"),
        ("АҚШ", "AKSH", "AQŞ"),
        ("Шымкент", "Shymkent", "Şymkent"),
    ],
)
def test_query_spellings(cyrillic: str, english: str, kazakh2021: str) -> None:
    assert kaznerd.romanize_query(cyrillic, "english") == english
    assert kaznerd.romanize_query(cyrillic, "kazakh2021") == kazakh2021


@pytest.mark.parametrize(
    ("base", "word", "expected"),
    [
        ("тоқаев", "тоқаевтың", True),
        ("алматы", "алматыдағы", True),
        ("қазақстан", "қазақстандық", False),  # derivation, not inflection
        ("ақш", "ақш-та", True),
        ("ақш", "ақша", False),  # a short base takes suffixes after a hyphen only
    ],
)
def test_inflection_rule(base: str, word: str, expected: bool) -> None:
    assert kaznerd.is_inflection(base, word) is expected


@needs_data
def test_small_evaluation_runs_and_morphology_helps() -> None:
    ev = kaznerd.evaluate(limit=600, size=10, min_articles=2, max_entities=6)

    assert len(ev.names) == 60
    assert len(ev.asked) == 2 * len(ev.chosen) > 0
    with_morph = kaznerd.summarize(ev.scores("morph"))
    without = kaznerd.summarize(ev.scores("plain"))
    assert with_morph[0] >= without[0]
    assert "| **all both styles** |" in kaznerd.table(ev)
