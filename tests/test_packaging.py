"""A non-editable install carries the bundled articles and the analyzer's data files."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if build.returncode:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip().splitlines()[-1:]}")
    [path] = out.glob("kzsearch-*.whl")
    return path


def test_wheel_holds_seeds_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = sorted(n for n in names if n.startswith("search/seeds/"))
    assert [Path(n).name for n in seeds] == sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert "analyzers/data/place_aliases.tsv" in names
    assert "analyzers/data/spelling_exclusions.tsv" in names


def test_installed_package_finds_its_bundled_articles(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), wheel],
        check=True,
    )
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from search.bundled import bundled_articles; print(bundled_articles())",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": ""},
    ).stdout.strip()
    assert Path(found) == target / "search" / "seeds"
    assert len(list(Path(found).glob("*.txt"))) == 5
