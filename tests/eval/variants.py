"""Variant-matching evaluation on the public data: ``python -m tests.eval.variants [-v]``."""

from __future__ import annotations

import csv
import json
import os
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import combinations
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from snowballstemmer import stemmer
from unidecode import unidecode

from analyzers.translit import collapse, fold, romanize

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
NEAR = 2  # edit distance between unidecode skeletons that makes two names near neighbours
RANDOM_PAIRS = 20_000
POOL = 6_000  # cap on a near-neighbour pool (quadratic search)
_PORTER = stemmer("porter")

KeyFn = Callable[[str], str]


def _porter_fold(token: str) -> str:
    """Stand-in for analyzers.keys.key: fold(porter(romanize(token)))."""
    return collapse(_PORTER.stemWord(romanize(token)))


def _first_key(analyze: Callable) -> KeyFn:
    """Key function from analyzers.keys.analyze_word: the whole word's key (not the stem's)."""

    def key(token: str) -> str:
        keys = analyze(token).keys
        return keys[0] if keys else ""

    return key


def load_key() -> tuple[KeyFn, str]:
    """The engine's token key: analyzers.keys.key, else analyze_word, else a Porter emulation."""
    try:
        from analyzers import keys
    except ImportError:
        return _porter_fold, "fold(porter(romanize(t))) emulation: analyzers.keys is missing"
    if hasattr(keys, "key"):
        return keys.key, "analyzers.keys.key"
    return _first_key(keys.analyze_word), "analyzers.keys.analyze_word(t).keys[0]"


def tokens(text: str) -> list[str]:
    """The words of a name or phrase as the engine's tokenizer reads them
    (analyzers.chain.WORD_PATTERN): spaces, hyphens and punctuation split, an apostrophe or
    a double quote between letters joins (Tokayev's, ob”yezd)."""
    from analyzers.chain import WORD_PATTERN

    return re.findall(WORD_PATTERN, unicodedata.normalize("NFC", text))


def phrase_key(text: str, key: KeyFn) -> str:
    """Concatenated keys of the tokens of a phrase (Jez-Kazgan and Jezkazgan compare equal)."""
    return "".join(key(t) for t in tokens(text))


def skeleton(text: str) -> str:
    """Neutral comparison form: unidecode, lowercase, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", unidecode(text).lower())


@dataclass
class Result:
    """Figures for one dataset row."""

    name: str
    pairs: list[tuple[str, str]] = field(default_factory=list)
    negatives: list[tuple[str, str]] = field(default_factory=list)
    near: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    kazakh_text: bool = True
    """Whether the article words stand in a Kazakh text (keys.is_kazakh_text); the
    Russian and Ukrainian datasets' words stand in a Russian or Ukrainian one."""


Same = Callable[[str, str], bool]


def by_key(key: KeyFn) -> Same:
    """Two spellings are the same when their phrase keys are equal."""
    return lambda a, b: phrase_key(a, key) == phrase_key(b, key)


def finds(query: str, article: str, kazakh_text: bool = True) -> bool:
    """Whether the engine's query for `query` holds a term indexed for `article`, word by
    word, the article's words standing in a Kazakh text or not.  Names of different word
    counts meet only as the engine joins them: a hyphenated name's compound key is its
    words joined, which a query for the one word searches (keys.compound_keys: Ak-Mola,
    Akmola), and a query of two words apart searches the one word too (Қызыл Орда finds
    Қызылорда, not the other way round)."""
    from analyzers.chain import HYPHENATED_PATTERN
    from analyzers.keys import (
        analyze_word,
        compound_keys,
        indexed_terms,
        joined_word,
        query_hyphenated_keys,
        query_keys,
    )

    qs, ts = tokens(query), tokens(article)
    if len(qs) != len(ts):
        searched: tuple[str, ...] = ()
        if len(qs) == 1:
            searched = query_keys(qs[0])
        elif re.fullmatch(HYPHENATED_PATTERN, query.strip()):
            searched = query_hyphenated_keys(tuple(qs))
        elif len(qs) == 2 and (joined := joined_word(tuple(qs))):  # search.query's _joined
            searched = query_keys(joined)
        held: tuple[str, ...] = ()
        if len(ts) == 1:
            held = indexed_terms(ts[0], None, kazakh_text).keys
        elif re.fullmatch(HYPHENATED_PATTERN, article.strip()):
            held = compound_keys(tuple(ts))
        return bool(set(searched) & set(held))
    return all(
        set(query_keys(q) or (analyze_word(q).exact,)) & set(_held(t, kazakh_text))
        for q, t in zip(qs, ts, strict=True)
    )


