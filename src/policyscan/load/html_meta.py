"""An HTML page's own metadata: title, byline, JSON-LD, <time> and publication date."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from typing import Any

from policyscan.load.article import Parsed
from policyscan.load.dates import DATE_TEXT, parse_published
from policyscan.load.header import clean_name, meta_line_date
from policyscan.load.words import ARTICLE_TYPES, MODIFIED_SOURCES, PUBLISHED_SOURCES

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")


def html_metadata(tree: Any) -> dict[str, Any]:
    metas = _meta_values(tree)
    ld = _json_ld_article(tree)
    headlines = _headlines(tree)
    site = metas.get("og:site_name")
    title = metas.get("og:title") or (headlines[0] if headlines else None) or metas.get("twitter:title")
    title = strip_site(title or ld.get("headline"), site)
    if not title:  # <title> is where sites add " | Site Name"
        title = strip_site(_text_of(tree.find(".//title")), site, guess=True)
    byline = _html_byline(tree, metas, ld)
    return {
        "metas": metas,
        "ld": ld,
        "site": site,
        "title": title,
        "headlines": headlines,
        "byline": byline,
        "time": _article_time(tree),
        "stamps": _date_elements(tree),
    }


def _meta_values(tree: Any) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and content:
                values.setdefault(key, content)
    return values


def _json_ld_article(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object that looks like an article (@graph and lists included)."""
    candidates: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text[:1_000_000])
        except (ValueError, RecursionError):
            continue
        candidates.extend(_json_objects(data))
    for obj in candidates:
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t in ARTICLE_TYPES for t in types):
            return obj
    return next((obj for obj in candidates if "datePublished" in obj), {})


