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


def test_kzsearch_recall_at_10_meets_the_target(kzsearch):
    assert kzsearch["overall"]["recall"] >= RECALL_TARGET, format_failures("kzsearch", kzsearch)


def test_kzsearch_loses_no_precision_against_plain_whoosh(kzsearch, whoosh):
    assert kzsearch["overall"]["precision"] >= whoosh["overall"]["precision"], format_failures(
        "kzsearch", kzsearch
    )


def test_kzsearch_finds_far_more_than_plain_whoosh(kzsearch, whoosh):
    assert kzsearch["overall"]["recall"] >= whoosh["overall"]["recall"] + 0.5
