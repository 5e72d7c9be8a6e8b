"""Other names of renamed places and exonyms, from data/place_aliases.tsv.

A name is a tuple of variant keys, one per word, so any spelling of an alias finds
every spelling of the others: alternatives(("nur", "sultan")) contains ("astana",).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from analyzers.keys import analyze_word

_TABLE = Path(__file__).with_name("data") / "place_aliases.tsv"
_WORD = re.compile(r"[^\W_]+")

Name = tuple[str, ...]


def name_keys(name: str) -> Name:
    """The variant key of each word of a name: name_keys("Nur-Sultan") == ("nur", "sultan")."""
    keys = []
    for word in _WORD.findall(name):
        terms = analyze_word(word)
        keys.append(terms.keys[0][1:] if terms.keys else terms.exact)  # without the space mark
    return tuple(keys)


@cache
def _table() -> dict[Name, tuple[Name, ...]]:
    table: dict[Name, tuple[Name, ...]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = [name_keys(n) for n in line.split("\t") if n.strip()]
        for name in names:
            table[name] = tuple(dict.fromkeys(n for n in names if n != name))
    return table


def alternatives(name: Name) -> tuple[Name, ...]:
    """The other names of the place whose name has these keys, or ()."""
    return _table().get(name, ())
