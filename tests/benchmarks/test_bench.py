"""Small benchmark run (1k synthetic articles, plus BBC when present): prints, never times.

.venv/bin/python -m pytest -m bench tests/benchmarks -s
"""

from __future__ import annotations

import pytest

from tests.benchmarks.run import benchmark, parse_args


@pytest.mark.bench
def test_small_benchmark_runs_every_engine(tmp_path):
    args = parse_args(
        [
            "--sizes",
            "1000",
            "--bbc",
            "--repeat",
            "1",
            "--cold-runs",
            "3",
            "--work",
            str(tmp_path / "work"),
            "--out",
            str(tmp_path / "out"),
        ]
    )
    results = benchmark(args)
    print(results["report"])
    for data in results["datasets"].values():
        for name, runs in data["engines"].items():
            assert [b.get("error") for b in runs["build"]] == [None], name
            matched = runs["queries"][0]["matched"]
            assert matched["word"] > 0, name
            assert matched["two words"] > 0, name
