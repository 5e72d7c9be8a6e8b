"""The library API contract: SearchEngine, Hit, IndexReport, SearchResults and the errors."""

from __future__ import annotations

import dataclasses
import datetime
import inspect
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import search
import search.errors
from search import (
    BadQueryError,
    Hit,
    IndexReport,
    SearchEngine,
    SearchError,
    SearchResults,
)
from tests.conftest import ENGINE_FIXTURES, WABTEC_SEED


def names(hits: list[Hit]) -> list[str]:
    return [Path(h.path).name for h in hits]


def marked(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def found(engine: SearchEngine, query: str) -> tuple[list[str], list[str]]:
    """The articles a query finds, which must need no typo correction, and the words marked
    in the first one's snippet."""
    hits = engine.search(query)
    assert hits.corrections == {}, query
    return names(hits), marked(hits[0].snippet, hits[0].highlights) if hits else []


def hit_for(hits: list[Hit], name: str) -> Hit:
    return next(h for h in hits if Path(h.path).name == name)


# Types


def test_search_returns_typed_hits(engine):
    results = engine.search("Wabtec locomotives", limit=10)
    assert isinstance(results, SearchResults)
    assert isinstance(results, list)
    assert results.query == "Wabtec locomotives"
    assert results.corrections == {}
    assert results.total == len(results) == 1
    hit = results[0]
    assert isinstance(hit, Hit)
    assert Path(hit.path).name == WABTEC_SEED
    assert Path(hit.path).is_absolute()
    assert hit.title == "New York: Toqayev Speaks With Trump, Zelenskyy, and UN Leaders"
    assert hit.date is None
    assert isinstance(hit.score, float) and hit.score > 0
    assert isinstance(hit.snippet, str)
    assert all(
        isinstance(span, tuple) and [type(n) for n in span] == [int, int] for span in hit.highlights
    )


def test_hit_has_the_articles_date(engine):
    hit = engine.search("Aktau")[0]
    assert hit.date == datetime.date(2024, 3, 15)
    assert hit.title == "Caspian pipeline talks resume in Aktau"


def test_hit_and_report_are_frozen_dataclasses(engine):
    hit = engine.search("Wabtec")[0]
    hit_fields = ["path", "title", "date", "score", "snippet", "highlights"]
    assert [f.name for f in dataclasses.fields(Hit)][:6] == hit_fields
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.score = 0.0  # type: ignore[misc]
    report_fields = ["added", "updated", "removed", "unchanged", "skipped"]
    assert [f.name for f in dataclasses.fields(IndexReport)][:5] == report_fields
    with pytest.raises(dataclasses.FrozenInstanceError):
        IndexReport().added = 1  # type: ignore[misc]


# Keyword-only options


@pytest.mark.parametrize(
    "call",
    [
        lambda e: e.search("Wabtec", 5),
        lambda e: e.index([ENGINE_FIXTURES], True),
        lambda e: e.variants("Tokayev", 10),
        lambda e: SearchEngine(e.store.root, 1.0),
        lambda e: SearchResults([], "Wabtec", {}, 0),
    ],
    ids=["search limit", "index rebuild", "variants max_articles", "lock_timeout", "results"],
)
def test_options_are_keyword_only(engine, call):
    with pytest.raises(TypeError):
        call(engine)


def test_every_public_option_is_keyword_only():
    for function in (SearchEngine.search, SearchEngine.index, SearchEngine.variants):
        params = list(inspect.signature(function).parameters.values())[2:]
        assert {p.kind for p in params} == {inspect.Parameter.KEYWORD_ONLY}, function.__name__


# Nothing found


def test_nothing_matches_is_an_empty_list(engine):
    results = engine.search("Tokaji")
    assert results == []
    assert isinstance(results, SearchResults)
    assert results.total == 0
    assert results.corrections == {}


def test_search_before_any_index_is_an_empty_list(tmp_path):
    with SearchEngine(tmp_path / "index") as engine:
        assert engine.exists is False
        assert engine.search("Wabtec") == []
        assert engine.variants("Wabtec") == []
        for bad in ("*", "NOT OR foobar", " ".join(f"w{n}" for n in range(65))):
            with pytest.raises(BadQueryError):
                engine.search(bad)


def test_limit_below_one_is_a_bad_query(engine):
    with pytest.raises(BadQueryError):
        engine.search("Tokayev", limit=0)


# Ranking


def test_hits_are_best_first_and_limited(engine):
    hits = engine.search("Tokayev", limit=10)
    assert len(hits) == 8
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert names(engine.search("Tokayev", limit=3)) == names(hits)[:3]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Tokayev", "003_048641cae682ca89.txt"),  # Tokayev in the title
        ("Тоқаев", "kk_tokayev_akorda.txt"),  # the query's own spelling ranks first
        ("Токаев", "ru_tokayev_astana.txt"),
        ("Zelenskyy", "001_b77c83a51c02fa55.txt"),
        ("Зеленський", "uk_zelensky_call.txt"),
    ],
)
def test_the_querys_own_spelling_ranks_first(engine, query, first):
    assert names(engine.search(query))[0] == first


