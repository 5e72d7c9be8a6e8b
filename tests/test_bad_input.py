"""Bad files, bad queries, damaged indexes, a full disk, an old index: never a traceback."""

from __future__ import annotations

import builtins
import contextlib
import errno
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from index_helpers import ROOT, fresh_docs, kzsearch, leftovers, make_corpus, stored_docs, write

import search.parallel
import search.update
from search import articles
from search.engine import SearchEngine
from search.errors import (
    BadQueryError,
    DiskFullError,
    IndexDamagedError,
    IndexVersionError,
    SearchError,
)
from search.query import MAX_QUERY_CHARS

GOOD = "Good headline\n\nA perfectly fine article about goodword.\n"


def make_bad_folder(folder: Path) -> dict[str, str]:
    """Good files plus one of every kind of bad file; maps each bad name to its reason."""
    write(folder / "good.txt", GOOD)
    write(folder / "utf16.txt", ("Utf16 headline\n\nText about sixteenword.\n").encode("utf-16"))
    write(folder / os.fsdecode(b"caf\xe9.txt"), "Cafe headline\n\nText about latinword.\n")
    write(folder / "undecodable.txt", b"Headline\n\nbytes \x81\x8d\x8f\x90\x9d nothing decodes\n")
    write(folder / "utf16-nobom.txt", "No mark\n\nText.\n".encode("utf-16-le"))
    write(folder / "binary.txt", bytes(range(256)) * 4)
    write(folder / "empty.txt", b"")
    os.mkfifo(folder / "fifo.txt")
    os.symlink(folder / "missing.txt", folder / "dangling.txt")
    with open(folder / "huge.txt", "wb") as f:  # sparse: no disk space, only a size
        f.truncate(articles.MAX_FILE_BYTES + 1)
    return {
        "undecodable.txt": "cp1252",
        "utf16-nobom.txt": "binary file",
        "binary.txt": "binary file",
        "empty.txt": "empty file",
        "fifo.txt": "not a regular file",
        "dangling.txt": "No such file or directory",
        "huge.txt": "larger than 20,971,520 bytes",
    }


def test_bad_files_are_reported_once_and_the_rest_is_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    bad = make_bad_folder(folder)
    with SearchEngine(tmp_path / "ix") as engine:
        for _ in range(2):  # and again, with nothing changed
            report = engine.index([folder])
            for name, reason in bad.items():
                [line] = [p for p in report.problems if f"{folder / name}:" in p]
                assert reason in line
            assert len(report.problems) == len(bad)
        assert report.unchanged == 3
        for word in ("goodword", "sixteenword", "latinword"):
            assert len(engine.search(word)) == 1


def test_cli_warns_once_per_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    bad = make_bad_folder(folder)
    done = kzsearch("index", folder, "--index", tmp_path / "ix")
    assert done.returncode == 0
    assert done.stdout.startswith("added 3, updated 0, removed 0, unchanged 0, skipped")
    warnings = done.stderr.splitlines()
    assert len(warnings) == len(bad) and all(w.startswith("warning: ") for w in warnings)
    assert "Traceback" not in done.stderr


def test_file_deleted_mid_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, 3)
    read = articles.read_articles

    def vanish_first(path, **kwargs):
        if Path(path).name == "a0001.txt":
            Path(path).unlink()
        return read(path, **kwargs)

    monkeypatch.setattr(articles, "read_articles", vanish_first)
    with SearchEngine(tmp_path / "ix") as engine:
        report = engine.index([folder])
    assert report.added == 2
    [problem] = report.problems
    assert problem.startswith(f"skipped {folder / 'a0001.txt'}: ")


def test_file_over_the_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(articles, "MAX_FILE_BYTES", 200)
    write(tmp_path / "news" / "big.txt", "Big headline\n\n" + "word " * 100)
    write(tmp_path / "news" / "small.txt", GOOD)
    with SearchEngine(tmp_path / "ix") as engine:
        report = engine.index([tmp_path / "news"])
    assert report.added == 1
    [problem] = report.problems
    assert problem.startswith(f"skipped {tmp_path / 'news' / 'big.txt'}: larger than 200 bytes")


