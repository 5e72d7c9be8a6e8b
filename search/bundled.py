"""The articles that ship with kzsearch."""

from __future__ import annotations

from pathlib import Path


def bundled_articles() -> Path:
    """The seeds folder: inside the installed package, or beside it in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"no bundled articles next to {here}")
