"""search.pool: run files written a batch at a time hold the same postings as Whoosh's."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import fields, index

from search import pool
from tests.index_helpers import WORDS


def build(folder: Path, *, batched: bool, runs: list[int]) -> dict:
    """Every posting of 400 documents indexed with a 1 MB pool (so it spills to runs)."""
    folder.mkdir()
    schema = fields.Schema(id=fields.ID(stored=True), body=fields.TEXT)
    ix = index.create_in(str(folder), schema)
    writer = ix.writer(limitmb=1)
    if batched:
        pool.use_batched_pool(writer)
    write_run = writer.pool._write_run

    def counted(f, items):
        runs.append(1)
        write_run(f, items)

    writer.pool._write_run = counted
    rng = random.Random(3)
    for n in range(400):
        writer.add_document(id=str(n), body=" ".join(rng.choice(WORDS) for _ in range(80)))
    writer.commit()
    with ix.reader() as reader:
        return {
            term: list(reader.postings("body", term).items_as("positions"))
            for term in reader.lexicon("body")
        }


def test_a_spilled_batched_pool_gives_the_same_postings_as_whooshs(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(pool, "BATCH", 100)  # several batches per run
    plain_runs: list[int] = []
    batched_runs: list[int] = []
    plain = build(tmp_path / "plain", batched=False, runs=plain_runs)
    batched = build(tmp_path / "batched", batched=True, runs=batched_runs)
    assert len(batched_runs) > 1, "the pool never spilled: the test would prove nothing"
    assert len(batched_runs) == len(plain_runs)
    assert batched == plain


def test_the_pool_is_replaced_only_before_anything_is_added(tmp_path: Path) -> None:
    ix = index.create_in(str(tmp_path), fields.Schema(body=fields.TEXT))
    writer = ix.writer()
    writer.add_document(body="astana almaty")
    with pytest.raises(ValueError, match="already holds postings"):
        pool.use_batched_pool(writer)
    writer.cancel()
