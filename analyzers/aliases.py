"""Other names of renamed places and exonyms, from data/place_aliases.tsv.

A name is a tuple of variant keys, one per word, so any spelling of an alias finds
every spelling of the others: alternatives(("nur", "sultan")) contains ("astana",).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from analyzers.keys import HYPHENS, STEM, analyze_word, compound_keys, query_keys

_TABLE = Path(__file__).with_name("data") / "place_aliases.tsv"
_WORD = re.compile(r"[^\W_]+")

Name = tuple[str, ...]


def name_keys(name: str) -> Name:
    """The variant key of each word of a name: name_keys("Nur-Sultan") == ("nur", "sultan")."""
    keys = []
    for word in _WORD.findall(name):
        first = query_keys(word)[:1]  # the whole word's key, as the query parser names it
        keys.append(first[0][1:] if first else analyze_word(word).exact)  # no space mark
    return tuple(keys)


class _Table(NamedTuple):
    others: dict[Name, tuple[Name, ...]]
    compounds: dict[Name, tuple[str, ...]]
    stems: dict[Name, tuple[tuple[str, ...], ...]]


@cache
def _table() -> _Table:
    """The other names of each name, the compound keys of the hyphenated names, and the
    stem keys a query for each word of each name, as the table spells it, searches."""
    table = _Table({}, {}, {})
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        spelled = [n.strip() for n in line.split("\t") if n.strip()]
        names = [name_keys(n) for n in spelled]
        for name, written in zip(names, spelled, strict=True):
            table.others[name] = tuple(dict.fromkeys(n for n in names if n != name))
            words = tuple(_WORD.findall(written))
            stems = (tuple(k for k in query_keys(w) if k[:1] == STEM) for w in words)
            table.stems[name] = tuple(stems)
            if len(words) > 1 and any(h in written for h in HYPHENS):
                table.compounds[name] = compound_keys(words)
    return table


def alternatives(name: Name) -> tuple[Name, ...]:
    """The other names of the place whose name has these keys, or ()."""
    return _table().others.get(name, ())


def compound(name: Name) -> tuple[str, ...]:
    """The compound keys of a hyphenated name from the table (Nur-Sultan), or ()."""
    return _table().compounds.get(name, ())


def word_stems(name: Name) -> tuple[tuple[str, ...], ...]:
    """The stem keys a query for each word of a name from the table searches, as the table
    spells the name: Россия's include ~ros, which России is indexed under and its key
    rosia alone does not give.  Not the query's other keys: each term more in a search's
    union reads more postings, and the name's own key already finds its whole forms.
    () for a name not in the table."""
    return _table().stems.get(name, ())
