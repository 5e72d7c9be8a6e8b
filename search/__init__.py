"""kzsearch: news search that finds every spelling of a name, in any script.

from search import SearchEngine
engine = SearchEngine(index_dir)
engine.index(["articles/"])
for hit in engine.search("Tokayev Wabtec", limit=10):
    print(hit.title, hit.snippet)
"""

from __future__ import annotations

from search.engine import SearchEngine
from search.errors import (
    ArticleError,
    BadQueryError,
    DiskFullError,
    IndexBusyError,
    IndexDamagedError,
    IndexVersionError,
    SearchError,
)
from search.models import Hit, IndexReport, SearchResults, TokenInfo, Variant

__all__ = [
    "ArticleError",
    "BadQueryError",
    "DiskFullError",
    "Hit",
    "IndexBusyError",
    "IndexDamagedError",
    "IndexReport",
    "IndexVersionError",
    "SearchEngine",
    "SearchError",
    "SearchResults",
    "TokenInfo",
    "Variant",
]
