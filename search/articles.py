"""Article files (.txt, .md, .json, .jsonl) -> `Article` records.

The body keeps the article's own spelling: only line endings, a byte order mark, metadata
lines and trailing link lists are removed, so analyzer offsets point into what is stored.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime
import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from search.errors import ArticleError

SUPPORTED_SUFFIXES = (".txt", ".md", ".json", ".jsonl")
MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files are skipped with an ArticleError
TITLE_WORDS = 12  # a derived title that is not one short sentence keeps this many words

OnProblem = Callable[[str], None]

_BOMS = {codecs.BOM_UTF32_LE: "utf-32", codecs.BOM_UTF32_BE: "utf-32", codecs.BOM_UTF8: "utf-8-sig"}
_BOMS |= {codecs.BOM_UTF16_LE: "utf-16", codecs.BOM_UTF16_BE: "utf-16"}  # FF FE 00 00 is UTF-32
_KINDS = {stat.S_IFDIR: "directory", stat.S_IFIFO: "FIFO"}
_DATE_MARK = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_META = re.compile(r"[ \t]*(photo|original author|author)[ \t]*:[ \t]*(\S.{0,198}?)[ \t]*", re.I)
_LINK_MARKER = re.compile(  # the line that opens a trailing list of other headlines
    r"(?i)[ \t]*(?:#+[ \t]*)?(?:latest news|read also|also read|read more|see also"
    r"|more on this topic|related(?: articles| news| stories)?)[ \t]*:?[ \t]*"
)
_BULLET = re.compile(r"^[ \t]*(?:[-*•–—]|\d+[.)])[ \t]+")
_DASH = re.compile(r"\s[–—-]{1,2}\s")
_INITIALS_END = re.compile(r"(?:^|\s)(?:\w\.){2,}$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s+")
# A full stop after these does not end a sentence: initials ("U.S", "J") and abbreviations.
_ABBREVIATION = re.compile(
    r"(?i)(?:[^\W\d_]\.)*[^\W\d_]|mrs?|ms|dr|st|jr|sr|prof|gen|col|lt|sen|rep|gov|no|vs|etc|inc|corp|ltd"
    r"|co|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_H1 = re.compile(r"#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*")
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]+(.*)")


@dataclass(frozen=True, slots=True)
class Article:
    """One article: the searchable title and body plus the metadata shown with a hit."""

    path: Path
    title: str
    body: str
    date: datetime.date | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    ref: str = ""  # place inside a multi-article file: a .jsonl "id" or "line N"
    photo: str | None = None


class _BadRecord(ValueError):
    """One .jsonl line or .json object that holds no usable article."""


def read_articles(
    path: str | bytes | os.PathLike[str], *, on_problem: OnProblem | None = None
) -> list[Article]:
    """Read one article file; a bad file raises ArticleError, bad .jsonl lines go to on_problem.

    ``read_articles("news.jsonl", on_problem=problems.append)`` returns the good lines and
    appends one message per skipped line; without on_problem skipped lines are not reported.
    """
    path = Path(os.fsdecode(path))
    _parser(path, path.suffix)  # refuse an unsupported file before reading it
    text = decode(_read_bytes(path), path=path)
    return parse_text(text, path=path, suffix=path.suffix, on_problem=on_problem)


def parse_text(
    text: str, *, path: Path, suffix: str, on_problem: OnProblem | None = None
) -> list[Article]:
    """Parse decoded text as if read from path with this suffix (".txt", ".md", ...)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _error(path, "empty file")
    return _parser(path, suffix)(text, path, on_problem or (lambda problem: None))


def decode(data: bytes, *, path: Path) -> str:
    """File bytes -> text: a byte order mark decides, else UTF-8, else cp1252."""
    marked = next((codec for bom, codec in _BOMS.items() if data.startswith(bom)), None)
    if marked is None and b"\0" in data[: 8 * 1024]:
        raise _error(path, "binary file (NUL bytes in the first 8 KB)")
    for codec in [marked] if marked else ["utf-8", "cp1252"]:
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(codec)
    raise _error(path, f"not {marked or 'UTF-8 or cp1252'} text; save it as UTF-8")


