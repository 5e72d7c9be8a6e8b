"""kzsearch command line: a thin typer layer over the library.

Exit codes: 0 found / done, 1 no results, 2 bad query or usage, 3 other error,
4 unreadable article, 5 index busy, 6 index damaged, 7 index built by another
version, 8 disk full, 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from search.errors import IndexVersionError, SearchError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Search news about Kazakhstan and Central Asia in any spelling or script.\n\n"
    'Run `kzsearch "Wabtec locomotives"` to search, `kzsearch index FOLDER` to add articles.',
)

COMMANDS = ("search", "index", "watch", "verify", "analyze", "variants")
NO_RESULTS = 1

IndexDir = Annotated[
    Path | None,
    typer.Option(
        "--index",
        help="Index folder (default: $KZSEARCH_INDEX or the user data dir).",
        show_default=False,
    ),
]


def _engine(index_dir: Path | None):
    from search.engine import SearchEngine

    return SearchEngine(index_dir)


def _fail(e: SearchError) -> typer.Exit:
    typer.echo(f"kzsearch: {e}", err=True)
    return typer.Exit(e.exit_code)


def _colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _mark(text: str, spans: list[tuple[int, int]], colour: bool) -> str:
    start, end = ("\033[1;33m", "\033[0m") if colour else ("**", "**")
    out, cursor = [], 0
    for s, e in spans:
        out += [text[cursor:s], start, text[s:e], end]
        cursor = e
    return "".join(out) + text[cursor:]


def _display_path(path: str) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return path


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", OR, NOT, title:word.')],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=1000, help="Show at most N results.")
    ] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array of hits.")] = False,
    index_dir: IndexDir = None,
) -> None:
    """Search the index (the default command: `kzsearch QUERY`)."""
    with _engine(index_dir) as engine:
        try:
            if not engine.exists:
                engine.search(query, limit=limit)  # refuse a bad query before building an index
                _build_from_bundled(engine)
            try:
                hits = engine.search(query, limit=limit)
            except IndexVersionError:
                if not _holds_only_bundled_articles(engine):
                    raise
                _build_from_bundled(engine, rebuild=True)
                hits = engine.search(query, limit=limit)
        except SearchError as e:
            raise _fail(e) from None
    for wrong, right in hits.corrections.items():
        typer.echo(f"No match for {wrong!r}: showing results for {right!r}", err=True)
    if as_json:
        typer.echo(json.dumps([_hit_json(h) for h in hits], ensure_ascii=False, indent=2))
    else:
        _print_hits(hits)
    if not hits:
        if not as_json:
            typer.echo(f"No articles match {query!r}.", err=True)
        raise typer.Exit(NO_RESULTS)


def _build_from_bundled(engine, *, rebuild: bool = False) -> None:
    from search.bundled import bundled_articles

    report = engine.index([bundled_articles()], rebuild=rebuild)
    if rebuild:
        typer.echo(
            f"The index at {engine.store.root} was built by another kzsearch version: rebuilt it "
            f"from the {report.added} bundled articles.",
            err=True,
        )
    else:
        typer.echo(
            f"No index at {engine.store.root} yet: built one from the {report.added} bundled "
            "articles. Add your own with: kzsearch index FOLDER",
            err=True,
        )


def _holds_only_bundled_articles(engine) -> bool:
    """True for an index built from bundled articles alone (this install's, or another
    install's seeds folder, gone or holding the same files): it rebuilds in a second."""
    from search.bundled import bundled_articles
    from search.index import read_meta
    from search.update import path_key

    bundled = bundled_articles()
    names = sorted(p.name for p in bundled.iterdir())

    def is_bundled(root: str) -> bool:
        if root == path_key(bundled):
            return True
        folder = Path(root)
        return folder.name == "seeds" and (
            not folder.is_dir() or sorted(p.name for p in folder.iterdir()) == names
        )

    roots = read_meta(engine.store.current()).get("roots", [])
    return bool(roots) and all(is_bundled(r) for r in roots)


def _hit_json(hit) -> dict:
    return {
        "path": hit.path,
        "ref": hit.ref,
        "title": hit.title,
        "date": hit.date.isoformat() if hit.date else None,
        "score": round(hit.score, 4),
        "snippet": hit.snippet,
        "highlights": [list(s) for s in hit.highlights],
    }


def _print_hits(hits) -> None:
    colour = _colour()
    for rank, hit in enumerate(hits, 1):
        date = f"  ({hit.date.isoformat()})" if hit.date else ""
        typer.echo(f"{rank}. {_mark(hit.title, hit.title_highlights, colour)}{date}")
        ref = f"  [{hit.ref}]" if hit.ref else ""
        typer.echo(f"   {_display_path(hit.path)}{ref}")
        typer.echo(f"   {_mark(hit.snippet, hit.highlights, colour)}\n")


@app.command("index")
def index_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (default: the folders already indexed)."),
    ] = None,
    rebuild: Annotated[
        bool,
        typer.Option("--rebuild", help="Build a new index from scratch and swap it in atomically."),
    ] = False,
    wait: Annotated[
        float, typer.Option("--wait", min=0, help="Seconds to wait for another indexer to finish.")
    ] = 10.0,
    settle: Annotated[
        float,
        typer.Option(
            "--settle", min=0, help="Leave files modified less than this many seconds ago."
        ),
    ] = 2.0,
    index_dir: IndexDir = None,
) -> None:
    """Add new and changed articles to the index and drop deleted ones."""
    with _engine(index_dir) as engine:
        engine.lock_timeout = wait
        if not paths and not rebuild and not engine.exists:
            typer.echo(
                "kzsearch: give the article files or folders to index, e.g. kzsearch index ~/news",
                err=True,
            )
            raise typer.Exit(2)
        try:
            report = engine.index(paths or [], rebuild=rebuild, settle=settle, progress=_progress())
        except SearchError as e:
            raise _fail(e) from None
    _warn(report.problems)
    typer.echo(_summary(report))


