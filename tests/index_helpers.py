"""Shared helpers for the indexing tests: article files, stored documents, the CLI in a process."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from search.engine import SearchEngine
from search.index import open_current
from search.store import Store

ROOT = Path(__file__).resolve().parent.parent
_PAST = itertools.count(int(time.time()) - 3600)
WORDS = [
    *("astana", "almaty", "tokayev", "parliament", "railway", "locomotive", "wheat", "harvest"),
    *("steppe", "caspian", "oil", "pipeline", "border", "customs", "tenge", "inflation"),
    *("election", "reform", "school", "teacher", "river", "dam", "bridge", "airport", "tourism"),
    *("nomad", "festival", "horse", "eagle", "mountain", "glacier", "drought", "solar", "wind"),
]
CLI = [sys.executable, "-c", "from search.cli import main; main()"]


def article_text(rng: random.Random, n: int, *, words: int = 40) -> str:
    """A .txt article: a short headline, a blank line, a body of vocabulary words."""
    title = f"Story {n} on {rng.choice(WORDS)} and {rng.choice(WORDS)}"
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    return f"{title}\n\n{body} marker{n}.\n"


def write(path: Path, text: str | bytes, *, past: bool = True) -> Path:
    """Write a file and (by default) date it an hour back, past any settle time.

    Every file written gets its own mtime, one second after the previous one, so an
    edit never keeps both the size and the mtime of what it replaces.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    if past:
        stamp = next(_PAST)
        os.utime(path, (stamp, stamp))
    return path


def make_corpus(folder: Path, count: int, *, seed: int = 0, words: int = 40) -> list[Path]:
    rng = random.Random(seed)
    return [
        write(folder / f"a{n:04d}.txt", article_text(rng, n, words=words)) for n in range(count)
    ]


def stored_docs(index_dir: Path) -> set[tuple[str, str, str]]:
    """(id, title, body) of every document in the live index; empty when there is none."""
    opened = open_current(Store(index_dir))
    if opened is None:
        return set()
    _, ix, _ = opened
    with ix.searcher() as searcher:
        return {(d["id"], d["title"], d["body"]) for d in searcher.all_stored_fields()}


def fresh_docs(folder: Path, index_dir: Path) -> set[tuple[str, str, str]]:
    """What a full build of `folder` holds, built in a new index folder."""
    with SearchEngine(index_dir) as engine:
        engine.index([folder], rebuild=True)
    return stored_docs(index_dir)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its (size, mtime_ns): equal snapshots mean nothing written."""
    out = {}
    for dirpath, _, names in os.walk(folder):
        for name in names:
            st = os.stat(os.path.join(dirpath, name))
            out[os.path.relpath(os.path.join(dirpath, name), folder)] = (st.st_size, st.st_mtime_ns)
    return out


def leftovers(index_dir: Path) -> list[str]:
    """Files a finished run should not leave: temp files, old generations, Whoosh temp data."""
    names = []
    for dirpath, dirnames, filenames in os.walk(index_dir):
        rel = os.path.relpath(dirpath, index_dir)
        names += [os.path.join(rel, d) for d in dirnames if d.endswith(".tmp")]
        names += [os.path.join(rel, f) for f in filenames if ".tmp" in f or ".toc." in f]
    gens = [p.name for p in index_dir.glob("gen-*")]
    if len(gens) > 1:
        names += sorted(gens)
    return names


def kzsearch(*args: str | Path, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """Run the kzsearch command line in a new process."""
    return subprocess.run(
        [*CLI, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        **kwargs,
    )
