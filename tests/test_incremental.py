"""Incremental indexing: only changes are written, and the result equals a fresh full build."""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from index_helpers import (
    WORDS,
    article_text,
    fresh_docs,
    kzsearch,
    leftovers,
    make_corpus,
    snapshot,
    stored_docs,
    write,
)

import search.update
from search.engine import SearchEngine
from search.index import open_current
from search.watch import watch


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    make_corpus(tmp_path / "news", 6)
    return tmp_path / "news"


def test_first_run_adds_every_file(folder: Path, tmp_path: Path) -> None:
    with SearchEngine(tmp_path / "ix") as engine:
        report = engine.index([folder])
        assert (report.added, report.updated, report.removed) == (6, 0, 0)
        assert [h.path for h in engine.search("marker3")] == [str(folder / "a0003.txt")]


def test_second_run_with_nothing_changed_writes_nothing(folder: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    with SearchEngine(index_dir) as engine:
        engine.index([folder])
        before = snapshot(index_dir)
        report = engine.index([folder])
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 6)
    assert not report.changed
    assert snapshot(index_dir) == before


def test_cli_says_when_nothing_was_written(folder: Path, tmp_path: Path) -> None:
    assert kzsearch("index", folder, "--index", tmp_path / "ix").returncode == 0
    again = kzsearch("index", folder, "--index", tmp_path / "ix")
    assert again.returncode == 0
    assert again.stdout.startswith("index is up to date, nothing written: added 0, updated 0")


def test_index_without_paths_updates_the_folders_already_indexed(
    folder: Path, tmp_path: Path
) -> None:
    assert kzsearch("index", folder, "--index", tmp_path / "ix").returncode == 0
    (folder / "a0000.txt").unlink()
    write(folder / "new.txt", "Fresh headline\n\nbody with freshword.\n")
    again = kzsearch("index", "--index", tmp_path / "ix")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("added 1, updated 0, removed 1, unchanged 5")


def test_new_changed_deleted_and_renamed_files(folder: Path, tmp_path: Path) -> None:
    with SearchEngine(tmp_path / "ix") as engine:
        engine.index([folder])
        write(folder / "sub" / "new.txt", "New headline\n\nA body about a newword.\n")
        write(folder / "a0001.txt", "Changed headline\n\nThe body now says changedword.\n")
        (folder / "a0002.txt").unlink()
        (folder / "a0003.txt").rename(folder / "renamed.txt")
        report = engine.index([folder])
        assert (report.added, report.updated, report.removed) == (2, 1, 2)
        assert [h.path for h in engine.search("changedword")] == [str(folder / "a0001.txt")]
        assert [h.path for h in engine.search("marker3")] == [str(folder / "renamed.txt")]
        assert not engine.search("marker1") and not engine.search("marker2")
    assert stored_docs(tmp_path / "ix") == fresh_docs(folder, tmp_path / "fresh")


def test_touched_file_is_confirmed_unchanged_by_its_hash(folder: Path, tmp_path: Path) -> None:
    with SearchEngine(tmp_path / "ix") as engine:
        engine.index([folder])
        os.utime(folder / "a0004.txt")
        report = engine.index([folder])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 6)


def test_same_size_edit_right_after_indexing_is_seen(tmp_path: Path) -> None:
    """Two edits inside one mtime tick: size and mtime match, only the hash tells."""
    path = write(tmp_path / "news" / "a.txt", "Headline\n\nbody version1.\n", past=False)
    with SearchEngine(tmp_path / "ix") as engine:
        engine.index([tmp_path / "news"])
        stamp = path.stat().st_mtime_ns
        path.write_text("Headline\n\nbody version2.\n", encoding="utf-8")
        os.utime(path, ns=(stamp, stamp))
        report = engine.index([tmp_path / "news"])
        assert report.updated == 1
        assert engine.search("version2") and not engine.search("version1")


def test_recent_file_is_left_for_the_next_run(folder: Path, tmp_path: Path) -> None:
    with SearchEngine(tmp_path / "ix") as engine:
        engine.index([folder])
        write(folder / "hot.txt", "Hot news\n\nstill being written hotword.\n", past=False)
        report = engine.index([folder], settle=60)
        assert (report.added, report.skipped) == (0, 1)
        assert report.problems == [
            f"left {folder / 'hot.txt'} for the next run: modified less than 60 s ago"
        ]
        assert not engine.search("hotword")
        report = engine.index([folder])
        assert report.added == 1 and engine.search("hotword")


