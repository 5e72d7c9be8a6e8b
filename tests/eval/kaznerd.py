"""Inflected names on KazNERD: Latin queries for PERSON / GPE / ORGANISATION entities.

Run: .venv/bin/python -m tests.eval.kaznerd [--article-size 20] [--min-articles 5] [-v]

Consecutive sentences of sentences_test_valid.jsonl become articles (ARTICLE_SIZE per
article, never across the test/valid boundary); IOB2 tags say which article holds which
entity.  Each frequent entity is searched twice in Latin (English-press and Kazakh Latin
2021 spellings, written with the tables below, not analyzers.translit) in an index built
with morphology and in one built with `morph.stem` switched off, each in its own process.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from analyzers.keys import is_key

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "kaznerd"
ARTICLE_SIZE = 20
MIN_ARTICLES = 5
ENTITY_TYPES = ("PERSON", "GPE", "ORGANISATION")
STYLES = ("english", "kazakh2021")
MODES = ("morph", "plain")
TARGET_RECALL, TARGET_PRECISION = 0.9, 0.98
WORST = 15

# Kazakh inflection written out independently of analyzers.kazakh_suffixes: a form belongs
# to an attested shorter form when the extra letters read as plural + possessive + case
# (+ the -ғы/-гі adjective and a second case: Алматы-да-ғы-ның).  Derivation (-лық, -стан)
# is not inflection, so Қазақстандық is not Қазақстан and Үндістан is not Үнді.  Acronyms
# and other bases under MIN_BASE letters take their suffixes after a hyphen (АҚШ-та), so
# ақша (money) is not a form of АҚШ.
_PLURAL = "лар|лер|дар|дер|тар|тер"
_POSSESSIVE = "ымыз|іміз|мыз|міз|ыңыз|іңіз|ңыз|ңіз|сы|сі|ым|ім|ың|ің|ы|і|м|ң"
_CASE = (
    "ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|нда|нде|да|де|та|те"
    "|ндан|нден|нан|нен|дан|ден|тан|тен|менен|бенен|пенен|мен|бен|пен|ша|ше|а|е|н"
)
INFLECTION = re.compile(
    rf"-?(?:{_PLURAL})?(?:{_POSSESSIVE})?(?:{_CASE})?(?:ғы|гі|қы|кі)?(?:{_CASE})?"
)
MIN_BASE = 4

# English-press romanization (BGN/PCGN-like, as Reuters or AP write Kazakh names).
ENGLISH = {
    "а": "a",  # a
    "ә": "a",  # Kazakh ä
    "б": "b",  # be
    "в": "v",  # ve
    "г": "g",  # ge
    "ғ": "g",  # Kazakh gh
    "д": "d",  # de
    "е": "e",  # ye; "ye" after a vowel (Tokayev), see _romanize_word
    "ё": "yo",  # yo
    "ж": "zh",  # zhe
    "з": "z",  # ze
    "и": "i",  # i
    "й": "y",  # short i
    "к": "k",  # ka
    "қ": "k",  # Kazakh qa
    "л": "l",  # el
    "м": "m",  # em
    "н": "n",  # en
    "ң": "n",  # Kazakh ng
    "о": "o",  # o
    "ө": "o",  # Kazakh ö
    "п": "p",  # pe
    "р": "r",  # er
    "с": "s",  # es
    "т": "t",  # te
    "у": "u",  # u
    "ұ": "u",  # Kazakh short u
    "ү": "u",  # Kazakh ü
    "ф": "f",  # ef
    "х": "kh",  # kha
    "һ": "kh",  # Kazakh he
    "ц": "ts",  # tse
    "ч": "ch",  # che
    "ш": "sh",  # sha
    "щ": "shch",  # shcha
    "ъ": "",  # hard sign
    "ы": "y",  # yeru
    "і": "i",  # Kazakh dotted i
    "ь": "",  # soft sign
    "э": "e",  # e
    "ю": "yu",  # yu
    "я": "ya",  # ya
}
# Kazakh Latin alphabet of 2021 (the draft presented in January 2021), letter by letter.
KAZAKH_2021 = {
    "а": "a",  # a
    "ә": "ä",  # Kazakh ä
    "б": "b",  # be
    "в": "v",  # ve
    "г": "g",  # ge
    "ғ": "ğ",  # Kazakh gh
    "д": "d",  # de
    "е": "e",  # ye
    "ё": "io",  # yo
    "ж": "j",  # zhe
    "з": "z",  # ze
    "и": "i",  # i
    "й": "i",  # short i
    "к": "k",  # ka
    "қ": "q",  # Kazakh qa
    "л": "l",  # el
    "м": "m",  # em
    "н": "n",  # en
    "ң": "ñ",  # Kazakh ng
    "о": "o",  # o
    "ө": "ö",  # Kazakh ö
    "п": "p",  # pe
    "р": "r",  # er
    "с": "s",  # es
    "т": "t",  # te
    "у": "u",  # u
    "ұ": "ū",  # Kazakh short u
    "ү": "ü",  # Kazakh ü
    "ф": "f",  # ef
    "х": "h",  # kha
    "һ": "h",  # Kazakh he
    "ц": "ts",  # tse
    "ч": "ç",  # che
    "ш": "ş",  # sha
    "щ": "şş",  # shcha
    "ъ": "",  # hard sign
    "ы": "y",  # yeru
    "і": "i",  # Kazakh dotted i
    "ь": "",  # soft sign
    "э": "e",  # e
    "ю": "iu",  # yu
    "я": "ia",  # ya
}
_VOWELS = frozenset("аәеёиоөуұүыіэюя")


def romanize_query(text: str, style: str) -> str:
    """A Cyrillic name in one Latin style: romanize_query("Тоқаев", "english") == "Tokayev"."""
    return re.sub(r"\w+", lambda m: _romanize_word(m[0], style), text)


def _romanize_word(word: str, style: str) -> str:
    table = ENGLISH if style == "english" else KAZAKH_2021
    low = word.lower()
    out = []
    for i, ch in enumerate(low):
        latin = table.get(ch, ch)
        if style == "english" and ch == "е" and i and low[i - 1] in _VOWELS:
            latin = "ye"
        out.append(latin)
    latin = "".join(out)
    if len(word) > 1 and word.isupper():
        return latin.upper()
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


@dataclass
class Entity:
    """One name: its type, base form (lemma) and the articles that hold it."""

    kind: str
    lemma: tuple[str, ...]  # lowercase words of the base form
    spelling: str  # the base form as most often written
    forms: Counter = field(default_factory=Counter)  # inflected spans seen, lowercase
    articles: dict[int, set[tuple[str, ...]]] = field(default_factory=dict)  # annotated
    mentions: set[int] = field(default_factory=set)  # any article with a form, annotated or not


@dataclass
class Corpus:
    sentences: list[tuple[str, list[tuple[str, str]]]]  # (id, [(token, tag)])
    articles: list[list[int]]  # sentence numbers per article


def load(data: Path = DATA, *, limit: int | None = None, size: int = ARTICLE_SIZE) -> Corpus:
    """Sentences with IOB2 tags (alignment with the jsonl checked) grouped into articles."""
    with (data / "sentences_test_valid.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    tagged = _read_iob(data / "IOB2_test.txt") + _read_iob(data / "IOB2_valid.txt")
    if len(rows) != len(tagged):
        raise ValueError(f"{len(rows)} jsonl sentences but {len(tagged)} IOB2 sentences")
    for row, tokens in zip(rows, tagged, strict=True):
        if row["tokens_joined"] != " ".join(t for t, _ in tokens):
            raise ValueError(f"IOB2 tokens differ from jsonl sentence {row['id']}")
    sentences = [(row["id"], tokens) for row, tokens in zip(rows, tagged, strict=True)]
    if limit is not None:
        sentences = sentences[:limit]
    articles: list[list[int]] = []
    previous = None
    for n, (sid, _) in enumerate(sentences):
        split = sid.partition("-")[0]
        if split != previous or len(articles[-1]) == size:
            articles.append([])
        previous = split
        articles[-1].append(n)
    return Corpus(sentences, articles)


def _read_iob(path: Path) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            token, tag = line.rsplit(" ", 1)
            current.append((token, tag))
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def spans(tokens: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(type, words) of each IOB2 entity span in one sentence."""
    found: list[tuple[str, list[str]]] = []
    for token, tag in tokens:
        opens = tag.startswith("I-") and (not found or found[-1][0] != tag[2:])
        if tag.startswith("B-") or opens:
            found.append((tag[2:], []))
        if tag != "O" and _is_word(token):
            found[-1][1].append(token)
    return [(kind, words) for kind, words in found if words]


