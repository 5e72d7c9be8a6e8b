"""The kzsearch command line through typer's CliRunner, plus one run of the real console script."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from search import cli
from search.cli import COMMANDS, app, with_default_command
from tests.conftest import ENGINE_FIXTURES, ROOT, WABTEC_SEED

runner = CliRunner()
SUMMARY = r"added (\d+), updated (\d+), removed (\d+), unchanged (\d+), skipped (\d+) in \d+\.\d s"


def kzsearch(*args: str, **options):
    """Run the CLI as `kzsearch ARGS...`, with a search query as the default command."""
    return runner.invoke(app, with_default_command(list(args)), prog_name="kzsearch", **options)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Never touch the user's index; start without NO_COLOR."""
    monkeypatch.setenv("KZSEARCH_INDEX", str(tmp_path / "default-index"))
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def articles(tmp_path) -> Path:
    """A copy of the engine fixtures, old enough that `kzsearch index` does not wait for them."""
    folder = tmp_path / "articles"
    shutil.copytree(ENGINE_FIXTURES, folder)
    an_hour_ago = time.time() - 3600
    for file in folder.iterdir():
        os.utime(file, (an_hour_ago, an_hour_ago))
    return folder


# Search output


def test_search_prints_rank_title_date_file_and_snippet(engine_index):
    result = kzsearch("Aktau", "--index", str(engine_index))
    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "1. Caspian pipeline talks resume in **Aktau**  (2024-03-15)"
    assert lines[1].strip().endswith(str(Path("engine") / "en_caspian_pipeline.txt"))
    assert lines[2].startswith("   **AKTAU** – Energy ministers from Kazakhstan and Azerbaijan")
    assert "met in **Aktau** on Friday" in lines[2]
    assert lines[3] == ""


def test_search_ranks_hits_and_respects_limit(engine_index):
    result = kzsearch("Tokayev", "--limit", "3", "--index", str(engine_index))
    assert result.exit_code == 0
    ranks = [line.split(".")[0] for line in result.stdout.splitlines() if re.match(r"\d+\. ", line)]
    assert ranks == ["1", "2", "3"]


def test_search_shows_cyrillic_as_written(engine_index):
    result = kzsearch("Tokayev", "--index", str(engine_index))
    assert "**Тоқаев** Ақордада Гутеррешті қабылдады  (2025-07-10)" in result.stdout
    assert "**Токаєвим**" in result.stdout


def test_search_command_can_be_named(engine_index):
    named = kzsearch("search", "Aktau", "--index", str(engine_index))
    assert named.exit_code == 0
    assert named.stdout == kzsearch("Aktau", "--index", str(engine_index)).stdout


def test_kzsearch_index_environment_variable_picks_the_index(engine_index, monkeypatch):
    monkeypatch.setenv("KZSEARCH_INDEX", str(engine_index))
    result = kzsearch("Aktau")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "Caspian pipeline talks resume in **Aktau**" in result.stdout


def test_a_corrected_typo_is_reported_on_stderr(engine_index):
    result = kzsearch("Guterez", "--index", str(engine_index))
    assert result.exit_code == 0
    assert result.stderr == "No match for 'guterez': showing results for 'guterres'\n"
    assert "**Guterres**" in result.stdout


# Colour


def test_plain_markers_when_not_a_terminal(engine_index):
    result = kzsearch("Aktau", "--index", str(engine_index), color=True)
    assert "**Aktau**" in result.stdout
    assert "\033[" not in result.stdout


def test_colour_on_a_terminal(engine_index, monkeypatch):
    monkeypatch.setattr(cli, "_colour", lambda: True)
    result = kzsearch("Aktau", "--index", str(engine_index), color=True)
    assert "\033[1;33mAktau\033[0m" in result.stdout
    assert "**" not in result.stdout


class _Terminal:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("no_color", "expected"), [(None, True), ("1", False), ("", True)], ids=["unset", "1", "empty"]
)
def test_no_color_turns_colour_off(monkeypatch, no_color, expected):
    monkeypatch.setattr(cli.sys, "stdout", _Terminal())
    if no_color is not None:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert cli._colour() is expected


# JSON


