"""Snippets: the passage of an article around its matches, with the matched words marked.

The stored text is split into words again exactly as the index split it; a word whose
exact term or variant key was searched for is a match, and its offsets point at
the article's own spelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from analyzers.keys import HYPHENS, WordTerms, compound_keys

SNIPPET_CHARS = 240
MAX_ANALYZED_CHARS = 200_000
ELLIPSIS = "\u2026"

Words = Callable[[str], Iterable[tuple[int, int, WordTerms]]]
_HYPHEN = re.compile(f"[{HYPHENS}]")


def matches(words: Words, text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, term) of every word of `text` whose exact term or a key was searched,
    and of every hyphenated name none of whose words was but the name was, as one word
    (Akmola finds Ак-Мола through its compound key: keys.compound_keys)."""
    text = text[:MAX_ANALYZED_CHARS]
    found: list[tuple[int, int, str]] = []
    run_start, run_hit, last_end = 0, False, -2  # the hyphenated run the word ends
    for start, end, word in words(text):
        term = word.exact if word.exact in terms else ""
        if not term:
            for key in word.keys:
                if key in terms:
                    term = key
                    break
        joined = start == last_end + 1 and text[last_end] in HYPHENS
        last_end = end
        if not joined:
            run_start, run_hit = start, False
        if term:
            found.append((start, end, term))
            run_hit = True
        elif joined and not run_hit:
            names = tuple(_HYPHEN.split(text[run_start:end]))
            held = [k for k in compound_keys(names) if k in terms]
            if held:
                found.append((run_start, end, held[0]))
    return found


def _best_window(spans: list[tuple[int, int, str]], width: int) -> tuple[int, int]:
    """The range of spans that fits in `width` chars with the most distinct terms."""
    best, best_score, lo = (0, 1), (-1, -1), 0
    for hi in range(len(spans)):
        while lo < hi and spans[hi][1] - spans[lo][0] > width:
            lo += 1
        score = (len({s[2] for s in spans[lo : hi + 1]}), hi + 1 - lo)
        if score > best_score:
            best, best_score = (lo, hi + 1), score
    return best


def _word_start(text: str, i: int) -> int:
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and not text[i].isspace():
        i += 1
    return i


def snippet(
    words: Words, text: str, terms: set[str], *, width: int = SNIPPET_CHARS
) -> tuple[str, list[tuple[int, int]]]:
    """A passage of about `width` characters and the spans of the matches inside it."""
    spans = matches(words, text, terms) if terms else []
    if not spans:
        start = len(text) - len(text.lstrip())
        return _flatten(text, start, _word_end(text, min(len(text), start + width)), [])
    lo, hi = _best_window(spans, width)
    covered = spans[hi - 1][1] - spans[lo][0]
    start = _word_start(text, max(0, spans[lo][0] - max(0, width - covered) // 2))
    end = _word_end(text, max(spans[hi - 1][1], min(len(text), start + width)))
    return _flatten(text, start, end, [s for s in spans if start <= s[0] and s[1] <= end])


def _flatten(
    text: str, start: int, end: int, spans: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int]]]:
    """Collapse white space of text[start:end] and move the spans along with it."""
    while start < end and text[start].isspace():
        start += 1
    out: list[str] = [ELLIPSIS + " "] if text[:start].strip() else []
    length = sum(map(len, out))
    marks: list[tuple[int, int]] = []
    cursor = start
    for s, e, _ in spans:
        length = _append_plain(out, text[cursor:s], length)
        marks.append((length, length + (e - s)))
        out.append(text[s:e])
        length += e - s
        cursor = e
    _append_plain(out, text[cursor:end], length)
    flat = "".join(out).rstrip()
    return (flat + " " + ELLIPSIS if text[end:].strip() else flat), marks


def _append_plain(out: list[str], chunk: str, length: int) -> int:
    flat = " ".join(chunk.split())
    if chunk[:1].isspace() and flat:
        flat = " " + flat
    if chunk[-1:].isspace():
        flat += " "
    if chunk and chunk.isspace():
        flat = " "
    out.append(flat)
    return length + len(flat)