MAX_WARNINGS = 20


def _warn(problems: list[str]) -> None:
    """One line per problem, at most MAX_WARNINGS, then a count of the rest."""
    for problem in problems[:MAX_WARNINGS]:
        typer.echo(f"warning: {problem}", err=True)
    if len(problems) > MAX_WARNINGS:
        typer.echo(f"warning: ... and {len(problems) - MAX_WARNINGS:,} more", err=True)


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= 200:
            end = "\n" if done == total else ""
            typer.echo(f"\rindexing {done:,}/{total:,} files", err=True, nl=False)
            if end:
                typer.echo("", err=True)

    return show


def _summary(report) -> str:
    counts = (
        f"added {report.added}, updated {report.updated}, removed {report.removed}, "
        f"unchanged {report.unchanged}, skipped {report.skipped} in {report.seconds:.1f} s"
    )
    return counts if report.changed else f"index is up to date, nothing written: {counts}"


@app.command("watch")
def watch_command(
    folder: Annotated[Path, typer.Argument(help="The folder to keep indexed.")],
    index_dir: IndexDir = None,
) -> None:
    """Keep the index current as files appear, change or go, until Ctrl-C."""
    from search.watch import watch

    typer.echo(f"watching {folder} (Ctrl-C to stop)", err=True)
    with _engine(index_dir) as engine:
        try:
            for report in watch(engine, folder):
                _warn(report.problems)
                if report.changed:
                    typer.echo(_summary(report))
        except SearchError as e:
            raise _fail(e) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None


@app.command("verify")
def verify_command(index_dir: IndexDir = None) -> None:
    """Check that every file of the index is present and readable."""
    with _engine(index_dir) as engine:
        try:
            summary = engine.verify()
        except SearchError as e:
            raise _fail(e) from None
    typer.echo(summary)


@app.command("analyze")
def analyze_command(
    text: Annotated[str, typer.Argument(help="Text to analyze.")],
) -> None:
    """Show each token's offsets, exact term, variant keys and removed ending."""
    from search.engine import SearchEngine

    for t in SearchEngine.analyze(text):
        ending = f"  ending -{t.ending} ({t.language})" if t.ending else ""
        keys = " ".join(t.keys) or "-"
        typer.echo(f"{t.start:>5}-{t.end:<5} {t.text:<20} exact {t.exact:<16} keys {keys}{ending}")


@app.command("variants")
def variants_command(
    word: Annotated[str, typer.Argument(help="A word or name, in any spelling or script.")],
    index_dir: IndexDir = None,
) -> None:
    """List the spellings in the index that share WORD's key, with article counts."""
    with _engine(index_dir) as engine:
        try:
            found = engine.variants(word)
        except SearchError as e:
            raise _fail(e) from None
    if not found:
        typer.echo(f"No spelling of {word!r} in the index.", err=True)
        raise typer.Exit(NO_RESULTS)
    typer.echo(", ".join(f"{v.spelling} {v.articles}" for v in found))


def with_default_command(args: list[str]) -> list[str]:
    """Insert `search` when the first argument is not a command: `kzsearch QUERY`."""
    if args and args[0] not in COMMANDS and args[0] not in ("--help", "-h"):
        return ["search", *args]
    return args


def main() -> None:
    try:
        app(args=with_default_command(sys.argv[1:]), prog_name="kzsearch")
    except KeyboardInterrupt:
        sys.exit(130)