def test_file_that_turns_bad_loses_its_documents(folder: Path, tmp_path: Path) -> None:
    with SearchEngine(tmp_path / "ix") as engine:
        engine.index([folder])
        write(folder / "a0005.txt", b"")
        report = engine.index([folder])
        assert report.changed and report.skipped == 1
        assert not engine.search("marker5")
    assert stored_docs(tmp_path / "ix") == fresh_docs(folder, tmp_path / "fresh")


def test_folder_scan_takes_suffixes_in_any_case(folder: Path, tmp_path: Path) -> None:
    write(folder / "LOUD.TXT", "Shouted headline\n\nUppercasesuffix text.\n")
    write(folder / "notes.Md", "# Mixed case\n\nMixedsuffix text.\n")
    write(folder / "data.txt.bak", "Backup\n\nBackupword text.\n")
    with SearchEngine(tmp_path / "ix") as engine:
        assert engine.index([folder]).added == 8
        assert engine.search("uppercasesuffix") and engine.search("mixedsuffix")
        assert not engine.search("backupword")


def test_jsonl_file_with_several_articles(folder: Path, tmp_path: Path) -> None:
    lines = [{"id": f"r{n}", "title": f"Record {n}", "body": f"jsonword{n} text"} for n in range(3)]
    path = write(folder / "feed.jsonl", "\n".join(json.dumps(x) for x in lines))
    with SearchEngine(tmp_path / "ix") as engine:
        engine.index([folder])
        write(path, "\n".join(json.dumps(x) for x in lines[1:]))
        engine.index([folder])
        assert not engine.search("jsonword0") and engine.search("jsonword2")
    assert stored_docs(tmp_path / "ix") == fresh_docs(folder, tmp_path / "fresh")


