"""The typed values the library hands back to callers."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked article: highlights are (start, end) spans into snippet."""

    path: str
    title: str
    date: datetime.date | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]]
    ref: str = ""
    title_highlights: list[tuple[int, int]] = field(default_factory=list)


class SearchResults(list[Hit]):
    """The hits, best first, plus what was actually searched.

    corrections maps a query word with no match to the indexed word searched
    instead ({"guterez": "guterres"}); total counts every matching article.
    """

    def __init__(
        self, hits: list[Hit], *, query: str, corrections: dict[str, str], total: int
    ) -> None:
        super().__init__(hits)
        self.query = query
        self.corrections = corrections
        self.total = total


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What one `index` run changed; problems holds one line per skipped file."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """One analyzed token: analyze("Тоқаевтың") gives text, exact, keys and offsets."""

    text: str
    start: int
    end: int
    position: int
    exact: str
    keys: tuple[str, ...]
    ending: str = ""
    language: str = ""


@dataclass(frozen=True, slots=True)
class Variant:
    """A spelling found in the index and the number of articles that use it."""

    spelling: str
    articles: int
