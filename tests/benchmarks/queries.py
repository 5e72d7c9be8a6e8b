"""The query sets of the benchmarks, drawn deterministically from the articles themselves.

Four kinds, as a reader types them: single words, names in several spellings and scripts,
two-word queries and quoted phrases. Drawing words from the indexed text keeps most queries
matching something on any corpus (synthetic or BBC).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from tests.benchmarks.baselines import BenchDoc
from tests.benchmarks.corpus import COMPANIES, NAME_VARIANTS, SPELLING_PAIRS

_WORD = re.compile(r"[^\W\d_]{4,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE = re.compile(r"[.!?;:]\s+|\n")

NAME_QUERIES = [variant for variants in NAME_VARIANTS for variant in variants] + [
    "President Tokayev",
    "Президент Токаев",
    "Toqaev Zelenskyy",
    "Wabtec locomotives",
    *COMPANIES,
]

EXPENSIVE = {
    "star": "*",
    "prefix a*": "a*",
    "range [a TO z]": "[a TO z]",
}


def _words(docs: Sequence[BenchDoc], rng: random.Random, count: int) -> list[str]:
    found: list[str] = []
    while len(found) < count:
        words = _WORD.findall(rng.choice(docs).body)
        if words:
            found.append(rng.choice(words).lower())
    return found


def _pairs(docs: Sequence[BenchDoc], rng: random.Random, count: int) -> list[str]:
    """Two words of the same article, so that an AND of them matches it."""
    found: list[str] = []
    while len(found) < count:
        words = _WORD.findall(rng.choice(docs).body)
        if len(words) > 1:
            found.append(" ".join(w.lower() for w in rng.sample(words, 2)))
    return found


def _phrases(docs: Sequence[BenchDoc], rng: random.Random, count: int) -> list[str]:
    """Two or three consecutive words of one sentence, quoted."""
    found: list[str] = []
    while len(found) < count:
        sentence = rng.choice(_SENTENCE.split(rng.choice(docs).body))
        words = _ANY_WORD.findall(sentence)
        size = rng.choice((2, 3))
        if len(words) > size:
            start = rng.randrange(len(words) - size + 1)
            found.append('"' + " ".join(words[start : start + size]) + '"')
    return found


def query_set(docs: Sequence[BenchDoc], *, seed: int = 0) -> dict[str, list[str]]:
    """About 240 queries by kind: 'word', 'name', 'two words', 'phrase'."""
    rng = random.Random(seed)
    spellings = [word for pair in SPELLING_PAIRS for word in pair]
    singles = _words(docs, rng, 60) + spellings
    return {
        "word": singles,
        "name": list(NAME_QUERIES),
        "two words": _pairs(docs, rng, 60),
        "phrase": _phrases(docs, rng, 50),
    }


def expensive_queries(docs: Sequence[BenchDoc], *, seed: int = 0) -> dict[str, str]:
    """Queries that are costly by design; the last ORs 500 distinct words of the corpus."""
    rng = random.Random(seed + 1)
    words = list(dict.fromkeys(_words(docs, rng, 3000)))[:500]
    return {**EXPENSIVE, f"{len(words)} ORed words": " OR ".join(words)}
