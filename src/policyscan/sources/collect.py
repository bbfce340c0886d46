"""What ``policyscan batch`` reads besides files and folders, gathered in input order:
article tables (the positional paths, with ``--text-column``), ``--urls-from``, ``--feed``
and ``--sitemap``."""

from __future__ import annotations

from collections.abc import Sequence

from policyscan.errors import UsageError
from policyscan.sources import SourceItem, Sources
from policyscan.sources.feeds import feed_items, sitemap_items, urls_from
from policyscan.sources.fetch import FetchOptions, looks_like_url
from policyscan.sources.tables import Columns, table_items


def collect(
    *,
    tables: Sequence[str] = (),
    columns: Columns | None = None,
    urls_files: Sequence[str] = (),
    feeds: Sequence[str] = (),
    sitemaps: Sequence[str] = (),
    options: FetchOptions,
) -> Sources:
    """Every item, tables first, then URL lists, feeds and sitemaps; a URL named twice is fetched once."""
    items: list[SourceItem] = []
    files: list[str] = []
    if tables:
        if columns is None:
            raise UsageError("article tables need --text-column")
        for table in tables:
            items += table_items(table, columns, max_bytes=options.max_bytes)
            files.append(table)
    for name in urls_files:
        items += urls_from(name)
        files += [] if name == "-" else [name]
    for name in feeds:
        items += feed_items(name, options)
        files += [] if looks_like_url(name) else [name]
    for name in sitemaps:
        items += sitemap_items(name, options)
        files += [] if looks_like_url(name) else [name]
    seen: set[str] = set()
    unique = []
    for item in items:
        if item.kind == "url" and item.path in seen:
            continue
        seen.add(item.path)
        unique.append(item)
    return Sources(unique, files)
