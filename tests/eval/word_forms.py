"""How often a Russian or Ukrainian noun or adjective, typed in its dictionary form, finds
its other forms.

Run: .venv/bin/python -m tests.eval.word_forms [-v] [--lang uk] WORDLIST

WORDLIST is a file of words, one per line (the first 30,000 are used), such as wordfreq's
list:

    pip install wordfreq pymorphy3 pymorphy3-dicts-uk
    python -c "from wordfreq import top_n_list; print(*top_n_list('ru', 30000), sep='\\n')" > ru.txt

pymorphy3 (MIT; its OpenCorpora and LanguageTool dictionaries are CC BY-SA) gives each
word's part of speech and dictionary form; it is needed only here, not by kzsearch.  Nouns
and adjectives whose most likely reading scores at least 0.5 are kept.  Every kept word
and its dictionary form are indexed in lowercase, as in an article's running text
(keys.indexed_terms, outside a Kazakh text), and each dictionary form is typed as a query
(keys.query_keys).  The script prints the share of (dictionary form, other form) pairs
the query finds, and the share of queries that find a word with another dictionary form
(a loose count: тёплый finds тепла, words of one root).
"""

from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

from analyzers.keys import indexed_terms, query_keys

WORDS = 30_000
MIN_SCORE = 0.5


def lemmas(words: list[str], lang: str = "ru") -> list[tuple[str, str]]:
    """(word, dictionary form) of the nouns and adjectives among `words` (needs pymorphy3,
    and pymorphy3-dicts-uk for Ukrainian)."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    rows = []
    for word in words:
        parse = morph.parse(word)[0]
        if parse.tag.POS in ("NOUN", "ADJF") and parse.score >= MIN_SCORE:
            rows.append((word, parse.normal_form))
    return rows


def measure(rows: list[tuple[str, str]]) -> tuple[int, list[tuple[str, str]], dict]:
    """Pairs counted, the (dictionary form, form) pairs missed, and for each dictionary form
    the words of other dictionary forms its query finds."""
    lemma_of: dict[str, str] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    index: dict[str, set[str]] = defaultdict(set)
    for word, lemma in rows:
        lemma_of[word] = lemma
        lemma_of.setdefault(lemma, lemma)
        forms[lemma].add(word)
        for w in (word, lemma):
            for key in indexed_terms(w, None, kazakh_text=False).keys:
                index[key].add(w)
    pairs, missed, wrong = 0, [], {}
    for lemma, words in forms.items():
        hits = set().union(*(index.get(k, set()) for k in query_keys(lemma)))
        others = {h for h in hits if lemma_of[h] != lemma}
        if others:
            wrong[lemma] = others
        for word in sorted(words - {lemma}):
            pairs += 1
            if word not in hits:
                missed.append((lemma, word))
    return pairs, missed, wrong


def main(argv: list[str]) -> int:
    lang = "ru"
    if "--lang" in argv:
        at = argv.index("--lang")
        lang = argv[at + 1] if at + 1 < len(argv) else ""
        argv = argv[:at] + argv[at + 2 :]
    lists = [Path(a) for a in argv if a != "-v"]
    if lang not in ("ru", "uk") or len(lists) != 1 or not lists[0].is_file():
        print("usage: python -m tests.eval.word_forms [-v] [--lang ru|uk] WORDLIST (a file)")
        return 2
    try:
        import pymorphy3

        pymorphy3.MorphAnalyzer(lang=lang)
    except (ImportError, ValueError) as e:
        print(f"skipped: pymorphy3 or its {lang} dictionary is not installed ({e})")
        return 0
    words = [w.lower() for w in lists[0].read_text(encoding="utf-8").split() if w.isalpha()]
    rows = lemmas(words[:WORDS], lang)
    pairs, missed, wrong = measure(rows)
    queries = len({lemma for _, lemma in rows})
    print(f"{len(rows):,} nouns and adjectives, {queries:,} dictionary forms")
    print(f"forms found by their dictionary form: {1 - len(missed) / pairs:.1%} of {pairs:,}")
    print(f"dictionary forms that find a word of another: {len(wrong) / queries:.1%}")
    if "-v" in argv:
        ends: Counter[tuple[str, str]] = Counter()
        examples: dict[tuple[str, str], list[str]] = defaultdict(list)
        for lemma, word in missed:
            cut = len(os.path.commonprefix([lemma, word]))
            ends[lemma[cut:], word[cut:]] += 1
            examples[lemma[cut:], word[cut:]].append(f"{lemma}: {word}")
        print("missed, by the ends that differ:")
        for (a, b), n in ends.most_common(20):
            print(f"  -{a or '0'} / -{b or '0'}  {n}  ({', '.join(examples[a, b][:3])})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
