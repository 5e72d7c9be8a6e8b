"""Words that the Russian spellings of Kazakh names make find each other.

Run: .venv/bin/python -m tests.eval.reading_merges [-v] [WORDLIST ...]

The vocabulary is the 30,000 most frequent words of the KazNERD sentences (../shared/data)
plus the words of each WORDLIST file (one word per line, the first 30,000 used). Each word
is indexed capitalized, as at a sentence's start (the worst case: Russian spellings are
indexed only for a word written with a capital), and typed as a query; the script counts the
words whose query finds another vocabulary word only when readings.russian_spellings is on
(`keys.russian_spellings` replaced by nothing otherwise, in the same process). Word lists
for Russian and Ukrainian, as used in docs/EVALUATION.md:

    pip install wordfreq
    python -c "from wordfreq import top_n_list; print(*top_n_list('ru', 30000), sep='\\n')" > ru.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from analyzers import keys

KAZNERD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "kaznerd"
WORDS = 30_000


def vocabulary(lists: list[Path]) -> list[str]:
    """KazNERD's most frequent words, then each list's, without repeats."""
    counts: Counter[str] = Counter()
    with open(KAZNERD / "sentences_test_valid.jsonl", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["tokens_joined"]
            counts.update(w.lower() for w in re.findall(r"\w+", text) if w.isalpha())
    words = [w for w, _ in counts.most_common(WORDS)]
    for path in lists:
        listed = path.read_text(encoding="utf-8").split()
        words += [w.lower() for w in listed if w.isalpha()][:WORDS]
    return list(dict.fromkeys(words))


def finds(words: list[str]) -> dict[str, set[str]]:
    """For each word, the other words its query finds (every word indexed capitalized)."""
    for cached in (keys.analyze_word, keys.with_name_keys, keys.query_keys):
        cached.cache_clear()
    index: dict[str, set[str]] = defaultdict(set)
    for w in words:
        for k in keys.indexed_terms(w.capitalize()).keys:
            index[k].add(w)
    found = {}
    for w in words:
        hits = set().union(*(index.get(k, set()) for k in keys.query_keys(w)))
        found[w] = hits - {w}
    return found


def new_finds(words: list[str]) -> dict[str, set[str]]:
    """The words each word finds with Russian spellings and not without them."""
    with_them = finds(words)
    spellings = keys.russian_spellings
    keys.russian_spellings = lambda *_, **__: []
    try:
        without = finds(words)
    finally:
        keys.russian_spellings = spellings
        for cached in (keys.analyze_word, keys.with_name_keys, keys.query_keys):
            cached.cache_clear()
    return {w: with_them[w] - without[w] for w in words if with_them[w] - without[w]}


def main(argv: list[str]) -> int:
    if not (KAZNERD / "sentences_test_valid.jsonl").exists():
        print(f"skipped: KazNERD data not found at {KAZNERD}")
        return 0
    words = vocabulary([Path(a) for a in argv if a != "-v"])
    new = new_finds(words)
    print(f"{len(words):,} words; {len(new)} find another word only through Russian spellings")
    if "-v" in argv:
        for w, others in new.items():
            print(f"  {w} -> {', '.join(sorted(others)[:5])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
