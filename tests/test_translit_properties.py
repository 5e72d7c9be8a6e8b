"""Property tests for analyzers.translit: fold is total, idempotent and plain ASCII."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analyzers.foreign import foreign_spellings
from analyzers.keys import analyze_word, query_keys
from analyzers.translit import APOSTROPHES, KAZAKH, LATIN, UKRAINIAN, fold, romanize

KEY = re.compile(r"[a-z0-9]*")

# Letters the tables and rules care about, so generated words exercise them often.
RELEVANT = sorted(
    set(KAZAKH) | set(UKRAINIAN) | set(LATIN) | set(APOSTROPHES) | set("abcdeghijknoqsuwxyzİI-")
)
words = st.text(alphabet=st.sampled_from(RELEVANT), max_size=20) | st.text()


@given(words)
def test_fold_is_idempotent(word):
    assert fold(fold(word)) == fold(word)


@given(words)
def test_fold_is_lowercase_ascii(word):
    assert KEY.fullmatch(fold(word))


@given(words)
def test_romanize_is_lowercase_ascii(word):
    assert KEY.fullmatch(romanize(word))


@given(st.text())
def test_fold_of_romanized_equals_fold(word):
    assert fold(romanize(word)) == fold(word)


cyrillic_words = st.text(alphabet=st.sampled_from(sorted(set(KAZAKH) | set(UKRAINIAN))), min_size=2)


@given(cyrillic_words)
def test_a_cyrillic_word_is_found_by_itself_and_by_its_latin_key(word):
    """Whatever keys a word drops at indexing (keys._cyrillic_keys), the word and its folded
    Latin spelling, typed as queries, search one of the keys it keeps."""
    indexed = set(analyze_word(word).keys)
    if indexed:
        assert set(query_keys(word)) & indexed
        assert set(query_keys(fold(word))) & indexed


latin_words = st.text(alphabet=st.sampled_from(sorted(set(LATIN) | set("abcdeghijknoqsuwxyz"))))


@given(latin_words)
def test_other_languages_spellings_are_lowercase_ascii_and_found(word):
    """analyzers.foreign gives plain keys, and a word spelled as another language's press
    spells names, typed as a query, still finds itself."""
    spellings = foreign_spellings(word)
    assert all(KEY.fullmatch(s) and s for s in spellings)
    indexed = set(analyze_word(word).keys)
    if indexed:
        assert set(query_keys(word)) & indexed


def test_a_one_letter_cyrillic_word_with_a_sign_is_found_by_its_latin_key():
    # Found by the property above: Porter cuts s, the fold of съ, to nothing.
    assert set(query_keys("s")) & set(analyze_word("съ").keys)
