"""Smoke run of tests/eval/morph_speed.py on the small test corpus."""

from __future__ import annotations

from pathlib import Path

from tests.eval import morph_speed

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def test_one_build_is_timed_in_a_subprocess_per_mode(tmp_path: Path) -> None:
    seconds = morph_speed.measure(CORPUS, tmp_path, runs=1)
    assert set(seconds) == {"with", "without"}
    assert all(len(s) == 1 and s[0] > 0 for s in seconds.values())
