"""Every error a caller of kzsearch should catch derives from SearchError.

Each class carries the CLI exit code that stands for it, so the command line maps
errors to codes in one place.
"""

from __future__ import annotations


class SearchError(Exception):
    """Base class: a one-line message that names the input and what to do."""

    exit_code = 3


class BadQueryError(SearchError):
    """The query cannot be run (syntax, length, or too expensive)."""

    exit_code = 2


class ArticleError(SearchError):
    """An article file cannot be read (binary, empty, undecodable, not a file)."""

    exit_code = 4


class IndexBusyError(SearchError):
    """Another process holds the index's write lock for longer than we wait."""

    exit_code = 5


class IndexDamagedError(SearchError):
    """Index files are missing or truncated; rebuilding from the articles fixes it."""

    exit_code = 6


class IndexVersionError(SearchError):
    """The index was built by another analyzer version and must be rebuilt."""

    exit_code = 7


class DiskFullError(SearchError):
    """The disk filled up while writing; the previous index is intact."""

    exit_code = 8
