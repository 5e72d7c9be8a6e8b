"""The best-scoring articles for a query, scored a posting list at a time.

Whoosh finds the top hits by walking a tree of matcher objects one document at a time:
every document that a word's union of keys matches costs a dozen Python calls per node
(is_active, id, skip_to, score), and for a query of two common words or names at 100k
articles that walk was most of the query time (two words 190-280 ms).  Here each term's
posting list is read block by block into a {document: score} dict, and the query's
unions, intersections and exclusions become dict and set operations.

The scores are Whoosh's own: BM25F with the searcher's weighting, the same global
statistics, the same field lengths and the same arithmetic, and Whoosh's rules for
combining them (a union adds, DisjunctionMax takes the best, AND MAYBE adds the optional
part where it matches, a NOT subquery of an AND adds its inverse matcher's weight, a
phrase adds its words).  A node with no rule here (a phrase whose words have several
keys) is read through its own Whoosh matcher.  So a query gets the ranking of Whoosh's
exhaustive search, best first, ties by document number, without two bugs of its matchers:
DisjunctionMaxMatcher.score() compares sub-matchers that stand on different documents,
and the block-quality top-N leaves better documents of later segments out.

The posting blocks and the length column are read through whoosh3 internals
(W3LeafMatcher._read_ids, the column's _dbfile): whoosh3 is pinned exactly
(pyproject.toml), and tests/test_topdocs.py compares every path with Whoosh's own.
"""

from __future__ import annotations

import bisect
import heapq
import time
from collections.abc import Iterator

from whoosh import query
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.scoring import BM25FScorer
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

_CHECK_EVERY = 4096
"""Documents read through a Whoosh matcher between two looks at the clock."""


class TooSlow(Exception):
    """Scoring the query took longer than its time limit."""


def top_docs(
    searcher: Searcher, q: query.Query, limit: int, *, timelimit: float | None = None
) -> tuple[list[tuple[float, int]], int]:
    """The `limit` best (score, docnum) pairs, best first, and how many documents match.

    Raises TooSlow once `timelimit` seconds have passed (64 common words): partial
    scores could rank wrongly, and a NOT read in part would let excluded articles in.
    """
    deadline = None if timelimit is None else time.monotonic() + timelimit
    scores: dict[int, float] = {}
    for leaf, offset in searcher.leaf_searchers():
        segment = _Segment(leaf, searcher, deadline).scores(q)
        if offset:
            segment = {docnum + offset: s for docnum, s in segment.items()}
        scores.update(segment)
    return _best(scores, limit), len(scores)


def _best(scores: dict[int, float], limit: int) -> list[tuple[float, int]]:
    """The `limit` highest scores, ties by docnum.  The cut-off score is found among the
    bare floats first (a C-level heap, no key function); only documents at or above it
    are sorted."""
    if len(scores) > limit:
        cutoff = heapq.nlargest(limit, scores.values())[-1]
        scores = {d: s for d, s in scores.items() if s >= cutoff}
    return sorted(((s, d) for d, s in scores.items()), key=lambda sd: (-sd[0], sd[1]))[:limit]


