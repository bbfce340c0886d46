"""Page furniture in the article body: blanked with spaces so that offsets stay valid.

Text copied from a web page carries lines that are not the story: datelines at the
start of later paragraphs ("NAIROBI —" in a roundup), captions ("Photo: ..."), wire
credits ("Additional reporting by ..."), share and newsletter prompts, section labels
("Explainer") and lists of other stories under "Related" or "More for you", whose
headlines and dates belong to other articles. None of them may produce an actor, an
action or a date, so each is replaced by spaces (newlines kept). The word lists are
in ``data/loading.json`` ("furniture").
"""

from __future__ import annotations

import re
import unicodedata

from policyscan.load.header import Header, take_dateline
from policyscan.load.text import blank_spans
from policyscan.load.words import (
    FURNITURE_END,
    FURNITURE_FIRST_WORDS,
    FURNITURE_LINE,
    LIST_HEADING,
    SECTION_LABELS,
    TAG_LABELS,
    UI_WORDS,
    WIRE_NAMES,
)

_MAX_LINE = 600  # a longer line is a paragraph of the story, never furniture
_BULLET = " \t•·*▪►▸–—-|#"  # "#": a Markdown heading pasted into a .txt file
_PARTS = re.compile(r"[ \t]*(?:[|·•/:]|[ \t][–—-][ \t])[ \t]*")
_NAME_PART = re.compile(r"(?:[A-Z][\w'’&.\-]*[ \t]*){1,5}")  # "Western Cape Courier" beside a section label
_WIRE_TRIM = "()—–- \t"
_LIST_ITEM_WORDS = 30  # headline-sized lines under a "Related" heading
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_SYMBOL_CATEGORIES = {"So", "Sm", "Sk", "Mn", "Me", "Cf"}  # pictographs, arrows, variation selectors, joiners
_DASH = re.compile(r"—|–|--|[ \t]-[ \t]|:[ \t]")
_SEPARATOR = re.compile(r"[|·•/:–—-]")
_BUTTON = re.compile(r"\[([^\[\]]+)\]")
_BUTTONS = re.compile(r"(?:[ \t]*\[[^\[\]]+\][ \t]*)+")
_SHARE_ON = re.compile(r"^(?:share (?:on|via|by|to) )(?=\S)")
# "Share this article via Email Share this article via Telegram": share links copied as one run of text
_SHARE_ITEM = r"share(?: (?:this|current|the))?(?: (?:article|story|page|post|link))? (?:via|on|by|to) ([^\s]+)"
_SHARE_RUN = re.compile(rf"(?:{_SHARE_ITEM}[ \t]*)+")
_SHARE_ONE = re.compile(_SHARE_ITEM)
_UI_SPLIT = re.compile(r"[\s()\[\]]+")
# "launching its own investigation today.[2]": a reference marker glued to a word (the tagger reads "today.[2"
# as one word and loses the date)
# "... [Akceptuję / I accept] [Settings]": a prompt that ends in its buttons, in any language (a button is a short
# bracketed label after a space; "[1]" is a footnote and "[text][ref]" a Markdown link, neither is a button)
_END_BUTTONS = re.compile(r"(?:(?:^|(?<=\s))\[[^\[\]\d]*[^\W\d_][^\[\]]{0,40}\][ \t]*)+$")
# "Tagi: UODO, RODO, edukacja, Wrocław": a heading over comma-separated tags
_TAG_LINE = re.compile(r"([^\W\d_][\w'’ -]{0,24}?)[ \t]*:[ \t]*([^.:;!?]+)")
_MIN_UNNAMED_TAGS = 4  # under a heading that is not a known tag label, so many short items are a tag list
_MAX_TAG_WORDS = 3
_FOOTNOTE = re.compile(r"(?<=[^\W_]|[.,;:!?\"”’)])\[\d{1,3}\]")


def blank_furniture(text: str, *, lines: bool = True, datelines: bool = True) -> str:
    """``text`` with its furniture ``lines`` and paragraph-initial ``datelines`` blanked.

    The plain-text and Markdown readers blank the lines before the header is read (so that a
    date in a "Related" list is never the publication date) and the datelines after it.
    """
    return blank_spans(text, furniture_spans(text, lines=lines, datelines=datelines))


def furniture_spans(text: str, *, lines: bool = True, datelines: bool = True) -> list[tuple[int, int]]:
    """Spans to blank. Each line goes through cheap gates first: huge inputs have many lines."""
    spans: list[tuple[int, int]] = [m.span() for m in _FOOTNOTE.finditer(text)] if lines else []
    nxt, skip_to = 0, 0
    seen: dict[str, tuple[str, list[tuple[int, int]]] | None] = {}  # pages repeat lines; classify each once
    for line in text.split("\n"):
        start, end = nxt, nxt + len(line)
        nxt = end + 1
        if start < skip_to or not line or end - start > _MAX_LINE:
            continue
        if line in seen:
            found = seen[line]
        else:
            found = seen[line] = _classify(line, lines=lines, datelines=datelines)
        if found is None:
            continue
        kind, parts = found
        spans.extend((start + a, start + b) for a, b in parts)
        if kind == "heading":
            items = _list_items(text, end)
            spans.extend(items)
            skip_to = items[-1][1] if items else skip_to
    return spans


