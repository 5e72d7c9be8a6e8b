"""Keep an index current with a folder: re-index after each burst of file events."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from search.engine import SearchEngine
from search.errors import IndexBusyError, SearchError
from search.models import IndexReport

QUIET_SECONDS = 1.0
SETTLE_SECONDS = 2.0
BUSY_RETRY_SECONDS = 5.0


class _Changed(FileSystemEventHandler):
    def __init__(self) -> None:
        self.event = threading.Event()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in ("opened", "closed_no_write"):
            self.event.set()


def watch(
    engine: SearchEngine,
    folder: Path,
    *,
    stop: threading.Event | None = None,
    quiet: float = QUIET_SECONDS,
    settle: float = SETTLE_SECONDS,
) -> Iterator[IndexReport]:
    """Index `folder` now, then again after every burst of changes, until `stop` is set.

    Yields the report of every run.  Files still being written, and runs that find
    the index busy, are retried automatically.
    """
    if not folder.is_dir():
        raise SearchError(f"cannot watch {folder}: not a folder")
    stop = stop or threading.Event()
    changed = _Changed()
    observer = Observer()
    observer.schedule(changed, str(folder), recursive=True)
    observer.start()
    try:
        pending = True
        while not stop.is_set():
            if not pending and not changed.event.wait(timeout=0.2):
                continue
            changed.event.clear()
            while changed.event.wait(timeout=quiet):  # wait for the burst to end
                changed.event.clear()
                if stop.is_set():
                    return
            try:
                report = engine.index([folder], settle=settle)
            except IndexBusyError as e:  # another indexer is writing: try again after it
                report = IndexReport(problems=[f"{e}; retrying in {BUSY_RETRY_SECONDS:g} s"])
                pending = True
                stop.wait(BUSY_RETRY_SECONDS)
                yield report
                continue
            pending = any(p.startswith("left ") for p in report.problems)
            if pending:
                stop.wait(settle)
            yield report
    finally:
        observer.stop()
        observer.join()