def _is_word(token: str) -> bool:
    """False for punctuation tokens such as the quotes in « Астана » халықаралық ..."""
    return any(ch.isalnum() for ch in token)


def is_inflection(base: str, word: str) -> bool:
    """True if word is base plus a Kazakh inflection: is_inflection("тоқаев", "тоқаевтың")."""
    rest = word[len(base) :]
    return (
        len(base) >= 2
        and len(word) > len(base) + rest.startswith("-")
        and word.startswith(base)
        and (len(base) >= MIN_BASE or rest.startswith("-"))
        and INFLECTION.fullmatch(rest) is not None
    )


def entities(corpus: Corpus, *, min_articles: int = MIN_ARTICLES) -> list[Entity]:
    """Frequent entities, forms grouped under the shortest attested base (last word inflected)."""
    where: dict[tuple[str, tuple[str, ...]], dict[int, int]] = defaultdict(dict)
    spelled: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for a, numbers in enumerate(corpus.articles):
        for n in numbers:
            for kind, words in spans(corpus.sentences[n][1]):
                if kind in ENTITY_TYPES:
                    form = tuple(w.lower() for w in words)
                    where[kind, form][a] = where[kind, form].get(a, 0) + 1
                    spelled[form][" ".join(words)] += 1
    alike: dict[tuple[str, tuple[str, ...]], list[tuple[str, ...]]] = defaultdict(list)
    for kind, form in where:
        alike[kind, form[:-1]].append(form)
    groups: dict[tuple[str, tuple[str, ...]], Entity] = {}
    for (kind, form), found in where.items():
        bases = [f for f in alike[kind, form[:-1]] if is_inflection(f[-1], form[-1])]
        lemma = min(bases, key=lambda f: len(f[-1]), default=form)
        entity = groups.setdefault(
            (kind, lemma), Entity(kind, lemma, spelled[lemma].most_common(1)[0][0])
        )
        entity.forms[form] += sum(found.values())
        for a in found:
            entity.articles.setdefault(a, set()).add(form)
    chosen = [e for e in groups.values() if len(e.articles) >= min_articles]
    _find_mentions(corpus, chosen)
    return sorted(chosen, key=lambda e: (-len(e.articles), e.kind, e.lemma))