def test_an_article_holding_a_word_under_two_keys_does_not_outrank_the_exact_spelling(engine):
    # Тоқаев and Тоқаевтың index ~tokaev and $tokaev: one word, scored once (DisjunctionMax)
    assert names(engine.search("Tokayev"))[:1] == ["003_048641cae682ca89.txt"]
    # Зеленский is in no article: the Ukrainian and the English spelling are both variants
    assert set(names(engine.search("Зеленский"))[:2]) == {
        "uk_zelensky_call.txt",
        "001_b77c83a51c02fa55.txt",
    }


# Every spelling, highlighted as the article writes it


def test_latin_query_finds_every_script(engine):
    hits = engine.search("Tokayev")
    assert set(names(hits)) == {
        "000_160c3bc386a59029.txt",
        "001_b77c83a51c02fa55.txt",
        "002_15e017aecdf642fb.txt",
        "003_048641cae682ca89.txt",
        "004_3f641b0579f7a357.txt",
        "kk_tokayev_akorda.txt",
        "ru_tokayev_astana.txt",
        "uk_zelensky_call.txt",
    }


@pytest.mark.parametrize(
    ("query", "name", "words"),
    [
        ("Tokayev", WABTEC_SEED, ["Toqayev", "Toqayev"]),
        ("Tokayev", "kk_tokayev_akorda.txt", ["Тоқаев", "Тоқаевтың"]),
        ("Tokayev", "ru_tokayev_astana.txt", ["Токаев"]),
        ("Tokayev", "uk_zelensky_call.txt", ["Токаєвим"]),
        ("Тоқаев", "003_048641cae682ca89.txt", ["Tokayev's", "Tokayev"]),
        ("Akorda", "kk_tokayev_akorda.txt", ["Ақордада"]),
        ("Wabtec locomotives", WABTEC_SEED, ["Wabtec", "locomotives", "Wabtec", "locomotive"]),
    ],
)
def test_highlights_mark_the_articles_own_spelling(engine, query, name, words):
    hit = hit_for(engine.search(query), name)
    assert marked(hit.snippet, hit.highlights) == words


def test_highlights_are_whole_words_inside_the_snippet(engine):
    for query in ("Tokayev", "Wabtec OR Guterres", "Zelensky", "Caspian"):
        for hit in engine.search(query):
            for start, end in hit.highlights:
                assert 0 <= start < end <= len(hit.snippet)
                assert start == 0 or not hit.snippet[start - 1].isalnum()
                assert end == len(hit.snippet) or not hit.snippet[end].isalnum()


def test_title_highlights_point_into_the_title(engine):
    hit = hit_for(engine.search("Zelensky"), WABTEC_SEED)
    assert marked(hit.title, hit.title_highlights) == ["Zelenskyy"]
    hit = engine.search("Aktau")[0]
    assert marked(hit.title, hit.title_highlights) == ["Aktau"]


