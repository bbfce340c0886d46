"""The loaded article, what a reader returns, and the reader record itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


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
    url: str | None = None  # where a fetched page came from (after redirects)
    page_day: date | None = None  # an undated page's latest date outside the story (``load.dates.furniture_day``)


@dataclass
class Parsed:
    """What a format-specific reader found; load_bytes adds path, hash and encoding."""

    text: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: date | None = None
    published_from: str | None = None
    warnings: list[str] = field(default_factory=list)
    page_day: date | None = None


@dataclass(frozen=True)
class Reader:
    """One input format: its name in ``Article.format`` and the function that reads its text."""

    format: str
    read: Callable[[str, str | None], Parsed]
    no_text: str = "no article text"