def _error(path: Path, reason: str) -> ArticleError:
    """A one-line error; file name bytes that are not UTF-8 show as \\xNN."""
    name = os.fsencode(path).decode("utf-8", "backslashreplace")
    name = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in name)
    return ArticleError(f"skipped {name}: {reason}")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes; stat comes first so a FIFO or a device is never opened."""
    too_large = f"larger than {MAX_FILE_BYTES:,} bytes; split it into smaller files"
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            kind = _KINDS.get(stat.S_IFMT(info.st_mode), "special file")
            raise _error(path, f"not a regular file ({kind})")
        if info.st_size > MAX_FILE_BYTES:
            raise _error(path, too_large)
        # O_NONBLOCK: should a FIFO replace the file after the stat, open still returns.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        reason = "dangling symlink; fix or remove the link" if os.path.islink(path) else "not found"
        raise _error(path, reason) from None
    except PermissionError:
        raise _error(path, "permission denied; make the file readable") from None
    except OSError as exc:
        raise _error(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:  # it grew after the stat
        raise _error(path, too_large)
    return data


def _parser(path: Path, suffix: str) -> Callable[[str, Path, OnProblem], list[Article]]:
    if (parse := _PARSERS.get(suffix.lower())) is None:
        shown = repr(suffix) if suffix else "(no suffix)"
        raise _error(path, f"unsupported file type {shown}; use {', '.join(SUPPORTED_SUFFIXES)}")
    return parse


def _parse_plain(text: str, path: Path, on_problem: OnProblem) -> list[Article]:
    """A .txt article: optional ` date YYYY-MM-DD` marker, headline, metadata lines, body."""
    mark = _DATE_MARK.match(text)
    date, text = (_parse_date(mark[1]), text[mark.end() :]) if mark else (None, text)
    lines, meta = _boilerplate(text.split("\n"))
    body = "\n".join(lines).strip()
    if not body:
        raise _error(path, "no article text besides its metadata")
    first, _, rest = body.partition("\n")
    first, rest = first.rstrip(), rest.strip()
    if rest and _is_short(first) and not (_ends_sentence(first) or _dateline_end(first)):
        title, body = first, rest
    else:
        title = _derive_title(body)
    return [Article(path, title, body, date, meta.get("author"), photo=meta.get("photo"))]


def _parse_markdown(text: str, path: Path, on_problem: OnProblem) -> list[Article]:
    """A .md article: `key: value` front matter or the first `# heading` gives the title."""
    lines, front = text.split("\n"), {}
    if lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), 0)
        if not end:
            raise _error(path, "front matter has no closing '---' line; add one")
        front, lines = _front_matter(lines[1:end]), lines[end + 1 :]
    (lines, meta), title = _boilerplate(lines), front.get("title")
    heading = next((i for i, line in enumerate(lines) if _H1.fullmatch(line)), None)
    if not title and heading is not None:
        title = _H1.fullmatch(lines.pop(heading))[1]
    if not (body := "\n".join(lines).strip()):
        raise _error(path, "no article text besides its title and metadata")
    date, author = _parse_date(front.get("date")), front.get("author") or meta.get("author")
    source, url, title = front.get("source"), front.get("url"), title or _derive_title(body)
    return [Article(path, title, body, date, author, source, url, photo=meta.get("photo"))]


def _parse_json(text: str, path: Path, on_problem: OnProblem) -> list[Article]:
    """A .json file: one object with title, body (or text, content), date, url, ..."""
    try:
        return [_from_json(text, path, line=0)]
    except _BadRecord as exc:
        raise _error(path, str(exc)) from None


def _parse_jsonl(text: str, path: Path, on_problem: OnProblem) -> list[Article]:
    """A .jsonl file: one object per line; bad lines go to on_problem and are skipped."""
    articles: list[Article] = []
    refs: set[str] = set()
    for number, line in enumerate(text.split("\n"), 1):
        try:
            if line.strip():
                article = _from_json(line, path, line=number)
                if article.ref in refs:
                    raise _BadRecord(f"duplicate id {article.ref!r}")
                articles.append(article)
                refs.add(article.ref)
        except _BadRecord as exc:
            on_problem(str(_error(path, f"line {number}: {exc}")))
    if not articles:
        raise _error(path, "no valid lines; each line must be one JSON object with a body")
    return articles


def _from_json(text: str, path: Path, *, line: int) -> Article:
    """One JSON object -> Article; a .jsonl line (line > 0) gets its "id" or "line N" as ref."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if line else f"line {exc.lineno}"
        raise _BadRecord(f"not valid JSON ({exc.msg} at {where})") from None
    if not isinstance(record, dict):
        raise _BadRecord("not one JSON object; a .jsonl file holds one per line")
    body = next((record[k] for k in ("body", "text", "content") if record.get(k)), None)
    if not isinstance(body, str) or not body.strip():
        raise _BadRecord('no article text (a "body", "text" or "content" string)')
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    fields = {k: v.strip() for k, v in record.items() if isinstance(v, str) and v.strip()}
    ref = str(record["id"]) if record.get("id") not in (None, "") else f"line {line}"
    title, date = fields.get("title") or _derive_title(body), _parse_date(fields.get("date"))
    author, source, url, photo = (fields.get(k) for k in ("author", "source", "url", "photo"))
    return Article(path, title, body, date, author, source, url, ref if line else "", photo)


