"""Snippets: the window around the matches, exact spans, collapsed white space, ellipses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzers.chain import word_spans
from analyzers.keys import query_terms
from search.snippets import ELLIPSIS, matches, snippet

ANALYZER = word_spans


def terms(*words: str) -> set[str]:
    """The terms a query for `words` searches for, as the engine passes them."""
    found: set[str] = set()
    for word in words:
        exact, keys = query_terms(word)
        found.update((exact, *keys))
    return found


def marked(text: str, *words: str, width: int = 240) -> str:
    """The snippet with each highlight wrapped in [brackets]."""
    passage, spans = snippet(ANALYZER, text, terms(*words), width=width)
    out, cursor = [], 0
    for start, end in spans:
        out += [passage[cursor:start], "[", passage[start:end], "]"]
        cursor = end
    return "".join(out) + passage[cursor:]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Tokayev met Guterres.", ["Tokayev"], "[Tokayev] met Guterres."),
        ("Guterres met Tokayev", ["Tokayev"], "Guterres met [Tokayev]"),
        ("Tokayev met Guterres", ["Tokayev", "Guterres"], "[Tokayev] met [Guterres]"),
        ("Tokayev Tokayev", ["Tokayev"], "[Tokayev] [Tokayev]"),
        ("Toqayev's visit", ["Tokayev"], "[Toqayev's] visit"),
        ("Kazakhstan-based Wabtec", ["Wabtec"], "Kazakhstan-based [Wabtec]"),
        ("locomotive and locomotives", ["locomotives"], "[locomotive] and [locomotives]"),
    ],
)
def test_matches_are_marked_exactly(text, words, expected):
    assert marked(text, *words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Президент Тоқаев сөз сөйледі", ["Tokayev"], "Президент [Тоқаев] сөз сөйледі"),
        ("Президент Тоқаевтың сапары", ["Tokayev"], "Президент [Тоқаевтың] сапары"),
        ("Президент Токаева встретил", ["Tokayev"], "Президент [Токаева] встретил"),
        ("Розмова з Токаєвим", ["Токаев"], "Розмова з [Токаєвим]"),
        ("Tokayev and Тоқаев", ["Тоқаев"], "[Tokayev] and [Тоқаев]"),
        ("Мемлекет басшысы Ақордада", ["Akorda"], "Мемлекет басшысы [Ақордада]"),
    ],
)
def test_cyrillic_matches_keep_their_script(text, words, expected):
    assert marked(text, *words) == expected


def test_white_space_collapses_and_spans_follow():
    text = "  Leading   spaces\n\nand\ttabs\u00a0Tokayev \u2003 here  \n"
    assert marked(text, "Tokayev") == "Leading spaces and tabs [Tokayev] here"


def test_white_space_between_matches_collapses():
    assert marked("Wabtec\n\n   locomotives", "Wabtec", "locomotives") == ("[Wabtec] [locomotives]")


def test_a_match_in_the_middle_gets_ellipses_on_both_sides():
    text = "word " * 100 + "Tokayev " + "word " * 100
    expected = f"{ELLIPSIS} " + "word " * 6 + "[Tokayev]" + " word" * 5 + f" {ELLIPSIS}"
    assert marked(text, "Tokayev", width=60) == expected


def test_a_match_at_the_start_has_no_leading_ellipsis():
    text = "Tokayev " + "word " * 100
    assert marked(text, "Tokayev", width=60) == "[Tokayev]" + " word" * 11 + f" {ELLIPSIS}"


def test_a_match_at_the_end_has_no_trailing_ellipsis():
    text = "word " * 100 + "Tokayev.\n\n  "
    assert marked(text, "Tokayev", width=60) == f"{ELLIPSIS} " + "word " * 6 + "[Tokayev]."


def test_only_white_space_around_the_text_adds_no_ellipsis():
    assert marked("\n\n   Tokayev   \n\n", "Tokayev") == "[Tokayev]"


def test_no_match_gives_the_start_of_the_text():
    text = "Energy ministers met in Aktau. " * 20
    passage, spans = snippet(ANALYZER, text, terms("Wabtec"), width=60)
    assert spans == []
    assert passage == "Energy ministers met in Aktau. Energy ministers met in Aktau. " + ELLIPSIS


def test_no_terms_and_short_text():
    assert snippet(ANALYZER, "Energy  ministers\nmet.", set()) == ("Energy ministers met.", [])
    assert snippet(ANALYZER, "", terms("Wabtec")) == ("", [])
    assert snippet(ANALYZER, " \n\t ", terms("Wabtec")) == ("", [])


def test_the_window_holds_the_most_distinct_words():
    text = "x " * 10 + "Wabtec " + "y " * 200 + "Wabtec locomotives" + " z" * 200
    expected = f"{ELLIPSIS} " + "y " * 16 + "[Wabtec] [locomotives]" + " z" * 15 + f" {ELLIPSIS}"
    assert marked(text, "Wabtec", "locomotives", width=80) == expected


def test_matches_lists_offsets_into_the_original_text():
    text = "Тоқаев  met\nToqayev"
    found = matches(ANALYZER, text, terms("Tokayev"))
    assert [(start, end, text[start:end]) for start, end, _ in found] == [
        (0, 6, "Тоқаев"),
        (12, 19, "Toqayev"),
    ]


def test_width_is_keyword_only():
    with pytest.raises(TypeError):
        snippet(ANALYZER, "Tokayev", terms("Tokayev"), 10)  # type: ignore[misc]


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["Tokayev", "Тоқаев", "word", "the", "Wabtec", "x", "—", "\n\n", "\u00a0"]),
        max_size=80,
    ),
    width=st.integers(min_value=1, max_value=120),
)
def test_every_span_marks_a_match_and_the_text_is_flat(words, width):
    text = " ".join(words)
    passage, spans = snippet(ANALYZER, text, terms("Tokayev"), width=width)
    assert passage == passage.strip()
    assert "  " not in passage and "\n" not in passage
    assert {passage[start:end] for start, end in spans} <= {"Tokayev", "Тоқаев"}
    assert spans == sorted(spans)
    if "Tokayev" in words or "Тоқаев" in words:
        assert spans


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # the name written as one word finds the hyphenated one: one match over the name
        ("Farms near Ак-Мола grew.", ["Akmola"], "Farms near [Ак-Мола] grew."),
        ("An Ust-Kamenogorsk-based firm", ["Ustkamenogorsk"], "An [Ust-Kamenogorsk]-based firm"),
        # its words found on their own are marked on their own, and never twice
        ("Farms near Ак-Мола grew.", ["Ак", "Мола"], "Farms near [Ак]-[Мола] grew."),
        ("Farms near Ак-Мола grew.", ["Akmola", "Мола"], "Farms near Ак-[Мола] grew."),
        ("Farms near Ак - Мола grew.", ["Akmola"], "Farms near Ак - Мола grew."),
    ],
)
def test_a_hyphenated_name_is_marked_as_the_word_it_makes(text, words, expected):
    assert marked(text, *words) == expected
