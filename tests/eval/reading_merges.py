"""Words that a reading makes find each other: the Russian spellings of Kazakh names
(readings.russian_spellings, the default), the Russian reading of words stemmed as
Kazakh (morph.russian_reading: города read as город-а too, with --reading
russian_reading), the keys of a common Russian or Ukrainian word in lowercase
(keys.with_common_keys: долларов as доллар, российская as российский, with --reading
common_keys), or English letters read as Russian writes them and back (readings.
english_spelling, english_letters, english_vowels, english_sounds: Macron, Макрон; Biden,
Байден, with --reading english), or the
Russian reading of every word stemmed as Kazakh outside a Kazakh text (keys.
with_russian_reading: суда as суд-а, with --reading russian_text; every word indexed
in lowercase as in a Russian text, the worst case for the Kazakh ones), or a word with ц
in a Kazakh text read as Kazakh Latin 2018 writes it (keys.with_kazakh_latin_reading:
процесс as proses, with --reading kazakh_latin), or a letter as other texts write it
(keys.respelled_keys: её as ее, Ўзбек as Озбек, Вишньов as Вишнёв, with --reading
respelled), or a word
in the Belarusian romanizations and back (readings.belarusian_spellings,
belarusian_readings: Віцебск, Viciebsk, with --reading belarusian), or a word without
Kazakh letters in a Kazakh text under the stem all Kazakh suffixes leave (keys.
with_kazakh_suffixes: Астананы as Астана, with --reading kazakh_suffixes), or a surname's
-ов, -ев with w and й as j and back (readings.surname_spellings, press_surname:
Berdimuhamedow, Tokajev, with --reading surname_endings), or another language's Latin
spelling read as the English press's (foreign.foreign_spellings: Gorbaczow, Gorbachev,
with --reading foreign).

Run: .venv/bin/python -m tests.eval.reading_merges [-v] [--reading NAME] [WORDLIST ...]

The vocabulary is the 30,000 most frequent words of the KazNERD sentences (../shared/data)
plus the words of each WORDLIST file (one word per line, the first 30,000 used). Each word
is indexed capitalized, as at a sentence's start (the worst case: Russian spellings are
indexed only for a word written with a capital; in lowercase for common_keys, which only
a lowercase word gets), and typed as a query; the script counts the
words whose query finds another vocabulary word only when the reading is on (the reading
replaced by nothing otherwise, in the same process). Word lists
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

from analyzers import keys, morph, readings

KAZNERD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "kaznerd"
WORDS = 30_000
# Each reading as the (module, attribute, what it is replaced by to switch it off) it is
# made of, and how the vocabulary is indexed: capitalized or not, in a Kazakh text or not.
CAPITALIZED = {"capitalized": True, "kazakh_text": True}
READINGS = {
    "russian_spellings": ([(keys, "russian_spellings", lambda *_, **__: [])], CAPITALIZED),
    "russian_reading": ([(morph, "russian_reading", lambda *_, **__: None)], CAPITALIZED),
    "common_keys": (
        [(keys, "with_common_keys", lambda terms: terms)],
        {"capitalized": False, "kazakh_text": True},
    ),
    "english": (
        [
            (readings, "english_spelling", str),
            (readings, "english_letters", str),
            (readings, "english_vowels", str),
            (readings, "english_sounds", lambda word: []),
        ],
        CAPITALIZED,
    ),
    "russian_text": (
        [(keys, "with_russian_reading", lambda terms: terms)],
        {"capitalized": False, "kazakh_text": False},
    ),
    "kazakh_latin": ([(keys, "with_kazakh_latin_reading", lambda terms: terms)], CAPITALIZED),
    "respelled": ([(keys, "respelled_keys", lambda word: ())], CAPITALIZED),
    "kazakh_suffixes": ([(keys, "with_kazakh_suffixes", lambda terms: terms)], CAPITALIZED),
    "belarusian": (
        [
            (readings, "belarusian_spellings", lambda word: []),
            (readings, "belarusian_readings", lambda surface: []),
        ],
        CAPITALIZED,
    ),
    "press_ng": ([(readings, "press_ng", lambda latin: [])], CAPITALIZED),
    "surname_endings": (
        [
            (readings, "surname_spellings", lambda latin: []),
            (keys, "surname_spellings", lambda latin: []),
            (keys, "press_surname", lambda latin: None),
        ],
        CAPITALIZED,
    ),
    "foreign": (
        [
            (keys, "foreign_spellings", lambda word: ()),
            (readings, "foreign_spellings", lambda word: ()),
        ],
        CAPITALIZED,
    ),
}


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


def finds(
    words: list[str], capitalized: bool = True, kazakh_text: bool = True
) -> dict[str, set[str]]:
    """For each word, the other words its query finds (every word indexed capitalized or
    every word in lowercase, as in a Kazakh text or not)."""
    _clear_caches()
    index: dict[str, set[str]] = defaultdict(set)
    for w in words:
        for k in keys.indexed_terms(w.capitalize() if capitalized else w, None, kazakh_text).keys:
            index[k].add(w)
    found = {}
    for w in words:
        hits = set().union(*(index.get(k, set()) for k in keys.query_keys(w)))
        found[w] = hits - {w}
    return found


def new_finds(words: list[str], reading: str = "russian_spellings") -> dict[str, set[str]]:
    """The words each word finds with the reading on and not with it off."""
    parts, index = READINGS[reading]
    with_them = finds(words, **index)
    originals = [getattr(module, name) for module, name, _ in parts]
    for module, name, off in parts:
        setattr(module, name, off)
    try:
        without = finds(words, **index)
    finally:
        for (module, name, _), original in zip(parts, originals, strict=True):
            setattr(module, name, original)
        _clear_caches()
    return {w: with_them[w] - without[w] for w in words if with_them[w] - without[w]}


def _clear_caches() -> None:
    """Empty the analyzer's caches, so that a reading switched on or off counts (a reading
    switched off is a plain function: nothing to empty)."""
    cached_functions = (keys.analyze_word, keys.with_name_keys, keys.with_common_keys)
    more = (keys.with_russian_reading, keys.with_kazakh_latin_reading, keys.query_keys)
    more += (keys.with_kazakh_suffixes,)
    # respelled_keys has no cache of its own: analyze_word, which calls it, has.
    for cached in (*cached_functions, *more):
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def main(argv: list[str]) -> int:
    if not (KAZNERD / "sentences_test_valid.jsonl").exists():
        print(f"skipped: KazNERD data not found at {KAZNERD}")
        return 0
    reading = "russian_spellings"
    if "--reading" in argv:
        at = argv.index("--reading")
        reading = argv[at + 1] if at + 1 < len(argv) else ""
        argv = argv[:at] + argv[at + 2 :]
    if reading not in READINGS:
        print(f"error: --reading must be one of {', '.join(READINGS)}")
        return 2
    words = vocabulary([Path(a) for a in argv if a != "-v"])
    new = new_finds(words, reading)
    print(f"{len(words):,} words; {len(new)} find another word only through {reading}")
    if "-v" in argv:
        for w, others in new.items():
            print(f"  {w} -> {', '.join(sorted(others)[:5])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
