"""One measurement in a fresh process; `run.py` starts it and reads the JSON it writes.

    python -m tests.benchmarks.measure build --engine kzsearch --corpus DIR --index DIR --out F

Every task times only the work itself (imports are done before the clock starts) and writes
{"seconds": ..., ...} to --out. Peak memory is read by the parent from the child's rusage.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

from tests.benchmarks.baselines import BenchDoc, Fts5Baseline, WhooshBaseline

ENGINES = ("kzsearch", "whoosh", "fts5")


def read_doc(path: Path, root: Path) -> BenchDoc:
    """A corpus file as a BenchDoc: line 1 is the title, the rest the body."""
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    return BenchDoc(path.relative_to(root).as_posix(), title.strip(), body.strip())


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.rglob("*.txt"))


class KzEngine:
    """kzsearch through its library API."""

    rejects = True

    def __init__(self, index_dir: Path):
        from search import SearchEngine, SearchError

        self.error = SearchError
        self.engine = SearchEngine(index_dir)

    def build(self, corpus: Path) -> dict:
        return _report(self.engine.index([corpus]))

    def rescan(self, corpus: Path) -> dict:
        return _report(self.engine.index([corpus]))

    def add(self, paths: list[Path]) -> dict:
        return _report(self.engine.index(paths))

    def search(self, query: str, limit: int = 10) -> list:
        return self.engine.search(query, limit=limit)

    def close(self) -> None:
        self.engine.close()


def _report(report) -> dict:
    fields = ("added", "updated", "removed", "unchanged", "skipped")
    return {name: _count(getattr(report, name, None)) for name in fields}


def _count(value):
    return len(value) if isinstance(value, list | tuple | set) else value


class BaselineEngine:
    """Plain Whoosh or FTS5, fed from the same files kzsearch reads."""

    rejects = False
    error = ()

    def __init__(self, index_dir: Path, kind: str):
        self.baseline = (WhooshBaseline if kind == "whoosh" else Fts5Baseline)(index_dir)

    def build(self, corpus: Path) -> dict:
        self.baseline.build(read_doc(path, corpus) for path in corpus_files(corpus))
        return {}

    def rescan(self, corpus: Path) -> dict:
        raise NotImplementedError("plain engines keep no file state to rescan against")

    def add(self, paths: list[Path]) -> dict:
        self.baseline.add(read_doc(path, path.parent.parent) for path in paths)
        return {"added": len(paths)}

    def search(self, query: str, limit: int = 10) -> list:
        return self.baseline.search(query, limit=limit)

    def close(self) -> None:
        self.baseline.close()


def open_engine(kind: str, index_dir: Path):
    return KzEngine(index_dir) if kind == "kzsearch" else BaselineEngine(index_dir, kind)


def timed(fn, *args) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - start, value


def task_build(args) -> dict:
    def build():
        engine = open_engine(args.engine, args.index)
        details = engine.build(args.corpus)
        engine.close()
        return details

    seconds, details = timed(build)
    return {"seconds": seconds, "articles": len(corpus_files(args.corpus)), **details}


def task_incremental(args) -> dict:
    engine = open_engine(args.engine, args.index)
    seconds, details = timed(engine.rescan if args.task == "rescan" else engine.add, args.corpus)
    engine.close()
    return {"seconds": seconds, **details}


def task_queries(args) -> dict:
    """Warm latency: one untimed pass over every query, then `passes` timed passes."""
    queries: dict[str, list[str]] = json.loads(args.queries.read_text(encoding="utf-8"))
    engine = open_engine(args.engine, args.index)
    matched = {kind: sum(bool(engine.search(q)) for q in qs) for kind, qs in queries.items()}
    times: dict[str, list[float]] = {kind: [] for kind in queries}
    for _ in range(args.passes):
        for kind, qs in queries.items():
            times[kind].extend(1000 * timed(engine.search, q)[0] for q in qs)
    engine.close()
    return {"ms": times, "matched": matched, "count": {k: len(v) for k, v in queries.items()}}


def task_expensive(args) -> dict:
    engine = open_engine(args.engine, args.index)
    engine.search("warm up")
    start = time.perf_counter()
    try:
        hits, rejected = len(engine.search(args.query)), False
    except engine.error as error:
        hits, rejected = 0, str(error)
    seconds = time.perf_counter() - start
    engine.close()
    return {"seconds": seconds, "hits": hits, "rejected": rejected}


def task_once(args) -> dict:
    """What a one-shot script does: open, search with snippets, print; timed by the parent."""
    engine = open_engine(args.engine, args.index)
    for hit in engine.search(args.query):
        print(hit.path, hit.snippet)
    engine.close()
    return {}


def task_profile(args) -> dict:
    """cProfile of a build of --corpus, then of the queries; top entries to --out.txt."""
    kinds = json.loads(args.queries.read_text(encoding="utf-8"))
    queries = [q for qs in kinds.values() for q in qs]
    if args.engine == "kzsearch":
        # cProfile sees only its own process: keep kzsearch's build in one process.
        import search.update

        search.update._PARALLEL_BUILD = sys.maxsize
    profiler = cProfile.Profile()
    profiler.enable()
    engine = open_engine(args.engine, args.index)
    engine.build(args.corpus)
    engine.close()
    profiler.disable()
    engine = open_engine(args.engine, args.index)
    engine.search("warm up")
    query_profiler = cProfile.Profile()
    query_profiler.enable()
    for query in queries[:200]:
        engine.search(query)
    query_profiler.disable()
    engine.close()
    with args.out.with_suffix(".txt").open("w", encoding="utf-8") as text:
        for name, prof in (("BUILD", profiler), ("200 QUERIES", query_profiler)):
            for order in ("tottime", "cumulative"):
                print(f"===== {args.engine} {name} by {order}", file=text)
                pstats.Stats(prof, stream=text).sort_stats(order).print_stats(30)
    return {"queries": min(200, len(queries))}


TASKS = {
    "build": task_build,
    "rescan": task_incremental,
    "add": task_incremental,
    "queries": task_queries,
    "expensive": task_expensive,
    "once": task_once,
    "profile": task_profile,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=TASKS)
    parser.add_argument("--engine", choices=ENGINES, required=True)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, help="corpus folder (build, rescan, profile)")
    parser.add_argument("--paths", type=Path, nargs="*", help="new article files (add)")
    parser.add_argument("--queries", type=Path, help="JSON {kind: [query, ...]}")
    parser.add_argument("--query", help="one query (expensive, once)")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.task == "add":
        args.corpus = args.paths
    result = TASKS[args.task](args)
    if args.out:
        args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by the inclusive method; `statistics` does the work."""
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[round(q) - 1]


if __name__ == "__main__":
    main(sys.argv[1:])
