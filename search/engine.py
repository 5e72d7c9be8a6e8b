"""SearchEngine: the library API over one index folder."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh.searching import Searcher

from analyzers.chain import word_spans, word_tokens
from analyzers.keys import compound_keys, indexed_terms, query_keys
from search import query as q
from search.errors import BadQueryError, IndexDamagedError, SearchError
from search.index import (
    DAMAGE,
    REBUILD_HINT,
    check_integrity,
    damaged,
    open_current,
    open_searcher,
    read_manifest,
)
from search.models import Hit, IndexReport, SearchResults, TokenInfo, Variant
from search.snippets import matches, snippet
from search.store import Store, default_index_dir
from search.topdocs import TooSlow, top_docs

if TYPE_CHECKING:
    from search.update import Progress

TIME_LIMIT = 2.0
_POSSESSIVE = re.compile(r"['\u2019]s$")
_VOCABULARY_FIELD = q.EXACT


class SearchEngine:
    """Search and update the index in `index_dir` (created on the first index())."""

    def __init__(self, index_dir: str | Path | None = None, *, lock_timeout: float = 10.0) -> None:
        self.store = Store(Path(index_dir) if index_dir is not None else default_index_dir())
        self.lock_timeout = lock_timeout
        self._searcher: Searcher | None = None
        self._gen: Path | None = None
        self._vocabulary: list[str] | None = None

    def __enter__(self) -> SearchEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = self._gen = self._vocabulary = None

    @property
    def exists(self) -> bool:
        """True once an index has been built in this folder."""
        return self.store.has_index()

    def index(
        self,
        paths: list[str | Path],
        *,
        rebuild: bool = False,
        settle: float = 0.0,
        progress: Progress | None = None,
    ) -> IndexReport:
        """Add new and changed article files under `paths`, remove deleted ones.

        With rebuild=True, build a new index from scratch (from the folders the
        index already covers when `paths` is empty) and swap it in atomically.
        Files modified less than `settle` seconds ago are left for the next run.
        """
        from search.update import update  # only indexing needs it (and its worker processes)

        report = update(
            self.store,
            [Path(p) for p in paths],
            rebuild=rebuild,
            settle=settle,
            lock_timeout=self.lock_timeout,
            progress=progress,
        )
        self.close()
        return report

    def _open(self) -> Searcher | None:
        """A searcher on the live index, reopened when another process changed it."""
        gen = self.store.current()
        if self._searcher is not None and gen == self._gen:
            try:
                if self._searcher.up_to_date():
                    return self._searcher
            except DAMAGE as e:
                raise damaged(self.store.root, e) from e
        # Not Searcher.refresh(): it crashes on an empty index, and a commit may delete
        # files under it; open_current retries on vanished files.
        self.close()
        opened = open_current(self.store, opener=open_searcher)
        if opened is None:
            return None
        self._gen, _, self._searcher = opened
        return self._searcher

    def search(self, text: str, *, limit: int = 10) -> SearchResults:
        """Articles matching `text`, best first; an empty list when nothing matches."""
        if limit < 1:
            raise BadQueryError(f"limit must be at least 1, not {limit}")
        parsed = q.parse(text)
        searcher = self._open()
        if searcher is None:
            # expanding over no terms still refuses what an index would refuse ('*', 65 words)
            nothing = q.Expander(
                terms=lambda f, p: [], docfreq=lambda f, t: 0, correct=lambda w: None
            )
            nothing.expand(parsed)
            return SearchResults([], query=text, corrections={}, total=0)
        try:
            return self._search(searcher, parsed, text, limit)
        except DAMAGE as e:
            raise damaged(self.store.root, e) from e

    def _expander(self, searcher: Searcher) -> q.Expander:
        """An Expander over this index: its lexicon, document counts and typo correction."""
        return q.Expander(
            terms=lambda field, prefix: self._expand_prefix(searcher, field, prefix),
            docfreq=searcher.reader().doc_frequency,
            correct=lambda word: self._correct(searcher, word),
        )

    def _search(self, searcher: Searcher, parsed, text: str, limit: int) -> SearchResults:
        expander = self._expander(searcher)
        # normalize() drops the words that became NullQuery (stop words): `part that`
        expanded = expander.expand(parsed).normalize()
        try:
            best, total = top_docs(searcher, expanded, limit, timelimit=TIME_LIMIT)
        except TooSlow:
            raise BadQueryError(
                f"the query {text!r} took more than {TIME_LIMIT:g} s to score: "
                "search for fewer or rarer words"
            ) from None
        hits = [
            self._hit(searcher.stored_fields(docnum), score, expander.highlight)
            for score, docnum in best
        ]
        searched = text
        for wrong, right in expander.corrections.items():
            searched = re.sub(rf"(?i)(?<!\w){re.escape(wrong)}(?!\w)", right, searched)
        return SearchResults(
            hits,
            query=searched,
            corrections=expander.corrections,
            total=total,
        )

    def _hit(self, fields: dict, score: float, terms: set[str]) -> Hit:
        body_snippet, spans = snippet(word_spans, fields.get("body", ""), terms)
        title = fields.get("title", "")
        title_spans = [(s, e) for s, e, _ in matches(word_spans, title, terms)]
        date = fields.get("date")
        return Hit(
            path=fields["file"],
            title=title,
            date=datetime.date.fromisoformat(date) if date else None,
            score=score,
            snippet=body_snippet,
            highlights=spans,
            ref=(fields.get("meta") or {}).get("ref", ""),
            title_highlights=title_spans,
        )

    def _expand_prefix(self, searcher: Searcher, field: str, prefix: str) -> list[str]:
        reader = searcher.reader()
        terms = []
        for raw in reader.expand_prefix(field, prefix):
            terms.append(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
            if len(terms) >= 20 * q.MAX_EXPANSIONS:
                break
        terms.sort(key=lambda t: -reader.doc_frequency(field, t))
        return terms[: q.MAX_EXPANSIONS]

    def _correct(self, searcher: Searcher, word: str) -> str | None:
        """The indexed word closest to a word that matches nothing, or None."""
        if len(word) < 4 or not any(c.isalpha() for c in word):
            return None
        if self._vocabulary is None:
            self._vocabulary = [
                t
                for t in (
                    raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    for raw in searcher.reader().lexicon(_VOCABULARY_FIELD)
                )
                if not t.isdigit()  # the exact field holds no keys
            ]
        from rapidfuzz import process  # imported here: only typo correction needs it
        from rapidfuzz.distance import Levenshtein

        # One edit for words of up to six letters: Tokaji must not become Tokaev.
        budget = 1 if len(word) <= 6 else 2
        candidates = process.extract(
            word, self._vocabulary, scorer=Levenshtein.distance, score_cutoff=budget, limit=20
        )
        if not candidates:
            return None
        reader = searcher.reader()
        best = min(candidates, key=lambda c: (c[1], -reader.doc_frequency(_VOCABULARY_FIELD, c[0])))
        return best[0]

    @staticmethod
    def analyze(text: str) -> list[TokenInfo]:
        """Tokens of `text` with their exact terms, keys and character offsets; the
        last word of a hyphenated name also shows the name's compound keys."""
        tokens = []
        for t in word_tokens(text):
            terms = indexed_terms(t.text, t.original, t.kazakh_text)
            joined = compound_keys((*t.compound, terms.surface)) if t.compound else ()
            tokens.append(
                TokenInfo(
                    text=text[t.startchar : t.endchar],
                    start=t.startchar,
                    end=t.endchar,
                    position=t.pos,
                    exact=terms.exact,
                    keys=terms.keys + joined,
                    ending=terms.ending,
                    language=terms.language,
                )
            )
        return tokens

    def variants(self, word: str, *, max_articles: int = 5000) -> list[Variant]:
        """Spellings in the index that a search for `word` matches through its variant keys."""
        searcher = self._open()
        keys = set(query_keys(word))
        if searcher is None or not keys:
            return []
        counts: dict[str, set[int]] = {}
        reader = searcher.reader()
        for field in ("title", "body"):
            docnums: set[int] = set()
            for term in keys:
                if reader.doc_frequency(field, term):
                    docnums.update(reader.postings(field, term).all_ids())
            for docnum in sorted(docnums)[:max_articles]:
                text = reader.stored_fields(docnum).get(field, "")
                # words, and hyphenated names through their compound keys (Ак-Мола: Akmola)
                for start, end, _ in matches(word_spans, text, keys):
                    spelling = _POSSESSIVE.sub("", text[start:end])  # Tokayev's: Tokayev
                    counts.setdefault(spelling, set()).add(docnum)
        return sorted(
            (Variant(s, len(d)) for s, d in counts.items()), key=lambda v: (-v.articles, v.spelling)
        )

    def verify(self) -> str:
        """Read every stored article and posting list; a one-line summary or IndexDamagedError."""
        self.close()
        opened = open_current(self.store)
        if opened is None:
            raise SearchError(
                f"no index at {self.store.root} yet: build one with kzsearch index FOLDER"
            )
        gen, ix, _ = opened
        try:
            articles, postings = check_integrity(ix)
            segments = len(ix._segments())
        except DAMAGE as e:
            raise damaged(self.store.root, e) from e
        manifest = read_manifest(gen)
        expected = sum(entry.get("n", 0) for entry in manifest.values())
        if expected != articles:
            raise IndexDamagedError(
                f"index at {self.store.root} holds {articles} articles but its manifest lists "
                f"{expected}; {REBUILD_HINT}"
            )
        return (
            f"index OK: {articles} articles from {len(manifest)} files, {segments} segments, "
            f"{postings:,} postings ({self.store.root})"
        )
