"""Relevance of kzsearch against plain Whoosh on the labelled queries in queries.tsv.

    .venv/bin/python -m tests.eval.relevance

The corpus is the bundled seeds plus tests/fixtures/corpus. A query's relevant set lists every
article that mentions what the query names, in any spelling, script, romanization, case ending
or British/American form (Almaty's former name Alma-Ata included). Translations (railway /
теміржол), another person with the feminine surname (Olena Zelenska for "Zelensky") and the
headline lists trimmed from the foot of an article do not count. Word sense is not judged:
"programme" finds a computer program too.

Over the first 10 hits of each query:
    recall@10     relevant articles returned / min(relevant articles, 10), averaged over
                  the queries that have relevant articles
    MRR           1 / rank of the first relevant hit (0 when none), averaged the same way
    precision@10  relevant hits / hits returned, summed over all queries, so every stray hit
                  of a negative query counts against it; a query that returns nothing adds
                  nothing
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from search import SearchEngine
from search.articles import read_articles
from tests.benchmarks.baselines import BenchDoc, WhooshBaseline

ROOT = Path(__file__).resolve().parents[2]
QUERIES = Path(__file__).with_name("queries.tsv")
CORPUS = (ROOT / "seeds", ROOT / "tests" / "fixtures" / "corpus")
LIMIT = 10
RECALL_TARGET = 0.98
KINDS = (
    "exact",
    "variant",
    "cross-script",
    "inflected",
    "british-american",
    "phrase",
    "boolean",
    "typo",
    "negative",
)
HEADER = ["query", "relevant", "kind", "note"]


class Engine(Protocol):
    def search(self, query: str, *, limit: int = 10) -> Sequence: ...


EngineFactory = Callable[[Path, Sequence[Path]], Engine]


@dataclass(frozen=True)
class Query:
    """One labelled query: `relevant` holds article file names (basenames)."""

    text: str
    relevant: frozenset[str]
    kind: str
    note: str


@dataclass(frozen=True)
class Outcome:
    """What one engine returned for one query, file names best first."""

    query: Query
    returned: tuple[str, ...]

    @property
    def found(self) -> list[str]:
        return [name for name in self.returned if name in self.query.relevant]

    @property
    def stray(self) -> list[str]:
        return [name for name in self.returned if name not in self.query.relevant]

    @property
    def missing(self) -> list[str]:
        return sorted(self.query.relevant - set(self.returned))

    @property
    def recall(self) -> float:
        return len(self.found) / min(len(self.query.relevant), LIMIT)

    @property
    def reciprocal_rank(self) -> float:
        ranks = [i for i, name in enumerate(self.returned, 1) if name in self.query.relevant]
        return 1 / ranks[0] if ranks else 0.0

    @property
    def failed(self) -> bool:
        """A relevant article is missing from the top 10 (when it could fit) or a stray is in it."""
        short = bool(self.query.relevant) and self.recall < 1
        return short or bool(self.stray)


def load_queries(path: Path = QUERIES) -> list[Query]:
    """The queries of a `query<TAB>relevant<TAB>kind<TAB>note` file, header first."""
    header, *lines = path.read_text(encoding="utf-8").splitlines()
    if header.split("\t") != HEADER:
        raise ValueError(f"{path}: the first line must be {' TAB '.join(HEADER)}")
    queries = []
    for number, line in enumerate(lines, 2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(HEADER) or cells[2] not in KINDS:
            raise ValueError(f"{path}:{number}: want 4 tab-separated cells and a known kind")
        text, relevant, kind, note = cells
        names = frozenset(name for name in relevant.split("|") if name)
        queries.append(Query(text, names, kind, note))
    return queries


def corpus_files(folders: Iterable[Path] = CORPUS) -> list[Path]:
    return [path for folder in folders for path in sorted(Path(folder).glob("*.txt"))]


def kzsearch_engine(index_dir: Path, folders: Sequence[Path]) -> SearchEngine:
    """A kzsearch index over `folders`."""
    engine = SearchEngine(index_dir)
    engine.index(list(folders))
    return engine


def whoosh_baseline(index_dir: Path, folders: Sequence[Path]) -> WhooshBaseline:
    """Plain Whoosh (StemmingAnalyzer, MultifieldParser) over the same parsed articles."""
    docs = [
        BenchDoc(path.name, article.title, article.body)
        for path in corpus_files(folders)
        for article in read_articles(path)
    ]
    baseline = WhooshBaseline(index_dir)
    baseline.build(docs)
    return baseline


def run(engine: Engine, queries: Iterable[Query]) -> list[Outcome]:
    outcomes = []
    for query in queries:
        hits = engine.search(query.text, limit=LIMIT)[:LIMIT]
        outcomes.append(Outcome(query, tuple(Path(hit.path).name for hit in hits)))
    return outcomes


def summarize(outcomes: Sequence[Outcome]) -> dict[str, float]:
    """recall, mrr and precision (see the module doc) plus query and stray-hit counts."""
    judged = [o for o in outcomes if o.query.relevant]
    returned = sum(len(o.returned) for o in outcomes)
    found = sum(len(o.found) for o in outcomes)
    return {
        "queries": len(outcomes),
        "recall": sum(o.recall for o in judged) / len(judged) if judged else 1.0,
        "mrr": sum(o.reciprocal_rank for o in judged) / len(judged) if judged else 1.0,
        "precision": found / returned if returned else 1.0,
        "stray_hits": returned - found,
        "failed": sum(o.failed for o in outcomes),
    }


def evaluate(engine_factory: EngineFactory, queries: Sequence[Query] | None = None) -> dict:
    """Build the engine over the corpus in a temporary folder and score every query.

    Returns {"overall": summary, "kinds": {kind: summary}, "outcomes": [...], "failures": [...]}.
    """
    queries = load_queries() if queries is None else queries
    with tempfile.TemporaryDirectory(prefix="kzsearch-eval-") as tmp:
        engine = engine_factory(Path(tmp) / "index", CORPUS)
        try:
            outcomes = run(engine, queries)
        finally:
            engine.close()
    kinds = {
        kind: summarize([o for o in outcomes if o.query.kind == kind])
        for kind in KINDS
        if any(o.query.kind == kind for o in outcomes)
    }
    return {
        "overall": summarize(outcomes),
        "kinds": kinds,
        "outcomes": outcomes,
        "failures": [o for o in outcomes if o.failed],
    }


def format_table(kz: dict, base: dict) -> str:
    """A Markdown table: one row per kind and one overall, both engines side by side."""
    columns = ["kind", "queries"]
    for engine in ("kzsearch", "Whoosh"):
        columns += [f"{engine} R@10", "MRR", "P@10", "stray"]
    lines = ["| " + " | ".join(columns) + " |", "|---|" + "--:|" * (len(columns) - 1)]
    rows = [(kind, kz["kinds"][kind], base["kinds"][kind]) for kind in kz["kinds"]]
    rows.append(("**overall**", kz["overall"], base["overall"]))
    for name, a, b in rows:
        cells = [name, str(a["queries"])]
        for s in (a, b):
            cells += [f"{s['recall']:.3f}", f"{s['mrr']:.3f}", f"{s['precision']:.3f}"]
            cells.append(str(s["stray_hits"]))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_failures(name: str, result: dict, *, detail: bool = True) -> str:
    """The failed queries: one line each with what went wrong, or one line per kind."""
    failures = result["failures"]
    lines = [f"{name} fails {len(failures)} of {result['overall']['queries']} queries"]
    if not detail:
        for kind in KINDS:
            texts = [o.query.text for o in failures if o.query.kind == kind]
            if texts:
                lines.append(f"  [{kind}] " + " · ".join(texts))
        return "\n".join(lines)
    for o in failures:
        parts = []
        if o.query.relevant and o.recall < 1:
            parts.append(f"recall {o.recall:.2f}, missing {_names(o.missing)}")
        if o.stray:
            parts.append(f"stray {_names(o.stray)}")
        lines.append(f"  [{o.query.kind}] {o.query.text}: {'; '.join(parts)}")
    return "\n".join(lines)


def _names(names: Sequence[str], shown: int = 4) -> str:
    more = f" +{len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


def main() -> None:
    kz = evaluate(kzsearch_engine)
    base = evaluate(whoosh_baseline)
    print(format_table(kz, base))
    print()
    print(format_failures("kzsearch", kz))
    print()
    print(format_failures("plain Whoosh", base, detail=False))


if __name__ == "__main__":
    main()