# Query syntax


def test_title_field_searches_titles_only(engine):
    assert set(names(engine.search("Caspian"))) == {
        "en_caspian_pipeline.txt",
        "en_air_astana.txt",
    }
    title_only = engine.search("title:Caspian")
    assert names(title_only) == ["en_caspian_pipeline.txt"]
    assert marked(title_only[0].title, title_only[0].title_highlights) == ["Caspian"]


def test_phrase_needs_the_words_side_by_side(engine):
    assert names(engine.search("modern locomotives")) == [WABTEC_SEED]
    assert engine.search('"modern locomotives"') == []
    hit = engine.search('"freight locomotives"')[0]
    assert Path(hit.path).name == WABTEC_SEED
    assert "freight locomotives" in hit.snippet


def test_phrase_matches_in_any_spelling(engine):
    seeds = {f"00{n}" for n in range(5)}
    for phrase in ('"Kassym-Jomart Tokayev"', '"Qasym-Jomart Toqayev"'):
        assert {name[:3] for name in names(engine.search(phrase))} >= seeds
    hit = hit_for(engine.search('"Kassym-Jomart Tokayev"'), WABTEC_SEED)
    assert marked(hit.snippet, hit.highlights)[:3] == ["Qasym", "Jomart", "Toqayev"]


def test_or_finds_either_word(engine):
    wabtec = set(names(engine.search("Wabtec")))
    guterres = set(names(engine.search("Guterres")))
    assert wabtec and guterres
    assert set(names(engine.search("Wabtec OR Guterres"))) == wabtec | guterres
    assert set(names(engine.search("Wabtec Guterres"))) == wabtec & guterres


def test_not_excludes_the_word(engine):
    tokayev = set(names(engine.search("Tokayev")))
    wabtec = set(names(engine.search("Wabtec")))
    assert wabtec == {WABTEC_SEED, "002_15e017aecdf642fb.txt"}
    assert set(names(engine.search("Tokayev NOT Wabtec"))) == tokayev - wabtec


@pytest.mark.parametrize(
    ("query", "name", "words"),
    [
        # Other languages' presses: Polish, German, Czech, Spanish spellings
        ("Gorbaczow", "en_gorbachev_letters.txt", ["Gorbachev"]),
        ("Gorbatschow", "en_gorbachev_letters.txt", ["Gorbachev"]),
        ("Gorbačov", "uk_gorbachov_archive.txt", ["Горбачова"]),
        # ISO 9 and GOST without diacritics: й and э as j and eh
        ("Bajkonur", "ru_ekibastuz_coal.txt", ["Байконура"]),
        ("Ehkibastuz", "ru_ekibastuz_coal.txt", ["Экибастузе"]),
        # Ukrainian о for Russian ё, both ways
        ("Горбачёв", "uk_gorbachov_archive.txt", ["Горбачова"]),
        ("Gorbachev", "uk_gorbachov_archive.txt", ["Горбачова"]),
        ("Хрущёв", "uk_gorbachov_archive.txt", ["Хрущова"]),
        ("Горбачов", "en_gorbachev_letters.txt", ["Gorbachev"]),
        # A woman's -ский surname: Russian -ская, Ukrainian -ська, English -ska
        ("Zelenska", "ru_zelenskaya_forum.txt", ["Зеленская"]),
        ("Зеленська", "ru_zelenskaya_forum.txt", ["Зеленская"]),
    ],
)
def test_another_languages_spelling_finds_the_name(engine, query, name, words):
    hits = engine.search(query)
    assert hits.corrections == {}
    assert marked(hit_for(hits, name).snippet, hit_for(hits, name).highlights) == words


def test_a_womans_surname_does_not_find_the_mans(engine):
    assert names(engine.search("Zelenska")) == ["ru_zelenskaya_forum.txt"]


# Typos and near misses