class _Segment:
    """Scores of one segment's documents (segment-local numbers)."""

    def __init__(self, leaf: Searcher, top: Searcher, deadline: float | None) -> None:
        self.leaf = leaf
        self.reader = leaf.reader()
        self.weighting = top.weighting
        self.deadline = deadline
        self.deleted = self.reader.deleted_docs_set if self.reader.has_deletions() else ()
        self._lengths: dict[str, bytes | None] = {}
        self._sorted: tuple[frozenset[int], list[int]] | None = None

    def scores(self, q: query.Query, within: frozenset[int] | None = None) -> dict[int, float]:
        """{docnum: score} of the documents `q` matches (only those in `within` if given)."""
        if q is query.NullQuery or (within is not None and not within):
            return {}
        if isinstance(q, query.Term):
            return self._term(q, within)
        if type(q) in (query.Or, query.DisjunctionMax) and q.subqueries:
            return self._union(q, within)
        if type(q) is query.And and q.subqueries:
            return self._intersection(q, within)
        if type(q) is query.Phrase and q.slop == 1 and len(q.words) > 1:
            return self._phrase(q, within)
        if type(q) is query.AndMaybe:
            found = self.scores(q.a, within)
            optional = self.scores(q.b, frozenset(found))
            for docnum, s in optional.items():
                found[docnum] += s
            return found
        if type(q) is query.AndNot:
            found = self.scores(q.a, within)
            for docnum in self.scores(q.b, frozenset(found)):
                del found[docnum]
            return found
        return self._filtered(q, within)

    def _union(self, q: query.Or | query.DisjunctionMax, within) -> dict[int, float]:
        if isinstance(q, query.Or) and (q.minmatch or q.scale):
            return self._filtered(q, within)
        if isinstance(q, query.DisjunctionMax) and q.tiebreak:
            return self._filtered(q, within)
        best = isinstance(q, query.DisjunctionMax)
        found: dict[int, float] = {}
        for sub in q.subqueries:
            part = self.scores(sub, within)
            if not found:
                found = part
                continue
            for docnum, s in part.items():
                old = found.get(docnum)
                if old is None:
                    found[docnum] = s
                elif best:
                    if s > old:
                        found[docnum] = s
                else:
                    found[docnum] = old + s
        return _boosted(found, q.boost)

    def _intersection(self, q: query.And, within) -> dict[int, float]:
        """The smallest part first; each other part is scored only where all before it
        matched, so a common word costs a look-up per posting, not a score."""
        positive = [sub for sub in q.subqueries if not isinstance(sub, query.Not)]
        negative = [sub.query for sub in q.subqueries if isinstance(sub, query.Not)]
        if not positive:
            return self._filtered(q, within)
        positive.sort(key=lambda sub: sub.estimate_size(self.reader))
        found = self.scores(positive[0], within)
        for sub in positive[1:]:
            if not found:
                return {}
            part = self.scores(sub, frozenset(found))
            found = {d: s + part[d] for d, s in found.items() if d in part}
        for sub in negative:
            excluded = self.scores(sub, frozenset(found))
            # Whoosh intersects with an InverseMatcher, which scores each document 1.0
            found = {d: s + 1.0 for d, s in found.items() if d not in excluded}
        return _boosted(found, q.boost)

    def _phrase(self, q: query.Phrase, within) -> dict[int, float]:
        """Whoosh's phrase (SpanNear2 of its words, in order, slop 1): the sum of the words'
        scores where they stand at consecutive positions.

        The rarest word is scored first; each other word, rarest first, is then read once,
        scores and positions together, only in the blocks that may hold a document still
        in the running; the rarest word's positions are read last, for the few left."""
        terms = [query.Term(q.fieldname, word) for word in q.words]
        order = sorted(range(len(terms)), key=lambda i: terms[i].estimate_size(self.reader))
        found = self._term(terms[order[0]], within)
        starts: dict[int, set[int]] | None = None
        for i in [*order[1:], order[0]]:
            if not found:
                return {}
            scores, positions = self._read(terms[i], frozenset(found), positions=True)
            if i != order[0]:
                found = {d: s + scores[d] for d, s in found.items() if d in scores}
            shifted = {d: {p - i for p in ps} for d, ps in positions.items()}
            if starts is not None:
                shifted = {d: ok for d, ps in shifted.items() if (ok := ps & starts.get(d, set()))}
            starts = shifted
            found = {d: s for d, s in found.items() if d in starts}
        return _boosted(found, q.boost)

    def _term(self, q: query.Term, within) -> dict[int, float]:
        return _boosted(self._read(q, within)[0], q.boost)

    def _read(
        self, q: query.Term, within, positions: bool = False
    ) -> tuple[dict[int, float], dict[int, list[int]]]:
        """The unboosted scores of one term's documents, and their positions if asked,
        deleted documents left out; only the documents in `within` if given."""
        if q.fieldname not in self.leaf.schema:
            return {}, {}
        field = self.leaf.schema[q.fieldname]
        try:
            text = field.to_bytes(q.text)
        except ValueError:
            return {}, {}
        if (q.fieldname, text) not in self.reader:
            return {}, {}
        scorer = self.weighting.scorer(self.leaf, q.fieldname, text)
        matcher = self.reader._terms.matcher(q.fieldname, text, field.format, scorer=scorer)
        decode = field.format.decode_positions if positions else None
        lengths = self._field_lengths(q.fieldname)
        if type(scorer) is BM25FScorer and type(matcher) is W3LeafMatcher and lengths:
            wanted = None if within is None else self._in_order(within)
            scores, places = _bm25(matcher, scorer, lengths, within, wanted, decode, self.deadline)
        else:
            scores, places = {}, {}
            for docnum, score in self._walk(matcher):
                if within is None or docnum in within:
                    scores[docnum] = score
                    if decode:
                        places[docnum] = decode(matcher.value())
        for docnum in self.deleted:
            scores.pop(docnum, None)
            places.pop(docnum, None)
        return scores, places

    def _in_order(self, within: frozenset[int]) -> list[int]:
        """`within` sorted, once for all the terms of a union that share it (title, body
        and exact of one word)."""
        if self._sorted is None or self._sorted[0] is not within:
            self._sorted = (within, sorted(within))
        return self._sorted[1]

    def _field_lengths(self, fieldname: str) -> bytes | None:
        """One length byte per document, as Whoosh stores them, read in one go."""
        if fieldname not in self._lengths:
            column = self.reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
            data = None
            if column is not None and getattr(column, "_fixedlen", 0) == 1:
                data = bytes(column._dbfile.get(column._basepos, column._count))
                if len(data) < self.reader.doc_count_all():
                    data = None  # documents past the column's end: let Whoosh score them
            self._lengths[fieldname] = data
        return self._lengths[fieldname]

    def _filtered(self, q: query.Query, within) -> dict[int, float]:
        found = self._matched(q)
        return found if within is None else {d: s for d, s in found.items() if d in within}

    def _matched(self, q: query.Query) -> dict[int, float]:
        """Scores through Whoosh's own matcher for `q`, for what has no rule here."""
        return dict(self._walk(q.matcher(self.leaf, self.leaf.context())))

    def _walk(self, matcher) -> Iterator[tuple[int, float]]:
        n = 0
        while matcher.is_active():
            yield matcher.id(), matcher.score()
            matcher.next()
            n += 1
            if n % _CHECK_EVERY == 0 and self.deadline and time.monotonic() > self.deadline:
                raise TooSlow


