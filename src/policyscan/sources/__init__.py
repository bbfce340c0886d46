"""Articles that are not files: URLs (``fetch``), feeds and sitemaps (``feeds``), and rows
of article tables (``tables``).

Each becomes a ``SourceItem``: a small picklable tuple that batch workers (local processes
or Dask) turn into an ``Article`` with ``load_item``, exactly as a file path becomes one
with ``load_path``. ``SourceItem.path`` is what the record's ``source.path`` says and what
``--resume`` matches: the URL as requested, or ``TABLE#id=ID`` / ``TABLE#row=N``.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from policyscan.errors import BadRow
from policyscan.load import Article, load_bytes
from policyscan.sources.fetch import HTML_TYPES, FetchOptions, Page, looks_like_url

__all__ = ["FetchOptions", "SourceItem", "Sources", "article_from_page", "load_item", "load_url", "looks_like_url"]


class SourceItem(NamedTuple):
    path: str  # source.path of the record and the --resume key
    error: str | None = None  # (as batch.walk.Input) always None here: problems are in `problem`
    kind: str = "url"  # "url" | "row"
    text: str | None = None  # a row's article text
    title: str | None = None
    url: str | None = None  # a row's URL column
    published: date | None = None  # a feed entry's date (used when the page has none) or a row's date
    published_from: str | None = None
    sha256: str | None = None  # known before loading (rows): --resume compares it too
    problem: str | None = None  # a bad row: becomes its error record


class Sources(NamedTuple):
    """What ``policyscan batch`` reads besides files and folders: the items, and the local
    files they came from (an output file must not be one of them)."""

    items: list[SourceItem]
    files: list[str]

    def __bool__(self) -> bool:
        return bool(self.items or self.files)


def load_url(
    url: str,
    options: FetchOptions,
    *,
    polite: bool = False,
    encoding: str | None = None,
) -> Article:
    """Fetch one page and load it as an article (``source.url`` is the URL after redirects)."""
    from policyscan.sources.fetch import fetch as fetch_page  # not a name here: it would hide the module
    from policyscan.sources.fetch import fetch_polite

    page = (fetch_polite if polite else fetch_page)(url, options)
    return article_from_page(page, max_bytes=options.max_bytes, encoding=encoding)


def article_from_page(page: Page, *, max_bytes: int, encoding: str | None = None) -> Article:
    suffix = HTML_TYPES.get(page.content_type or "")
    if encoding is None and page.charset:
        try:
            page.body.decode(page.charset)
            encoding = page.charset  # the server's charset, when the bytes agree with it
        except (LookupError, UnicodeError, ValueError):
            encoding = None
    article = load_bytes(page.body, path=page.requested, max_bytes=max_bytes, encoding=encoding, suffix=suffix)
    return replace(article, url=page.url)


def load_item(item: SourceItem, options: FetchOptions, *, encoding: str | None = None) -> Article:
    """One batch item -> an Article, or the PolicyscanError its record will carry."""
    if item.problem:
        raise BadRow(item.problem, path=item.path)
    if item.kind == "url":
        article = load_url(item.url or item.path, options, polite=True, encoding=encoding)
        article = replace(article, path=item.path)
        if article.published is None and item.published is not None:
            article = replace(article, published=item.published, published_from=item.published_from)
        return article
    raw = (item.text or "").encode("utf-8")
    article = load_bytes(raw, path=item.path, max_bytes=options.max_bytes)
    changes: dict = {"url": item.url}
    if item.title:
        changes["title"] = item.title
    if item.published is not None:  # the table's own date column wins over a dateline
        changes.update(published=item.published, published_from=item.published_from)
    return replace(article, **changes)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
