"""Shared fixtures: one index over the bundled seeds and the small articles in fixtures/engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from search import SearchEngine

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ENGINE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "engine"
# Articles that name people as other languages' presses or Ukrainian spell them (Горбачова),
# in the shared engine's index only.
NAME_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "names"
WABTEC_SEED = "001_b77c83a51c02fa55.txt"


@pytest.fixture(scope="session")
def engine_index(tmp_path_factory) -> Path:
    """An index folder built once from the seeds and the engine and name fixtures; treat it
    as read-only."""
    index_dir = tmp_path_factory.mktemp("engine") / "index"
    with SearchEngine(index_dir) as builder:
        report = builder.index([SEEDS, ENGINE_FIXTURES, NAME_FIXTURES])
    assert report.skipped == 0, report.problems
    return index_dir


@pytest.fixture(scope="session")
def engine(engine_index) -> SearchEngine:
    """A SearchEngine over `engine_index`, shared by every test that only searches."""
    with SearchEngine(engine_index) as shared:
        yield shared
