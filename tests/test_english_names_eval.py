"""The English names evaluation (tests/eval/english_names.py) reads its table and counts."""

from __future__ import annotations

from tests.eval.english_names import finds, load, main


def test_the_table_has_one_english_and_one_cyrillic_name_per_pair() -> None:
    pairs = load()
    assert len(pairs) == len(set(pairs)) >= 70
    assert all(latin.isascii() and not cyrillic.isascii() for latin, cyrillic in pairs)


def test_a_pair_is_checked_in_each_direction() -> None:
    assert finds("Biden", "Байден") and finds("Байден", "Biden")
    assert finds("Google", "Гугл") and not finds("Гугл", "Google")


def test_the_report_sums_to_every_pair(capsys) -> None:
    assert main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    counts = [int(line.rsplit(": ", 1)[1]) for line in lines[1:]]
    assert sum(counts) == len(load()) and len(counts) == 4
