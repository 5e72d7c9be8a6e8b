"""Tests for analyzers.translit: variant classes from data files, letter tables, detection."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzers.keys import analyze_word
from analyzers.translit import cyrillic_language, fold, romanize, script_of

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file, skipping comments and blank lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("spellings", _rows("equivalences.tsv"), ids=lambda row: row[0])
def test_equivalence_class_has_one_key(spellings):
    assert {word: fold(word) for word in spellings} == dict.fromkeys(spellings, fold(spellings[0]))


@pytest.mark.parametrize("pair", _rows("distinct.tsv"), ids=lambda row: "/".join(row))
def test_distinct_words_keep_distinct_keys(pair):
    first, second = pair
    assert fold(first) != fold(second)


KAZAKH_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
KAZAKH_EXPECTED = (
    "a a b v g g d ye yo zh z i y k q l m n n o o p r s t u u u f"
    " kh h ts ch sh shch - y i - e yu ya"
)
RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
RUSSIAN_EXPECTED = "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
UKRAINIAN_LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
UKRAINIAN_EXPECTED = "a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch - yu ya"


def _letter_cases(letters: str, expected: str) -> list[tuple[str, str]]:
    """Pair each letter with its expected romanization ("-" stands for nothing)."""
    outputs = [value.replace("-", "") for value in expected.split()]
    assert len(outputs) == len(letters)
    return list(zip(letters, outputs, strict=True))


def test_kazakh_alphabet_has_42_letters():
    assert len(KAZAKH_LETTERS) == 42


@pytest.mark.parametrize(("letter", "latin"), _letter_cases(KAZAKH_LETTERS, KAZAKH_EXPECTED))
def test_kazakh_letter(letter, latin):
    # After ә the word is Kazakh and the letter follows a vowel (е -> ye).
    assert romanize("ә" + letter) == "a" + latin


@pytest.mark.parametrize(("letter", "latin"), _letter_cases(RUSSIAN_LETTERS, RUSSIAN_EXPECTED))
def test_russian_letter(letter, latin):
    # After б the word is Russian and the letter follows a consonant (е -> e).
    assert romanize("б" + letter) == "b" + latin


@pytest.mark.parametrize(("letter", "latin"), _letter_cases(UKRAINIAN_LETTERS, UKRAINIAN_EXPECTED))
def test_ukrainian_letter(letter, latin):
    # After ї the word is Ukrainian and the letter follows a vowel.
    assert romanize("ї" + letter) == "yi" + latin


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("Тоқаев", "toqayev"),
        ("Ельцин", "yeltsin"),
        ("Зеленський", "zelenskyy"),
        ("Згурський", "zghurskyy"),
        ("Плєшкова", "pleshkova"),
        ("Єрмак", "yermak"),
        ("Cерік", "serik"),
        ("Asangazyқyzy", "asangazyqyzy"),
        ("İstanbul", "istanbul"),
    ],
)
def test_romanize_words(word, latin):
    assert romanize(word) == latin


@pytest.mark.parametrize(
    ("latin", "ascii"),
    [
        ("äğıñöşūüç", "agin" + "osh" + "uuch"),  # Kazakh 2021
        ("áǵıńóúý", "aginouu"),  # Kazakh 2018 (ý is у, ú is ү)
        ("a'o'u'i'", "aoui"),  # Kazakh 2017 vowels
        ("s'ac'ag'an'a", "shachagana"),  # Kazakh 2017 consonants before a vowel
        ("šžčǰʹė″", "shzhchje"),  # scientific / ISO 9
        ("łżść", "lzhsch"),  # Polish
        ("Zaporozh'e", "zaporozhye"),  # soft sign before e
        ("Chaplyns'kyi", "chaplynskyi"),  # soft sign before a consonant vanishes
    ],
)
def test_romanize_latin_forms(latin, ascii):
    assert romanize(latin) == ascii


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("Йошкар-Ола", "joshkarola"),
        ("Цветково", "cvetkovo"),
        ("Юрьев", "jurev"),
        ("Ёлкино", "elkino"),
    ],
)
def test_romanize_in_the_scientific_table(word, latin):
    assert romanize(word, language="sci") == latin


@pytest.mark.parametrize(
    ("word", "latin"),
    [("Ямал", "amal"), ("Юхнов", "uhnov"), ("ещё", "eshe"), ("Цветково", "cvetkovo")],
)
def test_romanize_as_iso_9_reads_once_its_accents_are_stripped(word, latin):
    assert romanize(word, language="iso9") == latin


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("Αθήνα", "athena"),
        ("თბილისი", "tbilisi"),
        ("北京", "beijing"),
        ("Ժողովուրդ", "zhoghovowrd"),
    ],
)
def test_other_scripts_use_unidecode(word, latin):
    assert romanize(word) == latin


@pytest.mark.parametrize("text", ["", " ", "...", "—", "«»", "'", "ʹ", "\u0301"])
def test_no_letters_give_empty_key(text):
    assert (romanize(text), fold(text)) == ("", "")


@pytest.mark.parametrize(("word", "key"), [("ascii", "asci"), ("Scylla", "scilla")])
def test_c_is_read_as_k_only_in_a_surname_s_ending(word, key):
    assert fold(word) == key  # not Chaplyns'cyi's -s'cyi


def test_digits_are_kept():
    assert (fold("2024"), fold("Су-27")) == ("2024", "su27")


@pytest.mark.parametrize(
    ("word", "script"),
    [
        ("Almaty", "latin"),
        ("Şımkent", "latin"),
        ("Алматы", "cyrillic"),
        ("Cерік", "cyrillic"),
        ("Αθήνα", "other"),
        ("北京", "other"),
        ("2024", "none"),
        ("", "none"),
        ("ʹ'", "none"),
        ("Сaсoвo", "cyrillic"),  # Latin a, o look like Cyrillic ones; в decides
        ("nулар", "cyrillic"),  # one telling letter each: the count decides
        ("Yёdva", "latin"),  # BGN/PCGN's ë typed as Cyrillic ё
    ],
)
def test_script_of(word, script):
    assert script_of(word) == script


@pytest.mark.parametrize(
    ("mixed", "clean"),
    [("Сaсoвo", "Сасово"), ("Сaсoвo", "Sasovo"), ("бiлiм", "білім"), ("Yёdva", "Yëdva")],
)
def test_a_word_with_look_alike_letters_of_the_other_script_folds_as_its_own(mixed, clean):
    assert fold(mixed) == fold(clean)


@pytest.mark.parametrize(("mixed", "clean"), [("Aстана", "Астана"), ("Сaсoвo", "Сасово")])
def test_a_word_with_look_alike_letters_is_analyzed_as_written_cleanly(mixed, clean):
    # The exact term too, so that an article that mistypes a letter still ranks as exact.
    assert analyze_word(mixed) == analyze_word(clean)


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("Тоқаев", "kk"),
        ("Өскемен", "kk"),
        ("бірінші", "kk"),
        ("енгізу", "kk"),
        ("Київ", "uk"),
        ("Європа", "uk"),
        ("Ґудзь", "uk"),
        ("Олексій", "uk"),
        ("Зеленський", "uk"),
        ("Зеленский", "ru"),
        ("Москва", "ru"),
    ],
)
def test_cyrillic_language(word, language):
    assert cyrillic_language(word) == language


def test_language_override_gives_the_russian_reading():
    assert (fold("Григорій"), fold("Григорій", language="ru")) == (
        fold("Hryhoriy"),
        fold("Grigoriy"),
    )


def test_british_and_american_spellings_meet_in_the_key_not_the_fold():
    # fold keeps doubled l (Alla is not ала); the British/American table joins these
    assert fold("travelled") != fold("traveled")
    assert analyze_word("travelled").keys[0] == analyze_word("traveled").keys[0]


def test_english_stems_are_snowballs_porter_stems() -> None:
    """analyzers.english stems with PyStemmer (C); snowballstemmer's pure-Python Porter is
    the reference, so an upgrade of either cannot change the index silently."""
    from snowballstemmer.porter_stemmer import PorterStemmer

    from analyzers.english import porter

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(seeds.iterdir()))
    vocabulary = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    vocabulary |= {"centre", "organisations", "travelled", "generalizations", "sky", "dying"}
    reference = PorterStemmer()
    assert len(vocabulary) > 500
    assert [porter(w) for w in sorted(vocabulary)] == [
        reference.stemWord(w) for w in sorted(vocabulary)
    ]
