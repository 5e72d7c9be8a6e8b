"""Tests for search.articles: every format, the seeds, and every way a file can be bad.

Expected titles and bodies live in tests/fixtures/articles/*.json: a new case needs no code.
"""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search import articles
from search.articles import Article, decode, parse_text, read_articles
from search.errors import ArticleError, SearchError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
SEPT_22, SEPT_23 = datetime.date(2025, 9, 22), datetime.date(2025, 9, 23)
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
PLAIN_TEXT = json.loads((FIXTURES / "plain_text.json").read_text(encoding="utf-8"))


def only(path: str | bytes | Path) -> Article:
    """The one article in a single-article file."""
    [article] = read_articles(path)
    return article


def error_of(path: str | bytes | Path) -> str:
    with pytest.raises(ArticleError) as caught:
        read_articles(path)
    return str(caught.value)


def parse_error_of(text: str, suffix: str) -> str:
    with pytest.raises(ArticleError) as caught:
        parse_text(text, path=Path("a" + suffix), suffix=suffix)
    return str(caught.value)


@pytest.mark.parametrize("case", EXPECTED, ids=[case["file"] for case in EXPECTED])
def test_single_article_file(case):
    article = only(ROOT / case["file"])
    found = {key: getattr(article, key) for key in ("title", "author", "photo", "source", "url")}
    found["date"] = article.date.isoformat() if article.date else None
    assert found == {key: case.get(key) for key in found}
    assert (article.path, article.ref) == (ROOT / case["file"], "")
    if "body" in case:
        assert article.body == case["body"]
    else:
        assert article.body.startswith(case["body_starts"])
        assert article.body.endswith(case["body_ends"])
        assert [text for text in case["not_in_body"] if text in article.body] == []


def test_every_seed_has_expectations():
    assert sorted(f"seeds/{path.name}" for path in SEEDS.iterdir()) == [
        case["file"] for case in EXPECTED if case["file"].startswith("seeds/")
    ]


def test_seed_bodies_are_the_file_text_without_marker_headline_and_trailers():
    text = (SEEDS / "000_160c3bc386a59029.txt").read_text(encoding="utf-8")
    assert only(SEEDS / "000_160c3bc386a59029.txt").body == text[len(" date 2025-09-23 ") :]
    lines = (SEEDS / "001_b77c83a51c02fa55.txt").read_text(encoding="utf-8").split("\n")
    assert lines[1] == "Photo: Aqorda"
    assert only(SEEDS / "001_b77c83a51c02fa55.txt").body == "\n".join(
        lines[2 : lines.index("Original Author: Rustam Muratov")]
    )


@pytest.mark.parametrize(("text", "title", "body"), PLAIN_TEXT)
def test_plain_text_title_and_body(text, title, body):
    [article] = parse_text(text, path=Path("a.txt"), suffix=".txt")
    assert (article.title, article.body) == (title, body)


@pytest.mark.parametrize(
    ("text", "date", "photo", "author"),
    [
        (" date 2025-09-23 Title\nPhoto: Aqorda\nText.", SEPT_23, "Aqorda", None),
        ("date 2025-09-22\nText.\nOriginal Author: R. Muratov", SEPT_22, None, "R. Muratov"),
        (" date 2025-02-30 Text.\nAuthor: A\nAuthor: B", None, None, "A"),
    ],
)
def test_plain_text_metadata(text, date, photo, author):
    [article] = parse_text(text, path=Path("a.txt"), suffix=".txt")
    assert (article.date, article.photo, article.author) == (date, photo, author)


@given(st.text())
def test_parsing_keeps_letters_as_written_and_only_raises_article_error(text):
    normal = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for suffix in articles.SUPPORTED_SUFFIXES:
        try:
            parsed = parse_text(text, path=Path("x" + suffix), suffix=suffix)
        except ArticleError:
            continue
        assert all(article.title for article in parsed)
        if suffix in (".txt", ".md"):
            assert all(line in normal for line in parsed[0].body.split("\n"))


def test_markdown_front_matter_must_be_closed():
    assert parse_error_of("---\ntitle: x\nBody.", ".md") == (
        "skipped a.md: front matter has no closing '---' line; add one"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON (Expecting property name enclosed in double quotes at line 1)"),
        ("[]", "not one JSON object; a .jsonl file holds one per line"),
        ('{"title": "x"}', 'no article text (a "body", "text" or "content" string)'),
        ('{"body": 5}', 'no article text (a "body", "text" or "content" string)'),
    ],
)
def test_bad_json_file(text, message):
    assert parse_error_of(text, ".json") == f"skipped a.json: {message}"


def test_jsonl_keeps_good_lines_and_reports_bad_ones():
    path, problems = FIXTURES / "news.jsonl", []
    found = read_articles(path, on_problem=problems.append)
    assert [(a.ref, a.title, a.body, a.date) for a in found] == [
        ("a1", "Toqayev meets Trump", "Talks in New York.", SEPT_22),
        ("line 2", "No id here", "Wabtec signs a $4.2 billion deal.", None),
        ("7", "Guterres visits Almaty", "Guterres visits Almaty. He meets the UN team.", None),
    ]
    assert problems == [
        f"skipped {path}: line 3: not valid JSON (Expecting ',' delimiter at column 61)",
        f"skipped {path}: line 5: not one JSON object; a .jsonl file holds one per line",
        f'skipped {path}: line 6: no article text (a "body", "text" or "content" string)',
        f"skipped {path}: line 7: duplicate id 'a1'",
    ]
    assert read_articles(path) == found


