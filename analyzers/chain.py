"""Whoosh analysis chains: tokenize the original text, then replace each token by terms.

Each word is indexed twice: its variant keys in the title and body fields, stacked at
the word's position (phrases match on keys), and its exact term in the exact field,
which keeps counts but no positions (it only ranks the query's own spelling first;
positions for it would cost a fifth of the index).  Filters change only token text,
never offsets, so highlights point at the article's own spelling in its own script.
Whoosh pickles the analyzers into the index: everything here is module-level with a
stable import path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from whoosh.analysis import (
    STOP_WORDS,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
    Token,
    Tokenizer,
)
from whoosh.analysis.analyzers import CompositeAnalyzer

from analyzers.keys import (
    HYPHENS,
    WordTerms,
    analyze_word,
    compound_keys,
    indexed_terms,
    is_kazakh_text,
)

ANALYZER_VERSION = 58
"""Bump whenever a change here or in the tables changes the indexed terms."""

_LETTER = r"[\w\u0300-\u036f]"
_JOINERS = "'\u2019\u2018\u02bc\u02bb`\u00b4\"\u201d\u2032\u2033\u00b7"
WORD_PATTERN = rf"{_LETTER}+(?:[{_JOINERS}]{{1,2}}{_LETTER}+)*"
"""Runs of letters and digits (combining accents included).  One or two of these marks
between two runs join them:
- an apostrophe (Kazakh Latin 2017 so'z, s'ahar; English Tokayev's; Uzbek O‘zbek);
- a double quote, a prime or an acute accent, which some romanizations of Russian write
  for the hard and soft signs (BGN/PCGN ob”yezd, ALA-LC s"esh, Čaplins′kij, al´bom, GOST
  7.79 ch``ert);
- BGN/PCGN's middle dot between letters that are not a digraph (T·S for тс).
Hyphens split."""
HYPHENATED_PATTERN = rf"{WORD_PATTERN}(?:[{HYPHENS}]{WORD_PATTERN})+"
"""Words joined by hyphens into one name (Kassym-Jomart, Усть-Каменогорск-based)."""


_WORD = re.compile(WORD_PATTERN)


class CompoundTokenizer(Tokenizer):
    """Whoosh's RegexTokenizer over WORD_PATTERN, marking hyphenated names.

    A word joined by a hyphen to the words before it carries them in `compound`
    (Nur-Sultan: nur, then sultan with compound == ("Nur",)); every other token has an
    empty `compound`.  So Ust-Kamenogorsk-based gives Ust-Kamenogorsk at its second word
    and the whole run at its third.  `original` keeps the word as written, which
    lowercasing loses, and `kazakh_text` whether the text being tokenized may be Kazakh
    (keys.is_kazakh_text).
    """

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.compound = ()
        t.kazakh_text = is_kazakh_text(value)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        before: list[str] = []
        for pos, m in enumerate(_WORD.finditer(value), start_pos):
            start, end = m.span()
            word = m.group()
            joined = end + 1 < len(value) and value[end] in HYPHENS and _WORD.match(value, end + 1)
            t.compound = tuple(before)
            before = [*before, word] if joined else []
            t.text = word
            t.boost = 1.0
            t.stopped = False
            t.original = word
            if positions:
                t.pos = pos
            if chars:
                t.startchar, t.endchar = start_char + start, start_char + end
            yield t


class KeyFilter(Filter):
    """Replace each token by its variant keys, stacked at one position.

    A name written with a capital also stacks its name keys (Өтебаев: %utebaev, Васильев:
    $vasilev), and a word outside a Kazakh text its Russian reading (суда: ~sud; see
    keys.indexed_terms).  A word without keys (a number) keeps its exact
    term, so it can still be searched and stand in a phrase.  A word joined by hyphens to
    the words before it also stacks the compound keys of the run up to it, which join its
    words as one (keys.compound_keys).
    """

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.stopped:
                yield t
                continue
            terms = indexed_terms(t.text, t.original, getattr(t, "kazakh_text", True))
            compound = getattr(t, "compound", ())
            for term in terms.keys or (terms.exact,):
                t.text = term
                yield t
            if compound:
                for term in compound_keys((*compound, terms.surface)):
                    t.text = term
                    yield t


class ExactFilter(Filter):
    """Replace each token by its exact term: the spelling as written (see keys.py)."""

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if not t.stopped:
                t.text = analyze_word(t.text).exact
            yield t


def _words() -> CompositeAnalyzer:
    return CompoundTokenizer() | LowercaseFilter() | StopFilter(stoplist=STOP_WORDS, minsize=2)


def key_analyzer() -> CompositeAnalyzer:
    """The analyzer of the title and body fields: variant keys, with positions for phrases."""
    return _words() | KeyFilter()


def exact_analyzer() -> CompositeAnalyzer:
    """The analyzer of the exact field: the article's own spellings, counted per article."""
    return _words() | ExactFilter()


def word_tokens(text: str) -> Iterator[Token]:
    """The indexed words of `text` as tokens: lowercase text, offsets, positions counting
    every word, `compound` (the words a hyphen joins to this one), `original` and
    `kazakh_text`."""
    words = CompoundTokenizer() | LowercaseFilter()
    return (t for t in words(text, positions=True, chars=True) if is_indexed(t.text))


def word_analyzer() -> CompositeAnalyzer:
    """Tokenizer and lowercasing only: how the query parser splits words."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter()


def is_indexed(word: str) -> bool:
    """False for the words the chain drops (English stop words, single letters)."""
    return len(word) >= 2 and word.lower() not in STOP_WORDS


def word_spans(text: str) -> Iterator[tuple[int, int, WordTerms]]:
    """(start, end, terms) of each indexed word: the chain's tokens without Whoosh's overhead."""
    kazakh_text = is_kazakh_text(text)
    for m in _WORD.finditer(text):
        if is_indexed(m.group()):
            yield m.start(), m.end(), indexed_terms(m.group(), None, kazakh_text)
