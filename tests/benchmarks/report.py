"""Markdown tables of a benchmark run: one per dataset, the kzsearch / plain Whoosh ratio last."""

from __future__ import annotations

import math
import statistics

from tests.benchmarks.measure import percentile

COLUMNS = ("kzsearch", "whoosh", "fts5")


def median(values) -> float:
    values = [v for v in values if v is not None and not math.isnan(v)]
    return statistics.median(values) if values else math.nan


def fmt(value) -> str:
    if isinstance(value, str):
        return value
    if value is None or math.isnan(value):
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _builds(runs: dict, key: str) -> list:
    return [b.get(key) for b in runs.get("build", []) if "error" not in b]


def _query_figure(runs: dict, kind: str | None, q: float) -> float:
    """Median over repeats of the q-th percentile of the warm query times (ms)."""
    values = []
    for run in runs.get("queries", []):
        if "ms" in run:
            times = [t for k, ts in run["ms"].items() if kind in (None, k) for t in ts]
            values.append(percentile(times, q))
    return median(values)


def figures(data: dict) -> list[tuple[str, dict]]:
    """(label, {engine: value}) rows for one dataset."""
    engines = data["engines"]
    rows: list[tuple[str, dict]] = []

    def row(label: str, fn) -> None:
        rows.append((label, {name: fn(runs) for name, runs in engines.items()}))

    articles, mb = data["articles"], data["mb"]
    row("full build (s)", lambda r: median(_builds(r, "seconds")))
    row("articles/s", lambda r: articles / median(_builds(r, "seconds")))
    row("MB of text/s", lambda r: mb / median(_builds(r, "seconds")))
    row("peak memory of build (MB)", lambda r: median(_builds(r, "peak_mb")))
    row("index size (MB)", lambda r: median(_builds(r, "index_mb")))
    row("add 10 new articles (s)", lambda r: median([a.get("seconds") for a in r.get("add", [])]))
    row(
        "rescan unchanged folder (s)",
        lambda r: median([a.get("seconds") for a in r.get("rescan", [])]),
    )
    row("query median (ms)", lambda r: _query_figure(r, None, 50))
    row("query p95 (ms)", lambda r: _query_figure(r, None, 95))
    kinds = next((q["ms"] for r in engines.values() for q in r.get("queries", []) if "ms" in q), {})
    for kind in kinds:
        row(f"  {kind}: median (ms)", lambda r, k=kind: _query_figure(r, k, 50))
    for kind in kinds:
        row(f"  {kind}: queries with hits", lambda r, k=kind: _matched(r, k))
    row("cold one-shot query (s)", lambda r: median(r.get("cold", [])))
    row("import time (ms)", lambda r: median(r.get("import_ms", [])))
    labels = next((r["expensive"] for r in engines.values() if "expensive" in r), {})
    for label in labels:
        row(f"expensive `{label[:20]}` (s)", lambda r, k=label: _expensive(r, k))
    return rows


def _matched(runs: dict, kind: str) -> str:
    for run in runs.get("queries", []):
        if "matched" in run:
            return f"{run['matched'][kind]}/{run['count'][kind]}"
    return "–"


def _expensive(runs: dict, label: str):
    result = runs.get("expensive", {}).get(label)
    if result is None:
        return None
    if "error" in result:
        return f"{result['error']} ({result['wall']:.0f} s)"
    note = "rejected" if result["rejected"] else f"{result['hits']} hits"
    return f"{fmt(result['seconds'])} ({note})"


def _ratio(values: dict):
    kz, plain = values.get("kzsearch"), values.get("whoosh")
    if isinstance(kz, str) and kz[:1].isdigit():
        kz = float(kz.split()[0])
    if isinstance(plain, str) and plain[:1].isdigit():
        plain = float(plain.split()[0])
    if isinstance(kz, float | int) and isinstance(plain, float | int) and plain:
        return kz / plain
    return None


def render(results: dict) -> str:
    out = [f"Run started {results['started']}: `{' '.join(results['argv'])}`", ""]
    for name, data in results["datasets"].items():
        engines = [e for e in COLUMNS if e in data["engines"]]
        out += [f"### {name}: {data['articles']:,} articles, {data['mb']:.1f} MB of text", ""]
        out.append("| figure | " + " | ".join(engines) + " | kzsearch / whoosh |")
        out.append("|---|" + "---:|" * (len(engines) + 1))
        for label, values in figures(data):
            cells = [fmt(values.get(e)) for e in engines]
            ratio = _ratio(values) if "matched" not in label and "hits" not in label else None
            out.append(f"| {label} | " + " | ".join(cells) + f" | {fmt(ratio)} |")
        out.append("")
    return "\n".join(out)
