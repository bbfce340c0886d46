"""Files, stdin, HTML/Markdown -> Article (text + title/published/byline).

Offsets reported by policyscan index into ``Article.text``. For plain text and
Markdown that text has exactly the length of the decoded input: markup, the
dateline and the byline are blanked with spaces rather than cut, so an offset
is also an offset into the original file's characters.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from policyscan.errors import InputInvalid, InputNotFound, InputUnreadable

DEFAULT_MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class Article:
    text: str
    path: str | None
    sha256: str
    format: str  # txt | md | html
    encoding: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: date | None = None
    published_from: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def load_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Article:
    """Read one article file ('-' is stdin)."""
    name = str(path)
    if name == "-":
        raw = sys.stdin.buffer.read(max_bytes + 1)
        return load_bytes(raw, path="-", max_bytes=max_bytes, encoding=encoding)
    p = Path(path)
    if not p.exists():
        raise InputNotFound("no such file", path=name)
    if p.is_dir():
        raise InputUnreadable("is a directory, not an article file", path=name)
    try:
        with p.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputUnreadable("permission denied", path=name) from None
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
    if len(raw) > max_bytes:
        raise InputInvalid(f"larger than the limit of {max_bytes} bytes (see --max-bytes)", path=path)
    sha = hashlib.sha256(raw).hexdigest()
    text = raw.decode(encoding or "utf-8-sig", errors="replace")
    if not text.strip():
        raise InputInvalid("empty file", path=path)
    fmt = "md" if suffix in (".md", ".markdown") else "html" if suffix in (".html", ".htm") else "txt"
    return Article(text=text, path=path, sha256=sha, format=fmt, encoding=encoding or "utf-8")
