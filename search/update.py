"""Bring an index up to date with article files: scan, compare, write only what changed.

Files are compared by size and mtime first and by a SHA-1 of their bytes to
confirm; renames are a delete plus an add.  Everything is written under the
index's write lock, in one Whoosh commit, followed by the manifest.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh.index import FileIndex

from search import articles
from search.errors import ArticleError, IndexDamagedError
from search.index import (
    MANIFEST,
    META,
    check_version,
    clean_orphans,
    create_generation,
    disk_full,
    is_disk_full,
    open_generation,
    read_manifest,
    read_meta,
)
from search.models import IndexReport
from search.parallel import ParallelWriter
from search.pool import use_batched_pool
from search.store import Store, write_json

Progress = Callable[[int, int], None]
# A fresh build of at least this many documents uses Whoosh's multiprocess writer: two
# sub-writers, each finishing its own segment.  On 2 cores it builds 10k synthetic articles
# in 45 s against 98 s in one process, and the BBC set in 5.9 s against 10.8 s.
_PARALLEL_BUILD = 2000
_PARALLEL_MIN_CPUS = 2
# Coarser than any file system's mtime tick (FAT: 2 s): an entry recorded this close to
# its file's mtime may hide a same-size edit in the same tick, so it is hashed again.
RACY_NS = 2_000_000_000


def path_key(path: str | Path) -> str:
    """A printable, stable name for a path, even when it is not valid UTF-8."""
    return os.fsencode(os.path.abspath(path)).decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class Found:
    path: Path
    key: str
    mtime_ns: int
    size: int


def scan(roots: Iterable[Path], problems: list[str]) -> Iterator[Found]:
    """Every article file under the roots (files or folders), hidden folders skipped."""
    for root in roots:
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, onerror=None):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    suffix = os.path.splitext(name)[1].lower()  # NOTES.TXT is read like a.txt
                    if not name.startswith(".") and suffix in articles.SUPPORTED_SUFFIXES:
                        yield from _found(Path(dirpath, name), problems)
        elif root.exists() or root.is_symlink():
            yield from _found(root, problems)
        else:
            problems.append(f"skipped {path_key(root)}: no such file or folder")


def _found(path: Path, problems: list[str]) -> Iterator[Found]:
    try:
        st = path.stat()
    except OSError as e:
        problems.append(f"skipped {path_key(path)}: {e.strerror or e}")
        return
    if not stat.S_ISREG(st.st_mode):
        problems.append(f"skipped {path_key(path)}: not a regular file")
        return
    yield Found(path, path_key(path), st.st_mtime_ns, st.st_size)


def _digest(path: Path) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha1").hexdigest()
    except OSError:
        return None


def _in_scope(key: str, roots: list[str]) -> bool:
    return any(key == r or key.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _known_roots(gen: Path) -> list[str]:
    """The files and folders the index covers, for a run given no paths."""
    try:
        return read_meta(gen).get("roots", [])
    except IndexDamagedError:
        raise IndexDamagedError(
            f"index at {gen.parent} does not say which folders it covers; rebuild it with: "
            "kzsearch index --rebuild FOLDER"
        ) from None


class Plan:
    """What a run will write: files to (re)index and files whose documents go."""

    def __init__(self) -> None:
        self.write: list[tuple[Found, str, list[articles.Article]]] = []
        self.delete: list[str] = []
        self.added = self.updated = self.removed = self.unchanged = self.skipped = 0


def plan(
    found: Iterable[Found],
    manifest: dict,
    roots: list[str],
    *,
    settle: float,
    problems: list[str],
    recorded_ns: int = 0,
) -> Plan:
    """Compare the files on disk with the manifest (which it updates for unchanged files).

    `recorded_ns` is when the manifest was written: an entry whose mtime lies within
    RACY_NS of it may have changed again in the same clock tick, so its hash decides.
    """
    p = Plan()
    seen: set[str] = set()
    now_ns = time.time_ns()
    for f in found:
        if f.key in seen:
            continue
        seen.add(f.key)
        old = manifest.get(f.key)
        racy = old and old["m"] >= recorded_ns - RACY_NS
        if old and old["m"] == f.mtime_ns and old["s"] == f.size and not racy:
            p.unchanged += 1
            continue
        if settle and now_ns - f.mtime_ns < settle * 1e9:
            p.skipped += 1
            problems.append(f"left {f.key} for the next run: modified less than {settle:g} s ago")
            continue
        digest = _digest(f.path)
        if old and digest is not None and old["h"] == digest:
            manifest[f.key] = {**old, "m": f.mtime_ns, "s": f.size}
            p.unchanged += 1
            continue
        try:
            docs = articles.read_articles(f.path, on_problem=problems.append)
        except ArticleError as e:
            problems.append(str(e))
            p.skipped += 1
            if old:
                p.delete.append(f.key)
                del manifest[f.key]
                p.removed += 1
            continue
        if old:
            p.delete.append(f.key)
            p.updated += 1
        else:
            p.added += 1
        p.write.append((f, digest or "", docs))
    for key in [k for k in manifest if k not in seen and _in_scope(k, roots)]:
        p.delete.append(key)
        del manifest[key]
        p.removed += 1
    return p


def document(key: str, article: articles.Article) -> dict:
    return {
        "id": f"{key}#{article.ref}" if article.ref else key,
        "file": key,
        "title": article.title,
        "body": article.body,
        "exact": f"{article.title}\n{article.body}",
        "date": article.date.isoformat() if article.date else None,
        "meta": {
            k: v
            for k, v in (
                ("author", article.author),
                ("source", article.source),
                ("url", article.url),
                ("ref", article.ref),
                ("photo", article.photo),
            )
            if v
        },
    }


def _write(
    ix: FileIndex, p: Plan, manifest: dict, *, fresh: bool, progress: Progress | None
) -> None:
    ndocs = sum(len(docs) for _, _, docs in p.write)
    # _lk=False: Store.write_lock already admits one writer, and Whoosh's own lock stays
    # held for the life of the process when the writer's constructor fails (disk full).
    if fresh and ndocs >= _PARALLEL_BUILD and (os.cpu_count() or 1) >= _PARALLEL_MIN_CPUS:
        writer = ParallelWriter(ix, procs=2, limitmb=512, compound=False)
    else:
        writer = ix.writer(limitmb=512, compound=False, _lk=False)
    use_batched_pool(writer)
    try:
        # Written files lose their old documents too: a crash between an earlier commit
        # and its manifest leaves documents the manifest does not list.
        stale = set() if fresh else {*p.delete, *(f.key for f, _, _ in p.write)}
        for key in sorted(stale):
            writer.delete_by_term("file", key)
        for i, (f, digest, docs) in enumerate(p.write, 1):
            for article in docs:
                writer.add_document(**document(f.key, article))
            manifest[f.key] = {"m": f.mtime_ns, "s": f.size, "h": digest, "n": len(docs)}
            if progress:
                progress(i, len(p.write))
        writer.commit()
    except BaseException:
        if not writer.is_closed:  # a failed commit has already cleaned up after itself
            with contextlib.suppress(Exception):  # report the first error, not this one
                writer.cancel()
        raise


def update(
    store: Store,
    paths: list[Path],
    *,
    rebuild: bool = False,
    settle: float = 0.0,
    lock_timeout: float = 10.0,
    progress: Progress | None = None,
) -> IndexReport:
    """Index new and changed files under `paths`, drop deleted ones; see IndexReport."""
    start = time.monotonic()
    problems: list[str] = []
    with store.write_lock(timeout=lock_timeout):
        try:
            live = store.current()
        except IndexDamagedError:
            if not (rebuild and paths):
                raise
            live = None  # rebuilding from the given folders replaces the lost generation
        store.remove_stale(live)
        roots = [path_key(p) for p in paths]
        if not paths and live is not None:
            roots = _known_roots(live)
            paths = [Path(r) for r in roots]
        fresh = live is None or rebuild
        try:
            if fresh:
                gen = store.new_generation()
                ix, manifest, recorded_ns = create_generation(gen, roots=roots), {}, 0
            else:
                gen = live
                meta = check_version(gen)
                ix, manifest = open_generation(gen), read_manifest(gen)
                recorded_ns = (gen / MANIFEST).stat().st_mtime_ns
                clean_orphans(ix)
                if set(roots) - set(meta.get("roots", [])):
                    write_json(
                        gen / META,
                        {**meta, "roots": sorted({*meta.get("roots", []), *roots})},
                    )
            before = dict(manifest)
            p = plan(
                scan(paths, problems),
                manifest,
                roots,
                settle=settle,
                problems=problems,
                recorded_ns=recorded_ns,
            )
            if p.write or p.delete:
                _write(ix, p, manifest, fresh=fresh, progress=progress)
            if fresh or manifest != before:
                write_json(gen / MANIFEST, manifest)
            if fresh:
                store.publish(gen)
                store.remove_stale(gen)
        except OSError as e:
            if not is_disk_full(e):
                raise
            if fresh:
                store.remove_stale(live)
            else:
                clean_orphans(open_generation(gen))
            raise disk_full(store.root, e) from e
    return IndexReport(
        p.added, p.updated, p.removed, p.unchanged, p.skipped, time.monotonic() - start, problems
    )
