"""Benchmark kzsearch against plain Whoosh and SQLite FTS5 on the same articles, in one run.

    .venv/bin/python -m tests.benchmarks.run --sizes 1000,10000 --bbc --repeat 3 --out bench-out/

Every measurement where memory or start-up matters runs in a fresh child process
(`tests.benchmarks.measure`); the corpus folders and indexes live under --work.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import corpus as synth
from tests.benchmarks.baselines import load_bbc
from tests.benchmarks.measure import ENGINES, corpus_files, read_doc
from tests.benchmarks.queries import expensive_queries, query_set
from tests.benchmarks.report import render

REPO = Path(__file__).resolve().parents[2]
CLI_QUERY = "Wabtec locomotives"
BASELINE_IMPORTS = {"whoosh": "whoosh.index, whoosh.qparser, whoosh.highlight", "fts5": "sqlite3"}


def child(task: str, engine: str, index: Path, *, timeout: float = 3600, **options) -> dict:
    """Run one measurement in a new process; add its wall time and peak RSS (MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [
            sys.executable,
            "-m",
            "tests.benchmarks.measure",
            task,
            "--engine",
            engine,
            "--index",
            str(index),
            "--out",
            str(out),
        ]
        for name, value in options.items():
            values = value if isinstance(value, list) else [value]
            cmd += [f"--{name}", *map(str, values)]
        result, peak_mb, wall = _wait(cmd, timeout)
        if result == 0 and out.exists():
            data = json.loads(out.read_text(encoding="utf-8"))
        else:
            data = {"error": "timeout" if result is None else f"exit {result}"}
    return {**data, "wall": wall, "peak_mb": peak_mb}


def _wait(cmd: list[str], timeout: float) -> tuple[int | None, float, float]:
    """Exit code (None on timeout), peak RSS in MB and wall seconds of a child command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL)
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > timeout:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = -9
            return None, usage.ru_maxrss / 1024, time.perf_counter() - start
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / 1024, time.perf_counter() - start


def wall_of(cmd: list[str], runs: int) -> list[float]:
    """Wall seconds of `runs` runs of a command (output discarded); failed runs are left out."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        if done.returncode == 0:
            times.append(time.perf_counter() - start)
        else:
            log(f"  exit {done.returncode}: {' '.join(cmd)}")
    return times


def import_ms(module: str) -> float:
    """Cumulative import time of `module` in ms from `python -X importtime`."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    total = 0
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        # Top-level imports are not indented; their cumulative times add up to the total.
        if len(parts) == 3 and parts[2].startswith(" ") and not parts[2].startswith("  "):
            total += int(parts[1]) if parts[1].strip().isdigit() else 0
    return total / 1000


def disk_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def prepare(name: str, work: Path, seed: int) -> tuple[Path, list[Path]]:
    """The corpus folder and ten new article files of a dataset, written once per --work."""
    folder, new = work / "corpora" / name, work / "corpora" / f"{name}-new"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        if name == "bbc":
            for doc in load_bbc():
                synth.write_doc(folder, doc)
        else:
            synth.write_corpus(folder, int(name.removeprefix("synth-")), seed=seed)
        start = int(name.removeprefix("synth-")) if name != "bbc" else 0
        shutil.rmtree(new, ignore_errors=True)
        for doc in synth.iter_docs(10, seed, start=start):
            synth.write_doc(new, doc)
        (folder / ".complete").write_text("ok\n")
    return folder, corpus_files(new)


def bench_dataset(name: str, args) -> dict:
    folder, new = prepare(name, args.work, args.seed)
    files = corpus_files(folder)
    sample = [read_doc(p, folder) for p in files[:: max(1, len(files) // 2000)]]
    queries = args.work / f"queries-{name}.json"
    queries.write_text(json.dumps(query_set(sample, seed=args.seed), ensure_ascii=False))
    expensive = expensive_queries(sample, seed=args.seed)
    data = {"articles": len(files), "mb": sum(p.stat().st_size for p in files) / 1e6, "engines": {}}
    for engine in args.engines:
        runs = data["engines"][engine] = {"build": [], "queries": [], "rescan": [], "add": []}
        index = args.work / "indexes" / name / engine
        for repeat in range(args.repeat):
            log(f"{name} {engine} build {repeat + 1}/{args.repeat}")
            shutil.rmtree(index, ignore_errors=True)
            build = child("build", engine, index, corpus=folder)
            build["index_mb"] = disk_mb(index) if index.exists() else None
            runs["build"].append(build)
            if "error" in build:
                break
            runs["queries"].append(
                child("queries", engine, index, queries=queries, passes=args.passes)
            )
            if engine == "kzsearch":
                runs["rescan"].append(child("rescan", engine, index, corpus=folder))
            if repeat == args.repeat - 1:
                runs.update(once_per_dataset(engine, index, expensive, args))
            runs["add"].append(child("add", engine, index, paths=new))
    return data


def once_per_dataset(engine: str, index: Path, expensive: dict[str, str], args) -> dict:
    """Cold start and expensive queries, measured on the last build of an engine."""
    log(f"  {engine}: cold start and expensive queries")
    runs = {
        "expensive": {
            label: child("expensive", engine, index, query=query, timeout=args.expensive_timeout)
            for label, query in expensive.items()
        }
    }
    kzsearch = Path(sys.executable).parent / "kzsearch"
    if engine == "kzsearch" and kzsearch.exists():
        cmd = [str(kzsearch), CLI_QUERY, "--index", str(index), "--limit", "10", "--json"]
        runs["cold"] = wall_of(cmd, args.cold_runs)
        runs["import_ms"] = [import_ms("search.cli") for _ in range(3)]
    elif engine != "kzsearch":
        cmd = [
            sys.executable,
            "-m",
            "tests.benchmarks.measure",
            "once",
            "--engine",
            engine,
            "--index",
            str(index),
            "--query",
            CLI_QUERY,
        ]
        runs["cold"] = wall_of(cmd, args.cold_runs)
        runs["import_ms"] = [import_ms(BASELINE_IMPORTS[engine]) for _ in range(3)]
    return runs


def profile(args) -> None:
    """cProfile of a 2k synthetic build and 200 queries, per engine, into --out."""
    folder, _ = prepare("synth-2000", args.work, args.seed)
    sample = [read_doc(p, folder) for p in corpus_files(folder)]
    queries = args.work / "queries-profile.json"
    queries.write_text(json.dumps(query_set(sample, seed=args.seed), ensure_ascii=False))
    for engine in args.engines:
        index = args.work / "indexes" / "profile" / engine
        shutil.rmtree(index, ignore_errors=True)
        log(f"profile {engine}")
        child(
            "profile",
            engine,
            index,
            corpus=folder,
            queries=queries,
            out=args.out / f"profile-{engine}.json",
        )


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000", help="synthetic corpus sizes, e.g. 1000,10000")
    parser.add_argument("--bbc", action="store_true", help="also the BBC set (../shared/data)")
    parser.add_argument("--repeat", type=int, default=3, help="full builds per engine")
    parser.add_argument("--passes", type=int, default=1, help="timed passes over the queries")
    parser.add_argument("--cold-runs", type=int, default=7, help="runs of the cold CLI")
    parser.add_argument("--expensive-timeout", type=float, default=120)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "kzsearch-bench",
        help="corpora and indexes (kept between runs)",
    )
    parser.add_argument(
        "--merge",
        type=Path,
        nargs="+",
        metavar="RESULTS_JSON",
        help="only print one report of earlier runs' results-*.json files",
    )
    parser.add_argument(
        "--profile", action="store_true", help="only profile a 2k build and 200 queries (cProfile)"
    )
    args = parser.parse_args(argv)
    args.engines = [e for e in args.engines.split(",") if e]
    args.work, args.out = args.work.resolve(), args.out.resolve()
    return args


def benchmark(args: argparse.Namespace) -> dict:
    """Every dataset and engine of `args`; writes results and report to --out, returns results."""
    args.out.mkdir(parents=True, exist_ok=True)
    names = [f"synth-{int(n)}" for n in args.sizes.split(",") if n]
    if args.bbc and load_bbc() is not None:
        names.append("bbc")
    results = {
        "started": time.strftime("%Y-%m-%d %H:%M"),
        "argv": sys.argv,
        "datasets": {name: bench_dataset(name, args) for name in names},
    }
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (args.out / f"results-{stamp}.json").write_text(json.dumps(results, indent=1))
    results["report"] = render(results)
    (args.out / f"report-{stamp}.md").write_text(results["report"], encoding="utf-8")
    return results


def merge(files: list[Path]) -> dict:
    """Results of several runs as one, engine by engine (same dataset names are combined)."""
    merged: dict = {"started": "", "argv": ["merge of"], "datasets": {}}
    for file in files:
        results = json.loads(file.read_text(encoding="utf-8"))
        merged["started"] = merged["started"] or results["started"]
        merged["argv"].append(" ".join(results["argv"][1:]) + ";")
        for name, data in results["datasets"].items():
            merged["datasets"].setdefault(name, {**data, "engines": {}})
            merged["datasets"][name]["engines"].update(data["engines"])
    return merged


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.merge:
        print(render(merge(args.merge)))
    elif args.profile:
        args.out.mkdir(parents=True, exist_ok=True)
        profile(args)
    else:
        print(benchmark(args)["report"])


if __name__ == "__main__":
    main()