def _json_objects(data: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack and len(found) < 200:
        item, depth = stack.pop()
        if isinstance(item, list) and depth < 6:
            stack.extend((x, depth + 1) for x in reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if isinstance(item.get("@graph"), list) and depth < 6:
                stack.extend((x, depth + 1) for x in reversed(item["@graph"]))
    return found


def _headlines(tree: Any) -> list[str]:
    found: list[str | None] = []
    for xpath in ("//*[@itemprop='headline']", "//article//h1", "//h1"):
        found.extend(_text_of(el) for el in tree.xpath(xpath)[:3])
    return [h for h in dict.fromkeys(found) if h]


def _text_of(el: Any) -> str | None:
    if el is None:
        return None
    text = el.get("content") if el.tag == "meta" else el.text_content()
    return " ".join(text.split()) if text and text.strip() else None


def _html_byline(tree: Any, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    candidates = [metas.get("author"), _json_ld_author(ld.get("author"))]
    for xpath in ("//*[@itemprop='author']", "//*[@rel='author']", "//*[contains(@class, 'byline')]"):
        candidates.extend(_text_of(el) for el in tree.xpath(xpath)[:1])
    for value in candidates:
        if value:
            value = re.sub(r"^(?i:by)\s+", "", value.strip())
            name = clean_name(value)
            if name:
                return name
    return None


def _json_ld_author(author: Any) -> str | None:
    authors = author if isinstance(author, list) else [author]
    raw = [a.get("name") if isinstance(a, dict) else a for a in authors[:5]]
    names = [n.strip() for n in raw if isinstance(n, str) and n.strip()]
    return " and ".join(names) or None


def _article_time(tree: Any) -> str | None:
    """A <time datetime> of the article, skipping ones marked as an update."""
    xpath = "//*[@itemprop='datePublished'] | //article//time[@datetime] | //time[@pubdate]"
    for el in tree.xpath(xpath)[:10]:
        marks = " ".join(el.get(a) or "" for a in ("class", "itemprop", "id")).lower()
        if "modif" in marks or "updat" in marks:
            continue
        value = str(el.get("datetime") or el.get("content") or el.text_content() or "")
        if value.strip():
            return value.strip()
    return None


_DATE_MARKS = re.compile(r"date|time|publish|updated|posted|byline|author|autor", re.I)  # "autor": cs, pl, de, es
_NOT_THE_STORY = re.compile(r"related|more|recommend|sidebar|aside|footer|nav|promo|teaser|card|list", re.I)


# a cookie notice, or a standfirst ("perex" in Czech and Slovak) above the byline: not yet the story
_BANNER_MARKS = re.compile(r"cookie|consent|gdpr|banner|modal|popup|privacy|standfirst|perex|dek|summary|lead", re.I)


def _in_banner(el: Any) -> bool:
    return any(
        _BANNER_MARKS.search(" ".join(up.get(a) or "" for a in ("class", "id")))
        for up in itertools.chain([el], el.iterancestors())
    )


def _date_elements(tree: Any) -> list[str]:
    """The texts of elements marked as a date ("Page-dateModified", "published-time") before the story's first
    paragraph and outside related-story lists and sidebars: "Updated 10:42 PM GMT+9, October 14, 2026" on a page
    without date metadata (a timeline's dates come after the story has begun)."""
    found: list[str] = []
    checked = 0  # a hostile page may mark thousands of nested elements as dates: look at a few
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta"):
            continue
        if el.tag == "p" and len(el.text_content()) > 150 and not _in_banner(el):
            break  # the story's first paragraph (a cookie notice or a standfirst comes before it)
        if len(found) >= 5 or checked >= 50:
            break
        marks = " ".join(el.get(a) or "" for a in ("class", "id")) + " " + el.tag
        if not _DATE_MARKS.search(marks):
            continue
        checked += 1
        if any(
            _NOT_THE_STORY.search(" ".join(up.get(a) or "" for a in ("class", "id")) + " " + str(up.tag))
            for up in el.iterancestors()
        ):
            continue
        text = _text_of(el)
        if text and len(text) <= 160:  # a byline box: "Author: X | Published: ... | Updated: ..."
            found.append(text)
    return found


def html_published(parsed: Parsed, info: dict[str, Any], extracted: dict[str, Any]) -> None:
    """Published before modified; the page's own metadata before trafilatura's guess."""
    in_dateline = re.search(DATE_TEXT, parsed.dateline or "")
    places: dict[str, dict[str, Any]] = {
        "meta": info.get("metas", {}),
        "json-ld": info.get("ld", {}),
        "page": {"time": info.get("time"), "dateline": in_dateline.group(0) if in_dateline else None},
        "trafilatura": extracted,
    }
    published = [(places[s.where].get(s.key), s.source) for s in PUBLISHED_SOURCES]
    modified_dates = _parsed_dates([(places[s.where].get(s.key), s.source) for s in MODIFIED_SOURCES])
    stamps = [found for text in info.get("stamps", []) if (found := meta_line_date(text))]
    stamps.sort(key=lambda item: item[0] == "updated-line")  # "Published ..." before "Updated ..."
    for when, source in itertools.chain(_parsed_dates(published), modified_dates):
        if source == "trafilatura" and stamps and stamps[0][0] == "published-line":
            break  # "Updated March 9 | Published March 5" on the page: the labelled date, not trafilatura's guess
        parsed.published, parsed.published_from = when, source
        # trafilatura falls back to the modification date when a page gives no other
        if source in {s for _, s in modified_dates} or (
            source == "trafilatura" and when in {d for d, _ in modified_dates}
        ):
            parsed.warnings.append("only a modification date found; used it as the publication date")
        return
    if stamps:
        parsed.published, parsed.published_from = stamps[0][1], "page:" + stamps[0][0]


def _parsed_dates(candidates: list[tuple[Any, str]]) -> list[tuple[date, str]]:
    found = [(parse_published(value), source) for value, source in candidates if isinstance(value, str)]
    return [(when, source) for when, source in found if when]


def strip_site(title: object, site: str | None, *, guess: bool = False) -> str | None:
    """'Headline | Site Name' -> 'Headline'; with guess, any short last part is taken as the site."""
    if not isinstance(title, str) or not title.strip():
        return None
    title = " ".join(title.split())
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip()
    head = title[: title.rfind(last)].rstrip(" |-–—:·•")
    if (site and last.lower() == site.strip().lower()) or (guess and len(last.split()) <= 4 and len(head) > len(last)):
        return head
    return title
