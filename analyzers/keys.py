"""From one lowercase token to the terms kzsearch indexes for it.

Every word is indexed twice at one position: its *exact* term (the spelling as
written, inflection removed for Cyrillic) and one or two *variant keys* (the
spelling folded so that every romanization and script of a name meets).  A query
word matches an article through either; the exact term adds to the score, so an
article that writes the query's own spelling ranks first.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from analyzers import morph
from analyzers.english import american, porter
from analyzers.translit import fold, romanize, script_of

KEY_PREFIX = "#"
"""Variant keys are stored with this prefix so they never collide with exact terms."""

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u02bb": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class WordTerms:
    """What one token becomes: analyze_word("тоқаевтың").keys == ("tokaevtin", "tokaev")."""

    surface: str
    exact: str
    keys: tuple[str, ...]
    ending: str = ""
    language: str = ""


def surface_form(token: str) -> str:
    """Lowercase NFC form with straight apostrophes and no English possessive."""
    word = unicodedata.normalize("NFC", token.lower()).translate(_APOSTROPHES)
    if word.endswith("'s") and len(word) > 3:
        word = word[:-2]
    return word.strip("'")


def latin_key(latin: str) -> str:
    """Variant key of a romanized word: British to American, Porter, then fold."""
    return fold(porter(american(latin)))


@lru_cache(maxsize=262_144)
def analyze_word(token: str) -> WordTerms:
    """Exact term and variant keys of one token (cached: news vocabularies repeat)."""
    word = surface_form(token)
    script = script_of(word)
    if script == "none":
        return WordTerms(word, word, ())
    if script == "cyrillic":
        stem, ending = morph.stem(word)
        keys = dict.fromkeys(k for k in (latin_key(romanize(word)), latin_key(romanize(stem))) if k)
        return WordTerms(word, stem, tuple(keys), ending, morph.language(word))
    key = latin_key(romanize(word))
    return WordTerms(word, word, (key,) if key else ())


_VOWELS = frozenset("aeiou")
_MIN_STEM_KEY = 4


def query_terms(token: str) -> tuple[str, tuple[str, ...]]:
    """The exact term and prefixed key terms a query word searches for.

    A query word whose key ends in a vowel also searches that key without it: the
    stem key an inflected Cyrillic form is indexed under (Astana -> Астане -> astan).
    """
    terms = analyze_word(token)
    keys = list(terms.keys)
    if keys and keys[0][-1] in _VOWELS and len(keys[0]) > _MIN_STEM_KEY:
        keys.append(keys[0][:-1])
    return terms.exact, tuple(dict.fromkeys(KEY_PREFIX + k for k in keys))