def _find_mentions(corpus: Corpus, chosen: list[Entity]) -> None:
    """Articles whose text holds an entity's words, last word inflected, tagged or not."""
    by_first: dict[str, list[Entity]] = defaultdict(list)
    for e in chosen:
        by_first[e.lemma[0][:2]].append(e)
    for a, numbers in enumerate(corpus.articles):
        for n in numbers:
            words = [t.lower() for t, _ in corpus.sentences[n][1] if _is_word(t)]
            for i, word in enumerate(words):
                for e in by_first.get(word[:2], ()):
                    m = len(e.lemma)
                    got = words[i : i + m]
                    if (
                        len(got) == m
                        and got[:-1] == list(e.lemma[:-1])
                        and (got[-1] == e.lemma[-1] or is_inflection(e.lemma[-1], got[-1]))
                    ):
                        e.mentions.add(a)


def write_articles(corpus: Corpus, folder: Path) -> list[str]:
    """One .txt per article: first sentence (final stop dropped) as title, the rest as body.

    A one-sentence article repeats its sentence as the body (an article needs one).
    """
    names = []
    for a, numbers in enumerate(corpus.articles):
        lines = [" ".join(t for t, _ in corpus.sentences[n][1]) for n in numbers]
        title = lines[0].removesuffix(" .")
        body = "\n".join(lines[1:]) or lines[0]
        name = f"{a:05d}_{corpus.sentences[numbers[0]][0]}"
        (folder / f"{name}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        names.append(name)
    return names


def queries(chosen: list[Entity]) -> dict[str, str]:
    """The Latin query per (entity, style): multi-word names as a quoted phrase."""
    out = {}
    for i, e in enumerate(chosen):
        for style in STYLES:
            latin = romanize_query(e.spelling, style)
            several = len(latin.replace("-", " ").split()) > 1
            out[f"{i}:{style}"] = f'"{latin}"' if several else latin
    return out


def retrieve(mode: str, folder: Path, index_dir: Path, asked: dict[str, str]) -> dict:
    """Index `folder` and run the queries in this process (called in a fresh subprocess)."""
    from analyzers import keys, morph

    if mode == "plain":  # no endings stripped, in either reading of a word
        morph.stem = lambda w: (w, "")
        morph.russian_reading = lambda *_, **__: None
        keys.with_kazakh_suffixes = lambda terms: terms
    keys.analyze_word.cache_clear()
    from search import SearchEngine

    start = time.perf_counter()
    with SearchEngine(index_dir) as engine:
        report = engine.index([folder])
        built = time.perf_counter() - start
        found = {}
        for qid, text in asked.items():
            results = engine.search(text, limit=100_000)
            found[qid] = {
                "hits": [Path(h.path).stem for h in results],
                "corrections": results.corrections,
            }
    return {"indexed": report.added, "seconds": built, "found": found}


def run_both(folder: Path, work: Path, asked: dict[str, str]) -> dict[str, dict]:
    """retrieve() for both modes, in two parallel subprocesses so patches cannot leak."""
    (work / "queries.json").write_text(json.dumps(asked, ensure_ascii=False), encoding="utf-8")
    procs = {}
    for mode in MODES:
        argv = [sys.executable, "-m", "tests.eval.kaznerd", "--retrieve", mode]
        procs[mode] = subprocess.Popen([*argv, str(folder), str(work)], cwd=ROOT)
    for mode, proc in procs.items():
        if proc.wait():
            raise RuntimeError(f"retrieval in mode {mode} failed with exit code {proc.returncode}")
    return {m: json.loads((work / f"{m}.json").read_text(encoding="utf-8")) for m in MODES}


@dataclass
class Score:
    """One query's counts against annotated articles and against articles that mention it."""

    relevant: int
    retrieved: int
    hit: int  # retrieved and annotated
    hit_mention: int  # retrieved and annotated or mentioned

    def ratios(self) -> tuple[float, float, float]:
        """Recall, precision, precision counting mentions as relevant (0 when nothing found)."""
        recall = self.hit / self.relevant
        if not self.retrieved:
            return recall, 0.0, 0.0
        return recall, self.hit / self.retrieved, self.hit_mention / self.retrieved


def score(e: Entity, hits: set[int]) -> Score:
    relevant = set(e.articles)
    mentioned = relevant | e.mentions
    return Score(len(relevant), len(hits), len(hits & relevant), len(hits & mentioned))


def summarize(scores: list[Score]) -> tuple[float, ...]:
    """Micro R, P, P(m), then macro R, P, P(m) over queries."""
    rel, ret = sum(s.relevant for s in scores), sum(s.retrieved for s in scores)
    hit, hit_m = sum(s.hit for s in scores), sum(s.hit_mention for s in scores)
    micro = (hit / rel, hit / ret if ret else 0.0, hit_m / ret if ret else 0.0)
    ratios = [s.ratios() for s in scores]
    return (*micro, *(sum(r[i] for r in ratios) / len(ratios) for i in range(3)))


@dataclass
class Evaluation:
    corpus: Corpus
    chosen: list[Entity]
    asked: dict[str, str]
    names: list[str]
    runs: dict[str, dict]

    def entity(self, qid: str) -> Entity:
        return self.chosen[int(qid.split(":")[0])]

    def hits(self, mode: str, qid: str) -> set[int]:
        number = {name: a for a, name in enumerate(self.names)}
        return {number[h] for h in self.runs[mode]["found"][qid]["hits"]}

    def scores(
        self, mode: str, *, kind: str | None = None, style: str | None = None, phrase=None
    ) -> list[Score]:
        """Scores of the queries of one type, style and shape (phrase or one word), or all."""
        return [
            score(self.entity(qid), self.hits(mode, qid))
            for qid in self.asked
            if kind in (None, self.entity(qid).kind)
            and style in (None, qid.split(":")[1])
            and phrase in (None, self.asked[qid].startswith('"'))
        ]


def evaluate(
    data: Path = DATA,
    *,
    limit: int | None = None,
    size: int = ARTICLE_SIZE,
    min_articles: int = MIN_ARTICLES,
    max_entities: int | None = None,
) -> Evaluation:
    """Build both indexes in a temporary folder and run every query against them."""
    corpus = load(data, limit=limit, size=size)
    chosen = entities(corpus, min_articles=min_articles)[:max_entities]
    asked = queries(chosen)
    with tempfile.TemporaryDirectory(prefix="kaznerd-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        names = write_articles(corpus, folder)
        runs = run_both(folder, Path(tmp), asked)
    return Evaluation(corpus, chosen, asked, names, runs)


def table(ev: Evaluation) -> str:
    """Markdown table: rows per type x style and totals, R / P / P(m) in both modes."""
    head = (
        "| queries | n | morph R | morph P | morph P(m) | plain R | plain P | plain P(m) "
        "| morph macro R / P / P(m) | plain macro R / P / P(m) |"
    )
    rows = [head, "|" + "---|" * 10]
    groups = [(k, s, None) for k in ENTITY_TYPES for s in STYLES]
    groups += [(k, None, None) for k in ENTITY_TYPES] + [(None, s, None) for s in STYLES]
    groups += [(None, None, False), (None, None, True), (None, None, None)]
    for kind, style, phrase in groups:
        m = ev.scores("morph", kind=kind, style=style, phrase=phrase)
        if not m:
            continue
        sm, sp = summarize(m), summarize(ev.scores("plain", kind=kind, style=style, phrase=phrase))
        shape = {None: "", False: " one-word names", True: " multi-word names (phrase)"}[phrase]
        label = f"{kind or 'all'} {style or 'both styles'}{shape}"
        label = f"**{label}**" if (kind, style, phrase) == (None, None, None) else label
        micro = " | ".join(f"{c:.3f}" for c in (*sm[:3], *sp[:3]))
        macro = " | ".join(" / ".join(f"{c:.3f}" for c in x[3:]) for x in (sm, sp))
        rows.append(f"| {label} | {len(m)} | {micro} | {macro} |")
    return "\n".join(rows)


def _terms(word: str) -> set[str]:
    from analyzers.keys import query_terms

    exact, keys = query_terms(word)
    return {exact, *keys}


def _words(text: str) -> list[str]:
    from analyzers.chain import word_tokens

    return [t.text for t in word_tokens(text)]


def causes(ev: Evaluation, qid: str, mode: str = "morph") -> Counter:
    """(cause, example) per missed annotated article and per hit that never mentions the name.

    A miss is a *fold gap* when the query word does not even match the base form, a *morph
    gap* when it matches the base but not the inflected form, a *phrase gap* when every word
    matches alone but the phrase does not; a false hit is a *collision* when an article word
    shares a term with the query, else an *alias* hit (place_aliases.tsv).
    """
    e, hits = ev.entity(qid), ev.hits(mode, qid)
    qwords, base = _words(ev.asked[qid]), _words(" ".join(e.lemma))
    found: Counter = Counter()
    for a in sorted(set(e.articles) - hits):
        for form in e.articles[a]:
            words = _words(" ".join(form))
            if len(words) != len(qwords):
                found["tokenization", " ".join(form)] += 1
                continue
            pairs = enumerate(zip(qwords, words, strict=True))
            bad = [j for j, (q, w) in pairs if not _terms(q) & _terms(w)]
            for j in bad:
                if len(base) == len(qwords) and not _terms(qwords[j]) & _terms(base[j]):
                    found["fold gap", f"{qwords[j]} vs {base[j]}"] += 1
                else:
                    keys = ",".join(sorted(t[1:] for t in _terms(words[j]) if is_key(t)))
                    query_keys = ",".join(sorted(t[1:] for t in _terms(qwords[j]) if is_key(t)))
                    found["morph gap", f"{words[j]} {keys} vs {query_keys}"] += 1
            if not bad:
                found["phrase gap", " ".join(form)] += 1
    qterms, other = set().union(*map(_terms, qwords)), _alias_terms(qwords)
    for a in hits - set(e.articles) - e.mentions:
        text = " ".join(t for n in ev.corpus.articles[a] for t, _ in ev.corpus.sentences[n][1])
        words = {w.lower() for w in _words(text)}
        if matched := sorted(w for w in words if _terms(w) & qterms):
            found["collision", f"{', '.join(matched[:2])} <- {ev.asked[qid]}"] += 1
        else:
            via = sorted(w for w in words if _terms(w) & other)
            cause = "alias" if via else "unexplained"
            found[cause, f"{', '.join(via[:2])} <- {ev.asked[qid]}"] += 1
    return found


def _alias_terms(qwords: list[str]) -> set[str]:
    """Key terms of the other names (place_aliases.tsv) the engine adds for these words:
    each word's keys in every space, and the stems a query for it as the table spells it
    searches (aliases.word_stems)."""
    from analyzers.aliases import alternatives, name_keys, word_stems
    from analyzers.keys import SPACES

    names = [name_keys(" ".join(qwords)), *((k,) for k in map(name_keys, qwords))]
    others = [alt for name in names for alt in alternatives(name)]
    spelled = {k for alt in others for stems in word_stems(alt) for k in stems}
    return spelled | {s + k for alt in others for k in alt for s in SPACES}


def _describe(found: Counter, ev: Evaluation, qid: str) -> str:
    fixed = ev.runs["morph"]["found"][qid]["corrections"]
    parts = [f"typo-corrected {fixed}"] if fixed else []
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for (kind, example), n in found.items():
        by_kind[kind][example] += n
    for kind, examples in sorted(by_kind.items(), key=lambda kv: -kv[1].total()):
        shown = ", ".join(f"{x} ({n})" for x, n in examples.most_common(3))
        parts.append(f"{kind} x{examples.total()}: {shown}")
    return "; ".join(parts)


def worst(ev: Evaluation, n: int = WORST) -> str:
    """The n queries furthest from the targets in the morph run (F1 of R and P(m)).

    When both styles of one entity find the same articles they share a row.
    """
    rows = []
    for i in range(len(ev.chosen)):
        qids = [f"{i}:{style}" for style in STYLES]
        hits = [ev.hits("morph", qid) for qid in qids]
        if hits[0] == hits[1]:
            qids = qids[:1]
        for qid, found in zip(qids, hits[: len(qids)], strict=True):
            s = score(ev.chosen[i], found)
            r, p, pm = s.ratios()
            if r < TARGET_RECALL or pm < TARGET_PRECISION:
                shown = " / ".join(dict.fromkeys(f"`{ev.asked[f'{i}:{st}']}`" for st in STYLES))
                f1 = 2 * r * pm / (r + pm) if r + pm else 0.0
                shown = shown if len(qids) == 1 else f"`{ev.asked[qid]}`"
                rows.append((f1, s.hit - s.relevant, shown, qid, s))
    out = ["| query | entity | type | rel | ret | R | P | P(m) | cause (examples, articles) |"]
    out.append("|" + "---|" * 9)
    for _, _, shown, qid, s in sorted(rows, key=lambda row: row[:2])[:n]:
        e = ev.entity(qid)
        r, p, pm = s.ratios()
        out.append(
            f"| {shown} | {e.spelling} | {e.kind} | {s.relevant} | {s.retrieved} "
            f"| {r:.2f} | {p:.2f} | {pm:.2f} | {_describe(causes(ev, qid), ev, qid)} |"
        )
    return "\n".join(out)


def cause_totals(ev: Evaluation) -> str:
    """Missed and wrongly found (query, article) pairs of the morph run, by cause."""
    totals: dict[str, Counter] = defaultdict(Counter)
    for qid in ev.asked:
        for (kind, example), n in causes(ev, qid).items():
            totals[kind][example] += n
    out = ["| cause | pairs | most frequent |", "|---|---|---|"]
    for kind, examples in sorted(totals.items(), key=lambda kv: -kv[1].total()):
        shown = ", ".join(f"{x} ({n})" for x, n in examples.most_common(8))
        out.append(f"| {kind} | {examples.total()} | {shown} |")
    return "\n".join(out)


def precision_with_aliases(ev: Evaluation) -> float:
    """Micro P(m) of the morph run when a hit through a place's other name (Astana for
    Nur-Sultan, place_aliases.tsv) counts as relevant: the same place, not annotated as
    the same entity."""
    scores = ev.scores("morph")
    aliased = sum(
        n for qid in ev.asked for (kind, _), n in causes(ev, qid).items() if kind == "alias"
    )
    retrieved = sum(s.retrieved for s in scores)
    return (sum(s.hit_mention for s in scores) + aliased) / retrieved if retrieved else 0.0


def report(ev: Evaluation, *, size: int, min_articles: int) -> str:
    kinds = Counter(e.kind for e in ev.chosen)
    secs = ", ".join(f"{m} {ev.runs[m]['seconds']:.0f} s" for m in MODES)
    fixed = sum(bool(f["corrections"]) for f in ev.runs["morph"]["found"].values())
    return "\n".join(
        [
            f"{len(ev.corpus.sentences)} sentences (IOB2 aligned with the jsonl) -> "
            f"{len(ev.names)} articles of {size} consecutive sentences; "
            f"{len(ev.chosen)} entities in >= {min_articles} articles "
            f"({', '.join(f'{k} {n}' for k, n in kinds.items())}); {len(ev.asked)} queries "
            f"({fixed} typo-corrected by the engine); index build {secs}.",
            "",
            "R = recall against annotated articles; P = precision against annotated articles; "
            "P(m) = precision counting any article that contains the name (last word inflected, "
            "annotated or not) as relevant. morph = kzsearch as is; plain = morph.stem disabled.",
            "",
            table(ev),
            "",
            "P(m) of the morph run over all queries, counting a hit through a place's other "
            f"name (place_aliases.tsv) as relevant too: {precision_with_aliases(ev):.3f}.",
            "",
            "Misses and false hits of the morph run by cause, in (query, article) pairs:",
            "",
            cause_totals(ev),
            "",
            f"Worst {WORST} queries (morph), by F1 of R and P(m), among those below "
            f"R {TARGET_RECALL} or P(m) {TARGET_PRECISION}:",
            "",
            worst(ev),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article-size", type=int, default=ARTICLE_SIZE)
    parser.add_argument("--min-articles", type=int, default=MIN_ARTICLES)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N sentences")
    parser.add_argument("-v", action="store_true", help="list every entity with its forms")
    parser.add_argument(
        "--retrieve", nargs=3, metavar=("MODE", "DIR", "WORK"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.retrieve:
        mode, folder, work = args.retrieve
        asked = json.loads((Path(work) / "queries.json").read_text(encoding="utf-8"))
        out = retrieve(mode, Path(folder), Path(work) / f"index-{mode}", asked)
        result = json.dumps(out, ensure_ascii=False)
        (Path(work) / f"{mode}.json").write_text(result, encoding="utf-8")
        return 0
    if not (DATA / "sentences_test_valid.jsonl").exists():
        print(f"skipped: KazNERD data not found at {DATA}")
        return 0
    start = time.perf_counter()
    ev = evaluate(limit=args.limit, size=args.article_size, min_articles=args.min_articles)
    if args.v:
        for e in ev.chosen:
            forms = ", ".join(f"{' '.join(f)} {n}" for f, n in e.forms.most_common())
            counts = f"{len(e.articles):4} annotated, {len(e.mentions):4} mention"
            print(f"{e.kind:12} {e.spelling:30} {counts}: {forms}")
    print(report(ev, size=args.article_size, min_articles=args.min_articles))
    print(f"\n{time.perf_counter() - start:.0f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
