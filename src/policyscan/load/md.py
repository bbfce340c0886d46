"""Markdown reader: blank the markup (and YAML front matter), keep the words and their offsets."""

from __future__ import annotations

import re

from policyscan.load.article import Parsed, Reader
from policyscan.load.dates import furniture_day, parse_published
from policyscan.load.furniture import blank_furniture
from policyscan.load.header import Header, clean_name, scan_header
from policyscan.load.keyed import keyed_dates
from policyscan.load.text import blank, blank_spans, sanitize

# Each pattern's groups are blanked; the rest of the match is kept.
_MD_BLOCK_RULES = (
    re.compile(r"(?m)^([ \t]{0,3}(?:```|~~~).*)$"),  # code fences
    re.compile(r"(?m)^([ \t]{0,3}\[[^\[\]\n]{1,500}\]:[ \t]+\S.*)$"),  # link reference definitions
    re.compile(r"(?m)^([ \t]{0,3}([-*_])(?:[ \t]*\2){2,}[ \t]*)$"),  # horizontal rules
    re.compile(r"(?m)^([ \t]{0,3}(?:=+|-+)[ \t]*)$"),  # setext underlines
    re.compile(r"(?m)^([ \t]{0,3}(?:>[ \t]?)+)"),  # quote markers
    re.compile(r"(?m)^[ \t]{0,3}(#{1,6})(?:[ \t]|$)"),  # ATX heading marks
    re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t][^\n]*?([ \t]+#+)[ \t]*$"),  # closing heading marks
    re.compile(r"(?m)^[ \t]*([-*+])[ \t]+"),  # list bullets
)
_MD_INLINE_RULES = (
    re.compile(r"(!\[[^\[\]\n]{0,1000}\]\([^()\n]{0,2000}\))"),  # images: alt text is not prose
    re.compile(r"(\[)[^\[\]\n]{0,1000}(\]\([^()\n]{0,2000}\))"),  # [text](url)
    re.compile(r"(\[)[^\[\]\n]{1,1000}(\]\[[^\[\]\n]{0,200}\])"),  # [text][ref]
    re.compile(r"(<(?:https?://|mailto:)[^<>\s]{1,2000}>)"),  # autolinks
    re.compile(r"(</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>\n]{0,500})?/?>)"),  # inline HTML tags
    re.compile(r"(`+)[^`\n]{1,1000}?(\1)"),  # code span backticks
)
_MD_ESCAPE = re.compile(r"(\\)[\\`*_{}\[\]()#+\-.!>~|]")
_DELIM_RUN = re.compile(r"\*+|_+|~~|\n")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:.{0,500}\n){0,40}?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_FRONT_KEY = re.compile(r"(?m)^(?P<key>title|author|authors|date|published|pubdate)[ \t]*:[ \t]*(?P<value>.+)$")


def read(text: str, path: str | None) -> Parsed:
    text = sanitize(text)
    header = Header(page=text)
    view = blank_furniture(blank_markdown(text), datelines=False)
    offset = take_front_matter(text, header)
    scan_header(text, view, header, offset)
    header.dates.extend(keyed_dates(text))  # "- published" / "- 2026-02-08" (before its key is blanked)
    parsed = header.parsed(view)
    parsed.text = blank_furniture(parsed.text, lines=False)
    parsed.page_day = None if parsed.published else furniture_day(text, parsed.text)
    return parsed


READER = Reader("md", read)


def _blank_groups(pattern: re.Pattern[str], text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        piece, base = m.group(0), m.start()
        for i in range(1, (pattern.groups or 0) + 1):
            start, end = m.span(i)
            if start >= 0 and end > start:
                piece = piece[: start - base] + blank(piece[start - base : end - base]) + piece[end - base :]
        return piece

    return pattern.sub(repl, text)


def blank_markdown(text: str) -> str:
    for rule in _MD_BLOCK_RULES + _MD_INLINE_RULES:
        text = _blank_groups(rule, text)
    text = blank_spans(text, _emphasis_spans(text))
    return _blank_groups(_MD_ESCAPE, text)


def _emphasis_spans(text: str) -> list[tuple[int, int]]:
    """Pair *, _ and ~~ runs within a line, in one pass (no backtracking on long lines)."""
    spans: list[tuple[int, int]] = []
    openers: list[tuple[str, int, int]] = []
    for m in _DELIM_RUN.finditer(text):
        run, (start, end) = m.group(), m.span()
        if run == "\n":
            openers.clear()
            continue
        if start and text[start - 1] == "\\":
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        can_open, can_close = not after.isspace(), not before.isspace()
        if run[0] == "_":  # intraword underscores are literal (snake_case)
            can_open, can_close = can_open and not before.isalnum(), can_close and not after.isalnum()
        if can_close and _close_run(run[0], start, end, openers, spans):
            continue
        if can_open:
            openers.append((run[0], start, end))
            del openers[:-32]
    return spans


def _close_run(
    char: str, start: int, end: int, openers: list[tuple[str, int, int]], spans: list[tuple[int, int]]
) -> bool:
    for i in range(len(openers) - 1, max(-1, len(openers) - 9), -1):
        if openers[i][0] == char:
            spans.extend([(openers[i][1], openers[i][2]), (start, end)])
            del openers[i:]
            return True
    return False


def take_front_matter(text: str, header: Header) -> int:
    """A YAML front-matter block: read title/author/date, blank it, return where the article starts."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return 0
    for field_match in _FRONT_KEY.finditer(m.group("body")):
        key, value = field_match.group("key"), field_match.group("value").strip().strip("\"'")
        if key == "title" and value:
            header.title = " ".join(value.split())
        elif key.startswith("author"):
            header.byline = header.byline or clean_name(value.strip("[]").replace('"', ""))
        elif key != "title":
            header.dates.extend(("front-matter", d) for d in [parse_published(value)] if d)
    header.spans.append((0, m.end()))
    return m.end()
