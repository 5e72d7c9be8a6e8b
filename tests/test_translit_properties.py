"""Property tests for analyzers.translit: fold is total, idempotent and plain ASCII."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

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