def test_json_is_an_array_of_hits(engine_index):
    result = kzsearch("Aktau OR Wabtec", "--json", "--index", str(engine_index))
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert [Path(h["path"]).name for h in hits][0] == "en_caspian_pipeline.txt"
    assert {"path", "title", "date", "score", "snippet", "highlights"} <= set(hits[0])
    assert hits[0]["date"] == "2024-03-15"
    assert hits[0]["title"] == "Caspian pipeline talks resume in Aktau"
    assert Path(hits[0]["path"]).is_absolute()
    for hit in hits:
        assert isinstance(hit["score"], float)
        words = [hit["snippet"][start:end] for start, end in hit["highlights"]]
        assert words and {w.lower() for w in words} <= {"aktau", "wabtec"}
    assert [h["date"] for h in hits if "001_" in h["path"]] == [None]


def test_json_keeps_cyrillic_readable(engine_index):
    result = kzsearch("Тоқаев", "--json", "--limit", "1", "--index", str(engine_index))
    assert result.exit_code == 0
    assert '"title": "Тоқаев Ақордада Гутеррешті қабылдады"' in result.stdout
    assert "\\u" not in result.stdout
    [hit] = json.loads(result.stdout)
    assert [hit["snippet"][s:e] for s, e in hit["highlights"]] == ["Тоқаев", "Тоқаевтың"]


def test_json_with_no_hits_is_an_empty_array(engine_index):
    result = kzsearch("Tokaji", "--json", "--index", str(engine_index))
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


# Exit codes


def test_no_results_is_exit_1_with_a_message(engine_index):
    result = kzsearch("Tokaji", "--index", str(engine_index))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "No articles match 'Tokaji'.\n"


