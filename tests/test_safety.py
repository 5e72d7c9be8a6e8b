"""Process-level safety: kill -9 while indexing, two writers, readers during commits, rebuilds."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from index_helpers import (
    CLI,
    ROOT,
    article_text,
    kzsearch,
    leftovers,
    make_corpus,
    stored_docs,
    write,
)

from search import articles
from search.engine import SearchEngine
from search.index import open_current, open_searcher
from search.store import Store
from search.update import document, scan

KILL_TRIALS = 24
READER = """
import json, sys, traceback
from pathlib import Path
from search.engine import SearchEngine
from search.index import open_current, open_searcher
from search.store import Store
index_dir, stop, queries = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
searches, errors, engine = 0, [], SearchEngine(index_dir)
print("ready", flush=True)
while not stop.exists() and len(errors) < 5:
    if searches % 2:
        engine.close()
        engine = SearchEngine(index_dir)
    for query in queries:
        try:
            hits = engine.search(query)
            if len(hits) != 1:
                errors.append(f"{query}: {len(hits)} hits")
        except Exception:
            errors.append(traceback.format_exc())
        searches += 1
print(json.dumps({"searches": searches, "errors": errors}))
"""
HOLD_LOCK = """
import sys, time
from pathlib import Path
from search.store import Store
with Store(Path(sys.argv[1])).write_lock(timeout=30):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def expected_docs(folder: Path) -> set[tuple[str, str, str]]:
    """(id, title, body) a full build of `folder` holds, read straight from the files."""
    docs = set()
    for found in scan([folder], []):
        for article in articles.read_articles(found.path):
            d = document(found.key, article)
            docs.add((d["id"], d["title"], d["body"]))
    return docs


def python(script: str, *args: str | Path, stdout: int = subprocess.PIPE) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)], stdout=stdout, text=True, cwd=ROOT
    )


def mutate(folder: Path, rng: random.Random, serial: int, *, edits: int = 4) -> None:
    """Add, edit and delete articles, dated in the past so no settle time applies."""
    files = sorted(folder.glob("*.txt"))
    for path in rng.sample(files[1:], 4):  # a0000.txt stays: readers search for it
        path.unlink()
    for path in rng.sample(sorted(folder.glob("*.txt"))[1:], edits):
        write(path, article_text(rng, 1000 + serial, words=50))
    for n in range(6):
        write(folder / f"t{serial}-{n}.txt", article_text(rng, 2000 + serial * 10 + n, words=50))


@pytest.mark.slow
def test_kill_9_at_random_moments_never_loses_the_index(tmp_path: Path) -> None:
    folder, rng = tmp_path / "news", random.Random(1234)
    make_corpus(folder, 150, words=50)
    started = time.monotonic()
    subprocess.run([*CLI, "index", folder, "--index", tmp_path / "probe"], check=True, timeout=300)
    full_run = time.monotonic() - started
    outcomes = {"before commit": 0, "after commit": 0}
    for trial in range(KILL_TRIALS):
        kind = ("first build", "incremental", "rebuild")[trial % 3]
        index_dir = tmp_path / ("first" if kind == "first build" else "ix")
        if kind == "first build":
            shutil.rmtree(index_dir, ignore_errors=True)
        elif not (index_dir / "CURRENT").exists():
            SearchEngine(index_dir).index([folder])
        mutate(folder, rng, trial, edits=60 if kind == "incremental" else 4)
        before, after = stored_docs(index_dir), expected_docs(folder)
        args = ["index", folder, "--index", index_dir, *(["--rebuild"] * (kind == "rebuild"))]
        proc = subprocess.Popen([*CLI, *map(str, args)], stdout=subprocess.DEVNULL, cwd=ROOT)
        time.sleep(rng.uniform(0.1, 1.1) * full_run)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)

        survived = stored_docs(index_dir)
        assert survived in (before, after), f"trial {trial} ({kind})"
        outcomes["after commit" if survived == after else "before commit"] += 1
        if survived:
            with SearchEngine(index_dir) as engine:
                assert engine.search("marker0")
        with SearchEngine(index_dir) as engine:
            engine.index([folder])
            assert engine.verify().startswith("index OK")
        assert stored_docs(index_dir) == after, f"trial {trial} ({kind})"
        assert leftovers(index_dir) == []
        assert (index_dir / "write.lock").exists()
    assert outcomes["before commit"] and outcomes["after commit"], outcomes