# Queries


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    with SearchEngine(tmp_path_factory.mktemp("seeded") / "ix") as engine:
        engine.index([ROOT / "seeds"])
        yield engine


@pytest.mark.parametrize(
    "query", ["*", "a*", "?x", "[a TO z]", '"unclosed', "((", "AND", "x" * (MAX_QUERY_CHARS + 1)]
)
def test_bad_query_is_refused(seeded: SearchEngine, query: str) -> None:
    with pytest.raises(BadQueryError):
        seeded.search(query)


def test_cli_bad_query_exits_2_with_one_line(seeded: SearchEngine) -> None:
    done = kzsearch("search", "a*", "--index", seeded.store.root)
    assert done.returncode == 2
    assert done.stderr.startswith("kzsearch: ") and done.stderr.count("\n") == 1


SYNTAX = [
    *("(", ")", '"', "'", "*", "?", "[", "]", "{", "}", "^", "~", ":", "-", "+", "\\", "/"),
    *("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO", "title:", "body:", "text:", "date:"),
    *("Tokayev", "Тоқаев", "astana", "ka", "kaz*", "2025", "to", "", " ", "  ", "\t", "é"),
]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(SYNTAX) | st.text(max_size=4), max_size=14).map("".join))
def test_query_fuzz_gives_results_or_bad_query(seeded: SearchEngine, query: str) -> None:
    with contextlib.suppress(BadQueryError):
        seeded.search(query, limit=3)


# Damaged indexes


def segment_file(gen: Path, suffix: str) -> Path:
    [path] = [p for p in gen.iterdir() if p.name.startswith("MAIN_") and p.name.endswith(suffix)]
    return path


def truncate(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def scramble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 3, len(data), 7):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


SUFFIXES = ("_stored.col", "_body_len.col", "_title_len.col", ".trm", ".pst")
DAMAGE = {
    **{f"delete {s}": lambda gen, s=s: segment_file(gen, s).unlink() for s in SUFFIXES},
    **{f"empty {s}": lambda gen, s=s: truncate(segment_file(gen, s), 0) for s in SUFFIXES},
    **{f"halve {s}": lambda gen, s=s: truncate(segment_file(gen, s), 0.5) for s in SUFFIXES},
    **{f"scramble {s}": lambda gen, s=s: scramble(segment_file(gen, s)) for s in SUFFIXES},
    "delete toc": lambda gen: next(gen.glob("_MAIN_*.toc")).unlink(),
    "garbage toc": lambda gen: next(gen.glob("_MAIN_*.toc")).write_bytes(b"\x00garbage" * 9),
    "garbage manifest": lambda gen: (gen / "manifest.json").write_text("{not json"),
    "manifest of another index": lambda gen: (gen / "manifest.json").write_text("{}"),
    "garbage kzsearch.json": lambda gen: (gen / "kzsearch.json").write_text("]["),
    "delete generation": lambda gen: shutil.rmtree(gen),
}


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "news"
    make_corpus(folder, 12, words=80)
    with SearchEngine(tmp_path / "ix") as engine:
        engine.index([folder])
    return folder, tmp_path / "ix"


# Whoosh leaks the files of a segment it fails to open.
leaks_files = pytest.mark.filterwarnings(
    "ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning"
)


@leaks_files
@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_detected_and_rebuild_fixes_it(built: tuple[Path, Path], damage: str) -> None:
    folder, index_dir = built
    expected = stored_docs(index_dir)
    DAMAGE[damage](index_dir / "gen-000001")
    with SearchEngine(index_dir) as engine:
        # Whoosh keeps no checksums: scrambled bytes may still read as lengths or text.
        undetectable = damage.startswith("scramble")
        with (
            contextlib.suppress(IndexDamagedError)
            if undetectable
            else pytest.raises(IndexDamagedError, match="kzsearch index --rebuild")
        ):
            engine.verify()
        for query in ("marker1", "astana", "title:story", "ti*"):
            try:
                engine.search(query)
            except IndexDamagedError as e:
                assert "kzsearch index --rebuild" in str(e)
        needs_folder = "kzsearch.json" in damage or "generation" in damage
        engine.index([folder] if needs_folder else [], rebuild=True)
        assert engine.verify().startswith("index OK: 12 articles")
    assert stored_docs(index_dir) == expected


