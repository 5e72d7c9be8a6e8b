"""search.topdocs scores whole posting lists; these tests hold it to an independent reference.

The reference asks Whoosh for every document of each term (limit=None: no block
skipping) and combines the scores by the rules of the query nodes, one document at a
time.  The index has several segments, deleted documents and posting lists of many
blocks, so offsets, deletions and the skipping of blocks without candidates are used.
"""

from __future__ import annotations

import shutil

import pytest
from whoosh import query

from search import BadQueryError, SearchEngine, topdocs
from search import query as q
from tests.conftest import ENGINE_FIXTURES, SEEDS
from tests.index_helpers import make_corpus, write

QUERIES = [
    "Tokayev",
    "Тоқаев",
    "Токаева",
    "Zelensky",
    "Astana railway",
    "Kassym-Jomart Tokayev",
    "wheat OR harvest",
    "tokayev NOT border",
    "border AND (oil OR wheat) NOT drought",
    "almaty ANDMAYBE drought",
    '"oil pipeline"',
    '"border oil drought"',
    '"wheat wheat"',
    '"drought oil border"',
    '"Air Astana"',
    "loc*",
    "title:steppe",
    "Guteres",
    "marker7",
    "horse eagle glacier",
]


@pytest.fixture(scope="module")
def searched(tmp_path_factory):
    """(engine, searcher) over three segments with deletions: the seeds and fixtures, 700
    generated articles, then 60 more with 40 of the first ones rewritten."""
    root = tmp_path_factory.mktemp("topdocs")
    folder = root / "articles"
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(ENGINE_FIXTURES, folder / "fixtures")
    with SearchEngine(root / "index") as engine:
        engine.index([folder])
        make_corpus(folder / "generated", 700, seed=1, words=60)
        engine.index([folder])
        for n in range(0, 400, 10):
            write(
                folder / "generated" / f"a{n:04d}.txt", f"Rewritten {n}\n\nborder oil drought {n}\n"
            )
        make_corpus(folder / "more", 60, seed=2)
        engine.index([folder])
        searcher = engine._open()
        yield engine, searcher


def expanded(engine: SearchEngine, searcher, text: str) -> query.Query:
    """The query as the engine scores it."""
    return engine._expander(searcher).expand(q.parse(text)).normalize()


def reference(searcher, node: query.Query) -> dict[int, float]:
    """{docnum: score} by Whoosh's exhaustive search of each term, combined by hand."""
    if node is query.NullQuery:
        return {}
    if isinstance(node, query.Term) or not isinstance(node, query.CompoundQuery):
        return {h.docnum: h.score for h in searcher.search(node, limit=None)}
    if isinstance(node, query.AndMaybe):
        found, optional = reference(searcher, node.a), reference(searcher, node.b)
        return {d: s + optional.get(d, 0.0) for d, s in found.items()}
    if isinstance(node, query.AndNot):
        excluded = reference(searcher, node.b)
        return {d: s for d, s in reference(searcher, node.a).items() if d not in excluded}
    parts = [reference(searcher, sub) for sub in node.subqueries if not isinstance(sub, query.Not)]
    if isinstance(node, query.And):
        docs = set.intersection(*(set(p) for p in parts))
        for sub in node.subqueries:
            if isinstance(sub, query.Not):
                docs -= set(reference(searcher, sub.query))
        nots = sum(isinstance(sub, query.Not) for sub in node.subqueries)
        return {d: sum(p[d] for p in parts) + nots for d in docs}
    docs = set().union(*parts)
    pick = max if isinstance(node, query.DisjunctionMax) else sum
    return {d: pick(p[d] for p in parts if d in p) for d in docs}


def test_the_index_has_segments_deletions_and_long_posting_lists(searched) -> None:
    _, searcher = searched
    leaves = searcher.leaf_searchers()
    assert len(leaves) >= 2
    assert any(leaf.reader().has_deletions() for leaf, _ in leaves)
    assert max(searcher.reader().doc_frequency("body", "#border"), 0) > 300


