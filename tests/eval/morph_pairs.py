"""Measure analyzers.morph on KazNERD: conflation of entity forms and false merges.

Run: .venv/bin/python -m tests.eval.morph_pairs
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import snowballstemmer

from analyzers import morph

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "kaznerd"
TABLES = Path(__file__).resolve().parents[1] / "data"
WORD = re.compile(r"[а-яёәғқңөұүһіїєґ]+(?:-[а-яёәғқңөұүһіїєґ]+)*")
ENTITY_TYPES = ("PERSON", "GPE", "ORGANISATION")
MAX_SUFFIX = 8  # letters a case/possessive/plural stack adds in these forms
SAMPLE = 200

Stemmer = Callable[[str], str]


def _ambiguous(word: str, ambiguous: Callable[[str], tuple[str, str]]) -> str:
    """morph.stem, with another rule for words without Kazakh or Ukrainian letters."""
    if morph.language(word) != "ru":
        return morph.stem(word)[0]
    return ambiguous(word)[0]


def _kk_then_ru(word: str) -> tuple[str, str]:
    kk = morph.stem_kk(word)
    return kk if kk[1] else morph.stem_ru(word)


def stemmers() -> dict[str, Stemmer]:
    """The candidates compared: no stemming, snowball russian, our rules and two variants."""
    russian = snowballstemmer.stemmer("russian")
    return {
        "none": lambda w: w,
        "snowball-ru (all)": russian.stemWord,
        "kk rules on all": lambda w: morph.stem_kk(w)[0],
        "ambiguous: ru only": lambda w: _ambiguous(w, morph.stem_ru),
        "ambiguous: all kk, ru": lambda w: _ambiguous(w, _kk_then_ru),
        "morph.stem": lambda w: morph.stem(w)[0],
    }


def entity_forms() -> list[tuple[str, str, int]]:
    """(base, inflected form, count): last words of frequent entities and their longer forms."""
    counts: Counter[str] = Counter()
    for line in (DATA / "entities_test_valid.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        kind, entity, count = line.split("\t")
        last = entity.lower().split()[-1]
        if kind in ENTITY_TYPES and WORD.fullmatch(last):
            counts[last] += int(count)
    bases = {w for w, n in counts.items() if n >= 3 and len(w) >= 3}
    pairs = []
    for form, n in counts.items():
        # the longest attested base that the form extends by a plausible suffix stack
        for cut in range(len(form) - 1, len(form) - MAX_SUFFIX - 1, -1):
            if cut >= 3 and form[:cut] in bases:
                pairs.append((form[:cut], form, n))
                break
    return sorted(pairs)


def vocabulary() -> Counter[str]:
    words: Counter[str] = Counter()
    with (DATA / "sentences_test_valid.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            words.update(WORD.findall(json.loads(line)["tokens_joined"].lower()))
    return words


def conflation(pairs: list[tuple[str, str, int]], stem: Stemmer) -> tuple[float, float, float]:
    """Shares of forms with the base's stem (distinct, token-weighted) and sharing any key."""
    same = weighted = keyed = 0
    for base, form, n in pairs:
        hit = stem(form) == stem(base)
        same += hit
        weighted += n * hit
        keyed += bool({form, stem(form)} & {base, stem(base)})
    total = sum(n for _, _, n in pairs)
    return same / len(pairs), weighted / total, keyed / len(pairs)


def merged_pairs(words: list[str], stem: Stemmer) -> list[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for w in words:
        groups[stem(w)].append(w)
    return [(a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1 :]]


def base_merges(pairs: list[tuple[str, str, int]], stem: Stemmer) -> list[tuple[str, str]]:
    """Pairs of different entity names (bases that extend no other base) that share a stem."""
    forms = {f for _, f, _ in pairs}
    bases = sorted({b for b, _, _ in pairs} - forms)
    return merged_pairs(bases, stem)


def table_groups(lang: str, stem: Stemmer) -> tuple[float, int]:
    """On tests/data/morph_<lang>.tsv: share of same-word pairs conflated, count of false merges."""
    rows = [
        r.split("\t")
        for r in (TABLES / f"morph_{lang}.tsv").read_text(encoding="utf-8").splitlines()
        if not r.startswith("#")
    ]
    same = total = false = 0
    for i, (w1, e1) in enumerate(rows):
        for w2, e2 in rows[i + 1 :]:
            hit = stem(w1) == stem(w2)
            if e1 == e2:
                total += 1
                same += hit
            else:
                false += hit
    return same / total, false


def _key(pair: tuple[str, str]) -> str:
    return hashlib.md5("\t".join(pair).encode()).hexdigest()


def main() -> int:
    if not DATA.exists():
        print(f"skipped: KazNERD data not found at {DATA}")
        return 0
    pairs = entity_forms()
    vocab = vocabulary()
    words = sorted(w for w, n in vocab.items() if n >= 2)
    print(
        f"{len(pairs)} entity forms over {len({b for b, _, _ in pairs})} bases; "
        f"{len(words)} vocabulary words (freq >= 2)"
    )
    header = f"{'stemmer':24} {'same stem':>9} {'tok-wt':>7} {'key hit':>7} "
    header += f"{'base merges':>11} {'vocab merges':>12}"
    header += f" {'ru same':>7} {'ru false':>8} {'uk same':>7} {'uk false':>8}"
    print(header)
    for name, stem in stemmers().items():
        distinct, weighted, keyed = conflation(pairs, stem)
        merges = merged_pairs(words, stem)
        ru_same, ru_false = table_groups("ru", stem)
        uk_same, uk_false = table_groups("uk", stem)
        print(
            f"{name:24} {distinct:9.1%} {weighted:7.1%} {keyed:7.1%} "
            f"{len(base_merges(pairs, stem)):11} {len(merges):12} "
            f"{ru_same:7.1%} {ru_false:8} {uk_same:7.1%} {uk_false:8}"
        )
    try:
        import qazmorph

        qazmorph.Analyzer()
    except ImportError:
        print("kazstem (qazmorph): not installed")
    except qazmorph.BackendError as exc:
        print(f"kazstem (qazmorph): cannot run here: {type(exc).__name__}: {str(exc)[:90]}")
    if "-v" in sys.argv:
        stem = stemmers()["morph.stem"]
        misses = [(b, f) for b, f, _ in pairs if stem(b) != stem(f)]
        print("misses:", *(f"{b}->{stem(b)} {f}->{stem(f)}" for b, f in misses[:80]), sep="\n  ")
        print("different bases merged:", *base_merges(pairs, stem), sep="\n  ")
        sample = sorted(merged_pairs(words, stem), key=_key)[:SAMPLE]
        print("sample of vocabulary merges:", *(f"{a}\t{b}" for a, b in sample), sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
