"""The Whoosh analysis chain: offsets, stacked terms, pickling, and the whoosh3 regression."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage

from analyzers.chain import (
    exact_analyzer,
    is_indexed,
    key_analyzer,
    word_analyzer,
    word_spans,
)
from analyzers.keys import (
    LATIN,
    STEM,
    analyze_word,
    indexed_terms,
    joined_word,
    query_hyphenated_keys,
    query_keys,
)
from analyzers.translit import fold, script_of

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def tokens(text: str, analyzer=None) -> list[tuple[str, int, int, int]]:
    """(term, position, start, end) of every term an analyzer (the keys') emits."""
    return [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in (analyzer or key_analyzer())(text, positions=True, chars=True)
    ]


def key(word: str) -> str:
    return analyze_word(word).keys[0]


def test_keys_and_exact_terms_share_positions_and_offsets() -> None:
    assert tokens("Tokayev met 2024") == [
        (key("Tokayev"), 0, 0, 7),
        (key("met"), 1, 8, 11),
        ("2024", 2, 12, 16),  # a word without keys is indexed as itself
    ]
    assert tokens("Tokayev met 2024", exact_analyzer()) == [
        ("tokayev", 0, 0, 7),
        ("met", 1, 8, 11),
        ("2024", 2, 12, 16),
    ]


def test_a_cyrillic_word_stacks_its_keys_at_one_position() -> None:
    # ұйым-ы: the stem is too short for a query's readings of uimi, so both keys stay.
    assert tokens("Ұйымы туралы")[:2] == [("$uimi", 0, 0, 5), ("~uim", 0, 0, 5)]
    assert tokens("Тоқаевтың сөзі", exact_analyzer())[0] == ("тоқаев", 0, 0, 9)


def test_offsets_point_into_the_original_cyrillic_text() -> None:
    text = "Президент Тоқаевтың сөзі"
    spans = {(s, e) for _, _, s, e in tokens(text)}
    assert {text[s:e] for s, e in spans} == {"Президент", "Тоқаевтың", "сөзі"}


def test_inflected_kazakh_name_is_indexed_under_its_stem() -> None:
    # Every query that searches the whole word tokaevtin also reads it as ~tokaev, so the
    # whole word's key is not indexed: one term per word instead of two.
    assert {t for t, _, _, _ in tokens("тоқаевтың")} == {"~tokaev"}
    for query_word in ("Tokayev", "Тоқаевтың", "Toqaevtyñ", "tokaevtin", "Токаевтың"):
        assert "~tokaev" in query_keys(query_word), query_word


def test_a_word_read_as_kazakh_also_has_its_russian_reading_outside_a_kazakh_text() -> None:
    # суда is Russian суд-а and Kazakh су-да ("in water"); a text with a letter only Kazakh
    # writes is read as Kazakh alone.
    assert "~sud" in {t for t, _, _, _ in tokens("Решение суда")}
    assert "~sud" not in {t for t, _, _, _ in tokens("Суда балық бар.")}
    assert "~sud" in query_keys("суда") and "~sud" in query_keys("суд")


def test_a_query_word_is_not_read_as_an_accusative() -> None:
    # Karagandy is the city, not қараған-ды: its stem would meet қарағанда ("compared to").
    for city in ("Karagandy", "Qarağandy", "Қарағанды"):
        assert "~karagan" not in query_keys(city), city
        assert "~karagand" in query_keys(city), city  # Қарағандыда, Қарағандының
    assert "~karagan" in analyze_word("қарағанды").keys  # an article's accusative is read


def test_a_surname_in_the_accusative_is_read_as_one_in_a_query() -> None:
    # Тоқаевты is Тоқаев's accusative: a surname's stem meets no common word.
    assert "~tokaev" in query_keys("Тоқаевты")
    assert "~nazarbaev" in query_keys("Назарбаевты")
    assert set(query_keys("Тоқаевты")) & set(analyze_word("тоқаевтың").keys)


def test_a_patronymic_is_not_read_as_a_kazakh_dative_of_the_surname() -> None:
    # Kazakh -на and -нда follow only a possessive's ы or і (облысына): Евграфовна is no
    # Евграфов-на, and does not find the surname Евграфова.
    for patronymic, surname in (("Евграфовна", "Евграфова"), ("Логиновна", "Логинова")):
        assert not set(query_keys(patronymic)) & set(indexed_terms(surname).keys)
    assert set(query_keys("облысына")) & set(indexed_terms("облысы").keys)


def test_a_ukrainian_neuter_finds_its_genitive_plural() -> None:
    # питання: питань, рішення: рішень (the plural has one н), весілля: весіль
    for word, plural in (("питання", "питань"), ("рішення", "рішень"), ("весілля", "весіль")):
        assert set(query_keys(word)) & set(indexed_terms(plural, kazakh_text=False).keys)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_a_query_for_an_indexed_word_finds_it_whatever_keys_it_dropped(path) -> None:
    """The word itself and its folded Latin spelling, typed as queries, search a key the
    word is indexed under (one of its keys may be left out, see keys._cyrillic_keys)."""
    for _, _, terms in word_spans(path.read_text(encoding="utf-8")):
        assert set(query_keys(terms.surface)) & set(terms.keys) or not terms.keys
        if script_of(terms.surface) == "cyrillic":
            latin = fold(terms.surface)
            assert set(query_keys(latin)) & set(terms.keys), (terms.surface, latin)


def test_hyphen_splits_and_apostrophe_joins() -> None:
    assert [(s, e) for t, _, s, e in tokens("Kassym-Jomart so'z", exact_analyzer())] == [
        (0, 6),
        (7, 13),
        (14, 18),
    ]


def test_a_sign_between_letters_joins_and_a_quote_around_a_word_does_not() -> None:
    # Romanizations of Russian write the hard and soft signs with quotes and primes, BGN a
    # middle dot; around a word, a quote is a quote.
    text = 'ob”yezd s"esh Čaplins′kij al´bom ch``ert Hyez·haly O‘zbek said "yes" \'no\''
    words = [text[s:e] for _, _, s, e in tokens(text, exact_analyzer())]
    assert words == [
        "ob”yezd",
        's"esh',
        "Čaplins′kij",
        "al´bom",
        "ch``ert",
        "Hyez·haly",
        "O‘zbek",
        "said",
        "yes",
        "no",
    ]
    assert {t for t, _, _, _ in tokens("ob”yezd")} & set(query_keys("объезд"))


def test_possessive_highlights_whole_word_but_indexes_the_name() -> None:
    assert tokens("Tokayev's", exact_analyzer()) == [("tokayev", 0, 0, 9)]
    assert tokens("Tokayev's") == [(key("Tokayev"), 0, 0, 9)]


def test_stop_words_are_dropped_and_positions_close_up() -> None:
    assert [(t, p) for t, p, _, _ in tokens("Bank of America", exact_analyzer())] == [
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


@pytest.mark.parametrize("make", [key_analyzer, exact_analyzer])
def test_analyzer_survives_pickling_as_whoosh_stores_it(make) -> None:
    analyzer = pickle.loads(pickle.dumps(make()))
    assert analyzer == make()
    assert [t.text for t in analyzer("Тоқаевтың")] == [t.text for t in make()("Тоқаевтың")]


@pytest.mark.parametrize("chars", [False, True])
def test_prefix_expanding_past_1024_terms_over_stacked_tokens(chars: bool) -> None:
    """Regression for the pinned whoosh: several tokens at one position on a chars=True
    field crashed Characters.combine once a prefix query expanded past 1024 terms."""
    schema = fields.Schema(body=fields.TEXT(analyzer=key_analyzer(), chars=chars, stored=True))
    ix = RamStorage().create_index(schema)
    with ix.writer() as w:
        for n in range(1100):
            # Kazakh Latin with an ending: a Latin key and a stem key at each zebra's position
            word = f"qzebra{_letters(n)}tar"
            w.add_document(body=f"{word} Тоқаевтың Tokayev {word}")
    assert [t[0][0] for t in tokens("qzebraabtar")] == [LATIN, STEM]
    with ix.searcher() as s:
        for prefix in (LATIN + "kzebra", STEM + "kzebra"):
            hits = s.search(query.Prefix("body", prefix), limit=5, terms=True)
            assert hits.scored_length() == 5
            assert len(hits) == 1100
        either = query.Or([query.Prefix("body", LATIN + "kz"), query.Prefix("body", STEM + "kz")])
        assert s.search(either, limit=None).scored_length() == 1100


def _letters(n: int) -> str:
    """n as a word of letters a-j: digits would end the Kazakh stem."""
    return "".join("abcdefghij"[int(d)] for d in f"{n:04d}")


@pytest.mark.parametrize(
    "text",
    [
        "Президент Тоқаевтың сөзі",
        "Kassym-Jomart Tokayev's visit to the UN",
        "Bank of America",
        "Решение суда в Алматы",
        "",
    ],
)
def test_word_spans_agree_with_the_indexed_tokens(text: str) -> None:
    indexed = [(t, s, e) for t, _, s, e in tokens(text, exact_analyzer())]
    assert [(w.exact, s, e) for s, e, w in word_spans(text)] == indexed


def test_hyphenated_name_stacks_its_compound_keys_on_its_last_word() -> None:
    assert tokens("Kassym-Jomart Tokayev") == [
        (key("Kassym"), 0, 0, 6),
        (key("Jomart"), 1, 7, 13),
        ("^kasimjomart", 1, 7, 13),  # the name's words joined, as one term
        (key("Tokayev"), 2, 14, 21),
    ]
    # inflected on the last word: the compound of the word as written and of its stem
    compounds = [t for t, _, _, _ in tokens("Нұр-Сұлтанда") if t.startswith("^")]
    assert compounds == ["^nursultanda", "^nursultan"]
    assert [t for t, *_ in tokens("Усть-Каменогорск") if t.startswith("^")] == ["^ustkamenogorsk"]


@pytest.mark.parametrize(
    ("hyphenated", "one_word"),
    [
        ("Ak-Mola", "Akmola"),
        ("Ак-Мола", "Akmola"),
        ("Alma-Ata", "Алмаата"),
        ("Нұр-Сұлтанда", "Nursultan"),  # the compound of the last word's dictionary form
        ("al-Farabi", "Alfarabi"),
        ("co-operation", "cooperation"),
        ("COVID-19", "covid19"),
    ],
)
def test_a_hyphenated_name_and_the_name_written_as_one_word_find_each_other(
    hyphenated: str, one_word: str
) -> None:
    indexed = {t for t, *_ in tokens(hyphenated)}
    assert indexed & set(query_keys(one_word))
    searched = set(query_hyphenated_keys(tuple(re.findall(r"\w+", hyphenated))))
    assert searched & {t for t, *_ in tokens(one_word)}


@pytest.mark.parametrize("text", ["2020-2021", "1-0"])
def test_a_query_does_not_read_a_run_of_numbers_as_one_word(text: str) -> None:
    assert joined_word(tuple(text.split("-"))) is None


def test_a_hyphenated_word_adds_no_term_but_its_compound_key() -> None:
    hyphenated = {t for t, *_ in tokens("a long-term co-operation")}
    apart = {t for t, *_ in tokens("a long term co operation")}
    assert hyphenated - apart == {"^longterm", "^cooperation"}


@pytest.mark.parametrize(
    "text", ["Nur Sultan", "Almaty–Astana", "Almaty - Astana", "end- of", "-x"]
)
def test_no_compound_without_a_hyphen_between_two_words(text: str) -> None:
    assert not [t for t, *_ in tokens(text) if t.startswith("^")]


def test_compound_tokenizer_passes_a_whole_value_when_asked_not_to_tokenize() -> None:
    assert [t.text for t in key_analyzer()("Nur-Sultan", tokenize=False)] == [key("Nur-Sultan")]


def test_a_longer_hyphenated_run_also_holds_the_name_it_starts_with() -> None:
    compounds = [(t, p) for t, p, _, _ in tokens("Ust-Kamenogorsk-based firm") if t[0] == "^"]
    assert compounds == [("^ustkamenogorsk", 1), ("^ustkamenogorskbased", 2)]


def test_the_alias_table_reads_a_name_joined_by_any_hyphen(tmp_path, monkeypatch):
    from analyzers import aliases

    table = tmp_path / "aliases.tsv"
    table.write_text("Nur\u2010Sultan\tAstana\nAlma\u2011Ata\tAlmaty\n", encoding="utf-8")
    monkeypatch.setattr(aliases, "_TABLE", table)
    aliases._table.cache_clear()
    try:
        assert aliases.compound(aliases.name_keys("Nur-Sultan")) == ("^nursultan",)
        assert aliases.compound(aliases.name_keys("Alma-Ata")) == ("^almaata",)
    finally:
        aliases._table.cache_clear()