def test_jsonl_without_a_good_line_is_an_error():
    assert parse_error_of("{}\n[1]\n", ".jsonl") == (
        "skipped a.jsonl: no valid lines; each line must be one JSON object with a body"
    )


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2025-09-23", SEPT_23),
        ("2025-09-23T10:15:00+05:00", SEPT_23),
        ("2025-09-23T23:59:59.123Z", SEPT_23),
        ("2025-09-23 10:15", SEPT_23),
        (" 2025-09-22 ", SEPT_22),
        ("2025-02-30", None),
        ("23.09.2025", None),
        ("yesterday", None),
        ("", None),
        (20250923, None),
        (None, None),
        (["2025-09-23"], None),
    ],
)
def test_dates(value, date):
    text = json.dumps({"body": "Text.", "date": value})
    assert parse_text(text, path=Path("a.json"), suffix=".json")[0].date == date


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbfQazaq", "Qazaq"),
        (b"\xff\xfe" + "Қазақ".encode("utf-16-le"), "Қазақ"),
        (b"\xfe\xff" + "Қазақ".encode("utf-16-be"), "Қазақ"),
        (b"\xff\xfe\x00\x00" + "Қазақ".encode("utf-32-le"), "Қазақ"),
        (b"\x00\x00\xfe\xff" + "Қазақ".encode("utf-32-be"), "Қазақ"),
        ("Қазақ".encode(), "Қазақ"),
        ("Café – “ok”".encode("cp1252"), "Café – “ok”"),
        (b"a" * 8192 + b"\x00", "a" * 8192 + "\x00"),
    ],
)
def test_decode(data, text):
    assert decode(data, path=Path("a.txt")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"abc\x00def", "binary file (NUL bytes in the first 8 KB)"),
        ("Qazaq".encode("utf-16-le"), "binary file (NUL bytes in the first 8 KB)"),
        (b"\x81\x8d", "not UTF-8 or cp1252 text; save it as UTF-8"),
        (b"\xff\xfeA", "not utf-16 text; save it as UTF-8"),
    ],
)
def test_decode_errors(data, message):
    with pytest.raises(ArticleError) as caught:
        decode(data, path=Path("a.txt"))
    assert str(caught.value) == f"skipped a.txt: {message}"


def test_binary_and_empty_files():
    binary, empty = FIXTURES / "binary.txt", FIXTURES / "empty.txt"
    assert error_of(binary) == f"skipped {binary}: binary file (NUL bytes in the first 8 KB)"
    assert error_of(empty) == f"skipped {empty}: empty file"
    assert issubclass(ArticleError, SearchError)


def test_unsupported_suffix_is_refused_before_reading(tmp_path):
    use = "use .txt, .md, .json, .jsonl"
    assert error_of(tmp_path / "scan.pdf") == (
        f"skipped {tmp_path}/scan.pdf: unsupported file type '.pdf'; {use}"
    )
    assert error_of(tmp_path / "README") == (
        f"skipped {tmp_path}/README: unsupported file type (no suffix); {use}"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert error_of(tmp_path / "pipe.txt") == (
        f"skipped {tmp_path}/pipe.txt: not a regular file (FIFO)"
    )


def test_directory_missing_file_and_symlinks(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "link.txt").symlink_to(SEEDS / "003_048641cae682ca89.txt")
    assert error_of(tmp_path / "folder.txt") == (
        f"skipped {tmp_path}/folder.txt: not a regular file (directory)"
    )
    assert error_of(tmp_path / "gone.txt") == f"skipped {tmp_path}/gone.txt: not found"
    assert error_of(tmp_path / "dangling.txt") == (
        f"skipped {tmp_path}/dangling.txt: dangling symlink; fix or remove the link"
    )
    assert only(tmp_path / "link.txt").title == only(SEEDS / "003_048641cae682ca89.txt").title


def test_unreadable_file(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("Title\nBody.", encoding="utf-8")
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if Path(path) == secret:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    assert error_of(secret) == f"skipped {secret}: permission denied; make the file readable"


def test_oversized_file(monkeypatch):
    monkeypatch.setattr(articles, "MAX_FILE_BYTES", 1000)
    path = SEEDS / "001_b77c83a51c02fa55.txt"
    assert error_of(path) == f"skipped {path}: larger than 1,000 bytes; split it into smaller files"


def test_file_names_that_are_not_utf8(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as file:
        file.write(b"Caf\xe9 opens\nIn Almaty.")
    expected = Article(path=Path(os.fsdecode(name)), title="Café opens", body="In Almaty.")
    assert (only(name), only(os.fsdecode(name))) == (expected, expected)
    with open(name, "wb") as file:
        file.write(b"\x00")
    message = f"skipped {tmp_path}/caf\\xe9.txt: binary file (NUL bytes in the first 8 KB)"
    assert (error_of(name), error_of(os.fsdecode(name))) == (message, message)


def test_control_characters_in_names_keep_the_message_on_one_line(tmp_path):
    assert error_of(tmp_path / "a\nb.txt") == f"skipped {tmp_path}/a\\nb.txt: not found"