PARALLEL_BUILD = """
import sys
import search.update
search.update._PARALLEL_BUILD, search.update._PARALLEL_MIN_CPUS = 10, 1
from search.cli import main
main()
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rpartition(")")[2].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"  # a zombie has exited


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killed_parallel_build_leaves_no_process_behind(tmp_path: Path) -> None:
    folder, index_dir = tmp_path / "news", tmp_path / "ix"
    make_corpus(folder, 400, words=800)
    args = ["index", folder, "--index", index_dir]
    proc = subprocess.Popen(
        [sys.executable, "-c", PARALLEL_BUILD, *map(str, args)], stdout=subprocess.DEVNULL, cwd=ROOT
    )
    deadline, children = time.monotonic() + 60, []
    while len(children) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        children = _children(proc.pid)
    assert len(children) == 2, "the build never started its two sub-writers"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    deadline = time.monotonic() + 10
    while any(map(_running, children)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, children))
    assert stored_docs(index_dir) == set()
    SearchEngine(index_dir).index([folder])
    assert leftovers(index_dir) == []


def test_crash_between_commit_and_manifest_duplicates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, rng = tmp_path / "news", random.Random(5)
    make_corpus(folder, 20)
    engine = SearchEngine(tmp_path / "ix")
    engine.index([folder])
    mutate(folder, rng, 0)

    def die(path: Path, data: object) -> None:
        raise SystemExit("killed after the commit, before the manifest")

    monkeypatch.setattr("search.update.write_json", die)
    with pytest.raises(SystemExit):
        engine.index([folder])
    monkeypatch.undo()
    engine.index([folder])
    assert stored_docs(tmp_path / "ix") == expected_docs(folder)
    assert engine.verify().startswith("index OK: 22 articles from 22 files")


def test_next_cli_run_recovers_after_a_kill(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 40)
    proc = subprocess.Popen(
        [*CLI, "index", folder, "--index", tmp_path / "ix"], stdout=subprocess.DEVNULL, cwd=ROOT
    )
    time.sleep(0.8)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    done = kzsearch("index", folder, "--index", tmp_path / "ix", "--wait", "0")
    assert done.returncode == 0, done.stderr
    assert stored_docs(tmp_path / "ix") == expected_docs(folder)
    assert leftovers(tmp_path / "ix") == []


def hold_lock(index_dir: Path, seconds: float) -> subprocess.Popen:
    holder = python(HOLD_LOCK, index_dir, seconds)
    assert holder.stdout.readline() == "locked\n"
    holder.stdout.close()
    return holder


def test_second_writer_gives_up_with_index_busy(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 3)
    holder = hold_lock(tmp_path / "ix", 120)
    try:
        busy = kzsearch("index", folder, "--index", tmp_path / "ix", "--wait", "0.5")
    finally:
        holder.kill()
        holder.wait()
    assert busy.returncode == 5
    assert busy.stderr.count("\n") == 1
    assert busy.stderr.startswith("kzsearch: index busy: another kzsearch process is writing")
    # The killed holder's lock died with it: the next run goes ahead at once.
    done = kzsearch("index", folder, "--index", tmp_path / "ix", "--wait", "0")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "ix" / "write.lock").exists()


def test_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 3)
    holder = hold_lock(tmp_path / "ix", 1.0)
    done = kzsearch("index", folder, "--index", tmp_path / "ix", "--wait", "120")
    holder.wait(timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("added 3")


def test_two_index_runs_at_once_both_finish(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 60)
    args = [*CLI, "index", str(folder), "--index", str(tmp_path / "ix"), "--wait", "120"]
    runs = [subprocess.Popen(args, stdout=subprocess.PIPE, text=True, cwd=ROOT) for _ in "ab"]
    outputs = sorted(run.communicate(timeout=300)[0] for run in runs)
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs[0].startswith("added 60") and outputs[1].startswith("index is up to date")
    assert stored_docs(tmp_path / "ix") == expected_docs(folder)


def read_while(index_dir: Path, stop: Path, queries: list[str], work) -> dict:
    """Run `work()` while another process searches for `queries` in a loop."""
    reader = python(READER, index_dir, stop, *queries)
    try:
        assert reader.stdout.readline() == "ready\n"
        work()
    finally:
        stop.touch()
        out, _ = reader.communicate(timeout=120)
    result = json.loads(out)
    assert result["errors"] == []
    assert result["searches"] > 0
    return result


@pytest.mark.slow
def test_reader_in_another_process_during_commits(tmp_path: Path) -> None:
    folder, rng = tmp_path / "news", random.Random(7)
    make_corpus(folder, 60)
    engine = SearchEngine(tmp_path / "ix")
    engine.index([folder])

    def commits() -> None:
        for serial in range(15):
            mutate(folder, rng, serial)
            assert engine.index([folder]).changed

    read_while(tmp_path / "ix", tmp_path / "stop", ["marker0"], commits)
    assert stored_docs(tmp_path / "ix") == expected_docs(folder)


@pytest.mark.slow
def test_reader_in_another_process_during_rebuilds(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 80)
    engine = SearchEngine(tmp_path / "ix")
    engine.index([folder])

    def rebuilds() -> None:
        for _ in range(6):
            engine.index([], rebuild=True)

    read_while(tmp_path / "ix", tmp_path / "stop", ["marker0", "marker79"], rebuilds)
    assert sorted(p.name for p in (tmp_path / "ix").glob("gen-*")) == ["gen-000007"]


def test_reader_in_this_process_while_another_process_commits(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 30)
    SearchEngine(tmp_path / "ix").index([folder])
    writer_script = """
