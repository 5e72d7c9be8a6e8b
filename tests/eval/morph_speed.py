"""What morphology costs at indexing: build time with and without analyzers.morph.stem.

Run: .venv/bin/python -m tests.eval.morph_speed [--runs 7]

Two corpora from ../shared/data: KazNERD grouped into 1,125 Kazakh news articles (as in
tests.eval.kaznerd) and the first 1,000 BBC articles (English).  Each build is
`SearchEngine(dir).index([folder])` on a fresh index in a fresh process (serial: both
corpora are under the parallel-build threshold), timed in process CPU time.  Runs
alternate with and without morphology, so a slow spell of the machine hits both; the
report gives each mode's median and the median of the paired ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.baselines import load_bbc
from tests.eval import kaznerd

MODES = ("with", "without")
BBC_ARTICLES = 1000


def build_once(mode: str, folder: Path, index_dir: Path) -> float:
    """CPU seconds of one fresh build of `folder` (called in a fresh subprocess)."""
    from analyzers import morph

    if mode == "without":  # no endings stripped, in either reading of a word
        morph.stem = lambda word: (word, "")
        morph.russian_reading = lambda *_, **__: None
    from search import SearchEngine

    shutil.rmtree(index_dir, ignore_errors=True)
    start = time.process_time()
    with SearchEngine(index_dir) as engine:
        engine.index([folder])
    return time.process_time() - start


def write_corpora(work: Path) -> dict[str, Path]:
    """The corpora as folders of .txt articles; a corpus whose data is missing is left out."""
    folders = {}
    if kaznerd.DATA.exists():
        folders["KazNERD, Kazakh"] = work / "kaznerd"
        folders["KazNERD, Kazakh"].mkdir()
        kaznerd.write_articles(kaznerd.load(), folders["KazNERD, Kazakh"])
    docs = load_bbc()
    if docs:
        folders["BBC, English"] = work / "bbc"
        folders["BBC, English"].mkdir()
        for i, doc in enumerate(docs[:BBC_ARTICLES]):
            text = f"{doc.title}\n\n{doc.body}\n"
            (folders["BBC, English"] / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return folders


def measure(folder: Path, work: Path, runs: int) -> dict[str, list[float]]:
    seconds: dict[str, list[float]] = {mode: [] for mode in MODES}
    for _ in range(runs):
        for mode in MODES:
            argv = [sys.executable, "-m", "tests.eval.morph_speed", "--one", mode]
            out = subprocess.run(
                [*argv, str(folder), str(work / "index")], capture_output=True, text=True
            )
            if out.returncode:
                raise RuntimeError(f"build {mode} morphology failed: {out.stderr.strip()}")
            seconds[mode].append(float(out.stdout.split()[-1]))
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="builds per mode and corpus")
    parser.add_argument(
        "--one", nargs=3, metavar=("MODE", "FOLDER", "INDEX"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.one:
        mode, folder, index_dir = args.one
        print(f"{build_once(mode, Path(folder), Path(index_dir)):.3f}")
        return 0
    with tempfile.TemporaryDirectory(prefix="kzsearch-morph-speed-") as tmp:
        folders = write_corpora(Path(tmp))
        if not folders:
            print(f"skipped: no KazNERD or BBC data under {kaznerd.DATA.parent}")
            return 0
        print("| corpus | runs | with (s) | without (s) | ratio of medians | median paired ratio |")
        print("|---|--:|--:|--:|--:|--:|")
        for name, folder in folders.items():
            s = measure(folder, Path(tmp), args.runs)
            ratios = [w / o for w, o in zip(s["with"], s["without"], strict=True)]
            with_, without = statistics.median(s["with"]), statistics.median(s["without"])
            print(
                f"| {name} | {args.runs} | {with_:.2f} | {without:.2f} | {with_ / without:.3f}"
                f" | {statistics.median(ratios):.3f} |"
            )
            print(f"<!-- {name}: with {s['with']} without {s['without']} -->")
    return 0


if __name__ == "__main__":
    sys.exit(main())