@pytest.mark.parametrize("text", QUERIES)
def test_scores_and_ranking_equal_the_reference(searched, text: str) -> None:
    engine, searcher = searched
    node = expanded(engine, searcher, text)
    expected = reference(searcher, node)
    assert expected, f"{text!r} matches nothing: the test would prove nothing"
    best, total = topdocs.top_docs(searcher, node, len(expected) + 5)
    assert total == len(expected)
    assert {d for _, d in best} == set(expected)
    for score, docnum in best:
        assert score == pytest.approx(expected[docnum], rel=1e-12)
    assert [s for s, _ in best] == sorted((s for s, _ in best), reverse=True)


@pytest.mark.parametrize(
    "text",
    ["Tokayev", "border AND (oil OR wheat)", "almaty ANDMAYBE drought", '"border oil drought"'],
)
def test_terms_are_scored_from_posting_blocks_not_through_whoosh_matchers(
    searched, text: str, monkeypatch
) -> None:
    engine, searcher = searched
    node = expanded(engine, searcher, text)

    def refuse(self, matcher):
        raise AssertionError(f"walked a Whoosh matcher for {text!r}")

    monkeypatch.setattr(topdocs._Segment, "_walk", refuse)
    best, total = topdocs.top_docs(searcher, node, 10)
    assert best and total


def test_a_document_under_two_keys_scores_its_best_key_not_a_neighbours(searched) -> None:
    """Whoosh's DisjunctionMaxMatcher.score() takes the max over sub-matchers that stand on
    different documents; here each document gets the best of its own keys."""
    _, searcher = searched
    node = query.DisjunctionMax([query.Term("body", "#border"), query.Term("body", "#oil")])
    border = reference(searcher, query.Term("body", "#border"))
    oil = reference(searcher, query.Term("body", "#oil"))
    best, _ = topdocs.top_docs(searcher, node, 10_000)
    scores = {d: s for s, d in best}
    assert scores == pytest.approx(
        {d: max(border.get(d, 0.0), oil.get(d, 0.0)) for d in border.keys() | oil.keys()}
    )


def test_top_hits_are_the_best_of_all_segments_ties_by_document(searched) -> None:
    _, searcher = searched
    node = query.Term("body", "#border")
    every = sorted(((-s, d) for d, s in reference(searcher, node).items()))
    best, _ = topdocs.top_docs(searcher, node, 10)
    assert [(s, d) for s, d in best] == [(-s, d) for s, d in every[:10]]


@pytest.mark.parametrize("text", ['"border oil"', "border OR oil", "Tokayev NOT border"])
def test_a_query_past_its_time_limit_is_refused_not_answered_in_part(searched, text) -> None:
    engine, searcher = searched
    with pytest.raises(topdocs.TooSlow):
        topdocs.top_docs(searcher, expanded(engine, searcher, text), 10, timelimit=0.0)
    assert topdocs.top_docs(searcher, expanded(engine, searcher, text), 10, timelimit=5.0)[0]


def test_the_engine_says_which_query_was_too_slow(searched, monkeypatch) -> None:
    engine, _ = searched
    monkeypatch.setattr("search.engine.TIME_LIMIT", 0.0)
    with pytest.raises(BadQueryError, match="'border OR oil' took more than 0 s"):
        engine.search("border OR oil")


class _Blocks:
    """A posting list of the given blocks, with the block interface topdocs reads."""

    def __init__(self, blocks: list[tuple[int, ...]]) -> None:
        self.blocks, self.at, self.read = blocks, 0, []

    def is_active(self) -> bool:
        return self.at < len(self.blocks)

    def block_max_id(self) -> int:
        return self.blocks[self.at][-1]

    def _read_ids(self) -> None:
        self._ids = self.blocks[self.at]
        self.read.append(self.at)

    def _read_weights(self) -> None:
        self._weights = [1.0] * len(self.blocks[self.at])

    def _next_block(self) -> None:
        self.at += 1


@pytest.mark.parametrize(
    ("wanted", "read"),
    [
        (None, [0, 1, 2, 3]),
        ([], []),
        ([4], [0]),  # a block's last document
        ([5], [1]),  # the next block's first
        ([9, 10], [1, 2]),
        ([17], [3]),
        ([18, 40], []),  # past the end
        ([0, 30], [0]),
    ],
)
def test_only_blocks_that_may_hold_a_wanted_document_are_read(wanted, read) -> None:
    postings = _Blocks([(1, 2, 4), (5, 9), (10, 12), (15, 17)])
    list(topdocs._blocks(postings, wanted))
    assert postings.read == read
