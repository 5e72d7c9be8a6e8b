"""Reference engines that kzsearch is measured against: plain Whoosh and SQLite FTS5.

Both take the same `BenchDoc` articles and return `BaselineHit` lists, so a benchmark or a
relevance evaluation can run the same queries through each. Importing this module has no
side effects; nothing is opened until an engine is built or searched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# The BBC set lives beside the project (../shared/data/bbc_news from the repo root).
BBC_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "bbc_news"
BBC_ENV = "KZSEARCH_BBC_DIR"


@dataclass(frozen=True)
class BenchDoc:
    """One article as the benchmarks see it: `path` is unique, relative and ends in .txt."""

    path: str
    title: str
    body: str
    date: str | None = None

    def text(self) -> str:
        """The article as a kzsearch file: title on line 1, the body after it."""
        return f"{self.title}\n\n{self.body}\n"


@dataclass(frozen=True)
class BaselineHit:
    path: str
    title: str
    score: float
    snippet: str


def load_bbc(data_dir: Path | None = None) -> list[BenchDoc] | None:
    """The 2,223 BBC articles as BenchDocs (`business/001.txt` ...), or None when absent."""
    if data_dir is None:
        data_dir = Path(os.environ.get(BBC_ENV) or BBC_DIR)
    files = sorted(Path(data_dir).glob("*.jsonl"))
    if not files:
        return None
    docs = []
    for file in files:
        with file.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    row = json.loads(line)
                    docs.append(BenchDoc(f"{row['id']}.txt", row["title"], row["text"].strip()))
    return docs


class WhooshBaseline:
    """Plain Whoosh: StemmingAnalyzer on stored title and body, default writer and parser."""

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self._ix = None
        self._searcher = None
        self._parser = None

    def build(self, docs: Iterable[BenchDoc], *, procs: int = 1) -> None:
        """Create a fresh index in `index_dir` holding exactly `docs`."""
        from whoosh import index
        from whoosh.analysis import StemmingAnalyzer
        from whoosh.fields import ID, TEXT, Schema

        self.close()
        schema = Schema(
            path=ID(stored=True, unique=True),
            title=TEXT(analyzer=StemmingAnalyzer(), stored=True),
            body=TEXT(analyzer=StemmingAnalyzer(), stored=True),
        )
        if self.index_dir.exists():
            shutil.rmtree(self.index_dir)
        self.index_dir.mkdir(parents=True)
        ix = index.create_in(str(self.index_dir), schema)
        writer = ix.writer(procs=procs) if procs > 1 else ix.writer()
        for doc in docs:
            writer.add_document(path=doc.path, title=doc.title, body=doc.body)
        writer.commit()
        self._ix = ix

    def add(self, docs: Iterable[BenchDoc]) -> None:
        """Add or replace `docs` in the existing index (the incremental case)."""
        writer = self._index().writer()
        for doc in docs:
            writer.update_document(path=doc.path, title=doc.title, body=doc.body)
        writer.commit()
        self._drop_searcher()

    def search(self, query: str, *, limit: int = 10) -> list[BaselineHit]:
        """Best `limit` hits with a body snippet; [] when the parser or searcher rejects it."""
        from whoosh.qparser import MultifieldParser
        from whoosh.qparser.common import QueryParserError

        if self._searcher is None:
            ix = self._index()
            self._searcher = ix.searcher()
            self._parser = MultifieldParser(["title", "body"], ix.schema)
        try:
            parsed = self._parser.parse(query)
            results = self._searcher.search(parsed, limit=limit)
            return [
                BaselineHit(hit["path"], hit["title"], float(hit.score), hit.highlights("body"))
                for hit in results
            ]
        except (QueryParserError, ValueError, TypeError, RecursionError):
            return []

    def close(self) -> None:
        self._drop_searcher()
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    def _index(self):
        if self._ix is None:
            from whoosh import index

            self._ix = index.open_dir(str(self.index_dir))
        return self._ix

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None


_FTS_WORD = re.compile(r"\w+")


class Fts5Baseline:
    """SQLite FTS5, porter + unicode61 without diacritics, bm25 order, snippet() snippets."""

    DB_NAME = "fts5.sqlite3"

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self._db: sqlite3.Connection | None = None

    def build(self, docs: Iterable[BenchDoc], *, procs: int = 1) -> None:
        """Create a fresh database in `index_dir` holding `docs`; `procs` is ignored."""
        self.close()
        if self.index_dir.exists():
            shutil.rmtree(self.index_dir)
        self.index_dir.mkdir(parents=True)
        db = self._connect()
        db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, title, body,"
            " tokenize='porter unicode61 remove_diacritics 2')"
        )
        self._insert(docs)

    def add(self, docs: Iterable[BenchDoc]) -> None:
        """Add or replace `docs` (matched on path) in the existing database."""
        docs = list(docs)
        db = self._connect()
        with db:
            db.executemany("DELETE FROM docs WHERE path = ?", [(d.path,) for d in docs])
        self._insert(docs)

    def search(self, query: str, *, limit: int = 10) -> list[BaselineHit]:
        """Best `limit` hits by bm25; a query FTS5 rejects is retried as its quoted words."""
        sql = (
            "SELECT path, title, -bm25(docs), snippet(docs, 2, '<b>', '</b>', '...', 16)"
            " FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?"
        )
        db = self._connect()
        words = _FTS_WORD.findall(query)
        for match in (query, " ".join(f'"{w}"' for w in words)):
            if not match.strip():
                return []
            try:
                rows = db.execute(sql, (match, limit)).fetchall()
            except sqlite3.Error:
                continue
            return [BaselineHit(p, t, float(s), snip) for p, t, s, snip in rows]
        return []

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = sqlite3.connect(self.index_dir / self.DB_NAME)
        return self._db

    def _insert(self, docs: Iterable[BenchDoc]) -> None:
        db = self._connect()
        with db:
            db.executemany(
                "INSERT INTO docs (path, title, body) VALUES (?, ?, ?)",
                ((d.path, d.title, d.body) for d in docs),
            )
