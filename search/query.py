"""From the text a reader types to a Whoosh query over variant keys and exact terms.

Whoosh's parser reads the syntax (words, "phrases", AND/OR/NOT, title:word,
prefix*); each word it finds is then replaced by its variant keys in the title and
the body OR its exact term in the exact field, which adds to the score of the
articles that write the query's own spelling.  Everything that could make a query
slow or crash the parser is refused here with a BadQueryError.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from functools import cache

from whoosh import fields, query
from whoosh.qparser import QueryParser, plugins
from whoosh.qparser.common import QueryParserError
from whoosh.query import spans

from analyzers.aliases import alternatives, compound, word_stems
from analyzers.chain import HYPHENATED_PATTERN, is_indexed, word_analyzer
from analyzers.keys import (
    SPACES,
    STEM,
    exact_keys,
    joined_word,
    query_hyphenated_keys,
    query_terms,
    spelling_matters,
    stem_readings,
)
from analyzers.translit import script_of
from search.errors import BadQueryError

MAX_QUERY_CHARS = 1000
MAX_WORDS = 64
MAX_EXPANSIONS = 200
MIN_WILDCARD_PREFIX = 2
CORRECTION_BOOST = 0.5
"""Weight of a word searched instead of a typo.  Every other term has weight 1: Whoosh
skips blocks of postings that cannot reach the top hits only for unboosted terms (a
boosted term made a common word 6x slower at 100k articles)."""

FIELDS = {"text": ("title", "body"), "title": ("title",), "body": ("body",)}
EXACT = "exact"
"""The field of exact terms, title and body together (analyzers/chain.py)."""
_INFIX = frozenset({"AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE"})
_PIECES = re.compile(r'"[^"]*"|[()]|[^\s()"]+')
_PARSER_CRASHES = (
    QueryParserError,
    IndexError,
    AssertionError,
    RecursionError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
)


class Compound(query.Phrase):
    """A hyphenated word of the query (Kassym-Jomart), searched as one term: see
    keys.query_hyphenated_keys."""


_HYPHENATED = re.compile(HYPHENATED_PATTERN)


class _Parser(QueryParser):
    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if isinstance(q, query.Phrase) and _HYPHENATED.fullmatch(text):
            return Compound(q.fieldname, q.words, boost=q.boost)
        return q


def _parser() -> QueryParser:
    analyzer = word_analyzer()
    schema = fields.Schema(
        **{name: fields.TEXT(analyzer=analyzer, multitoken_query="phrase") for name in FIELDS}
    )
    return _Parser(
        "text",
        schema,
        plugins=[
            plugins.SingleQuotePlugin(),
            plugins.FieldsPlugin(),
            plugins.WildcardPlugin(),
            plugins.PhrasePlugin(),
            plugins.RangePlugin(),
            plugins.GroupPlugin(),
            plugins.OperatorsPlugin(),
            plugins.EveryPlugin(),
        ],
    )


_PARSER = _parser()


def parse(text: str) -> query.Query:
    """The query's syntax tree over plain lowercase words, or BadQueryError."""
    if len(text) > MAX_QUERY_CHARS:
        raise BadQueryError(
            f"query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}: shorten it"
        )
    if not text.strip():
        raise BadQueryError("the query is empty: type one or more words to search for")
    _check_syntax(text)
    try:
        return _PARSER.parse(text)
    except _PARSER_CRASHES as e:
        raise BadQueryError(
            f"cannot read the query {text!r}: check its quotes, brackets and AND/OR/NOT"
        ) from e


def _check_syntax(text: str) -> None:
    """Refuse what Whoosh's parser would silently drop: a stray quote, bracket or operator."""
    if text.count('"') % 2:
        raise BadQueryError(f'the query {text!r} has an unclosed quote: close the "phrase"')
    pieces = _PIECES.findall(text)
    depth = 0
    for i, piece in enumerate(pieces):
        depth += {"(": 1, ")": -1}.get(piece, 0)
        if depth < 0:
            raise BadQueryError(f"the query {text!r} closes a bracket it never opened: remove it")
        before = pieces[i - 1] if i else "("
        after = pieces[i + 1] if i + 1 < len(pieces) else ")"
        if piece in _INFIX and (before in _INFIX | {"(", "NOT"} or after in _INFIX | {")"}):
            raise BadQueryError(
                f"{piece} in {text!r} needs a word on each side, as in Tokayev {piece} Toqayev"
            )
        if piece == "NOT" and after in _INFIX | {")"}:
            raise BadQueryError(f"NOT in {text!r} needs a word after it, as in Tokayev NOT Wabtec")
    if depth:
        raise BadQueryError(f"the query {text!r} opens a bracket it never closes: add a ')'")