def _classify(line: str, *, lines: bool, datelines: bool) -> tuple[str, list[tuple[int, int]]] | None:
    """("line" | "heading" | "dateline", spans relative to the line), or None for a line of the story."""
    bare = _lead_symbols(line.strip(_BULLET))
    if not bare:
        return ("line", [(0, len(line))]) if line.strip() else None  # a line of bullets or rules only
    if lines and _line_is_furniture(bare):
        return ("heading" if LIST_HEADING.fullmatch(bare) else "line"), [(0, len(line))]
    if datelines and bare[0].isupper() and _DASH.search(line, 0, 110):
        header = Header()
        if take_dateline(line, 0, len(line), header):
            return "dateline", header.spans
    return None


_COPYRIGHT_SIGNS = frozenset("©ⓒ")  # "© 2026 Outlet d.o.o.": the sign opens a copyright line; it is no bullet


def _lead_symbols(bare: str) -> str:
    """ "➡️ Read more: ...", "👉 Sign up": the pictographs and arrows a line opens with are bullets too."""
    start = 0
    while (
        start < len(bare)
        and bare[start] not in _COPYRIGHT_SIGNS
        and (unicodedata.category(bare[start]) in _SYMBOL_CATEGORIES or bare[start] in _BULLET)
    ):
        start += 1
    return bare[start:]


def _line_is_furniture(bare: str) -> bool:
    first = _FIRST_WORD.match(bare)
    if first is None or first.group().lower() in FURNITURE_FIRST_WORDS:
        if LIST_HEADING.fullmatch(bare) or FURNITURE_LINE.fullmatch(bare):
            return True
    if (bare.endswith(")") or "reserved" in bare or len(bare) <= 240) and FURNITURE_END.search(bare):
        return True
    if _ends_in_buttons(bare) or _is_tag_line(bare):
        return True
    return len(bare) <= 160 and (_is_ui_line(bare) or _is_doubled(bare))


def _ends_in_buttons(bare: str) -> bool:
    """A consent or newsletter prompt closed by its buttons ("... [I accept] [Settings]", "[Zapisz się]")."""
    if not bare.endswith("]"):
        return False
    found = _END_BUTTONS.search(bare)
    return found is not None and all(
        len(b.split()) <= 4 and b.strip().lower() != "sic" for b in _BUTTON.findall(found.group())
    )


def _is_tag_line(bare: str) -> bool:
    """ "Tags: AI Act, privacy, Valdor": a known tag heading, or a one-word heading over four or more short items."""
    found = _TAG_LINE.fullmatch(bare.rstrip(" \t"))
    if found is None:
        return False
    items = [i.strip() for i in found.group(2).split(",")]
    if not all(items) or any(len(i.split()) > _MAX_TAG_WORDS for i in items):
        return False
    label = " ".join(found.group(1).lower().split())
    return label in TAG_LABELS or (" " not in label and len(items) >= _MIN_UNNAMED_TAGS)


def _is_doubled(bare: str) -> bool:
    """A site's name glued to itself when a logo's text and its title are copied ("CourierCourier")."""
    half = len(bare) // 2
    return len(bare) % 2 == 0 and half >= 4 and bare[0].isupper() and bare[:half] == bare[half:]


def _line_span(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _list_items(text: str, pos: int) -> list[tuple[int, int]]:
    """The lines of other stories' headlines and dates that follow a "Related" heading."""
    spans: list[tuple[int, int]] = []
    while pos < len(text):
        start, end = _line_span(text, pos + 1 if text[pos] == "\n" else pos)
        line = " ".join(text[start : min(end, start + _MAX_LINE)].split())
        if line and not _list_item(line):
            break
        if line:
            spans.append((start, end))
        pos = end
    return spans


def _is_ui_line(bare: str) -> bool:
    low = " ".join(bare.split()).lower()
    if low in UI_WORDS or low in SECTION_LABELS or low.strip(_WIRE_TRIM) in WIRE_NAMES:
        return True  # "Explainer", "Share", "(Reuters)"
    if _BUTTONS.fullmatch(low) and all(_SHARE_ON.sub("", b.strip()) in UI_WORDS for b in _BUTTON.findall(low)):
        return True  # "[Share on Facebook] [Copy link]"
    if _SHARE_RUN.fullmatch(low) and all(w in UI_WORDS for w in _SHARE_ONE.findall(low)):
        return True  # "Share this article via Email Share this article via X"
    words = _UI_SPLIT.split(low.strip("[]() "))
    if len(words) > 1 and all(w in UI_WORDS for w in words):
        return True  # "Facebook X (Twitter) Instagram": a row of share buttons without separators
    if not _SEPARATOR.search(bare):
        return False
    cased = [p.strip(_BULLET + ":") for p in _PARTS.split(bare)]
    cased = [p for p in cased if p]
    parts = [p.lower() for p in cased]
    if not parts:
        return True
    if all(p in UI_WORDS or p in SECTION_LABELS for p in parts):
        return True
    if all(p.strip(_WIRE_TRIM) in WIRE_NAMES for p in parts):
        return True  # "(Reuters)", "— AFP"
    labels = sum(p in SECTION_LABELS or p in UI_WORDS for p in parts)
    return (
        labels > 0
        and len(parts) > 1
        and all(
            p in SECTION_LABELS or p in UI_WORDS or _NAME_PART.fullmatch(c) for p, c in zip(parts, cased, strict=True)
        )
    )  # "Western Cape Courier | Metro": masthead and section


def _list_item(line: str) -> bool:
    """A headline, a date or a teaser in a list of other stories (not a paragraph of the story)."""
    words = line.split()
    if len(words) > _LIST_ITEM_WORDS:
        return False
    if line[0] in "•·*▪►▸-–—":
        return True
    return not (line.rstrip("”\"'").endswith(".") and len(words) > 15)