class FolderMachine(RuleBasedStateMachine):
    """Random adds, edits, deletes and renames; after each run the index equals a fresh build."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="kzsearch-inc-"))
        self.folder = self.tmp / "news"
        self.folder.mkdir()
        self.engine = SearchEngine(self.tmp / "ix")
        self.rng = random.Random(0)
        self.counter = 0
        self.runs = 0

    def teardown(self) -> None:
        self.engine.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def files(self) -> list[Path]:
        return sorted(p for p in self.folder.rglob("*") if p.is_file())

    @rule(sub=st.sampled_from(["", "sub", "sub/deeper"]), suffix=st.sampled_from([".txt", ".md"]))
    def add(self, sub: str, suffix: str) -> None:
        self.counter += 1
        text = article_text(self.rng, self.counter, words=self.rng.randint(3, 30))
        write(self.folder / sub / f"f{self.counter}{suffix}", text, past=False)

    @rule(data=st.data())
    def add_jsonl(self, data: st.DataObject) -> None:
        self.counter += 1
        n = data.draw(st.integers(1, 4))
        words = [self.rng.choice(WORDS) for _ in range(n)]
        lines = [json.dumps({"id": f"x{i}", "body": f"{w} r{i}"}) for i, w in enumerate(words)]
        write(self.folder / f"f{self.counter}.jsonl", "\n".join(lines), past=False)

    @precondition(lambda self: self.files())
    @rule(data=st.data(), same_size=st.booleans())
    def edit(self, data: st.DataObject, same_size: bool) -> None:
        path = data.draw(st.sampled_from(self.files()))
        text = path.read_text(encoding="utf-8")
        if same_size:  # swap two letters: same size, maybe even the same mtime tick
            i = data.draw(st.integers(0, max(0, len(text) - 2)))
            text = text[:i] + text[i + 1 : i + 2] + text[i : i + 1] + text[i + 2 :]
        else:
            text += f" {self.rng.choice(WORDS)}"
        path.write_text(text, encoding="utf-8")

    @precondition(lambda self: self.files())
    @rule(data=st.data())
    def touch(self, data: st.DataObject) -> None:
        os.utime(data.draw(st.sampled_from(self.files())))

    @precondition(lambda self: self.files())
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        data.draw(st.sampled_from(self.files())).unlink()

    @precondition(lambda self: self.files())
    @rule(data=st.data(), sub=st.sampled_from(["", "sub", "other"]))
    def rename(self, data: st.DataObject, sub: str) -> None:
        path = data.draw(st.sampled_from(self.files()))
        self.counter += 1
        target = self.folder / sub / f"r{self.counter}{path.suffix}"
        target.parent.mkdir(exist_ok=True)
        path.rename(target)

    @rule()
    def run_index(self) -> None:
        self.engine.index([self.folder])
        self.runs += 1
        fresh = self.tmp / f"fresh{self.runs}"
        assert stored_docs(self.tmp / "ix") == fresh_docs(self.folder, fresh)
        shutil.rmtree(fresh)
        again = self.engine.index([self.folder])
        assert not again.changed

    @invariant()
    def searchable(self) -> None:
        self.engine.search("marker1")


TestRandomSequences = FolderMachine.TestCase
TestRandomSequences.settings = settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_watch_keeps_the_index_current(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 3)
    stop = threading.Event()
    failures: list[BaseException] = []

    def run() -> None:
        try:
            with SearchEngine(tmp_path / "ix") as engine:
                for _ in watch(engine, folder, stop=stop, quiet=0.2, settle=0):
                    pass
        except BaseException as e:  # reported by the main thread
            failures.append(e)

    def eventually(query: str, expected: list[str]) -> None:
        deadline = time.monotonic() + 30
        with SearchEngine(tmp_path / "ix") as engine:
            while True:
                found = sorted(h.path for h in engine.search(query)) if engine.exists else []
                if found == expected or time.monotonic() > deadline or failures:
                    break
                time.sleep(0.1)
        assert found == expected

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        eventually("marker2", [str(folder / "a0002.txt")])
        write(folder / "sub" / "new.txt", "Watched headline\n\nwatchword appears.\n", past=False)
        eventually("watchword", [str(folder / "sub" / "new.txt")])
        write(folder / "sub" / "new.txt", "Watched headline\n\nit says otherword.\n", past=False)
        eventually("otherword", [str(folder / "sub" / "new.txt")])
        eventually("watchword", [])
        (folder / "a0002.txt").rename(folder / "moved.txt")
        eventually("marker2", [str(folder / "moved.txt")])
        (folder / "moved.txt").unlink()
        eventually("marker2", [])
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert failures == []
    assert stored_docs(tmp_path / "ix") == fresh_docs(folder, tmp_path / "fresh")


def test_watch_retries_while_another_indexer_holds_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import search.watch

    monkeypatch.setattr(search.watch, "BUSY_RETRY_SECONDS", 0.2)
    folder = tmp_path / "news"
    make_corpus(folder, 2)
    stop = threading.Event()
    reports: list = []
    with SearchEngine(tmp_path / "ix", lock_timeout=0.1) as engine:
        lock = engine.store.write_lock(timeout=1)
        lock.__enter__()
        thread = threading.Thread(
            target=lambda: reports.extend(watch(engine, folder, stop=stop, quiet=0.1, settle=0)),
            daemon=True,
        )
        thread.start()
        deadline = time.monotonic() + 30
        while not reports and time.monotonic() < deadline:
            time.sleep(0.05)
        lock.__exit__(None, None, None)
        while not any(r.added for r in reports) and time.monotonic() < deadline:
            time.sleep(0.05)
        stop.set()
        thread.join(timeout=30)
    assert "index busy" in reports[0].problems[0]
    assert [r.added for r in reports if r.added] == [2]


def test_small_updates_leave_the_big_segment_alone_and_merge_the_small_ones(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 300)
    with SearchEngine(tmp_path / "ix") as engine:
        engine.index([folder])

        def segments() -> list:
            opened = open_current(engine.store)
            assert opened is not None
            return opened[1]._segments()

        [big] = segments()
        counts = []
        for n in range(12):
            write(folder / f"new{n:02d}.txt", f"Update {n}\n\nA small update number {n}.\n")
            engine.index([folder])
            ids = [s.segment_id() for s in segments()]
            assert big.segment_id() in ids  # never rewritten by a small commit
            counts.append(len(ids))
        assert max(counts) <= 6  # the small segments are merged as they pile up
        assert counts.index(max(counts)) < len(counts) - 1 and min(counts[5:]) < max(counts)
        assert len(engine.search("update")) == 10


def test_parallel_build_holds_what_a_serial_build_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 240)
    serial = fresh_docs(folder, tmp_path / "serial")
    monkeypatch.setattr(search.update, "_PARALLEL_BUILD", 100)
    monkeypatch.setattr(search.update, "_PARALLEL_MIN_CPUS", 1)
    with SearchEngine(tmp_path / "ix") as engine, SearchEngine(tmp_path / "serial") as other:
        engine.index([folder])
        opened = open_current(engine.store)
        assert opened is not None
        assert len(opened[1]._segments()) == 2  # one per sub-writer, not merged
        assert [h.path for h in engine.search("marker17")] == [str(folder / "a0017.txt")]
        assert len(engine.search(WORDS[0], limit=300)) == len(other.search(WORDS[0], limit=300))
    assert stored_docs(tmp_path / "ix") == serial
    assert not leftovers(tmp_path / "ix")