@pytest.mark.parametrize(
    "query",
    ["NOT OR foo", "*", "?*", "a*", "[a TO z]", '"unclosed', "(Tokayev", "x" * 100_000,
     " ".join(f"w{n}" for n in range(65))],
    ids=["operators", "star", "any", "short prefix", "range", "quote", "bracket", "100 kB",
         "65 words"],
)  # fmt: skip
def test_a_bad_query_is_one_line_and_exit_2(engine_index, query):
    began = time.perf_counter()
    result = kzsearch(query, "--index", str(engine_index))
    assert time.perf_counter() - began < 1.0
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("kzsearch: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_a_bad_limit_is_a_usage_error():
    result = kzsearch("Tokayev", "--limit", "0")
    assert result.exit_code == 2
    assert "--limit" in result.stderr


# The first search


def test_first_search_builds_the_index_from_the_bundled_articles(tmp_path, monkeypatch):
    index_dir = tmp_path / "fresh"
    monkeypatch.setenv("KZSEARCH_INDEX", str(index_dir))
    first = kzsearch("Wabtec locomotives")
    assert first.exit_code == 0
    assert first.stderr == (
        f"No index at {index_dir} yet: built one from the 5 bundled articles. "
        "Add your own with: kzsearch index FOLDER\n"
    )
    assert WABTEC_SEED in first.stdout.splitlines()[1]
    again = kzsearch("Wabtec locomotives")
    assert again.exit_code == 0
    assert again.stderr == ""
    assert again.stdout == first.stdout


def _age_index(index_dir: Path, *, roots: list[str] | None = None) -> None:
    """Make the live generation look built by an older analyzer (and from other roots)."""
    [meta_file] = index_dir.glob("gen-*/kzsearch.json")
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta["analyzer_version"] = 0
    if roots is not None:
        meta["roots"] = roots
    meta_file.write_text(json.dumps(meta), encoding="utf-8")


@pytest.mark.parametrize("other_install", ["none", "gone", "copy"])
def test_an_outdated_index_of_bundled_articles_is_rebuilt_by_a_search(
    tmp_path, monkeypatch, other_install
):
    index_dir = tmp_path / "default"
    monkeypatch.setenv("KZSEARCH_INDEX", str(index_dir))
    assert kzsearch("Wabtec").exit_code == 0
    old_seeds = tmp_path / "old-install" / "seeds"
    if other_install == "copy":
        shutil.copytree(ROOT / "seeds", old_seeds)
    _age_index(index_dir, roots=None if other_install == "none" else [str(old_seeds)])
    result = kzsearch("Wabtec locomotives")
    assert result.exit_code == 0
    assert result.stderr == (
        f"The index at {index_dir} was built by another kzsearch version: rebuilt it from the "
        "5 bundled articles.\n"
    )
    assert WABTEC_SEED in result.stdout.splitlines()[1]


def test_an_outdated_index_of_the_users_articles_is_refused_with_exit_7(tmp_path, articles):
    index = str(tmp_path / "ix")
    assert kzsearch("index", str(articles), "--index", index).exit_code == 0
    _age_index(tmp_path / "ix")
    result = kzsearch("Tokayev", "--index", index)
    assert result.exit_code == 7
    assert result.stderr.rstrip().endswith("kzsearch index --rebuild")
    assert result.stderr.count("\n") == 1


def test_a_bad_first_query_builds_nothing(tmp_path, monkeypatch):
    index_dir = tmp_path / "fresh"
    monkeypatch.setenv("KZSEARCH_INDEX", str(index_dir))
    result = kzsearch("*")
    assert result.exit_code == 2
    assert "No index" not in result.stderr
    assert kzsearch("verify").exit_code == 3


# index


def test_index_prints_a_summary_then_nothing_written(tmp_path, articles):
    index_dir = str(tmp_path / "index")
    first = kzsearch("index", str(articles), "--index", index_dir)
    assert first.exit_code == 0
    assert re.fullmatch(SUMMARY + "\n", first.stdout)
    assert re.match(SUMMARY, first.stdout).groups() == ("5", "0", "0", "0", "0")

    second = kzsearch("index", str(articles), "--index", index_dir)
    assert second.exit_code == 0
    assert re.fullmatch("index is up to date, nothing written: " + SUMMARY + "\n", second.stdout)

    again = kzsearch("index", "--index", index_dir)  # no paths: the folders already indexed
    assert again.exit_code == 0
    assert again.stdout.startswith("index is up to date, nothing written: ")


def test_index_warns_about_a_skipped_file(tmp_path, articles):
    (articles / "broken.txt").write_bytes(b"\0\0binary")
    os.utime(articles / "broken.txt", (time.time() - 3600,) * 2)
    result = kzsearch("index", str(articles), "--index", str(tmp_path / "index"))
    assert result.exit_code == 0
    assert result.stderr.startswith("warning: skipped ")
    assert "broken.txt" in result.stderr
    assert re.match(SUMMARY, result.stdout).groups() == ("5", "0", "0", "0", "1")


def test_index_without_paths_or_index_says_what_to_give(tmp_path):
    result = kzsearch("index", "--index", str(tmp_path / "index"))
    assert result.exit_code == 2
    assert result.stderr == (
        "kzsearch: give the article files or folders to index, e.g. kzsearch index ~/news\n"
    )


# analyze, variants, verify


def test_analyze_shows_offsets_terms_and_keys():
    result = kzsearch("analyze", "Тоқаевтың Wabtec")
    assert result.exit_code == 0
    first, second = result.stdout.splitlines()
    assert first.split()[:2] == ["0-9", "Тоқаевтың"]
    assert "~tokaev" in first.split()
    assert second.split()[:2] == ["10-16", "Wabtec"]
    assert "exact wabtec" in " ".join(second.split())


def test_variants_lists_every_spelling_with_counts(engine_index):
    result = kzsearch("variants", "Tokayev", "--index", str(engine_index))
    assert result.exit_code == 0
    counts = dict(item.rsplit(" ", 1) for item in result.stdout.strip().split(", "))
    assert {"Tokayev", "Toqayev", "Тоқаев", "Токаев"} <= set(counts)
    assert counts["Tokayev"] == "4"
    assert [s for s in counts if s.endswith(("'s", "\u2019s"))] == []


def test_variants_of_an_unknown_word_is_exit_1(engine_index):
    result = kzsearch("variants", "Qwertyuiop", "--index", str(engine_index))
    assert result.exit_code == 1
    assert result.stderr == "No spelling of 'Qwertyuiop' in the index.\n"


def test_verify_summarises_a_healthy_index(engine_index):
    result = kzsearch("verify", "--index", str(engine_index))
    assert result.exit_code == 0
    assert result.stdout.startswith("index OK: 14 articles from 14 files, ")


def test_verify_without_an_index_is_an_error(tmp_path):
    result = kzsearch("verify", "--index", str(tmp_path / "none"))
    assert result.exit_code == 3
    assert result.stderr.startswith(f"kzsearch: no index at {tmp_path / 'none'} yet")


# Help and docs


def _registered() -> dict[str, typer.models.CommandInfo]:
    return {c.name or c.callback.__name__: c for c in app.registered_commands}


def test_commands_list_matches_the_app():
    assert set(COMMANDS) == set(_registered())


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_app_help_lists_every_command(flag):
    result = kzsearch(flag)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: kzsearch [OPTIONS] COMMAND [ARGS]...")
    for name in COMMANDS:
        assert re.search(rf"^  {name}\s+\S", result.stdout, re.M), name


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_text(name):
    command = _registered()[name]
    summary = (command.help or command.callback.__doc__ or "").strip().splitlines()[0]
    assert len(summary) > 10
    result = kzsearch(name, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: kzsearch {name} [OPTIONS]")
    assert summary in " ".join(result.stdout.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    forms = [f"kzsearch {name}"] + (['kzsearch "'] if name == "search" else [])
    assert any(form in readme for form in forms), f"README.md never shows `kzsearch {name}`"


def test_with_default_command_inserts_search():
    assert with_default_command(["Wabtec locomotives"]) == ["search", "Wabtec locomotives"]
    assert with_default_command(["--json", "Wabtec"]) == ["search", "--json", "Wabtec"]
    assert with_default_command(["index", "news"]) == ["index", "news"]
    assert with_default_command(["--help"]) == ["--help"]
    assert with_default_command([]) == []


# The real console script, end to end


def _console_script() -> str:
    beside = Path(sys.executable).parent / "kzsearch"
    found = str(beside) if beside.exists() else shutil.which("kzsearch")
    if found is None:
        pytest.skip("the kzsearch console script is not installed")
    return found


def test_end_to_end_from_a_fresh_index(tmp_path):
    env = {**os.environ, "KZSEARCH_INDEX": str(tmp_path / "index"), "NO_COLOR": "1"}
    done = subprocess.run(
        [_console_script(), "Wabtec locomotives"],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(f"No index at {tmp_path / 'index'} yet: built one from the 5 ")
    assert done.stderr.count("\n") == 1
    title, file, snippet = done.stdout.splitlines()[:3]
    assert title == "1. New York: Toqayev Speaks With Trump, Zelenskyy, and UN Leaders"
    assert file.strip().endswith(WABTEC_SEED)
    assert "**Wabtec**" in snippet
    assert "**locomotives**" in snippet
    assert "\033[" not in done.stdout


def test_index_leaves_a_file_being_written_unless_settle_is_zero(tmp_path):
    folder = tmp_path / "fresh"
    folder.mkdir()
    (folder / "new.txt").write_text("Fresh headline\n\nJust written.\n", encoding="utf-8")
    index = str(tmp_path / "ix")
    waiting = kzsearch("index", str(folder), "--index", index)
    assert waiting.exit_code == 0
    assert "for the next run: modified less than 2 s ago" in waiting.stderr
    assert re.search(SUMMARY, waiting.stdout).groups() == ("0", "0", "0", "0", "1")
    now = kzsearch("index", str(folder), "--index", index, "--settle", "0")
    assert re.search(SUMMARY, now.stdout).groups() == ("1", "0", "0", "0", "0")


def test_analyze_shows_a_hyphenated_names_compound_key():
    result = kzsearch("analyze", "Нұр-Сұлтанда")
    assert result.exit_code == 0
    first, second = result.stdout.splitlines()
    assert "^nursultan" not in first.split()
    assert {"^nursultanda", "^nursultan"} <= set(second.split())
    assert "ending -да (kk)" in second


def test_a_search_imports_neither_indexing_nor_typo_correction_code() -> None:
    """A cold `kzsearch QUERY` imports only what a search needs (the cold-start target)."""
    code = (
        "import sys, search.cli, search.engine; "
        "print(sorted(m for m in ('search.update', 'search.parallel', 'multiprocessing', "
        "'rapidfuzz') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