@pytest.mark.parametrize("damage", ["halve .pst", "delete toc", "garbage manifest"])
@leaks_files
def test_cli_reports_damage_in_one_line(built: tuple[Path, Path], damage: str) -> None:
    _, index_dir = built
    DAMAGE[damage](index_dir / "gen-000001")
    verify = kzsearch("verify", "--index", index_dir)
    assert verify.returncode == 6
    assert verify.stderr.count("\n") == 1
    assert verify.stderr.rstrip().endswith("kzsearch index --rebuild")
    if damage != "garbage manifest":  # searching does not read the manifest
        search = kzsearch("search", "astana", "--index", index_dir)
        assert search.returncode == 6
        assert search.stderr.count("\n") == 1
        assert search.stderr.rstrip().endswith("kzsearch index --rebuild")
    assert kzsearch("index", "--rebuild", "--index", index_dir).returncode == 0
    assert kzsearch("verify", "--index", index_dir).returncode == 0


# A full disk


class _Full:
    """A file whose writes fail with ENOSPC once the shared byte budget is spent."""

    def __init__(self, file, budget: list[int]) -> None:
        self._file, self._budget = file, budget

    def write(self, data) -> int:
        if len(data) > self._budget[0]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._budget[0] -= len(data)
        return self._file.write(data)

    def __getattr__(self, name: str):
        return getattr(self._file, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def fill_disk_after(monkeypatch: pytest.MonkeyPatch, nbytes: int) -> None:
    """Every file kzsearch or Whoosh writes shares `nbytes` of space, then the disk is full."""
    budget = [nbytes]

    def limited_open(path, mode="r", *args, **kwargs):
        file = builtins.open(path, mode, *args, **kwargs)  # noqa: SIM115 (returned open)
        return _Full(file, budget) if set(mode) & set("wax+") else file

    monkeypatch.setattr("whoosh.filedb.filestore.open", limited_open, raising=False)
    monkeypatch.setattr("search.store.open", limited_open, raising=False)


@leaks_files
@pytest.mark.parametrize("kind", ["first build", "incremental", "rebuild"])
@pytest.mark.parametrize("budget", [0, 300, 3_000, 30_000, 100_000, 300_000])
def test_disk_full_keeps_the_previous_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, budget: int
) -> None:
    folder, index_dir = tmp_path / "news", tmp_path / "ix"
    make_corpus(folder, 10)
    if kind != "first build":
        SearchEngine(index_dir).index([folder])
    make_corpus(folder / "more", 30, seed=1, words=200)
    before, after = stored_docs(index_dir), fresh_docs(folder, tmp_path / "fresh")
    fill_disk_after(monkeypatch, budget)
    engine = SearchEngine(index_dir)
    try:
        engine.index([folder], rebuild=kind == "rebuild")
    except DiskFullError as e:
        assert str(e).endswith(
            "the previous index is intact: free some space and run the same command again"
        )
        # The commit itself may have gone through with only the manifest left to write.
        assert stored_docs(index_dir) in (before, after)
        assert leftovers(index_dir) == []
    monkeypatch.undo()
    engine.index([folder])
    assert engine.verify().startswith("index OK: 40 articles")
    assert stored_docs(index_dir) == after
    assert leftovers(index_dir) == []


DISK_FULL_SCRIPT = """
import sys
sys.path.insert(0, "tests")
import pytest
from test_bad_input import fill_disk_after
fill_disk_after(pytest.MonkeyPatch(), 5_000)
from search.cli import main
main()
"""


