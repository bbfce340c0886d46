"""Files, stdin, HTML/Markdown -> Article (text + title/published/byline).

Why it works the way it does:

* Offsets reported by policyscan index into ``Article.text``. For plain text and
  Markdown that text has exactly the length of the decoded input: markup, the
  dateline, the byline and "Published ..." lines are *blanked* with spaces (newlines
  kept) rather than cut, so an offset is also an offset into the original file's
  characters. HTML has no such promise: its text is what trafilatura extracted,
  one paragraph per block, separated by blank lines.
* Relative dates resolve against the publication date, so it is read from the
  page's own metadata or the article's header lines, never from "now".
* Every input is bounded: we read at most ``max_bytes + 1`` bytes, every regex is
  linear or capped, and HTML that lxml/trafilatura cannot cope with falls back
  to a plain tag strip.
* Only the exceptions of :mod:`policyscan.errors` leave this package; nothing here
  prints or exits.

The steps, one module each: ``sniff`` (binary magic bytes, policyscan's own output, the format by content),
``decode`` (bytes -> str), then a reader chosen by suffix from ``READERS``
(``plain``, ``md``, ``html_page``; ``header``, ``html_meta`` and ``dates`` find the
title, byline, dateline and publication date). A new input format is one module
that defines ``READER = Reader("name", read)`` and one line in ``READERS``.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

from policyscan.errors import InputInvalid, InputNotFound, InputUnreadable
from policyscan.load import html_page, md, plain
from policyscan.load.article import Article, Reader
from policyscan.load.dates import parse_date_option, parse_published
from policyscan.load.decode import decode_bytes
from policyscan.load.sniff import check_magic, check_not_our_output, content_format
from policyscan.load.text import has_letters

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "READERS",
    "Article",
    "Reader",
    "load_bytes",
    "load_path",
    "parse_date_option",
    "parse_published",
]

DEFAULT_MAX_BYTES = 5_000_000

# A new input format is one module with a ``READER`` and one line here (the suffix, lower case).
READERS: dict[str, Reader] = {
    ".txt": plain.READER,
    ".md": md.READER,
    ".markdown": md.READER,
    ".html": html_page.READER,
    ".htm": html_page.READER,
}
ARTICLE_SUFFIXES = tuple(READERS)
_BY_FORMAT = {reader.format: reader for reader in READERS.values()}


def load_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Article:
    """Read one article file ('-' is stdin); the format comes from the suffix or the content."""
    name = str(path)
    if name == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise InputUnreadable("standard input is closed", path="-")
        raw = sys.stdin.buffer.read(max_bytes + 1)
        return load_bytes(raw, path="-", max_bytes=max_bytes, encoding=encoding)
    p = Path(path)
    _check_readable(p, name)
    try:
        with p.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputUnreadable("permission denied", path=name) from None
    except IsADirectoryError:
        raise InputUnreadable("is a directory, not an article file", path=name) from None
    except OSError as exc:
        raise InputUnreadable(f"cannot read: {exc.strerror or exc}", path=name) from None
    return load_bytes(raw, path=name, max_bytes=max_bytes, encoding=encoding, suffix=p.suffix.lower())


def load_bytes(
    raw: bytes,
    *,
    path: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    suffix: str | None = None,
) -> Article:
    """Decode, classify and clean one article given as bytes."""
    if len(raw) > max_bytes:
        raise InputInvalid(f"larger than the limit of {max_bytes} bytes (see --max-bytes)", path=path)
    if not raw.strip():
        raise InputInvalid("empty file", path=path)
    check_magic(raw, path)
    text, used, warnings = decode_bytes(raw, encoding, path)
    if not text.replace("\ufeff", "").strip():
        raise InputInvalid("empty file", path=path)
    check_not_our_output(text, path)
    reader = READERS.get(suffix or "") or _BY_FORMAT[content_format(text)]
    parsed = reader.read(text, path)
    if not has_letters(parsed.text):
        raise InputInvalid(reader.no_text, path=path)
    return Article(
        text=parsed.text,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=reader.format,
        encoding=used,
        title=parsed.title,
        byline=parsed.byline,
        dateline=parsed.dateline,
        published=parsed.published,
        published_from=parsed.published_from,
        warnings=tuple(warnings + parsed.warnings),
        page_day=parsed.page_day,
    )


def _check_readable(p: Path, name: str) -> None:
    try:
        info = os.stat(p)
    except (FileNotFoundError, NotADirectoryError):
        raise InputNotFound("no such file", path=name) from None
    except PermissionError:
        raise InputUnreadable("permission denied", path=name) from None
    except OSError as exc:
        raise InputUnreadable(f"cannot read: {exc.strerror or exc}", path=name) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputUnreadable("is a directory, not an article file", path=name)
