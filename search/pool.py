"""Whoosh's posting pool with run files pickled a batch at a time.

A Whoosh writer collects every posting of the documents it indexes in a pool; when the
pool passes its memory limit, it sorts the postings and writes them to a temporary run
file, and at the end merges the runs into the segment.  Whoosh pickles each posting
with its own pickle.dump call and reads each back with its own pickle.load call: at
100k articles, writing runs was 60 % of a sub-writer's time (py-spy).  This pool writes
and reads the same sorted postings in batches, one pickle call per batch.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, BinaryIO

from whoosh import writing

BATCH = 4096
"""Postings per pickle call in a run file."""


class BatchedPostingPool(writing.PostingPool):
    """PostingPool whose run files hold lists of up to BATCH postings."""

    def _write_run(self, f: BinaryIO, items: Iterable[Any]) -> None:
        items = iter(items)
        while batch := list(islice(items, BATCH)):
            pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    batch = pickle.load(f)
                except EOFError:
                    return
                yield from batch
        finally:
            f.close()
            self._remove_run(path)


def use_batched_pool(writer: writing.SegmentWriter) -> None:
    """Give a new writer, before it has added anything, a BatchedPostingPool."""
    old = writer.pool
    if old.current or old.runs:
        raise ValueError("the writer's pool already holds postings")
    writer.pool = BatchedPostingPool(old.tempstore, old.segment, limitmb=old.limit // (1024 * 1024))


def install_in_this_process() -> None:
    """Make every SegmentWriter this process creates from now on use the batched pool.

    Only for a process of its own: a sub-writer, which Whoosh's MpWriter creates inside
    the child with no hook for the pool."""
    writing.PostingPool = BatchedPostingPool
