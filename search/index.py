"""The Whoosh index of one article folder: schema, opening, and bringing it up to date.

Each generation folder holds the Whoosh files, kzsearch.json (analyzer version) and
manifest.json (every indexed file with its size, mtime and content hash).  The
manifest is written after Whoosh's commit: if a crash falls between the two, the
next run sees the files as changed and writes them again, which is idempotent.
"""

from __future__ import annotations

import errno
import json
import os
import pickle
import shutil
import struct
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from whoosh import fields, index
from whoosh.filedb.filetables import FileFormatError
from whoosh.index import FileIndex
from whoosh.reading import CorruptIndexError
from whoosh.searching import Searcher

from analyzers.chain import ANALYZER_VERSION, exact_analyzer, key_analyzer
from search.errors import DiskFullError, IndexDamagedError, IndexVersionError, SearchError
from search.store import Store, write_json

META = "kzsearch.json"
MANIFEST = "manifest.json"
REBUILD_HINT = "rebuild it from the articles with: kzsearch index --rebuild"

# What Whoosh raises on a truncated, scrambled or half-deleted index: it has no checksums,
# so bad bytes surface as whatever the decoder trips over (a missing column is None).
DAMAGE = (
    *(FileNotFoundError, EOFError, struct.error, zlib.error, ValueError, KeyError, OSError),
    *(IndexError, TypeError, MemoryError, pickle.UnpicklingError, OverflowError),
    *(CorruptIndexError, FileFormatError, index.IndexError),
)


def make_schema() -> fields.Schema:
    keys = key_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        file=fields.ID(stored=True),
        title=fields.TEXT(analyzer=keys, stored=True, field_boost=2.0),
        body=fields.TEXT(analyzer=keys, stored=True),
        # The title and body again, as exact terms without positions (analyzers/chain.py).
        exact=fields.TEXT(analyzer=exact_analyzer(), phrase=False, field_boost=2.0),
        date=fields.STORED(),
        meta=fields.STORED(),
    )


def create_generation(gen: Path, *, roots: list[str]) -> FileIndex:
    """A new empty Whoosh index in `gen`, with the analyzer version recorded."""
    ix = index.create_in(str(gen), make_schema())
    write_json(gen / META, {"analyzer_version": ANALYZER_VERSION, "roots": roots})
    write_json(gen / MANIFEST, {})
    return ix


