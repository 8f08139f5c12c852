"""Read posts in the contract's JSON Lines schema.

A malformed line (bad JSON, bad UTF-8, a missing or mistyped required field, a time without
a zone) is counted and reported with its line number through a callback; it never stops the run.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from .errors import InputError
from .post import Post, parse_time

REQUIRED = ("id", "platform", "author", "created_at", "text")
_KNOWN = set(REQUIRED) | {"author_id", "source", "lang", "urls"}
_BOM = b"\xef\xbb\xbf"
MAX_LINE = 1_000_000  # bytes; a longer line is malformed, never a memory bomb


@dataclass
class ReadStats:
    """How many lines were read, and which were skipped and why."""

    lines: int = 0
    posts: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)

    def note(self, where: str, msg: str) -> str:
        self.skipped += 1
        line = f"{where}: skipped: {msg}"
        if len(self.problems) < 1000:  # keep memory bounded on a file of garbage
            self.problems.append(line)
        return line


def post_from_json(obj: Any, *, escaped_surrogates: bool = True) -> Post:
    """Build a Post from one decoded JSON object; ValueError names the bad field. `escaped_surrogates=False`
    (the line held no `\\ud` escape) skips the lone-surrogate check."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    for name in REQUIRED:
        if name not in obj:
            raise ValueError(f"missing required field '{name}'")
        value = obj[name]
        if not isinstance(value, str) and not (name == "id" and isinstance(value, int) and not isinstance(value, bool)):
            raise ValueError(f"field '{name}' must be a string")
    for name in ("id", "platform", "author"):  # they key the post and its account: empty, all such posts are one
        if not str(obj[name]).lstrip("@").strip():
            raise ValueError(f"field '{name}' is empty")
    for name in ("author_id", "source", "lang"):
        if obj.get(name) is not None and not isinstance(obj[name], (str, int)):
            raise ValueError(f"field '{name}' must be a string")
    urls = obj.get("urls") or []
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise ValueError("field 'urls' must be a list of strings")
    if escaped_surrogates:  # only a \uD800-\uDFFF escape can make one: most lines skip the check
        for name in (*REQUIRED, "author_id", "source", "lang"):
            _encodable(name, obj.get(name))
        for url in urls:
            _encodable("urls", url)
    try:
        created = parse_time(obj["created_at"])
    except (ValueError, OverflowError) as exc:  # overflow: a year 1 or 9999 time shifted out of range
        raise ValueError(f"field 'created_at': {exc}") from None
    return Post(
        id=str(obj["id"]), platform=obj["platform"], author=obj["author"].lstrip("@"), created_at=created,
        text=obj["text"], author_id=str(obj.get("author_id") or ""), source=str(obj.get("source") or ""),
        lang=str(obj.get("lang") or ""), urls=tuple(urls), extra={k: v for k, v in obj.items() if k not in _KNOWN},
    )


def _encodable(name: str, value: Any) -> None:
    """ValueError when a string holds a lone UTF-16 surrogate: valid JSON (`"\\ud83d"`), but no UTF-8 text, and the
    detector and the database need text."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(f"field '{name}': unpaired surrogate at character {exc.start}") from None


def iter_posts(stream: IO[bytes], name: str, stats: ReadStats,
               on_problem: Callable[[str], None] | None = None) -> Iterator[Post]:
    """Yield valid posts from a binary stream of JSON lines, reporting bad lines."""
    report = on_problem or (lambda msg: None)
    for lineno, raw in enumerate(_lines(stream), start=1):
        stats.lines += 1
        if lineno == 1 and raw.startswith(_BOM):  # editors on Windows write one; it is not part of the JSON
            raw = raw[len(_BOM):]
        if not raw.strip():
            stats.lines -= 1  # blank lines are not posts and not errors
            continue
        try:
            post = _parse_line(raw)
        except ValueError as exc:
            report(stats.note(f"{name}:{lineno}", str(exc)))
            continue
        stats.posts += 1
        yield post


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # drain the rest of the over-long line
                raw = stream.readline(MAX_LINE)
            yield b"\x00too-long"
            continue
        yield raw


def _parse_line(raw: bytes) -> Post:
    if raw == b"\x00too-long":
        raise ValueError(f"line longer than {MAX_LINE} bytes")
    try:
        text = raw.decode("utf-8").rstrip("\r\n")  # a truncated object's error then points into the line, not past it
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid UTF-8 at byte {exc.start}") from None
    try:
        obj = json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    return post_from_json(obj, escaped_surrogates="\\ud" in text or "\\uD" in text)


def open_input(path: str | Path) -> tuple[IO[bytes], str]:
    """Open a post file ('-' is stdin) as bytes; InputError names an unreadable file."""
    if str(path) == "-":
        return sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(sys.stdin.read().encode()), "<stdin>"
    try:
        return open(path, "rb"), str(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read input: {exc.strerror or exc}") from None


def read_posts(path: str | Path, stats: ReadStats | None = None,
               on_problem: Callable[[str], None] | None = None) -> Iterator[Post]:
    """Yield valid posts of a JSONL file (or '-' for stdin)."""
    stats = stats if stats is not None else ReadStats()
    stream, name = open_input(path)
    try:
        yield from iter_posts(stream, name, stats, on_problem)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