import random, sys
from pathlib import Path
sys.path.insert(0, "tests")
from index_helpers import article_text, write
from search.engine import SearchEngine
from search.index import open_current, open_searcher
from search.store import Store
folder, engine, rng = Path(sys.argv[1]), SearchEngine(Path(sys.argv[2])), random.Random(3)
for n in range(12):
    write(folder / f"w{n}.txt", article_text(rng, 500 + n))
    if n > 2:
        (folder / f"w{n - 3}.txt").unlink()
    engine.index([folder], rebuild=n % 4 == 3)
"""
    writer = python(writer_script, folder, tmp_path / "ix", stdout=subprocess.DEVNULL)
    failures, searches = [], 0
    with SearchEngine(tmp_path / "ix") as engine:
        while writer.poll() is None or searches == 0:
            hits = engine.search("marker0")
            searches += 1
            if len(hits) != 1:
                failures.append(len(hits))
    assert writer.returncode == 0
    assert failures == []
    assert stored_docs(tmp_path / "ix") == expected_docs(folder)
    assert os.path.exists(tmp_path / "ix" / "write.lock")


def test_searcher_keeps_its_snapshot_while_a_commit_merges_segments(tmp_path: Path) -> None:
    folder, rng = tmp_path / "news", random.Random(11)
    make_corpus(folder, 30)
    SearchEngine(tmp_path / "ix").index([folder])
    gen, ix, searcher = open_current(Store(tmp_path / "ix"), opener=open_searcher)
    first = set(os.listdir(gen))
    mutate(folder, rng, 0)
    SearchEngine(tmp_path / "ix").index([folder])
    ix.writer().commit(optimize=True)  # merges every segment, deleting the first one's files
    assert not {name for name in first if name.endswith((".col", ".trm"))} & set(os.listdir(gen))
    with searcher:
        docs = list(searcher.all_stored_fields())
        lengths = [searcher.reader().doc_field_length(n, "body") for n in range(len(docs))]
    assert len(docs) == 30 and all(lengths)