def test_cli_disk_full_exits_8(tmp_path: Path) -> None:
    make_corpus(tmp_path / "news", 30, words=200)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            DISK_FULL_SCRIPT,
            "index",
            str(tmp_path / "news"),
            "--index",
            str(tmp_path / "ix"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 8
    assert done.stderr.startswith("kzsearch: disk full while writing the index at ")
    assert done.stderr.count("\n") == 1


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 2 MB tmpfs (root only); skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode:
        pytest.skip(f"cannot mount a tmpfs: {made.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


@leaks_files
def test_real_full_disk(tmp_path: Path, small_disk: Path) -> None:
    folder, index_dir = tmp_path / "news", small_disk / "ix"
    make_corpus(folder, 10)
    assert kzsearch("index", folder, "--index", index_dir).returncode == 0
    before, files_before = stored_docs(index_dir), sorted(os.listdir(index_dir / "gen-000001"))
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as f:
        try:
            while f.write(b"\0" * 65536):
                pass
        except OSError as e:
            assert e.errno == errno.ENOSPC
    with open(filler, "r+b") as f:  # leave a little room: the run fails half way
        f.truncate(os.path.getsize(filler) - 40_000)
    make_corpus(folder / "more", 60, seed=1, words=300)
    full = kzsearch("index", folder, "--index", index_dir)
    assert full.returncode == 8, full.stderr
    assert full.stderr.startswith("kzsearch: disk full while writing the index at ")
    assert stored_docs(index_dir) == before
    assert sorted(os.listdir(index_dir / "gen-000001")) == files_before
    assert kzsearch("verify", "--index", index_dir).returncode == 0
    filler.unlink()
    assert kzsearch("index", folder, "--index", index_dir).returncode == 0
    assert stored_docs(index_dir) == fresh_docs(folder, tmp_path / "fresh")


# Analyzer version


def test_index_from_another_analyzer_version_is_refused(built: tuple[Path, Path]) -> None:
    folder, index_dir = built
    meta_path = index_dir / "gen-000001" / "kzsearch.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta_path.write_text(json.dumps({**meta, "analyzer_version": -1}), encoding="utf-8")
    with SearchEngine(index_dir) as engine, pytest.raises(IndexVersionError, match="--rebuild"):
        engine.search("astana")
    for args in (["search", "astana"], ["index", folder], ["verify"]):
        done = kzsearch(*args, "--index", index_dir)
        assert done.returncode == 7
        assert done.stderr.count("\n") == 1
        assert "analyzer version -1" in done.stderr
        assert done.stderr.rstrip().endswith("kzsearch index --rebuild")
    assert kzsearch("index", "--rebuild", "--index", index_dir).returncode == 0
    assert kzsearch("search", "marker1", "--index", index_dir).returncode == 0
    assert stored_docs(index_dir) == fresh_docs(folder, index_dir.parent / "fresh")


@leaks_files
@pytest.mark.parametrize("budget", [0, 3_000, 30_000, 300_000])
def test_disk_full_during_a_parallel_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget: int
) -> None:
    folder, index_dir = tmp_path / "news", tmp_path / "ix"
    make_corpus(folder, 60, words=200)
    monkeypatch.setattr(search.update, "_PARALLEL_BUILD", 20)
    monkeypatch.setattr(search.update, "_PARALLEL_MIN_CPUS", 1)
    fill_disk_after(monkeypatch, budget)
    engine = SearchEngine(index_dir)
    with pytest.raises(DiskFullError):  # a sub-writer that failed fails the whole build
        engine.index([folder])
    assert stored_docs(index_dir) == set()
    assert multiprocessing.active_children() == []
    monkeypatch.undo()
    engine.index([folder])
    assert engine.verify().startswith("index OK: 60 articles")
    assert leftovers(index_dir) == []


def test_a_killed_sub_writer_fails_the_build_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, index_dir = tmp_path / "news", tmp_path / "ix"
    make_corpus(folder, 60)
    monkeypatch.setattr(search.update, "_PARALLEL_BUILD", 20)
    monkeypatch.setattr(search.update, "_PARALLEL_MIN_CPUS", 1)
    monkeypatch.setattr(search.parallel, "_run_subwriter", lambda *args: os._exit(9))
    with pytest.raises(
        SearchError, match=r"^an indexing process failed \(exit codes \[9(, 9)?\]\)"
    ):
        SearchEngine(index_dir).index([folder])
    assert stored_docs(index_dir) == set()
    assert multiprocessing.active_children() == []
