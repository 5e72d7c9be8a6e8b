"""Query parsing and expansion: the syntax readers type, and every query refused quickly."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query

from analyzers.keys import (
    analyze_word,
    is_key,
    query_hyphenated_keys,
    query_keys,
    query_terms,
    spelling_matters,
)
from analyzers.translit import fold
from search.errors import BadQueryError, SearchError
from search.query import EXACT, MAX_WORDS, Expander, parse


def expander(*, indexed: bool = True, lexicon: tuple[str, ...] = (), fix: str | None = None):
    """An Expander over a fake index: every term matches when `indexed`, else only the
    terms of the correction `fix` do."""
    fixed = set() if fix is None else {query_terms(fix)[0], *query_terms(fix)[1]}
    return Expander(
        terms=lambda field, prefix: [t for t in lexicon if t.startswith(prefix)],
        # Keys in more documents than exact terms, as in a real index with variants.
        docfreq=lambda field, term: (2 if is_key(term) else 1) if indexed or term in fixed else 0,
        correct=lambda word: fix,
    )


def compile_query(text: str, **options) -> query.Query:
    return expander(**options).expand(parse(text))


def word(field: str, text: str) -> query.Query:
    """What the expander makes of one word: its variant keys in each field, the best one
    scoring, and its exact term adding to the score (in a query over title and body, for a
    word with other spellings)."""
    exact, keys = query_terms(text)
    fields = ("title", "body") if field == "text" else (field,)
    per_field = query.Or([query.DisjunctionMax([query.Term(f, k) for k in keys]) for f in fields])
    if field == "text" and spelling_matters(exact):
        return query.AndMaybe(per_field, query.Term(EXACT, exact))
    return per_field


# What the parser reads


def term(text: str, field: str = "text") -> query.Term:
    return query.Term(field, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokayev", term("tokayev")),
        ("Tokayev Wabtec", query.And([term("tokayev"), term("wabtec")])),
        ("Tokayev OR Toqayev", query.Or([term("tokayev"), term("toqayev")])),
        ("Tokayev NOT Wabtec", query.And([term("tokayev"), query.Not(term("wabtec"))])),
        ("title:Wabtec", term("wabtec", "title")),
        ('"freight locomotives"', query.Phrase("text", ["freight", "locomotives"])),
        ("Тоқаев", term("тоқаев")),
        (
            "(Tokayev OR Toqayev) Wabtec",
            query.And([query.Or([term("tokayev"), term("toqayev")]), term("wabtec")]),
        ),
    ],
)
def test_parse_reads_the_syntax(text, expected):
    assert parse(text) == expected


# What the expander searches for


def test_a_word_becomes_its_exact_term_or_its_keys_in_title_and_body():
    ex = expander()
    assert ex.expand(parse("Tokayev")) == word("text", "Tokayev")
    assert ex.highlight == {
        "tokayev",
        "#tokaev",
        "$tokaev",
        "~tokaev",
        "%tokaev",
        "#tokaew",  # Turkmen, Polish and German w (Berdimuhamedow, Tokajew)
        "#tokajev",  # Czech and Serbian j
        "#tokajew",
        "&$tokaev",
        "&~tokaev",
        "^tokaev",  # where hyphenated names are indexed as one word (keys.COMPOUND)
    }
    assert ex.corrections == {}


def test_exact_term_and_key_in_the_same_documents_become_one_term():
    ex = Expander(terms=lambda field, prefix: [], docfreq=lambda f, t: 5, correct=lambda w: None)
    exact, keys = query_terms("locomotives")
    assert ex.expand(parse("locomotives")) == query.Or(
        [query.DisjunctionMax([query.Term(f, k) for k in keys]) for f in ("title", "body")]
    )


def test_title_word_searches_the_title_only():
    assert compile_query("title:Wabtec") == word("title", "Wabtec")


def test_phrase_searches_any_key_of_each_word_side_by_side():
    compiled = compile_query('"freight locomotives"')
    keys = [list(query_keys(w)) for w in ("freight", "locomotives")]
    assert [
        (near.__class__.__name__, [sorted(t.text for t in pos.subqs) for pos in near.qs])
        for near in compiled.subqueries
    ] == [("_KeyPhrase", [sorted(k) for k in keys])] * 2
    assert keys[1][0] == "#locomot"


def test_phrase_of_words_with_other_spellings_is_ranked_by_their_exact_terms():
    compiled = compile_query('"Tokayev centre"')
    assert isinstance(compiled, query.AndMaybe)
    assert len(compiled.a.subqueries) == 2  # the phrase in the title and in the body
    assert compiled.b == query.Or([query.Term(EXACT, "tokayev"), query.Term(EXACT, "centre")])


def test_plain_english_words_have_no_exact_terms():
    def fields(text: str) -> set[str]:
        return {field for field, _ in compile_query(text).iter_all_terms()}

    # election has no other spelling, only inflections, which count as the same spelling
    assert fields("election") == {"title", "body"}
    assert fields("Tokayev") == fields("centre") == fields("Тоқаев") == {"title", "body", EXACT}


def test_phrase_in_one_field_has_no_exact_terms():
    compiled = compile_query('title:"freight locomotives"')
    assert [near.__class__.__name__ for near in compiled.subqueries] == ["_KeyPhrase"]


def test_or_and_not_keep_their_shape():
    assert compile_query("Wabtec OR Guterres") == query.Or(
        [word("text", "Wabtec"), word("text", "Guterres")]
    )
    assert compile_query("Tokayev NOT Wabtec") == query.And(
        [word("text", "Tokayev"), query.Not(word("text", "Wabtec"))]
    )


def test_stop_words_are_dropped():
    assert compile_query("the Wabtec") == query.And([query.NullQuery, word("text", "Wabtec")])


def test_a_word_with_no_match_is_corrected_and_recorded():
    ex = expander(indexed=False, fix="guterres")
    expanded = ex.expand(parse("Guterez"))
    assert ex.corrections == {"guterez": "guterres"}
    assert ex.highlight == {"guterres", *query_keys("guterres")}
    assert "#guter" in ex.highlight
    matching, exact = expanded.subqueries  # AndMaybe: the exact term adds to the score
    assert exact == query.Term(EXACT, "guterres", boost=0.5)
    assert query.Term("body", "#guter", boost=0.5) in matching.subqueries[1].subqueries


def test_a_word_with_no_match_and_no_correction_stays_as_it_is():
    ex = expander(indexed=False, fix=None)
    assert ex.expand(parse("Tokaji")) == query.Term("title", "#tokaji")
    assert ex.corrections == {}
    assert ex.highlight == set()


def test_a_prefix_expands_to_the_indexed_words():
    ex = expander(lexicon=("tokayev", "toqayev", "tokyo", "wabtec"))
    assert ex.expand(parse("Tok*")) == query.Or(
        [query.Term(EXACT, "tokayev"), query.Term(EXACT, "tokyo")]
    )
    assert ex.highlight == {"tokayev", "tokyo"}
    assert compile_query("Zz*", lexicon=("tokayev",)) is query.NullQuery


def test_a_prefix_in_one_field_searches_the_keys_of_the_words_it_expands_to():
    ex = expander(lexicon=("tokayev", "toqayev", "tokyo", "wabtec"))
    tokyo = query_keys("tokyo")[0]
    assert ex.expand(parse("title:Tok*")) == query.Or(
        [query.Term("title", "#tokaev"), query.Term("title", tokyo)]
    )
    assert ex.highlight == {"tokayev", "tokyo", "#tokaev", tokyo}


def test_a_prefix_in_one_field_also_searches_the_stem_of_inflected_cyrillic_words():
    # The exact term тоқаев stands for Тоқаев ($tokaev) and for Тоқаевтың (~tokaev only).
    ex = expander(lexicon=("тоқаев",))
    assert ex.expand(parse("title:Тоқ*")) == query.Or(
        [query.Term("title", "$tokaev"), query.Term("title", "~tokaev")]
    )


def test_exactly_max_words_is_allowed():
    words = [f"w{n:02}" for n in range(MAX_WORDS)]
    held = {k for w in words for k in query_keys(w)}  # and no two words joined
    assert len(_over(held).expand(parse(" ".join(words))).subqueries) == MAX_WORDS
    assert len(compile_query(" ".join(words)).subqueries) == MAX_WORDS // 2  # all joined


# Refused, quickly, with one line


BAD_QUERIES = {
    "dangling operators": "NOT OR foobar",
    "operator first": "OR Tokayev",
    "operator last": "Tokayev AND",
    "NOT last": "Tokayev NOT",
    "two operators": "Tokayev OR OR Toqayev",
    "everything": "*",
    "everything in a field": "title:*",
    "any word": "?*",
    "one letter prefix": "a*",
    "range": "[a TO z]",
    "open range": "{a TO z}",
    "100 kB": "Tokayev " * 12_800,
    "unclosed quote": '"freight locomotives',
    "stray quote": 'Wabtec "',
    "unclosed bracket": "(Tokayev OR Toqayev",
    "stray bracket": "Tokayev OR Toqayev)",
    "brackets the wrong way": ")Tokayev(",
    "65 words": " ".join(f"w{n}" for n in range(MAX_WORDS + 1)),
    "long phrase": '"' + " ".join(f"w{n}" for n in range(MAX_WORDS + 1)) + '"',
    "empty": "",
    "blank": " \t\n",
}


@pytest.mark.parametrize("text", BAD_QUERIES.values(), ids=BAD_QUERIES.keys())
def test_bad_queries_are_refused_quickly(text):
    began = time.perf_counter()
    with pytest.raises(BadQueryError) as caught:
        compile_query(text)
    assert time.perf_counter() - began < 1.0
    message = str(caught.value)
    assert message and "\n" not in message
    assert len(message) < 1200


def test_bad_query_error_is_a_search_error_with_exit_code_2():
    assert issubclass(BadQueryError, SearchError)
    assert BadQueryError.exit_code == 2


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev AND NOT Wabtec",
        "Tokayev OR NOT Wabtec",
        "NOT Wabtec",
        "title:(Wabtec OR Tokayev)",
        '"Wabtec OR"',
        "Tokayev's visit",
        "Tokayev or and not",
        "()",
        "!!!",
        "Тоқаев OR Токаєв",
    ],
)
def test_unusual_but_valid_queries_compile(text):
    compile_query(text)


SYNTAX = st.sampled_from(
    ["Tokayev", "Тоқаев", "a", "ab", "the", "AND", "OR", "NOT", "ANDNOT", "(", ")", '"', "'",
     "*", "?", ":", "title:", "body:", "text:", "[", "]", "{", "}", "TO", "^2", "~", "-", "+",
     " ", "  ", "\\", "/", "\u00a0", "x" * 30]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(SYNTAX, max_size=40).map("".join))
def test_any_text_compiles_or_is_a_bad_query(text):
    began = time.perf_counter()
    try:
        compile_query(text, lexicon=("tokayev", "abc"))
    except BadQueryError as e:
        assert "\n" not in str(e)
    assert time.perf_counter() - began < 1.0


def test_a_hyphenated_word_is_one_compound_term_in_title_and_body():
    compiled = compile_query("Kassym-Jomart")
    assert isinstance(compiled, query.AndMaybe)  # Kassym has other spellings: exact terms rank
    keys = query_hyphenated_keys(("Kassym", "Jomart"))
    assert keys[0] == "^kasimjomart"  # then the keys of Kassymjomart
    assert compiled.a == query.Or(
        [query.DisjunctionMax([query.Term(f, k) for k in keys]) for f in ("title", "body")]
    )
    ex = expander()
    ex.expand(parse("Nur-Sultan"))
    assert {"^nursultan", "#nur", "#sultan"} <= ex.highlight


@pytest.mark.parametrize("text", ['"Kassym Jomart"', "covid/19", "U.S.-Kazakh"])
def test_only_an_unquoted_hyphenated_word_is_a_compound(text):
    # each word searches its own compound key (Akmola finds Ак-Мола), none two words'
    words = re.findall(r"\w+", text)
    own = {"^" + fold(k) for w in words for k in (w, analyze_word(w).exact)}
    compounds = {t for _, t in compile_query(text).iter_all_terms() if t.startswith("^")}
    assert compounds <= own


WORDS = ("Kassym", "Jomart")


def test_a_compound_no_article_holds_falls_back_to_a_phrase():
    ex = Expander(
        terms=lambda field, prefix: [],
        docfreq=lambda field, term: 0 if term in query_hyphenated_keys(WORDS) else 3,
        correct=lambda word: None,
    )
    compiled = ex.expand(parse("Kassym-Jomart"))
    assert not {t for _, t in compiled.iter_all_terms()} & set(query_hyphenated_keys(WORDS))
    assert "_KeyPhrase" in repr(compiled)


def test_a_places_other_names_join_its_keys_in_one_union_per_field():
    compiled = compile_query("Kyiv")  # Kiev in place_aliases.tsv
    title, body = compiled.subqueries[0].subqueries  # (title | body) andmaybe exact
    assert isinstance(title, query.DisjunctionMax)
    assert {"#kiv", "#kiev"} <= {t.text for t in title.subqueries}
    terms = list(compiled.iter_all_terms())
    assert len(terms) == len(set(terms))  # each term once
    compiled = compile_query("Almaty")  # Alma-Ata: its compound key, not a phrase
    assert ("body", "^almaata") in set(compiled.iter_all_terms())


def test_a_hyphenated_name_and_its_phrase_search_the_same_other_names():
    """A word without keys (a number) stays in the name, hyphenated or quoted: neither
    Astana-2024 nor "Astana 2024" is Astana, so neither searches Nur-Sultan."""
    for text in ("Astana-2024", '"Astana 2024"', "Nur-Sultan", '"Nur Sultan"'):
        terms = {t for _, t in compile_query(text).iter_all_terms()}
        assert ("^nursultan" in terms or "#astana" in terms) == ("2024" not in text), text


def _over(held: set[str]) -> Expander:
    return Expander(
        terms=lambda field, prefix: [],
        docfreq=lambda field, term: int(term in held),
        correct=lambda word: None,
    )


def test_two_words_also_search_the_one_word_they_make_where_an_article_holds_it():
    words = {*query_keys("Ak"), *query_keys("Orda")}
    one = set(query_keys("Akorda"))
    with_one = {t for _, t in _over(words | one).expand(parse("Ak Orda")).iter_all_terms()}
    assert one & with_one and words & with_one  # Akorda, or both words
    without = {t for _, t in _over(words).expand(parse("Ak Orda")).iter_all_terms()}
    assert not one & without
    # a quoted phrase stays a phrase of its words, and a stop word joins nothing
    for text in ('"Ak Orda"', "the Orda"):
        assert not one & {t for _, t in _over(words | one).expand(parse(text)).iter_all_terms()}
