"""kzsearch against plain Whoosh on the labelled queries of tests/eval/queries.tsv."""

from __future__ import annotations

import pytest

from tests.eval.relevance import (
    KINDS,
    RECALL_TARGET,
    corpus_files,
    evaluate,
    format_failures,
    kzsearch_engine,
    load_queries,
    whoosh_baseline,
)


@pytest.fixture(scope="module")
def kzsearch() -> dict:
    return evaluate(kzsearch_engine)


@pytest.fixture(scope="module")
def whoosh() -> dict:
    return evaluate(whoosh_baseline)


def test_labels_name_corpus_articles_and_every_kind():
    queries = load_queries()
    names = {path.name for path in corpus_files()}
    assert len(queries) >= 50
    assert sorted({q.kind for q in queries}) == sorted(KINDS)
    assert [q.text for q in queries if not q.relevant <= names] == []
    assert [q.text for q in queries if not q.relevant and q.kind != "negative"] == []
    assert len({q.text for q in queries}) == len(queries)


# Regression floors, set just under the figures measured when they were written
# (recall@10 0.950, precision@10 0.975).  The targets -- recall@10 >= RECALL_TARGET
# and precision no lower than plain Whoosh's 1.000 -- are NOT met yet; docs/EVALUATION.md
# lists the failing queries and the analyzer rule each one needs.
RECALL_FLOOR = 0.94
PRECISION_FLOOR = 0.97


def test_kzsearch_recall_at_10_does_not_regress(kzsearch):
    assert kzsearch["overall"]["recall"] >= RECALL_FLOOR, format_failures("kzsearch", kzsearch)


def test_kzsearch_precision_at_10_does_not_regress(kzsearch):
    assert kzsearch["overall"]["precision"] >= PRECISION_FLOOR, format_failures(
        "kzsearch", kzsearch
    )


def test_kzsearch_finds_far_more_than_plain_whoosh(kzsearch, whoosh):
    assert kzsearch["overall"]["recall"] >= whoosh["overall"]["recall"] + 0.5
    assert RECALL_TARGET == 0.98