def _bm25(
    matcher: W3LeafMatcher,
    scorer: BM25FScorer,
    lengths: bytes,
    within: frozenset[int] | None,
    wanted: list[int] | None,
    decode,
    deadline: float | None,
):
    """Whoosh's bm25() for every posting (of the documents in `within`, `wanted` being
    them sorted), with the length part of its denominator worked out once per length
    byte: the same operations in the same order, so the same floats."""
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    norms = [k1 * ((1 - b) + b * byte_to_length(n) / avgfl) for n in range(256)]
    k1_plus_1 = k1 + 1
    scores: dict[int, float] = {}
    positions: dict[int, list[int]] = {}
    if within is None and decode is None:
        for ids, weights, _ in _blocks(matcher, deadline=deadline):
            for docnum, tf in zip(ids, weights, strict=True):
                scores[docnum] = idf * ((tf * k1_plus_1) / (tf + norms[lengths[docnum]]))
        return scores, positions
    for ids, weights, values in _blocks(
        matcher, wanted, values=decode is not None, deadline=deadline
    ):
        for j, docnum in enumerate(ids):
            if within is None or docnum in within:
                tf = weights[j]
                scores[docnum] = idf * ((tf * k1_plus_1) / (tf + norms[lengths[docnum]]))
                if decode:
                    positions[docnum] = decode(values[j])
    return scores, positions


def _blocks(
    matcher: W3LeafMatcher,
    wanted: list[int] | None = None,
    *,
    values: bool = False,
    deadline: float | None = None,
) -> Iterator[tuple[tuple[int, ...], object, object]]:
    """(docnums, term frequencies, encoded positions or None) of each block of a posting
    list; with `wanted` (sorted docnums), only of the blocks that may hold one of them,
    judged by the block's last docnum, which is known without reading the block.  Raises
    TooSlow once `deadline` (time.monotonic()) has passed."""
    i = 0
    while matcher.is_active() and (wanted is None or i < len(wanted)):
        if deadline is not None and time.monotonic() > deadline:
            raise TooSlow
        last = matcher.block_max_id()
        if wanted is None or wanted[i] <= last:
            matcher._read_ids()
            matcher._read_weights()
            if values:
                matcher._read_values()
            yield matcher._ids, matcher._weights, matcher._values if values else None
        if wanted is not None:
            i = bisect.bisect_right(wanted, last, i)
        matcher._next_block()


def _boosted(found: dict[int, float], boost: float) -> dict[int, float]:
    if boost != 1.0:
        for docnum in found:
            found[docnum] *= boost
    return found
