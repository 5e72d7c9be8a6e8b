"""The word forms measure (tests/eval/word_forms.py) on hand-written rows."""

from __future__ import annotations

from tests.eval.word_forms import main, measure


def test_forms_found_missed_and_other_words_found_are_counted() -> None:
    rows = [
        ("долларов", "доллар"),
        ("доллара", "доллар"),
        ("годов", "год"),  # a stem under 4 letters: missed
        ("российская", "российский"),
        ("российский", "российский"),
    ]
    pairs, missed, wrong = measure(rows)
    assert (pairs, missed, wrong) == (4, [("год", "годов")], {})


def test_a_missing_word_list_is_a_usage_error(tmp_path, capsys) -> None:
    assert main([str(tmp_path / "none.txt")]) == 2
    assert "usage" in capsys.readouterr().out


def test_an_unknown_language_is_a_usage_error(tmp_path, capsys) -> None:
    words = tmp_path / "words.txt"
    words.write_text("слово\n", encoding="utf-8")
    assert main(["--lang", "kk", str(words)]) == 2
    assert "usage" in capsys.readouterr().out
