"""The Russian-spellings merge count (tests/eval/reading_merges.py) on a few words."""

from __future__ import annotations

from analyzers.keys import query_keys
from tests.eval.reading_merges import new_finds


def test_only_the_merges_that_russian_spellings_make_are_counted() -> None:
    words = ["өтебаев", "утебаев", "көзінде", "күзінде", "тоқаев", "токаев", "украина"]
    assert new_finds(words) == {"өтебаев": {"утебаев"}, "утебаев": {"өтебаев"}}


def test_the_readings_are_back_on_afterwards() -> None:
    new_finds(["өтебаев"])
    assert "$utebaev" in query_keys("Өтебаев")


def test_the_russian_reading_of_words_stemmed_as_kazakh_is_counted() -> None:
    words = ["город", "города", "алматы", "алматыда", "болды"]
    assert new_finds(words, "russian_reading") == {"город": {"города"}, "города": {"город"}}


def test_the_stem_of_a_lowercase_genitive_plural_is_counted() -> None:
    # час, часов: a stem under 4 letters is not indexed.
    words = ["доллар", "долларов", "час", "часов"]
    assert new_finds(words, "common_keys") == {"доллар": {"долларов"}}


def test_the_kazakh_latin_2018_spelling_of_ts_is_counted() -> None:
    # All indexed as in a Kazakh text; a Cyrillic query does not read Kazakh Latin (свет).
    words = ["процесс", "proses", "цвет", "свет", "svet"]
    assert new_finds(words, "kazakh_latin") == {"proses": {"процесс"}, "svet": {"цвет"}}


def test_yo_written_as_ye_is_counted() -> None:
    # все, всё met before: ё after a consonant folds as е (yo -> e).
    words = ["её", "ее", "ёлка", "елка", "все", "всё"]
    assert new_finds(words, "respelled") == {
        "ее": {"её"},
        "её": {"ее"},
        "елка": {"ёлка"},
        "ёлка": {"елка"},
    }


def test_the_kazakh_suffixes_russian_words_end_in_too_are_counted() -> None:
    words = ["астана", "астананы", "шекара", "шекараны", "страна", "страны"]
    assert new_finds(words, "kazakh_suffixes") == {"астана": {"астананы"}, "шекара": {"шекараны"}}


def test_the_belarusian_romanizations_are_counted() -> None:
    words = ["віцебск", "viciebsk", "лес", "lies"]
    assert new_finds(words, "belarusian") == {"віцебск": {"viciebsk"}, "viciebsk": {"віцебск"}}


def test_the_english_vowels_are_counted() -> None:
    words = ["biden", "байден", "kytay", "қайтадан"]
    assert new_finds(words, "english") == {"biden": {"байден"}, "байден": {"biden"}}
