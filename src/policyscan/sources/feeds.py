"""URL lists, RSS/Atom feeds and sitemaps -> one ``SourceItem`` per page to fetch.

The XML is parsed by lxml with entity expansion, DTD loading and network access turned off
and without ``huge_tree`` (no billion laughs, no external entities, no fetch behind our
back); anything that is not well-formed RSS 2.0, RSS 1.0 (RDF), Atom, a sitemap or a
sitemap index is ``BadFeed``. An entry's date becomes the article's publication date only
when the page itself has none (``published_from`` says "feed" or "sitemap").
"""

from __future__ import annotations

import gzip
import sys
import zlib
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from policyscan.errors import BadFeed, InputNotFound, InputUnreadable, TooLarge, UsageError
from policyscan.sources import SourceItem
from policyscan.sources.fetch import XML_TYPES, FetchOptions, fetch, looks_like_url

MAX_URL_LINE = 8192  # characters of one line of a --urls-from file
MAX_SITEMAPS = 50  # child sitemaps followed from one sitemap index (one level deep)
MAX_ENTRIES = 1_000_000


def urls_from(name: str) -> list[SourceItem]:
    """One URL a line ('-': stdin); blank lines and lines starting with '#' are skipped.
    URLs are checked when fetched: a bad one becomes an error record of kind bad-url."""
    if name == "-":
        lines = sys.stdin.read().splitlines()
    else:
        lines = _read_local(name, max_bytes=200_000_000).decode("utf-8", "replace").splitlines()
    items = []
    for line in lines:
        url = line.strip()
        if url and not url.startswith("#"):
            items.append(SourceItem(path=url[:MAX_URL_LINE], url=url[:MAX_URL_LINE]))
    if not items:
        raise UsageError(f"--urls-from {name}: no URLs in it")
    return list(dict.fromkeys(items))


def _read_local(name: str, *, max_bytes: int) -> bytes:
    path = Path(name)
    try:
        if path.is_dir():
            raise InputUnreadable("is a directory, not a file", path=name)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputNotFound("no such file", path=name) from None
    except PermissionError:
        raise InputUnreadable("permission denied", path=name) from None
    except OSError as exc:
        raise InputUnreadable(f"cannot read: {exc.strerror or exc}", path=name) from None
    if len(data) > max_bytes:
        raise TooLarge(f"larger than the limit of {max_bytes} bytes (see --max-bytes)", path=name)
    return data


def _load_xml(source: str, options: FetchOptions) -> tuple[bytes, str]:
    """The bytes of a feed or sitemap (a URL is fetched, a file read) and the name to cite."""
    if looks_like_url(source):
        page = fetch(source, options, accept=lambda ctype: ctype is None or ctype in XML_TYPES or "gzip" in ctype)
        data = page.body
    else:
        data = _read_local(source, max_bytes=options.max_bytes)
    if data[:2] == b"\x1f\x8b":  # sitemap.xml.gz
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            data = inflate.decompress(data, options.max_bytes + 1)
        except (zlib.error, gzip.BadGzipFile):
            raise BadFeed("broken gzip data", path=source) from None
        if len(data) > options.max_bytes or inflate.unconsumed_tail:
            raise TooLarge(f"larger than the limit of {options.max_bytes} bytes (see --max-bytes)", path=source)
    return data, source


def parse_xml(data: bytes, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, dtd_validation=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise BadFeed(f"not well-formed XML ({exc.msg})", path=name) from None
    if root is None:
        raise BadFeed("empty XML document", path=name)
    return root


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el: Any, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def entry_date(text: str | None) -> date | None:
    """RFC 822 (RSS pubDate) or W3C/ISO 8601 (Atom, sitemaps, dc:date); None if neither."""
    if not text:
        return None
    text = text.strip()[:64]
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if len(text) >= 10 and text[4] == "-":
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def feed_items(source: str, options: FetchOptions) -> list[SourceItem]:
    """The entries of an RSS or Atom feed (a URL or a file), in feed order, one per link."""
    data, name = _load_xml(source, options)
    root = parse_xml(data, name)
    kind = _local(root.tag)
    if kind == "rss":
        channel = next((c for c in root if _local(c.tag) == "channel"), None)
        entries = [e for e in (channel if channel is not None else []) if _local(e.tag) == "item"]
    elif kind == "rdf":
        entries = [e for e in root if _local(e.tag) == "item"]
    elif kind == "feed":
        entries = [e for e in root if _local(e.tag) == "entry"]
    else:
        raise BadFeed(f"not an RSS or Atom feed (root element <{kind}>)", path=name)
    items = []
    for entry in entries[:MAX_ENTRIES]:
        link = _entry_link(entry, kind)
        if not link:
            continue
        if looks_like_url(source):
            link = urljoin(source, link)  # Atom allows links relative to the feed
        when = entry_date(_child_text(entry, "pubdate", "published", "date", "issued", "updated", "modified"))
        items.append(SourceItem(path=link, url=link, published=when, published_from="feed" if when else None))
    if not items:
        raise BadFeed("the feed has no entries with a link", path=name)
    return _unique(items)


def _entry_link(entry: Any, kind: str) -> str | None:
    if kind == "feed":
        links = [c for c in entry if _local(c.tag) == "link" and c.get("href")]
        for link in links:
            if link.get("rel", "alternate") == "alternate":
                return link.get("href").strip()
        return links[0].get("href").strip() if links else None
    link = _child_text(entry, "link")
    if link:
        return link
    for child in entry:  # an RSS guid that is a permalink
        if _local(child.tag) == "guid" and child.get("isPermaLink", "true") == "true" and child.text:
            text = child.text.strip()
            return text if looks_like_url(text) else None
    return None


def sitemap_items(source: str, options: FetchOptions, *, depth: int = 0) -> list[SourceItem]:
    """The pages of a sitemap (a URL or a file); a sitemap index is followed one level deep."""
    data, name = _load_xml(source, options)
    root = parse_xml(data, name)
    kind = _local(root.tag)
    if kind == "sitemapindex":
        if depth > 0:
            raise BadFeed("a sitemap index inside a sitemap index", path=name)
        children = [_child_text(s, "loc") for s in root if _local(s.tag) == "sitemap"]
        items = []
        for child in [c for c in children if c][:MAX_SITEMAPS]:
            items += sitemap_items(child, options, depth=1)
        return _unique(items)
    if kind != "urlset":
        raise BadFeed(f"not a sitemap (root element <{kind}>)", path=name)
    items = []
    for url in root:
        if _local(url.tag) != "url":
            continue
        loc = _child_text(url, "loc")
        if not loc:
            continue
        news = next((c for c in url if _local(c.tag) == "news"), None)
        when = entry_date(_child_text(news, "publication_date")) if news is not None else None
        origin = "sitemap news:publication_date"
        if when is None:
            when, origin = entry_date(_child_text(url, "lastmod")), "sitemap lastmod"
        items.append(SourceItem(path=loc, url=loc, published=when, published_from=origin if when else None))
        if len(items) >= MAX_ENTRIES:
            break
    if not items:
        raise BadFeed("the sitemap lists no pages", path=name)
    return _unique(items)


def _unique(items: list[SourceItem]) -> list[SourceItem]:
    """One item per URL, the first one kept (its date too)."""
    seen: dict[str, SourceItem] = {}
    for item in items:
        seen.setdefault(item.path, item)
    return list(seen.values())
