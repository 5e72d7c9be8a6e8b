"""English: British spellings mapped to American ones, and Porter stemming.

The British/American pairs come from the `breame` package (Apache-2.0, data from
hyperreality/American-British-English-Translator); pairs whose meanings differ are
listed in data/spelling_exclusions.tsv and left alone.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import Stemmer
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

_EXCLUSIONS = Path(__file__).with_name("data") / "spelling_exclusions.tsv"


@cache
def _british_to_american() -> dict[str, str]:
    excluded = {
        line.split("\t", 1)[0]
        for line in _EXCLUSIONS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    return {gb: us for gb, us in BRITISH_ENGLISH_SPELLINGS.items() if gb not in excluded}


def american(word: str) -> str:
    """The American spelling of a lowercase British word: american("centre") == "center"."""
    return _british_to_american().get(word, word)


@cache
def _american_forms() -> frozenset[str]:
    return frozenset(_british_to_american().values())


def has_other_spelling(word: str) -> bool:
    """True for a lowercase word with a British or American counterpart (centre, center)."""
    return american(word) != word or word in _american_forms()


_porter = Stemmer.Stemmer("porter")  # PyStemmer: C, the same stems as snowballstemmer


def porter(word: str) -> str:
    """Porter stem of a lowercase ASCII word: porter("locomotives") == "locomot"."""
    return _porter.stemWord(word)