def read_meta(gen: Path) -> dict:
    try:
        return json.loads((gen / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexDamagedError(f"index at {gen} has no readable {META}; {REBUILD_HINT}") from e


def read_manifest(gen: Path) -> dict[str, dict]:
    try:
        return json.loads((gen / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexDamagedError(f"index at {gen} has no readable {MANIFEST}; {REBUILD_HINT}") from e


def check_version(gen: Path) -> dict:
    """The generation's metadata, if its analyzer version is ours."""
    meta = read_meta(gen)
    found = meta.get("analyzer_version")
    if found != ANALYZER_VERSION:
        raise IndexVersionError(
            f"index at {gen.parent} was built by analyzer version {found}, this kzsearch "
            f"uses version {ANALYZER_VERSION}; {REBUILD_HINT}"
        )
    return meta


def open_generation(gen: Path, *, retries: int = 20, delay: float = 0.05) -> FileIndex:
    """Open a generation's Whoosh index, retrying while another process commits."""
    for attempt in range(retries + 1):
        try:
            return index.open_dir(str(gen))
        except FileNotFoundError:
            if attempt == retries:
                raise
            time.sleep(delay)
    raise AssertionError("unreachable")


def open_current(store: Store, *, opener: Callable[[FileIndex], object] | None = None):
    """Open the live index (and optionally a reader on it) with retries.

    A commit or a rebuild may delete files between reading CURRENT and opening
    them; each retry reads CURRENT again.  Returns (gen, ix, opened) or None
    when no index has been built yet.
    """
    last: Exception | None = None
    for _ in range(20):
        gen = store.current()
        if gen is None:
            return None
        tocs = _tocs(gen)
        try:
            check_version(gen)
            ix = open_generation(gen, retries=0)
            return gen, ix, (opener(ix) if opener else None)
        except (IndexDamagedError, index.EmptyIndexError, *DAMAGE) as e:
            # A commit deleted a file we were about to open, or a rebuild removed
            # the whole generation after swapping in a new one: look again.  A file
            # missing while nothing was committed is damage.
            if store.current() != gen or _tocs(gen) != tocs:
                last = e
                time.sleep(0.01)
                continue
            if isinstance(e, IndexDamagedError):
                raise
            if isinstance(e, index.EmptyIndexError):
                raise IndexDamagedError(
                    f"index at {store.root} has no table of contents; {REBUILD_HINT}"
                ) from e
            raise damaged(store.root, e) from e
    raise IndexDamagedError(f"index at {store.root} is missing files ({last}); {REBUILD_HINT}")


def _tocs(gen: Path) -> list[str]:
    """The generation's table-of-contents files: a commit changes them."""
    try:
        return sorted(name for name in os.listdir(gen) if name.endswith(".toc"))
    except OSError:
        return []


def open_searcher(ix: FileIndex) -> Searcher:
    """A searcher holding open every file a search reads.

    Whoosh opens stored-field and field-length columns on first use; a commit
    that merges segments may delete them before that.  Open files stay readable.
    """
    searcher = ix.searcher()
    try:
        for reader, _ in searcher.reader().leaf_readers():
            if reader.doc_count_all():
                reader.stored_fields(0)
                for name, field in ix.schema.items():
                    if field.scorable:
                        reader.doc_field_length(0, name)
    except BaseException:
        searcher.close()
        raise
    return searcher


def check_integrity(ix: FileIndex) -> tuple[int, int]:
    """Read every stored article, field length and posting: (articles, postings).

    Raises one of DAMAGE, or ValueError for data that reads but cannot be right.
    """
    scorable = [name for name, field in ix.schema.items() if field.scorable]
    articles = postings = 0
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            ndocs = leaf.doc_count_all()
            for docnum in leaf.all_doc_ids():
                if not isinstance(leaf.stored_fields(docnum), dict):
                    raise ValueError(f"article {docnum} has no stored fields")
                if not all(leaf.doc_field_length(docnum, name) for name in scorable):
                    raise ValueError(f"article {docnum} has no field lengths")
                articles += 1
            for field, text in leaf.all_terms():
                matcher = leaf.postings(field, text)
                while matcher.is_active():
                    if not 0 <= matcher.id() < ndocs:
                        raise ValueError(f"posting for {field}:{text!r} points past the end")
                    matcher.value()
                    postings += 1
                    matcher.next()
    return articles, postings


def clean_orphans(ix: FileIndex) -> None:
    """Remove files no commit refers to (left by a crash or a full disk)."""
    toc = ix._read_toc()
    index.clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
    # Whoosh's posting pools (MAIN.tmp/), half-written TOCs (_MAIN_7.toc.<time>), our temps.
    folder = Path(ix.storage.folder)
    for leftover in [*folder.glob("*.tmp"), *folder.glob(f"_{ix.indexname}_*.toc.*")]:
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def is_disk_full(e: OSError) -> bool:
    return e.errno in (errno.ENOSPC, errno.EDQUOT)


def damaged(root: Path, e: BaseException) -> IndexDamagedError:
    """The error for an index that Whoosh failed to read, naming the cause and the fix."""
    return IndexDamagedError(f"index at {root} is damaged ({e}); {REBUILD_HINT}")


def disk_full(where: Path, e: OSError) -> SearchError:
    return DiskFullError(
        f"disk full while writing the index at {where} ({e.strerror}); the previous index "
        "is intact: free some space and run the same command again"
    )