def test_a_variant_spelling_is_found_without_a_correction(engine):
    results = engine.search("Guteres")  # shares Guterres's variant key: no typo to correct
    assert results.corrections == {}
    assert names(results)[0] == "004_3f641b0579f7a357.txt"
    assert marked(results[0].snippet, results[0].highlights) == ["Guterres", "Guterres"]


def test_a_typo_is_corrected_and_reported(engine):
    results = engine.search("Guterez")
    assert results.corrections == {"guterez": "guterres"}
    assert results.query == "guterres"
    assert names(results)[0] == "004_3f641b0579f7a357.txt"
    assert marked(results[0].snippet, results[0].highlights) == ["Guterres", "Guterres"]


def test_correction_keeps_the_rest_of_the_query(engine):
    results = engine.search("Wabtek locomotives")
    assert results.corrections == {"wabtek": "wabtec"}
    assert results.query == "wabtec locomotives"
    assert names(results) == [WABTEC_SEED]


def test_a_different_word_is_not_corrected_into_a_name(engine):
    results = engine.search("Tokaji")
    assert results == []
    assert results.corrections == {}


# Index reports


def test_index_reports_what_changed(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(ENGINE_FIXTURES, articles)
    with SearchEngine(tmp_path / "index") as engine:
        first = engine.index([articles])
        assert isinstance(first, IndexReport)
        counts = (first.added, first.updated, first.removed, first.unchanged, first.skipped)
        assert counts == (5, 0, 0, 0, 0)
        assert engine.exists

        again = engine.index([articles])
        assert (again.added, again.unchanged, again.changed) == (0, 5, False)

        (articles / "en_air_astana.txt").write_text(
            "Air Astana orders more jets\nThe carrier now plans twenty Embraer jets.\n",
            encoding="utf-8",
        )
        (articles / "uk_zelensky_call.txt").unlink()
        (articles / "broken.txt").write_bytes(b"\0\0\0binary")
        changed = engine.index([articles])
        assert (changed.added, changed.updated, changed.removed, changed.skipped) == (0, 1, 1, 1)
        assert len(changed.problems) == 1 and "broken.txt" in changed.problems[0]
        assert names(engine.search("Embraer")) == ["en_air_astana.txt"]
        assert engine.search("Зеленський") == []


# Errors


def test_every_search_error_is_importable_from_search():
    subclasses = {
        name: cls
        for name, cls in vars(search.errors).items()
        if isinstance(cls, type) and issubclass(cls, SearchError)
    }
    assert len(subclasses) > 1
    for name, cls in subclasses.items():
        assert getattr(search, name) is cls
        assert name in search.__all__
    codes = [cls.exit_code for cls in subclasses.values()]
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("query", ["NOT OR foobar", "*", "a*", "x" * 100_000, ""])
def test_bad_queries_raise_bad_query_error(engine, query):
    with pytest.raises(BadQueryError) as caught:
        engine.search(query)
    assert isinstance(caught.value, SearchError)
    assert "\n" not in str(caught.value)


def test_verify_reports_a_healthy_index(engine):
    assert engine.verify().startswith("index OK: 14 articles from 14 files")


def test_verify_without_an_index_is_a_search_error(tmp_path):
    with pytest.raises(SearchError, match="no index"):
        SearchEngine(tmp_path / "index").verify()


@contextmanager
def engine_over(root: Path, articles: dict[str, str]) -> Iterator[SearchEngine]:
    """A SearchEngine over an index (root/index) of these articles (root/articles/NAME)."""
    folder = root / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    with SearchEngine(root / "index") as engine:
        engine.index([folder])
        yield engine


def test_typo_correction_never_turns_tokaji_into_tokaev(tmp_path: Path) -> None:
    text = "Tokaev visits Astana\nPresident Tokaev met officials.\n"
    with engine_over(tmp_path, {"a.txt": text}) as engine:
        hits = engine.search("Tokaji")
        assert (list(hits), hits.corrections) == ([], {})
        assert names(engine.search("Tokayev")) == ["a.txt"]


def test_stop_words_in_a_query_do_not_empty_it(engine):
    assert names(engine.search("Wabtec the locomotives"))[:1] == [WABTEC_SEED]
    assert names(engine.search("Wabtec OR that"))[:1] == [WABTEC_SEED]
    assert engine.search("that the") == []


def test_an_old_place_name_finds_the_new_one_even_when_no_article_uses_it(tmp_path: Path) -> None:
    text = "Summit in Astana\nLeaders met in Astana on Monday.\n"
    with engine_over(tmp_path, {"a.txt": text}) as engine:
        for old in ("Tselinograd", "Nur-Sultan", "Нұр-Сұлтан"):
            hits = engine.search(old)
            assert (names(hits), hits.corrections) == (["a.txt"], {})
            assert marked(hits[0].snippet, hits[0].highlights) == ["Astana"]


def test_an_old_name_finds_the_new_one_indexed_only_as_its_stem(tmp_path: Path) -> None:
    # Астана is indexed as its stem alone (~astan: Астане, Астаны read as it), so the
    # other names search the stems of its key as a typed query does.
    texts = {"kk.txt": "Саммит\nАстана жаңа саммитті қабылдады.\n", "x.txt": "Y\nАстраханда.\n"}
    with engine_over(tmp_path, texts) as engine:
        for old in ("Nur-Sultan", "Tselinograd", "Нұр-Сұлтан"):
            assert found(engine, old) == (["kk.txt"], ["Астана"]), old


def test_a_query_word_is_not_read_as_an_accusative(tmp_path: Path) -> None:
    texts = {
        "city.txt": "Шахтёрлар\nҚарағанды қаласы. Қарағандыда жиын өтті.\n",
        "other.txt": "Баға\nБылтырғы жылмен салыстырғанда емес, айға қарағанда өсті.\n",
        "toqaev.txt": "Сапар\nПрезидент Тоқаевты қарсы алды.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        # (Қарағандыда also reads as Russian Караганда, spelled as қарағанда is.)
        for city in ("Karagandy", "Qarağandy", "Қарағанды"):
            assert names(engine.search(city)) == ["city.txt"], city
        # An article's accusative still finds its dictionary form, and a case ending is
        # still read off a query word.
        for name in ("Tokayev", "Тоқаевтың"):
            assert names(engine.search(name)) == ["toqaev.txt"], name


def test_a_word_that_ends_like_an_accusative_ranks_its_own_spelling_first(
    tmp_path: Path,
) -> None:
    texts = {
        "kk.txt": "Шахтёрлар\nҚарағанды қаласында жиын өтті.\n",
        "ru.txt": "Шахтёры\nВ Караганды прошло собрание.\n",
        "en.txt": "Miners\nA meeting in Karagandy city.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        for query, first in (("Қарағанды", "kk.txt"), ("Караганды", "ru.txt")):
            hits = names(engine.search(query))
            assert (hits[0], sorted(hits)) == (first, sorted(texts)), query
        assert names(engine.search("Karagandy"))[0] == "en.txt"


def test_a_russian_word_that_ends_like_a_kazakh_suffix_finds_its_other_forms(
    tmp_path: Path,
) -> None:
    texts = {
        "ru.txt": "Новости\nМэр города открыл завод. По данным Акорды, проекта нет.\n",
        "en.txt": "News\nThe Akorda said the project went ahead.\n",
        "kk.txt": "Жаңалық\nАлматыда жиын болды. Әкім келді.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        # города, Акорды and проекта also read as Kazakh горо-да, акор-ды, проек-та.
        for query, expected in (
            ("город", ["ru.txt"]),
            ("проект", ["ru.txt"]),
            ("Акорда", ["en.txt", "ru.txt"]),
            ("Akorda", ["en.txt", "ru.txt"]),
            ("Акорды", ["en.txt", "ru.txt"]),
            ("Алматы", ["kk.txt"]),
        ):
            assert sorted(names(engine.search(query))) == expected, query
        assert found(engine, "город") == (["ru.txt"], ["города"])
        # In a Kazakh text (with ә, ғ, қ ...) a word keeps its Kazakh reading alone: болды
        # is not a Russian болд-ы, and is found only as a typo's correction.
        assert "болд" in engine.search("болд").corrections


def test_a_russian_article_reads_a_word_as_russian_and_a_kazakh_one_as_kazakh(
    tmp_path: Path,
) -> None:
    texts = {
        "ru.txt": "Новости\nРешение суда вступило в силу.\n",
        "kk.txt": "Жаңалық\nКөлде балық көп, суда да бар.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        # суда: Russian суд-а (of the court), Kazakh су-да (in the water).
        assert found(engine, "суд") == (["ru.txt"], ["суда"])
        assert sorted(names(engine.search("суда"))) == ["kk.txt", "ru.txt"]


def test_kazakh_latin_2018_finds_ts_written_as_s_in_a_kazakh_text_only(tmp_path: Path) -> None:
    texts = {
        "kk.txt": "Зауыт\nЦемент өндіру процесі қайта басталды.\n",
        "ru.txt": "Погода\nСвет и цвет неба меняются.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        assert found(engine, "sement") == (["kk.txt"], ["Цемент"])
        assert found(engine, "proses") == (["kk.txt"], ["процесі"])
        # In a Russian text ц is not read as s: svet finds свет, not цвет.
        assert found(engine, "svet") == (["ru.txt"], ["Свет"])


def test_kazakh_suffixes_russian_words_end_in_too_are_read_in_a_kazakh_text(
    tmp_path: Path,
) -> None:
    texts = {
        "kk.txt": "Елорда\nҮкімет Астананы дамыту жоспарын бекітті, шекараны күшейтеді.\n",
        "ru.txt": "Новости\nЖители страны ждут решения.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        # The accusative -ны after a vowel, which Russian words end in too (страны).
        assert found(engine, "Астана") == (["kk.txt"], ["Астананы"])
        assert found(engine, "Astana") == (["kk.txt"], ["Астананы"])
        assert found(engine, "шекара") == (["kk.txt"], ["шекараны"])
        # In a Russian text страны is стран-ы: стра is no stem of it.
        assert found(engine, "страна") == (["ru.txt"], ["страны"])


def test_yo_and_ye_find_each_other_in_russian_articles(tmp_path: Path) -> None:
    texts = {
        "yo.txt": "Праздник\nНа площади поставили ёлку.\n",
        "ye.txt": "Спорт\nТренер Королев похвалил команду.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        assert found(engine, "елку") == (["yo.txt"], ["ёлку"])
        assert found(engine, "Королёв") == (["ye.txt"], ["Королев"])
        assert found(engine, "Korolyov") == (["ye.txt"], ["Королев"])


def test_a_russian_noun_finds_its_genitive_plural_but_a_name_not_its_surname(
    tmp_path: Path,
) -> None:
    texts = {
        "ru.txt": "Бюджет\nДепутатов попросили найти миллион долларов.\n",
        "name.txt": "Встреча\nМарат Ахметов выступил.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        assert found(engine, "доллар") == (["ru.txt"], ["долларов"])
        # The first word, written with a capital, may be a surname: found only as a typo.
        assert engine.search("депутат").corrections == {"депутат": "депутатов"}
        assert engine.search("Ахмет") == []


def test_the_akmola_region_is_not_the_capital(tmp_path: Path) -> None:
    texts = {"a.txt": "Summit\nLeaders met in Astana.\n", "r.txt": "Harvest\nАқмола облысында.\n"}
    with engine_over(tmp_path, texts) as engine:
        assert names(engine.search("Astana")) == ["a.txt"]
        assert names(engine.search("Akmola")) == ["r.txt"]


def test_a_kazakh_name_finds_its_russian_spelling_in_any_script(tmp_path: Path) -> None:
    texts = {
        "kk.txt": "Мәжіліс\nДепутат Өтебаевтың сөзі. Бақытжан Өтебаев сөйледі.\n",
        "ru.txt": "Мажилис\nДепутат Бахытжан Утебаев выступил.\n",
        "en.txt": "Mazhilis\nDeputy Bakhytzhan Utebayev spoke.\n",
        "other.txt": "Күз\nКүзде көзге жақсы.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        for query, first in (("Өтебаев", "kk.txt"), ("Утебаев", "ru.txt"), ("Utebayev", "en.txt")):
            hits = engine.search(query)
            assert (names(hits)[0], sorted(names(hits))) == (first, ["en.txt", "kk.txt", "ru.txt"])
        kk = hit_for(engine.search("Утебаев"), "kk.txt")
        assert set(marked(kk.snippet, kk.highlights)) == {"Өтебаевтың", "Өтебаев"}
        assert sorted(names(engine.search("Бахытжан"))) == ["en.txt", "kk.txt", "ru.txt"]


def test_a_passport_spelling_finds_the_name_with_its_soft_sign(tmp_path: Path) -> None:
    texts = {"ru.txt": "Встреча\nСергей Васильев и Ирина Григорьевна.\n", "en.txt": "X\nA vase.\n"}
    with engine_over(tmp_path, texts) as engine:
        for query, word in (
            ("Vasilev", "Васильев"),
            ("Vasilyev", "Васильев"),
            ("Grigorevna", "Григорьевна"),
        ):
            hits = engine.search(query)
            assert names(hits) == ["ru.txt"], query
            assert marked(hits[0].snippet, hits[0].highlights) == [word]


ALIAS_LINES = [
    [name.strip() for name in line.split("\t")]
    for line in (Path(__file__).parents[1] / "analyzers" / "data" / "place_aliases.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.fixture(scope="module")
def renamed(tmp_path_factory) -> Iterator[SearchEngine]:
    """One article per line of place_aliases.tsv, naming the place by its first name."""
    texts = {
        f"{n:02}.txt": f"News\nA report from {line[0]} today.\n"
        for n, line in enumerate(ALIAS_LINES)
    }
    with engine_over(tmp_path_factory.mktemp("renamed"), texts) as engine:
        yield engine


@pytest.mark.parametrize(
    ("n", "other"), [(n, name) for n, line in enumerate(ALIAS_LINES) for name in line[1:]]
)
def test_every_other_name_of_a_place_finds_its_first_name(renamed, n, other) -> None:
    query = f'"{other}"' if " " in other else other  # a name of two words, as a phrase
    assert f"{n:02}.txt" in names(renamed.search(query))


def test_another_name_finds_a_place_s_name_in_any_case(tmp_path: Path) -> None:
    texts = {
        "ru.txt": "Новости\nПослы России и Белоруссии встретились.\n",
        "jp.txt": "Новости\nПосол Японии прилетел.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        for query in ("Russia", "Ресей", "Belarus", "Беларусь"):
            assert names(engine.search(query)) == ["ru.txt"], query
        hit = engine.search("Russia")[0]
        assert marked(hit.snippet, hit.highlights) == ["России"]
        assert names(engine.search("Japan")) == ["jp.txt"]


def test_an_old_name_typed_without_its_hyphen_finds_the_new_one(tmp_path: Path) -> None:
    texts = {
        "almaty.txt": "Concert\nA concert in Almaty today.\n",
        "words.txt": "Names\nAlma is a name; Ata means father.\n",
        "astana.txt": "Summit\nLeaders met in Astana.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        assert sorted(names(engine.search("Alma Ata"))) == ["almaty.txt", "words.txt"]
        assert names(engine.search("Alma Ata concert")) == ["almaty.txt"]
        assert names(engine.search("summit Nur Sultan")) == ["astana.txt"]
        hit = engine.search("Nur Sultan")[0]
        assert marked(hit.snippet, hit.highlights) == ["Astana"]
        assert names(engine.search("Alma NOT Ata")) == []  # not a run of words


def test_a_name_with_or_without_its_hyphen_finds_both(tmp_path: Path) -> None:
    texts = {
        "hyphen.txt": "Harvest\nFarmers near Ак-Мола and Alma-Ata sowed wheat.\n",
        "one.txt": "Talks\nTalks in Almaata, then at Akorda and in Akmola.\n",
        "apart.txt": "Words\nAk means white; an Orda was a horde.\n",
    }
    with engine_over(tmp_path, texts) as engine:
        assert sorted(names(engine.search("Akmola"))) == ["hyphen.txt", "one.txt"]
        hit = next(h for h in engine.search("Akmola") if names([h]) == ["hyphen.txt"])
        assert marked(hit.snippet, hit.highlights) == ["Ак-Мола"]  # the name, as one match
        assert sorted(names(engine.search("Alma-Ata"))) == ["hyphen.txt", "one.txt"]
        assert [v.spelling for v in engine.variants("Akmola")] == ["Akmola", "Ак-Мола"]
        # two words typed apart also find the one word; one word does not find them apart
        assert sorted(names(engine.search("Ak Orda"))) == ["apart.txt", "one.txt"]
        hit = next(h for h in engine.search("Ak Orda") if names([h]) == ["one.txt"])
        assert marked(hit.snippet, hit.highlights) == ["Akorda"]
        assert names(engine.search("Akorda")) == ["one.txt"]
        assert names(engine.search("Ak Orda white")) == ["apart.txt"]


HYPHENATED = {
    "kk.txt": "Нұр-Сұлтандағы кездесу\nҚасым-Жомарт Тоқаев Нұр-Сұлтанда сөйледі.\n",
    "ru.txt": "Встреча\nКасым-Жомарт Токаев прилетел в Алма-Ату.\n",
    "en.txt": "Visit\nKassym-Jomart Tokayev flew to Nur-Sultan, then Alma-Ata.\n",
    "apart.txt": "Apart\nNur Sultan is a name; Kassym and Jomart are two people here.\n",
    "astana.txt": "Astana\nThe capital, Astana, hosted the summit.\n",
    "based.txt": "Plant\nAn Ust-Kamenogorsk-based plant.\n",
}


@pytest.fixture(scope="module")
def hyphenated(tmp_path_factory) -> Iterator[SearchEngine]:
    with engine_over(tmp_path_factory.mktemp("hyphenated"), HYPHENATED) as engine:
        yield engine


@pytest.mark.parametrize("query", ["Kassym-Jomart", "Qasym-Jomart", "Касым-Жомарт", "Қасым-Жомарт"])
def test_a_hyphenated_name_finds_every_script_and_inflection(hyphenated, query):
    hits = hyphenated.search(query)
    assert sorted(names(hits)) == ["en.txt", "kk.txt", "ru.txt"]  # not Kassym and Jomart apart
    for hit in hits:
        assert len(marked(hit.snippet, hit.highlights)) >= 2  # both words of the name


def test_a_renamed_place_with_a_hyphen_is_one_term_in_any_script(hyphenated):
    # Нұр-Сұлтандағы (title) and Нұр-Сұлтанда: inflected on the last word
    assert sorted(names(hyphenated.search("Nur-Sultan"))) == ["astana.txt", "en.txt", "kk.txt"]
    assert sorted(names(hyphenated.search("Astana"))) == ["astana.txt", "en.txt", "kk.txt"]
    assert sorted(names(hyphenated.search("Almaty"))) == ["en.txt", "ru.txt"]  # Алма-Ату


def test_a_hyphenated_name_inside_a_longer_run_is_found(hyphenated):
    assert names(hyphenated.search("Ust-Kamenogorsk")) == ["based.txt"]
    assert names(hyphenated.search("Oskemen")) == ["based.txt"]  # its other name


def test_a_quoted_name_is_still_a_phrase_of_its_words(hyphenated):
    found = sorted(names(hyphenated.search('"Nur Sultan"')))
    assert found == ["apart.txt", "astana.txt", "en.txt", "kk.txt"]