def _parse_date(value: object) -> datetime.date | None:
    """ISO date or datetime text -> its date; anything else -> None."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return datetime.datetime.fromisoformat(value.strip()).date()
    return None


def _front_matter(lines: list[str]) -> dict[str, str]:
    """Top-level `key: value` lines: 'it''s' and "say \\"hi\\"" unquoted, a ` # comment` cut."""
    front = {}
    for pair in filter(None, (_KEY_VALUE.fullmatch(line.rstrip()) for line in lines)):
        value = pair[2]
        if len(value) > 1 and value[0] == value[-1] == "'":
            value = value[1:-1].replace("''", "'")
        elif len(value) > 1 and value[0] == value[-1] == '"':
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        else:
            value = value.split(" #", 1)[0].rstrip()
        front[pair[1].lower()] = value
    return front


def _boilerplate(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Split off `Photo:` / `Original Author:` lines and a trailing `Latest news` link list."""
    kept, meta = [], {}
    for line in lines:
        if found := _META.fullmatch(line):
            meta.setdefault("photo" if found[1].lower() == "photo" else "author", found[2])
        else:
            kept.append(line)
    cut, has_items = len(kept), False
    for number in range(len(kept) - 1, -1, -1):
        if _LINK_MARKER.fullmatch(kept[number]):
            cut = number if has_items else cut
        elif not _is_short(_BULLET.sub("", kept[number])):
            break
        has_items = has_items or bool(kept[number].strip())
    return kept[:cut], meta


def _is_short(line: str) -> bool:
    return len(line) <= 200 and len(line.split()) <= 25


def _ends_sentence(text: str) -> bool:
    return text.endswith(".") and not text.endswith("...") and not _INITIALS_END.search(text)


def _dateline_end(line: str) -> int:
    """Length of a leading dateline such as 'ALMATY – ' or 'ASTANA (Reuters) - ', else 0."""
    if (dash := _DASH.search(line, 0, 60)) is None:
        return 0
    place = re.split(r"[,(]", line[: dash.start()], maxsplit=1)[0].strip()
    return dash.end() if len(place) >= 3 and place.isupper() else 0


def _derive_title(body: str) -> str:
    """The first sentence when it is short, else the first words and an ellipsis."""
    first = next(line.strip() for line in body.split("\n") if line.strip())
    sentence = first = first[_dateline_end(first) :] or first
    for end in _SENTENCE_END.finditer(first):
        word, after = first[: end.start()].rpartition(" ")[2].lstrip("(\"'“‘«"), first[end.end()]
        if word and not (_ABBREVIATION.fullmatch(word) or after.islower() or after.isdigit()):
            sentence = first[: end.end()].rstrip()
            break
    if _is_short(sentence):
        return (sentence[:-1] if _ends_sentence(sentence) else sentence) or sentence
    return " ".join(first.split(maxsplit=TITLE_WORDS)[:TITLE_WORDS])[:200].rstrip(",;:–—-") + "…"


_PARSERS = {".txt": _parse_plain, ".md": _parse_markdown, ".json": _parse_json}
_PARSERS[".jsonl"] = _parse_jsonl