def _held(token: str, kazakh_text: bool) -> tuple[str, ...]:
    """The terms a word is indexed under in the key fields: its keys, or, for a word without
    keys (a number: Sverdlovsk-44), its exact term (analyzers.chain)."""
    from analyzers.keys import indexed_terms

    terms = indexed_terms(token, None, kazakh_text)
    return terms.keys or (terms.exact,)


def engine_same(a: str, b: str, kazakh_text: bool = True) -> bool:
    """A variant pair matches when each spelling, typed as a query, finds the other."""
    return finds(a, b, kazakh_text) and finds(b, a, kazakh_text)


def engine_merges(a: str, b: str, kazakh_text: bool = True) -> bool:
    """A pair of different names is merged when either, typed as a query, finds the other."""
    return finds(a, b, kazakh_text) or finds(b, a, kazakh_text)


def forms_of_one_word(a: str, b: str) -> bool:
    """Whether two spellings look like forms of one word: their folds share a beginning of
    at least 5 letters that leaves at most 3 of the shorter (Агеев/Агеева,
    adamdardyń/adamdarmen; not Tokayev/Tokaji).  The engine joins such forms on purpose; the
    last two columns leave them out of the near neighbours.  A rough rule: it also takes
    Aleksei/Aleksandr for forms of one word."""
    fa, fb = fold(a), fold(b)
    return len(os.path.commonprefix([fa, fb])) >= max(5, min(len(fa), len(fb)) - 3)


def rate(pairs: list[tuple[str, str]], same: Same) -> tuple[float, list[tuple[str, str]]]:
    """Share of pairs that `same` accepts, and the pairs it rejects."""
    if not pairs:
        return float("nan"), []
    misses = [(a, b) for a, b in pairs if not same(a, b)]
    return 1 - len(misses) / len(pairs), misses


def merged(pairs: list[tuple[str, str]], same: Same) -> tuple[float, list[tuple[str, str]]]:
    """Share of negative pairs that `same` accepts (false merges), and those pairs."""
    if not pairs:
        return float("nan"), []
    hits = [(a, b) for a, b in pairs if same(a, b)]
    return len(hits) / len(pairs), hits


