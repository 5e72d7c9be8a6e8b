"""Where an index lives on disk, and the locking and atomic swaps that keep it whole.

An index folder holds generations (gen-000001/, gen-000002/, ...), each a complete
Whoosh index with its manifest, and a CURRENT file naming the live one.  A rebuild
writes a new generation and replaces CURRENT with one atomic rename, so a reader
sees the old index or the new one, never a partial one.  Writers hold an flock on
write.lock: the kernel drops it when a process dies, so a stale lock never blocks.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from search.errors import IndexBusyError, IndexDamagedError

CURRENT = "CURRENT"
LOCK = "write.lock"
_GEN_PREFIX = "gen-"


def default_index_dir() -> Path:
    """$KZSEARCH_INDEX, else the user's data directory ($XDG_DATA_HOME/kzsearch/index)."""
    if env := os.environ.get("KZSEARCH_INDEX"):
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "kzsearch" / "index"


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in `path` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` so a crash leaves the old or the new file, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def write_json(path: Path, data: object) -> None:
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=0))


class Store:
    """The generations of one index folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def current(self) -> Path | None:
        """The live generation folder, or None before the first successful build."""
        missing = None
        for _ in range(3):
            try:
                name = (self.root / CURRENT).read_text(encoding="utf-8").strip()
            except (FileNotFoundError, NotADirectoryError):
                return None
            gen = self.root / name
            if name.startswith(_GEN_PREFIX) and gen.is_dir():
                return gen
            if name == missing:
                break
            missing = name  # a rebuild may have swapped CURRENT meanwhile: read it again
            time.sleep(0.05)
        raise IndexDamagedError(
            f"index at {self.root} names a generation {missing!r} that is missing; rebuild it "
            "with: kzsearch index --rebuild FOLDER"
        )

    def has_index(self) -> bool:
        """True once a build has been published here, even if it was damaged since."""
        return (self.root / CURRENT).is_file()

    def new_generation(self) -> Path:
        """An empty folder for a generation newer than every existing one."""
        self.root.mkdir(parents=True, exist_ok=True)
        numbers = [int(p.name[len(_GEN_PREFIX) :]) for p in self._generations()]
        gen = self.root / f"{_GEN_PREFIX}{max(numbers, default=0) + 1:06d}"
        gen.mkdir()
        return gen

    def publish(self, gen: Path) -> None:
        """Make `gen` the live generation in one atomic step."""
        write_atomic(self.root / CURRENT, gen.name + "\n")

    def remove_stale(self, live: Path | None) -> None:
        """Delete generations other than the live one and leftover temp files.

        Called only under the write lock.  Readers that still hold files of an
        old generation open keep reading them (POSIX unlink semantics); readers
        that had not opened them yet retry and find CURRENT's new target.
        """
        for gen in self._generations():
            if gen != live:
                shutil.rmtree(gen, ignore_errors=True)
        for tmp in self.root.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)

    def _generations(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return [
            p
            for p in self.root.iterdir()
            if p.is_dir() and p.name.startswith(_GEN_PREFIX) and p.name[4:].isdigit()
        ]

    @contextlib.contextmanager
    def write_lock(self, *, timeout: float) -> Iterator[None]:
        """Hold the index's write lock, waiting at most `timeout` seconds for it."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise IndexBusyError(
                            f"index busy: another kzsearch process is writing {self.root}; "
                            "try again when it has finished"
                        ) from None
                    time.sleep(0.1)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
