"""The Whoosh analysis chain: offsets, stacked terms, pickling, and the whoosh3 regression."""

from __future__ import annotations

import pickle

import pytest
from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage

from analyzers.chain import content_analyzer, is_indexed, word_analyzer, word_spans
from analyzers.keys import LATIN, analyze_word, is_key, query_keys


def tokens(text: str) -> list[tuple[str, int, int, int]]:
    """(term, position, start, end) of every term the content analyzer emits."""
    return [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in content_analyzer()(text, positions=True, chars=True)
    ]


def key(word: str) -> str:
    return analyze_word(word).keys[0]


def test_exact_term_and_key_share_position_and_offsets() -> None:
    assert tokens("Tokayev met") == [
        ("tokayev", 0, 0, 7),
        (key("Tokayev"), 0, 0, 7),
        ("met", 1, 8, 11),
        (key("met"), 1, 8, 11),
    ]


def test_offsets_point_into_the_original_cyrillic_text() -> None:
    text = "Президент Тоқаевтың сөзі"
    spans = {(s, e) for _, _, s, e in tokens(text)}
    assert {text[s:e] for s, e in spans} == {"Президент", "Тоқаевтың", "сөзі"}


def test_inflected_kazakh_name_stacks_the_key_of_its_stem() -> None:
    terms = {t for t, _, _, _ in tokens("Тоқаевтың")}
    assert terms == {"тоқаев", "$tokaevtin", "~tokaev"}
    assert "~tokaev" in query_keys("Tokayev")


def test_hyphen_splits_and_apostrophe_joins() -> None:
    assert [(s, e) for t, _, s, e in tokens("Kassym-Jomart so'z") if not is_key(t)] == [
        (0, 6),
        (7, 13),
        (14, 18),
    ]


def test_possessive_highlights_whole_word_but_indexes_the_name() -> None:
    assert tokens("Tokayev's")[0] == ("tokayev", 0, 0, 9)


def test_stop_words_are_dropped_and_positions_close_up() -> None:
    assert [(t, p) for t, p, _, _ in tokens("Bank of America") if not is_key(t)] == [
        ("bank", 0),
        ("america", 1),
    ]


@pytest.mark.parametrize("text", ["", "   ", "—…!?", "- - -", "\u0301"])
def test_empty_and_punctuation_only_input_gives_no_terms(text: str) -> None:
    assert tokens(text) == []


def test_combining_accent_stays_inside_the_word() -> None:
    text = "so\u0301z"  # 2018 acute alphabet, decomposed
    assert [(s, e) for t, _, s, e in tokens(text)][:1] == [(0, 4)]


def test_word_analyzer_keeps_stop_words_for_the_query_parser() -> None:
    assert [t.text for t in word_analyzer()("The Hague")] == ["the", "hague"]


def test_is_indexed_matches_the_chain() -> None:
    assert not is_indexed("the")
    assert not is_indexed("a")
    assert is_indexed("Astana")


def test_analyzer_survives_pickling_as_whoosh_stores_it() -> None:
    analyzer = pickle.loads(pickle.dumps(content_analyzer()))
    assert [t.text for t in analyzer("Toqaev")] == [t.text for t in content_analyzer()("Toqaev")]


@pytest.mark.parametrize("chars", [False, True])
def test_prefix_expanding_past_1024_terms_over_stacked_tokens(chars: bool) -> None:
    """Regression for the pinned whoosh: several tokens at one position on a chars=True
    field crashed Characters.combine once a prefix query expanded past 1024 terms."""
    schema = fields.Schema(body=fields.TEXT(analyzer=content_analyzer(), chars=chars, stored=True))
    ix = RamStorage().create_index(schema)
    with ix.writer() as w:
        for n in range(1100):
            w.add_document(body=f"zebra{n:04d} Тоқаевтың Tokayev zebra{n:04d}")
    with ix.searcher() as s:
        hits = s.search(query.Prefix("body", "zebra"), limit=5, terms=True)
        assert hits.scored_length() == 5
        assert len(hits) == 1100
        hits = s.search(query.Prefix("body", LATIN + "zebra"), limit=None)
        assert hits.scored_length() == 1100


@pytest.mark.parametrize(
    "text",
    ["Президент Тоқаевтың сөзі", "Kassym-Jomart Tokayev's visit to the UN", "Bank of America", ""],
)
def test_word_spans_agree_with_the_indexed_tokens(text: str) -> None:
    indexed = [(t, s, e) for t, _, s, e in tokens(text) if not is_key(t)]
    assert [(w.exact, s, e) for s, e, w in word_spans(text)] == indexed
