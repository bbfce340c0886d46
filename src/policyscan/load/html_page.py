"""HTML reader: trafilatura's main text, the page's metadata, a tag strip as the last resort."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from policyscan.errors import InputInvalid
from policyscan.load.article import Parsed, Reader
from policyscan.load.furniture import blank_furniture
from policyscan.load.header import Header, byline_name, clean_name, take_dateline
from policyscan.load.html_meta import html_metadata, html_published, strip_site
from policyscan.load.table_rows import timeline_rows
from policyscan.load.text import count_letters, sanitize

_PRUNE_XPATH = [
    "//nav",
    "//footer",
    "//aside",
    "//*[contains(@id, 'cookie') or contains(@class, 'cookie') or contains(@class, 'consent')]",
]
_FAST_HTML_CHARS = 1_000_000  # trafilatura takes ~1.5 s/MB; skip its fallback extractors on big pages


def read(text: str, path: str | None) -> Parsed:
    tree = _parse_html(text)
    parsed = Parsed(text="")
    info: dict[str, Any] = {}
    if tree is not None:
        info = html_metadata(tree)
    body, extracted = _html_body(tree, text, path, parsed.warnings)
    parsed.title = info.get("title") or strip_site(extracted.get("title"), info.get("site"), guess=True)
    author = str(extracted.get("author") or "").replace("; ", " and ")
    parsed.byline = info.get("byline") or clean_name(author)
    paragraphs, dateline = _tidy_paragraphs(body, parsed.title, info.get("headlines", []))
    parsed.text, parsed.dateline = blank_furniture("\n\n".join(paragraphs)), dateline
    html_published(parsed, info, extracted)
    return parsed


def _parse_html(text: str) -> Any:
    import lxml.etree
    import lxml.html

    # The HTML parser never loads DTDs or external entities; no_network is belt and braces.
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", errors="replace"), parser=parser)
    except (lxml.etree.LxmlError, ValueError, RecursionError):
        return None


READER = Reader("html", read, no_text="no article text found in the HTML")


def _html_body(tree: Any, html: str, path: str | None, warnings: list[str]) -> tuple[str, dict[str, Any]]:
    """trafilatura's main text; a plain tag strip only when the parse itself lost the text."""
    extracted: dict[str, Any] = {}
    if tree is not None:
        extracted = _trafilatura(tree, fast=len(html) > _FAST_HTML_CHARS)
        if extracted.get("text", "").strip():
            return extracted["text"], extracted
    stripped = _strip_tags(html)
    tree_letters = count_letters(tree.text_content()) if tree is not None else 0
    if tree is not None and extracted.get("ok") and count_letters(stripped) <= 2 * tree_letters + 50:
        raise InputInvalid("no article text found in the HTML", path=path)
    warnings.append("HTML could not be parsed as a page; fell back to stripping tags")
    return stripped, extracted


def _trafilatura(tree: Any, *, fast: bool) -> dict[str, Any]:
    import lxml.etree
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_precision=True,
            fast=fast,
            prune_xpath=_PRUNE_XPATH,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (RecursionError, lxml.etree.LxmlError, ValueError, TypeError, AttributeError):
        return {"ok": False}
    if doc is None:
        return {"ok": True}
    result = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {**result, "text": result.get("text") or "", "ok": True}


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|article|section|tr|blockquote|header|footer|main|aside|nav)\b[^<>]{0,500}>",
    re.I,
)


def _strip_tags(html: str) -> str:
    html = re.sub(r"(?is)<(script|style|noscript|template|svg)\b[^<>]{0,500}>.*?</\1\s*>", " ", html)
    html = re.sub(r"(?s)<!--.*?-->", " ", html)
    html = _BLOCK_TAG.sub("\n", html)
    html = html_lib.unescape(re.sub(r"<[^<>]{0,2000}>", " ", html))
    return "\n".join(" ".join(line.split()) for line in html.split("\n"))


def _tidy_paragraphs(body: str, title: str | None, headlines: list[str]) -> tuple[list[str], str | None]:
    """Headline first, no kicker or byline paragraph, dateline cut from the first paragraph."""
    paragraphs = [" ".join(line.split()) for line in sanitize(body).split("\n")]
    paragraphs = timeline_rows([p for p in paragraphs if p and not _is_byline_paragraph(p)])
    wanted = {h.casefold() for h in [title, *headlines] if h}
    at = next((i for i, p in enumerate(paragraphs[:4]) if p.casefold() in wanted), None)
    if at is not None and all(len(p.split()) <= 8 and not p.endswith(".") for p in paragraphs[:at]):
        paragraphs = paragraphs[at:]
    elif title and at is None:
        paragraphs.insert(0, title)
    return _cut_dateline(paragraphs, start=1 if title else 0)


def _is_byline_paragraph(p: str) -> bool:
    return len(p) <= 120 and byline_name(p) is not None


def _cut_dateline(paragraphs: list[str], start: int) -> tuple[list[str], str | None]:
    for at in range(start, min(start + 2, len(paragraphs))):
        header, first = Header(), paragraphs[at]
        if take_dateline(first, 0, len(first), header) and header.dateline:
            rest = first[header.spans[0][1] :].strip()
            return paragraphs[:at] + ([rest] if rest else []) + paragraphs[at + 1 :], header.dateline
    return paragraphs, None