def classes(members: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find over (group, spelling): groups sharing a lowercase spelling become one class."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for group, spelling in members:
        parent[find("g:" + group)] = find("s:" + spelling.lower())
    return {x[2:]: find(x) for x in list(parent) if x.startswith("g:")}


def negatives(pool: list[tuple[str, str]], seed: int = 0) -> tuple[list, list]:
    """Random and near-neighbour pairs of spellings from different classes of `pool`."""
    rng = random.Random(seed)
    cls = classes(pool)
    items = sorted({(cls[g], s) for g, s in pool if skeleton(s)})
    if len(items) > POOL:
        items = sorted(rng.sample(items, POOL))
    rand = []
    for _ in range(RANDOM_PAIRS):
        (ca, a), (cb, b) = rng.sample(items, 2)
        if ca != cb and a.lower() != b.lower():
            rand.append((a, b))
    skels = [skeleton(s) for _, s in items]
    near = []
    for i, (ca, a) in enumerate(items):
        found = process.extract(
            skels[i], skels, scorer=Levenshtein.distance, score_cutoff=NEAR, limit=None
        )
        near += [(a, items[j][1]) for _, _, j in found if j > i and items[j][0] != ca]
    return rand, [(a, b) for a, b in near if a.lower() != b.lower()]


def mp_names() -> list[Result]:
    """Kazakh MPs: surname and given-name tokens across spellings of the same person."""
    people: dict[str, list[list[str]]] = {}
    with open(DATA / "kazakh_mp_name_variants" / "names.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            split = re.sub(r"(?<=[a-zа-яәғқңөұүһі])(?=[A-ZА-ЯӘҒҚҢӨҰҮҺІ])", " ", row["name"])
            people.setdefault(row["id"], []).append(tokens(split))
    results = []
    for slot, label in ((0, "surname"), (1, "given name")):
        res = Result(f"MPs {label}")
        pool = []
        for pid, forms in people.items():
            words = sorted({f[slot] for f in forms if len(f) > slot})
            pool += [(pid, w) for w in words]
            res.pairs += [(a, b) for a, b in combinations(words, 2) if a.lower() != b.lower()]
        res.negatives, res.near = negatives(pool)
        results.append(res)
    return results


def _city_names(city: dict) -> list[str]:
    """Alternate names that are spellings: no all-lowercase (other-script) or IATA-like codes."""
    names = set(city["alternatenames_latin_cyrillic"]) | {city["name"]}
    return sorted(n for n in names if not n.islower() and not (n.isupper() and len(n) <= 4))


_YIJ = str.maketrans("yj", "ii")


def _close(a: str, b: str) -> bool:
    """Variant-like: skeletons within 25% edits, length +-1, same last letter (y = i = j)."""
    sa, sb = skeleton(a).translate(_YIJ), skeleton(b).translate(_YIJ)
    longest = max(len(sa), len(sb))
    near = Levenshtein.distance(sa, sb) <= max(1, longest // 4)
    return near and abs(len(sa) - len(sb)) <= 1 and sa[-1:] == sb[-1:]


_APOSTROPHES = str.maketrans(dict.fromkeys("’ʼʹ`´", "'"))


def _plain(name: str) -> str:
    """A name casefolded, with every apostrophe and prime as '."""
    return name.translate(_APOSTROPHES).casefold()


def _published_schemes() -> list | None:
    """iuliia's romanization schemes of Russian (the package the iuliia data come from),
    or None when it is not installed (pip install -e '.[eval]')."""
    try:
        import iuliia
    except ImportError:
        return None
    return [iuliia.schemas.get(name) for name in iuliia.schemas.names()]


def _published_pairs(names: list[str], schemes: list) -> set[tuple[str, str]]:
    """Pairs of one city's names that a published scheme relates: a Cyrillic name and its
    romanization in a scheme, or two different romanizations of one Cyrillic name."""
    latin = [n for n in names if not re.search("[\u0400-\u04ff]", n)]
    pairs = set()
    for cyrillic in set(names) - set(latin):
        outputs = {_plain(s.translate(cyrillic)) for s in schemes}
        found = [n for n in latin if _plain(n) in outputs]
        pairs |= {(cyrillic, n) for n in found}
        pairs |= {(a, b) for a, b in combinations(found, 2) if _plain(a) != _plain(b)}
    return pairs


def geonames() -> list[Result]:
    """GeoNames: close alternate spellings of one city; different cities as negatives. And
    the pairs a published scheme relates (_published_pairs), when iuliia is installed."""
    with open(
        DATA / "geonames_city_names" / "cities_kz_and_neighbors.jsonl", encoding="utf-8"
    ) as f:
        cities = [json.loads(line) for line in f]
    schemes = _published_schemes()
    results, published = [], []
    for label, chosen in (("KZ", [c for c in cities if c["country"] == "KZ"]), ("all", cities)):
        res = Result(f"GeoNames {label} cities", note="pairs: see _close")
        scheme = Result(f"GeoNames {label}, published schemes", note="pairs: iuliia's schemes")
        if schemes is None:
            scheme.note = "skipped: pip install -e '.[eval]' (iuliia)"
        pool = []
        for city in chosen:
            names = _city_names(city)
            pool += [(str(city["geonameid"]), n) for n in names]
            res.pairs += [(a, b) for a, b in combinations(names, 2) if a.lower() != b.lower()]
            if schemes is not None:
                scheme.pairs += sorted(_published_pairs(names, schemes))
        res.pairs = [(a, b) for a, b in res.pairs if _close(a, b)]
        res.negatives, res.near = negatives(pool)
        results.append(res)
        published.append(scheme)
    return results + published


def _token_pairs(a: str, b: str) -> list[tuple[str, str]]:
    """Token-by-token pairs when the token counts agree, else the whole phrases."""
    ta, tb = tokens(a), tokens(b)
    return list(zip(ta, tb, strict=True)) if len(ta) == len(tb) else [(a, b)]


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def kazakh_translit() -> list[Result]:
    """Kazakh Cyrillic vs 2018/2021 Latin word pairs and the interscript place-name tests."""
    base = DATA / "kazakh_translit_tests"
    attested = Result("kk attested Cyrl-Latn2018 words")
    attested.pairs = [
        (r["cyrillic"], r["latin_2018"])
        for r in _read_tsv(base / "attested_cyrillic_latin2018_word_pairs.tsv")
    ]
    vocab = [r["word"] for r in _read_tsv(base / "kazinform_latn2018_vocab_freq.tsv")][:POOL]
    attested.negatives, attested.near = negatives([(w, w) for w in vocab])
    attested.note = "negatives: Kazinform 2018-Latin vocabulary"
    alphabet = Result("kk alphabet tests 2018/2021")
    for r in _read_tsv(base / "dauletra_2018_acute_alphabet_tests.tsv"):
        alphabet.pairs += _token_pairs(r["cyrillic"], r["latin_2018"])
    for r in _read_tsv(base / "altynbek07_examples.tsv"):
        alphabet.pairs += _token_pairs(r["cyrillic"], r["latin"])
    by_lang: dict[str, Result] = {}
    for r in _read_tsv(base / "interscript_cyrl_latn_tests.tsv"):
        lang = r["system"].split("-")[1]
        lang = lang if lang in ("kaz", "rus", "ukr") else "bel/kir/mon/tgk/tuk/uzb"
        russian_or_ukrainian = lang in ("rus", "ukr")
        res = by_lang.setdefault(
            lang, Result(f"interscript {lang}", kazakh_text=not russian_or_ukrainian)
        )
        res.pairs += _token_pairs(r["cyrillic"], r["latin"])
    return [attested, alphabet, *(by_lang[k] for k in sorted(by_lang))]


_UK_TO_RU = str.maketrans({"і": "и", "и": "ы", "ї": "и", "є": "е", "ґ": "г", "'": "", "ʼ": ""})
_RU_SKELETON = str.maketrans({"ы": "и", "й": "и", "ё": "е", "э": "е", "ь": "", "ъ": ""})


def _transliteration_like(uk: str, ru: str) -> bool:
    """Rule: Ukrainian letters re-spelled in Russian (і->и, и->ы, ї->и, є->е, ґ->г) give the
    Russian form, ignoring ь ъ and the и/ы/й and е/ё/э distinctions; Олександр/Александр fails."""
    a = uk.lower().translate(_UK_TO_RU).translate(_RU_SKELETON)
    return a == ru.lower().translate(_RU_SKELETON)


def ukrainian_russian() -> list[Result]:
    """Ukrainian vs Russian Cyrillic forms of a name (legacy_ua2ru.csv)."""
    with open(DATA / "ukrainian_russian_names" / "legacy_ua2ru.csv", encoding="utf-8") as f:
        rows = [(r["uk"], r["ru"]) for r in csv.DictReader(f) if r["uk"].lower() != r["ru"].lower()]
    every = Result("uk-ru names, all pairs", pairs=rows, kazakh_text=False)
    every.negatives, every.near = negatives(
        [(uk, ru) for uk, ru in rows] + [(uk, uk) for uk, _ in rows]
    )
    translit = Result(
        "uk-ru names, transliteration-like", note="rule in _transliteration_like", kazakh_text=False
    )
    translit.pairs = [(uk, ru) for uk, ru in rows if _transliteration_like(uk, ru)]
    golden = json.loads(
        (DATA / "ukrainian_russian_names" / "golden_chaplinsky_variants.json").read_text("utf-8")
    )
    chaplinsky = Result(
        "Chaplinsky surname, 35 spellings", note="surname token only", kazakh_text=False
    )
    chaplinsky.pairs = list(combinations(sorted({tokens(g)[0] for g in golden}), 2))
    return [every, translit, chaplinsky]


PRESS_SCHEMES = {"wikipedia", "bgn_pcgn", "mvd_310", "mvd_782", "icao_doc_9303", "ala_lc_alt",
                 "bs_2979_alt", "yandex_maps", "yandex_money", "telegram", "mosmetro", "gost_52290",
                 "gost_52535", "ungegn_1987", "scientific", "iso_9_1968_alt"}  # fmt: skip


def iuliia() -> list[Result]:
    """Russian Cyrillic vs each iuliia scheme's Latin sample, token by token."""
    every = Result("iuliia ru, all 28 schemes", kazakh_text=False)
    press = Result("iuliia ru, press-like schemes", kazakh_text=False)
    for r in _read_tsv(DATA / "russian_romanization_iuliia" / "samples.tsv"):
        pairs = _token_pairs(r["cyrillic"], r["latin"])
        every.pairs += pairs
        if r["schema"] in PRESS_SCHEMES:
            press.pairs += pairs
    return [every, press]


def british_american(key_name: str) -> list[Result]:
    """British vs American spellings through the engine key (needs analyzers.keys)."""
    res = Result("British/American (breame)")
    if not key_name.startswith("analyzers.keys"):
        res.note = "pending: analyzers.keys does not exist yet"
        return [res]
    rows = _read_tsv(DATA / "british_american_spelling" / "breame_british_to_american.tsv")
    res.pairs = [(r["british"], r["american"]) for r in rows]
    return [res]


def english_vocab() -> list[Result]:
    """Negatives only: frequent BBC words with different Porter stems."""
    counts: dict[str, int] = {}
    for path in sorted((DATA / "bbc_news").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            for word in re.findall(r"[a-z]+", json.loads(line)["text"].lower()):
                counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=lambda w: (-counts[w], w))[:POOL]
    res = Result("BBC English words (negatives)", note="classes: same American Porter stem")
    res.negatives, res.near = negatives([(_english_stem(w), w) for w in words])
    return [res]


def _english_stem(word: str) -> str:
    """The engine's English normalization without fold (analyzers.english), else Porter."""
    try:
        from analyzers.english import american, porter
    except ImportError:
        return _PORTER.stemWord(word)
    return porter(american(word))


def _pct(value: float) -> str:
    return "-" if value != value else f"{100 * value:.1f}%"


_ROW = "{:36} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}{}"


def report(results: list[Result], key: KeyFn, verbose: bool) -> None:
    """Print one table row per dataset (fold alone and the engine's matching), then examples."""
    head = _ROW.format(
        "dataset", "pairs", "fold", "engine", "rand n", "merged", "near n", "merged",
        "unlike", "merged", "",
    )  # fmt: skip
    print(head + "\n" + "-" * len(head))
    for res in results:
        same = partial(engine_same, kazakh_text=res.kazakh_text)
        merges = partial(engine_merges, kazakh_text=res.kazakh_text)
        fold_rate, _ = rate(res.pairs, by_key(fold))
        key_rate, misses = rate(res.pairs, same)
        rand_rate, _ = merged(res.negatives, merges)
        near_rate, false = merged(res.near, merges)
        unlike = [(a, b) for a, b in res.near if not forms_of_one_word(a, b)]
        unlike_rate, _ = merged(unlike, merges)
        note = f"  ({res.note})" if res.note else ""
        cells = [len(res.pairs), _pct(fold_rate), _pct(key_rate), len(res.negatives)]
        cells += [_pct(rand_rate), len(res.near), _pct(near_rate), len(unlike), _pct(unlike_rate)]
        print(_ROW.format(res.name, *cells, note))
        if verbose:
            print("   misses:", misses[:25])
            print("   false merges:", false[:25])


def main(argv: list[str]) -> int:
    """Run every dataset that is present; exit 0 with a reason when the data are absent."""
    if not DATA.is_dir():
        print(f"skipped: no evaluation data at {DATA}")
        return 0
    key, key_name = load_key()
    print(f"data: {DATA}\nkey: {key_name}\nnear neighbours: skeleton edit distance <= {NEAR}\n")
    results = [*mp_names(), *geonames(), *kazakh_translit(), *ukrainian_russian(), *iuliia(),
               *british_american(key_name), *english_vocab()]  # fmt: skip
    report(results, key, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