class _AnyKey(spans.SpanOr):
    """SpanOr that can estimate its size (Whoosh's cannot, which breaks result counts)."""

    def estimate_size(self, ixreader) -> int:
        return sum(q.estimate_size(ixreader) for q in self.subqs)


class _KeyPhrase(spans.SpanNear2):
    """SpanNear2 with a boost, which Whoosh's normalize() expects of every subquery."""

    boost = 1.0


class Expander:
    """Rewrites a parsed query into kzsearch's terms and records what to highlight.

    `correct(word)` returns an indexed word to search instead of one that matches
    nothing (typo tolerance), or None.  `docfreq(field, term)` counts documents.
    """

    def __init__(
        self,
        *,
        terms: Callable[[str, str], list[str]],
        docfreq: Callable[[str, str], int],
        correct: Callable[[str], str | None],
    ) -> None:
        self._lexicon = terms
        self._docfreq = cache(docfreq)  # asked again per field, phrase and alias
        self._correct = correct
        self.highlight: set[str] = set()
        self.corrections: dict[str, str] = {}
        self._words = 0

    def expand(self, q: query.Query) -> query.Query:
        if isinstance(q, query.Term):
            return self._word(FIELDS.get(q.fieldname, FIELDS["text"]), q.text)
        if isinstance(q, Compound):
            return self._compound(FIELDS.get(q.fieldname, FIELDS["text"]), q.words)
        if isinstance(q, query.Phrase):
            return self._phrase(FIELDS.get(q.fieldname, FIELDS["text"]), q.words)
        if isinstance(q, query.Prefix | query.Wildcard):
            pattern = q.text + "*" if isinstance(q, query.Prefix) else q.text
            return self._wildcard(FIELDS.get(q.fieldname, FIELDS["text"]), pattern)
        if isinstance(q, query.Every):
            raise BadQueryError("'*' alone would match every article: add words to search for")
        if isinstance(q, query.RangeMixin):
            raise BadQueryError(
                "range queries such as [a TO z] are not supported: search for words"
            )
        if q is query.NullQuery:
            return q
        if type(q) is query.And:  # not its subclasses (Ordered)
            return self._and(q)
        return q.apply(self.expand)

    def _and(self, q: query.And) -> query.Query:
        """Words that must all match; a run of them that names a renamed place (Alma Ata,
        Nur Sultan typed without a hyphen) also finds its other names, as the hyphenated or
        quoted name does, and two words also the one word they make (see _joined)."""
        parts, out, i = list(q.subqueries), [], 0
        while i < len(parts):
            n, name = self._alias_run(parts, i)
            if n:
                fieldnames = FIELDS.get(parts[i].fieldname, FIELDS["text"])
                words = query.And([self.expand(t) for t in parts[i : i + n]])
                out.append(query.Or([words, *self._alias_queries(fieldnames, name)]))
                i += n
            elif joined := self._joined(parts[i : i + 2]):
                out.append(joined)
                i += 2
            else:
                out.append(self.expand(parts[i]))
                i += 1
        return query.And(out, boost=q.boost)

    def _joined(self, run: list[query.Query]) -> query.Query | None:
        """Two plain words that an article may write as one word (Ak Orda: Akorda, Қызыл
        Орда: Қызылорда, Ulken Naryn: Ülkennaryn): both words, or the one word where an
        article holds it; None where none does.  Only this way round: the index holds no
        pairs of words, so Akorda does not find Ak Orda."""
        if not _plain_run(run, 2):
            return None
        joined = joined_word((run[0].text, run[1].text))
        fieldnames = FIELDS.get(run[0].fieldname, FIELDS["text"])
        exact, keys = query_terms(joined) if joined else ("", ())
        if not keys or not self._matches(fieldnames, keys):
            return None
        words = query.And([self.expand(t) for t in run])
        self.highlight.update((exact, *keys))
        per_field = [self._keys(f, keys, 1.0, []) for f in fieldnames]
        one = self._spelled_first(
            fieldnames, query.Or([q for q in per_field if q]), [(exact, keys)]
        )
        return query.Or([words, one])

    def _alias_run(self, parts: list[query.Query], i: int) -> tuple[int, tuple[str, ...]]:
        """The length (3 or 2 words, else 0) and keys of a run of plain words from parts[i]
        that is a name in the alias table."""
        for n in (3, 2):
            run = parts[i : i + n]
            if not _plain_run(run, n):
                continue
            name = _name([query_terms(t.text) for t in run])
            if alternatives(name):
                return n, name
        return 0, ()

    def _count(self, n: int = 1) -> None:
        self._words += n
        if self._words > MAX_WORDS:
            raise BadQueryError(f"the query has more than {MAX_WORDS} words: search for fewer")

    def _word(self, fieldnames: tuple[str, ...], word: str) -> query.Query:
        if not is_indexed(word):
            return query.NullQuery
        self._count()
        exact, keys = query_terms(word)
        others: dict[str, list[str]] = {f: [] for f in fieldnames}
        phrases: list[query.Query] = []
        for k in dict.fromkeys(k[1:] for k in keys):
            terms, more = self._aliases(fieldnames, (k,))
            phrases += more
            for f in fieldnames:
                others[f] += terms[f]
        boost = 1.0
        if not (phrases or any(others.values())) and not self._matches(
            fieldnames, keys or (exact,)
        ):
            fixed = self._correct(word)
            if fixed is None:
                return query.Term(fieldnames[0], (keys or (exact,))[0])  # matches nothing
            self.corrections[word] = fixed
            exact, keys = query_terms(fixed)
            boost = CORRECTION_BOOST
        self.highlight.update((exact, *keys))
        per_field = [self._keys(f, keys or (exact,), boost, others[f]) for f in fieldnames]
        matching = query.Or([q for q in per_field if q] + phrases)
        # Alone, the exact term would let in another word with the same dictionary form
        # (қараған-ды, Karagandy; қараған-да, "compared to").
        return self._spelled_first(fieldnames, matching, [(exact, keys)], boost)

    def _keys(
        self, field: str, keys: tuple[str, ...], boost: float, others: list[str]
    ) -> query.Query | None:
        """The word's keys that the field holds, and the held terms of its place's other
        names, scored by the best one: an article that holds a word under two keys (a
        Cyrillic word and its stem, Kyiv and Kiev) holds it once.  Each term in one
        union, once: every matcher more costs time.

        A word without keys (a number) is indexed as itself.
        """
        held = [k for k in keys if self._docfreq(field, k)]
        terms = [query.Term(field, k, boost=boost) for k in dict.fromkeys(held + others)]
        if len(terms) > 1:
            return query.DisjunctionMax(terms)
        return terms[0] if terms else None

    def _exact(
        self, fieldnames: tuple[str, ...], exact: str, keys: tuple[str, ...], boost: float = 1.0
    ) -> list[query.Term]:
        """The word's exact term, when it can change the ranking: each term more in a
        union costs time.

        An article with the query's own spelling matches the exact term and a key, so it
        outscores one that matches through a key alone.  A Latin word's exact term occurs
        only where its first key does; when both occur in as many documents they occur
        (nearly always) in the same ones, and the key alone ranks them the same at half
        the matching cost (most English words).  The exact field holds title and body
        together, so a query limited to one field ranks by keys alone.  A plain English
        word has no other spellings to rank against (keys.spelling_matters).
        """
        if not keys or fieldnames != FIELDS["text"] or not spelling_matters(exact):
            return []
        df = self._docfreq(EXACT, exact)
        if not df:
            return []
        if script_of(exact) != "cyrillic" and df == max(
            self._docfreq(f, keys[0]) for f in fieldnames
        ):
            return []
        return [query.Term(EXACT, exact, boost=boost)]

    def _aliases(
        self, fieldnames: tuple[str, ...], name: tuple[str, ...]
    ) -> tuple[dict[str, list[str]], list[query.Query]]:
        """The other names of a renamed place (Nur-Sultan -> Astana), in any script: the
        terms each field holds, and phrases for names of several words without a hyphen.

        `name` is the words' keys without their term-space mark.  Each word also searches
        its stems, and the stems a query for it as the table spells it searches
        (aliases.word_stems: России, indexed as ~ros, for Россия).
        """
        terms: dict[str, list[str]] = {f: [] for f in fieldnames}
        phrases = []
        for other in alternatives(name) if name else ():
            words = [
                _alias_word(k, stems) for k, stems in zip(other, word_stems(other), strict=True)
            ]
            joined = compound(other)  # Nur-Sultan: one term, not a phrase
            self.highlight.update((*joined, *(t for word in words for t in word)))
            for f in fieldnames:
                if joined or len(words) == 1:
                    terms[f] += [t for t in joined or words[0] if self._docfreq(f, t)]
                else:
                    phrases.append(self._key_phrase(f, words))
        return terms, phrases

    def _alias_queries(self, fieldnames: tuple[str, ...], name: tuple[str, ...]) -> list:
        terms, phrases = self._aliases(fieldnames, name)
        return [query.Term(f, t) for f in fieldnames for t in dict.fromkeys(terms[f])] + phrases

    def _matches(self, fieldnames: tuple[str, ...], terms: tuple[str, ...]) -> bool:
        return any(self._docfreq(f, t) for f in fieldnames for t in terms)

    def _compound(self, fieldnames: tuple[str, ...], words: list[str]) -> query.Query:
        """A hyphenated name: its compound keys and the keys of the name written as one
        word (Ak-Mola: Akmola), or a phrase where no article holds them."""
        keys = query_hyphenated_keys(tuple(words))
        if not self._matches(fieldnames, keys):
            return self._phrase(fieldnames, words)
        self._count(len(words))
        analysed = self._analyse(words)
        self.highlight.update(keys)
        others, phrases = self._aliases(fieldnames, _name(analysed))
        per_field = [self._keys(f, keys, 1.0, others[f]) for f in fieldnames]
        found = query.Or([q for q in per_field if q] + phrases)
        return self._spelled_first(fieldnames, found, analysed)

    def _phrase(self, fieldnames: tuple[str, ...], words: list[str]) -> query.Query:
        words = [w for w in words if is_indexed(w)]
        if len(words) < 2:
            return self._word(fieldnames, words[0]) if words else query.NullQuery
        self._count(len(words))
        analysed = self._analyse(words)
        found = query.Or(
            [self._key_phrase(f, [ks or (exact,) for exact, ks in analysed]) for f in fieldnames]
            + self._alias_queries(fieldnames, _name(analysed))
        )
        return self._spelled_first(fieldnames, found, analysed)

    def _analyse(self, words: list[str]) -> list[tuple[str, tuple[str, ...]]]:
        """Each word's exact term and keys, all of them highlighted."""
        analysed = [query_terms(w) for w in words]
        for exact, ks in analysed:
            self.highlight.update((exact, *ks))
        return analysed

    def _spelled_first(
        self,
        fieldnames: tuple[str, ...],
        found: query.Query,
        analysed: list[tuple[str, tuple[str, ...]]],
        boost: float = 1.0,
    ) -> query.Query:
        """`found`, ranked by the words' own spellings: they add to the score of the
        articles it matches and match none themselves."""
        spelled = [t for exact, ks in analysed for t in self._exact(fieldnames, exact, ks, boost)]
        if not spelled:
            return found
        return query.AndMaybe(found, spelled[0] if len(spelled) == 1 else query.Or(spelled))

    def _key_phrase(self, field: str, keys: list[tuple[str, ...]]) -> query.Query:
        """Words in a row, each matched by any of its keys the field holds (Атырау облысында
        for Atyrau oblysy); a plain Phrase, the fast case, when each word has one."""
        held = [[k for k in ks if self._docfreq(field, k)] for ks in keys]
        if not all(held):
            return query.NullQuery
        if all(len(ks) == 1 for ks in held):
            return query.Phrase(field, [ks[0] for ks in held])
        return _KeyPhrase([_AnyKey([query.Term(field, k) for k in ks]) for ks in held], slop=1)

    def _wildcard(self, fieldnames: tuple[str, ...], pattern: str) -> query.Query:
        prefix = pattern.split("*", 1)[0].split("?", 1)[0]
        if len(prefix) < MIN_WILDCARD_PREFIX:
            raise BadQueryError(
                f"'{pattern}' is too broad: give at least {MIN_WILDCARD_PREFIX} letters "
                "before * or ?"
            )
        self._count()
        matched = [t for t in self._lexicon(EXACT, prefix) if fnmatch.fnmatchcase(t, pattern)]
        self.highlight.update(matched)
        if fieldnames == FIELDS["text"]:
            subqueries = [query.Term(EXACT, t) for t in matched]
        else:  # the exact field holds title and body together: search the words' keys
            keys = dict.fromkeys(k for t in matched for k in exact_keys(t) or (t,))
            self.highlight.update(keys)
            subqueries = [query.Term(f, k) for f in fieldnames for k in keys]
        return query.Or(subqueries) if subqueries else query.NullQuery


def _plain_run(run: list[query.Query], n: int) -> bool:
    """Whether `run` is n plain words (no operators, phrases or wildcards) of one field,
    each of which the index holds."""
    if len(run) < n or not all(type(t) is query.Term for t in run):
        return False
    return len({t.fieldname for t in run}) == 1 and all(is_indexed(t.text) for t in run)


def _alias_word(key: str, spelled_stems: tuple[str, ...]) -> tuple[str, ...]:
    """The terms a word of a place's other name searches: its key in every space, its
    stems, and the stems a query for the word as the alias table spells it searches
    (aliases.word_stems: России's ~ros for Россия)."""
    stems = (STEM + s for s in stem_readings(key))
    return tuple(dict.fromkeys((*(space + key for space in SPACES), *stems, *spelled_stems)))


def _name(analysed: list[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """The words of a name as the alias table keys them (aliases.name_keys): each word's
    first key without its space mark, or the word itself when it has no key (2024)."""
    return tuple(ks[0][1:] if ks else exact for exact, ks in analysed)
