"""The first lines of a plain-text or Markdown article: headline, dateline, byline, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from policyscan.load.article import Parsed
from policyscan.load.byline_dates import BRACKETED_UPDATE, BY_ON
from policyscan.load.dates import DATE_TEXT, MONTH, month_day, numeric_readings, parse_published, yearless_choice
from policyscan.load.glued import glued_byline_date
from policyscan.load.header_lines import HANDLE, is_headline, is_kicker, is_menu_line
from policyscan.load.text import blank_spans
from policyscan.load.words import NAME_PARTICLES, NOT_CITIES, ROLE_WORDS

_HEADER_LINES = 12  # metadata is only looked for in the first lines ...
_HEADER_CHARS = 1500  # ... and characters of a plain-text article
_MENU_LINES = 40  # menu lines are not counted among the first lines, up to this many lines in all
_CAPS_CITY = r"[A-Z][A-Z'’.\-]*[A-Z.](?:[ \t]+[A-Z][A-Z'’.\-]*[A-Z.]){0,3}"
# "Tokyo, April 24 (Jiji Press)--": a title-case place only counts with a date or an agency
_CITY = rf"(?:{_CAPS_CITY}|[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){{0,3}})"
_REGION = rf",[ \t]*(?!{MONTH}[ \t]+\d)[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){{0,2}}"
_DATELINE = re.compile(
    r"(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|published|updated|posted|dated?|last|first|modified)\b)"
    rf"(?P<head>(?P<city>{_CITY})(?P<region>{_REGION})?(?:,[ \t]*(?P<date>{DATE_TEXT}))?"
    # "TOKYO (Wire News / Agency - 31st March, 2023) The ...": a wire credit with the date inside its brackets
    rf"(?:[ \t]*\((?P<agency>[^()\n]{{1,40}}?)(?:[ \t]+[-–—][ \t]*(?P<date3>{DATE_TEXT}))?\))?)"
    rf"(?P<dash>[ \t]*(?:—|–|--)[ \t]*|[ \t]+-[ \t]+|(?(date3)[ \t]+(?=[A-Z])|(?!))"
    rf"|(?(date)[ \t]*\.?[ \t]*$|(?!)))"  # "New Delhi, May 2, 2024."
    rf"(?:(?P<date2>{DATE_TEXT})[ \t]*$)?"
)
# "2nd June 2023 – (Tokyo) The commission ...": a dated lede with its place after the date (without a place,
# "May 14, 2024 — Cameras in stores." opens a timeline entry, whose date belongs to its paragraph)
_DATE_FIRST_DATELINE = re.compile(
    rf"(?P<head>(?P<date>{DATE_TEXT})[ \t]*(?:—|–|--|-)[ \t]*\((?P<city>[^()\n]{{1,40}})\)[ \t]*)(?=[A-Z\"“‘'])",
    re.I,
)
# "trade-and-tariffs 27 March 2025": a section label or URL slug in front of the page's date; "user iconJane Doe
# 07 October 2024 Big Law": an author after an icon's alt text, the date, then the section's label
_LABELLED_DATE = re.compile(
    r"(?:[a-z]+[ \t]?icon(?=[A-Z]))?"
    r"(?P<label>[a-z0-9][a-z0-9_/-]*-[a-z0-9_/-]+|[A-Z][\w&'’]*(?:[ \t]+[A-Z&][\w&'’]*){0,2})"
    rf"[ \t]+(?P<date>{DATE_TEXT})(?:[ \t]+[A-Z][\w&'’]*(?:[ \t]+[A-Z&][\w&'’]*){{0,2}})?"
)
# "MILAN: The ministry ...": an upper-case place and a colon before the first sentence
_COLON_DATELINE = re.compile(rf"(?P<head>(?P<city>{_CAPS_CITY}))(?P<dash>:[ \t]+)(?=[A-Z][a-z])")
# " date 2025-03-18 The ministry ...": a captured page's date stamp glued to the lede
_DATE_STAMP = re.compile(r"[ \t]*(?i:date)[ \t]*:?[ \t]+(?P<value>\d{4}-\d{2}-\d{2})(?!\d)[ \t]*")
_TIME_PART = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,5}(?:[+-]\d{1,2})?)?", re.I)
_LEADING_TIME = re.compile(rf"^{_TIME_PART.pattern}[ \t]*,?[ \t]*", re.I)  # "3:42 PM GMT+8, July 24, 2025"
_META_SPLIT = re.compile(r"[ \t]*(?:[|·•]|[ \t][—–/][ \t])[ \t]*")
_DATE_KIND = re.compile(
    r"(?P<kind>this (?:story|article|report) (?:is|was) from|first published|publish(?:ed)? date|publication date"
    r"|date published|date posted|published|last updated|updated"
    r"|last modified|modified|posted|dated|date)"
    r"(?-i:(?![a-z]))(?:[ \t]+on)?[ \t]*[:\-–—]?[ \t]*(?P<value>.+)",
    re.I,
)
_BYLINE = re.compile(r"(?i:by|written by|words by|reporting by|story by|authors?|byline)[ \t]*:?[ \t]+(?P<name>.+)")
_BY_TAIL = re.compile(r"[ \t]+(?i:by)[ \t]+(?P<name>[A-Z].*)$")  # "Posted on March 3, 2025 by Jane Doe"
# "March 3, 2026 11:42 AM GMT+3 Updated 2 hours ago": a date line that also says when it was updated
_UPDATED_TAIL = re.compile(r"[ \t]*[|·•—–-]?[ \t]*(?:last[ \t]+)?(?:updated|modified)\b.{0,40}", re.I)
_STAMP_UPDATED = re.compile(rf"(?P<stamp>{DATE_TEXT}(?:,?[ \t]+{_TIME_PART.pattern})?){_UPDATED_TAIL.pattern}", re.I)
# "Sept. 29, 2025 — In a long-awaited move, ...": a body paragraph that opens with the story's full date
_LEDE_STAMP = re.compile(rf"[ \t]*(?P<value>{DATE_TEXT})[ \t]*(?:—|–|--|[ \t]-)[ \t]*(?=[A-Z])", re.I)
_TRAILING_TIME = re.compile(r"[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*[A-Z]{0,5}$", re.I)
# "February 12, 2026 - 3:45 PM", "July 22, 2026 @ 2:05pm", "2026/02/12", "2026-02-12T09:15:00Z": a bare date line
_DATE_LINE = re.compile(
    rf"(?:{DATE_TEXT}|\d{{4}}/\d{{1,2}}/\d{{1,2}})"
    r"(?:,?[ \t]+(?:[-–—][ \t]+)?(?:(?:at|@)[ \t]*)?\d{1,2}[:.]\d{2}.*)?"
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",
    re.I,
)
_READING_TIME = re.compile(  # "5 min read", "~5 min read", "about 4 minutes"
    r"(?:[~≈]|about[ \t]+|approx\.?[ \t]+)?[ \t]*\d{1,3}[ \t-]*min(?:ute)?s?(?:[ \t]+read)?", re.I
)
# "aktualizacja 11:02", "updated 11:02": one or two words and a time beside a date (an update, in any language)
_WORDED_TIME = re.compile(rf"[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+{_TIME_PART.pattern}", re.I)
_SOURCE_RANK = {
    "front-matter": 0,
    "published-line": 1,
    "dateline": 2,
    "date-line": 3,
    "date-stamp": 3,
    "lede-stamp": 4,
    "updated-line": 5,
}


@dataclass
class Header:
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    dates: list[tuple[str, date]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    numeric: list[date] = field(default_factory=list)  # both readings of an ambiguous "02/03/2026"
    stamp_seen: bool = False
    yearless: tuple[int, int] | None = None  # (month, day) of a dateline written without its year
    page: str = ""  # the page before its furniture was blanked: its sidebar dates give a yearless dateline's year

    def published(self, view: str = "") -> tuple[date | None, str | None]:
        if not self.dates:
            when = numeric_choice(self.numeric, view)
            if when is None and self.yearless:
                when = yearless_choice(*self.yearless, self.page or view)
                return (when, "dateline, year from the page") if when else (None, None)
            return (when, "date-line") if when else (None, None)
        source, value = min(self.dates, key=lambda item: _SOURCE_RANK[item[0]])
        return value, source

    def parsed(self, view: str) -> Parsed:
        """The article: ``view`` with the header's metadata spans blanked."""
        published, source = self.published(view)
        return Parsed(
            text=blank_spans(view, self.spans),
            title=self.title,
            byline=self.byline,
            dateline=self.dateline,
            published=published,
            published_from=source,
        )


def _header_lines(view: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the first non-empty lines, within the header limits.

    Menu and share lines of a copied page ("NEWS", "Facebook X Instagram": a few words, no
    sentence punctuation) do not use up the line budget; the character budget still holds.
    """
    lines: list[tuple[int, int]] = []
    counted = 0
    pos = offset
    while pos < len(view) and pos < offset + _HEADER_CHARS and counted < _HEADER_LINES:
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        s = view[pos:end].strip()
        if s:
            lines.append((pos, end))
            counted += 0 if is_menu_line(s) and len(lines) < _MENU_LINES else 1
        pos = end + 1
    return lines


def scan_header(text: str, view: str, header: Header, offset: int) -> None:
    body_started = False
    lines = _header_lines(view, offset)
    if lines:
        lines[0] = _take_date_stamp(view, *lines[0], header)
    title_at = 0  # the headline's line: the first, or the one under a row of section labels
    for index, (start, end) in enumerate(lines):
        short = end - start <= 300  # longer lines are body text; skip the costlier checks
        s = " ".join(view[start : min(end, start + 300)].split())
        if index == title_at and short and is_kicker(s):
            header.spans.append((start, end))
            title_at += 1
            continue
        if not body_started and HANDLE.fullmatch(s):
            header.spans.append((start, end))  # "(@jdoe_writes)": the writer's handle above the dateline
            continue
        if not body_started and (_take_dated_lede(view, start, end, header) or take_dateline(view, start, end, header)):
            body_started = True
        elif short and _take_meta_line(s, header):
            header.spans.append((start, end))
        elif index == title_at and short and is_headline(text[start:end], s):
            header.title = s
        else:
            if index <= 3 and not header.dateline:
                _take_lede_stamp(view, start, end, header)
            body_started = True


def _take_date_stamp(view: str, start: int, end: int, header: Header) -> tuple[int, int]:
    """A leading "date 2025-03-18" stamp: the publication date; the rest of the line is still read."""
    m = _DATE_STAMP.match(view, start, end)
    when = parse_published(m.group("value")) if m else None
    if m is None or when is None:
        return start, end
    header.dates.append(("date-stamp", when))
    header.spans.append((m.start(), m.end()))
    return m.end(), end


def _take_lede_stamp(view: str, start: int, end: int, header: Header) -> None:
    """ "Sept. 29, 2025 — In a long-awaited move, the governor today signed ...": one of the first body paragraphs
    opens with a full date and a dash (press releases, after a photo caption). It dates the story unless a
    header line does; a timeline ("May 14, 2024 — ...", then more such paragraphs) is not a lede."""
    m = _LEDE_STAMP.match(view, start, end)
    if m is None or header.stamp_seen:
        return
    header.stamp_seen = True  # only the first paragraph that opens with a date can be the lede
    when = parse_published(m.group("value"))
    if when is None or not re.search(r"\d{4}", m.group("value")) or end - m.end() < 80:
        return
    nxt = view.find("\n", end + 1)
    following = view[end:].lstrip()[: max(0, nxt - end) + 200]
    if _LEDE_STAMP.match(following.split("\n", 1)[0]):
        return  # the next paragraph opens with a date stamp as well: a timeline
    header.dates.append(("lede-stamp", when))


def numeric_choice(readings: list[date], view: str) -> date | None:
    """An ambiguous "02/03/2026" (2 March or 3 February): the reading that follows soonest the latest day the
    text itself names ("on 12 January"): a story is published soon after what it reports. None when the text
    names no such day or both readings come before it."""
    if len(readings) == 1:
        return readings[0]
    latest = None
    for m in re.finditer(rf"\b(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:\w*)", view):
        for year in {r.year for r in readings}:
            when = parse_published(f"{m.group(0)} {year}")
            if when is not None and (latest is None or when > latest):
                latest = when
    after = [r for r in readings if latest is not None and r >= latest]
    return min(after) if after else None


def _take_meta_line(s: str, header: Header) -> bool:
    """A line made only of byline / "Published ..." / bare-date parts: record them."""
    found: list[tuple[str | None, tuple[str, date] | None]] = []
    parts = [p.strip(" \t*_") for p in _META_SPLIT.split(BRACKETED_UPDATE.sub(r" | \g<inner>", s))]
    numeric = False
    labels = 0  # "Dublin | 9 Apr 2026 | Technology": place and section labels around a date
    taglines = 0  # "6 March 2026 · Five stories, one week · View in browser": a masthead's short phrases
    for part in parts:
        if not part or _READING_TIME.fullmatch(part) or _TIME_PART.fullmatch(part):
            continue
        if numeric and _WORDED_TIME.fullmatch(part):
            continue  # "14.05.2026, 09:41 — aktualizacja 11:02"
        labelled = _DATE_KIND.fullmatch(part)  # "Published: 02/03/2026" is as ambiguous as "02/03/2026"
        value = labelled.group("value") if labelled else part
        readings = numeric_readings(_TRAILING_TIME.sub("", value).rstrip(" \t,"))  # "14.05.2026, 09:41"
        if readings:  # "02/03/2026 | Press release": which order it is, the text decides (``numeric_choice``)
            header.numeric = header.numeric or readings
            found.append((None, None))
            numeric = True
            continue
        item = _meta_part(part)
        if item is None and len(parts) > 1 and _is_label(part):
            labels += 1
            continue
        if item is None and len(parts) > 1 and _is_tagline(part):
            taglines += 1
            continue
        if item is None:
            return False
        found.append(item)
    if not any(dated for _, dated in found) and taglines:
        return False  # a tagline only stands beside a full date
    if not found or (labels and not numeric and not any(dated for _, dated in found)):
        return False
    header.byline = header.byline or next((name for name, _ in found if name), None)
    header.dates.extend(dated for _, dated in found if dated)
    return True


def _is_label(part: str) -> bool:
    words = part.split()
    return len(words) <= 5 and part[0].isupper() and not re.search(r"[.!?;:,]$", part)


def _is_tagline(part: str) -> bool:
    """A masthead's phrase beside its date ("Five countries, one week", "Forward to a colleague"): a few words,
    not a sentence."""
    return len(part.split()) <= 10 and part[0].isalpha() and not re.search(r"[.!?;:]$|[.!?][ \t]+[A-Z]", part)


def _meta_part(part: str) -> tuple[str | None, tuple[str, date] | None] | None:
    """(byline, dated) for "By X", "Published <date>", "<date>" or "Posted <date> by X"; else None."""
    name = byline_name(part)
    if name:
        return name, None
    on = BY_ON.fullmatch(part)
    if on and (name := clean_name(on.group("name"))) and (dated := _meta_date(on.group("when"))):
        return name, dated
    tail = _BY_TAIL.search(part)
    if tail:
        name, dated = clean_name(tail.group("name")), _meta_date(part[: tail.start()])
        if name and dated:
            return name, dated
    dated = _meta_date(part)
    return (None, dated) if dated else None


def meta_line_date(line: str) -> tuple[str, date] | None:
    """(source, date) of a page element's text such as "Updated 10:42 PM GMT+9, October 14, 2026", or of the first
    dated part of a byline box ("Author: X | Published: 3. 11. 2026 14:20 | Updated: ...")."""
    whole = " ".join(line.split()).strip(" \t*_|·•")
    found = _meta_date(whole)
    parts = _META_SPLIT.split(whole)
    dated = [d for part in parts if (d := _meta_date(part.strip(" \t*_")))] if len(parts) > 1 else []
    if any(source == "published-line" for source, _ in dated):  # "Updated March 9 | Published March 5"
        found = None
    return found or min(dated, key=lambda d: d[0] == "updated-line", default=None)


def _meta_date(part: str) -> tuple[str, date] | None:
    m = _DATE_KIND.fullmatch(part)
    if m:
        value = parse_published(_LEADING_TIME.sub("", m.group("value")))
        kind = m.group("kind").lower()
        source = "updated-line" if "updated" in kind or "modified" in kind else "published-line"
        return (source, value) if value else None
    if len(part) <= 40 and _DATE_LINE.fullmatch(part):
        value = parse_published(part)
        return ("date-line", value) if value else None
    stamp = _STAMP_UPDATED.fullmatch(part)
    if stamp and (value := parse_published(stamp.group("stamp"))):
        return ("date-line", value)  # "March 3, 2026 11:42 AM GMT+3 Updated 2 hours ago"
    labelled = _LABELLED_DATE.fullmatch(part) if len(part) <= 80 else None
    if labelled:
        value = parse_published(labelled.group("date"))
        return ("date-line", value) if value else None
    return glued_byline_date(part)


def byline_name(part: str) -> str | None:
    m = _BYLINE.fullmatch(part)
    return clean_name(m.group("name")) if m else None


def clean_name(name: str) -> str | None:
    """'Hélène Marchetti in Brussels' -> 'Hélène Marchetti'; None if it does not look like names."""
    name = re.sub(r"[ \t]+(?:in|for|at)[ \t]+[A-Z].*$", "", name).strip(" \t,;:*_")
    parts = name.split(",")
    while len(parts) > 1 and ROLE_WORDS.search(parts[-1]):
        parts.pop()
    name = ",".join(parts).strip(" \t,")
    words = name.split()
    if not words or len(words) > 12 or len(name) > 100:
        return None
    for word in words:
        bare = word.strip(",.;()'’")
        if bare and not bare[0].isupper() and bare.lower() not in NAME_PARTICLES:
            return None
    return name


def take_dateline(view: str, start: int, end: int, header: Header) -> bool:
    """'ROME, April 29, 2023 (wire) — ' at the start of the first body line."""
    lead = len(view[start:end]) - len(view[start:end].lstrip())
    m = _DATELINE.match(view, start + lead, end)
    if not m or not _is_dateline(m):
        m = _COLON_DATELINE.match(view, start + lead, end)
        if not m or m.group("city") in NOT_CITIES or len(m.group("city")) < 4 or _DATE_KIND.match(m.group(0)):
            return False  # "PUBLISHED: October 14, 2026" is a date line, not a place
    full = bool(m.groupdict().get("date2"))
    header.dateline = " ".join((m.group(0) if full else m.group("head")).split())
    header.spans.append((m.start(), end if full else m.end()))
    written = m.groupdict().get("date2") or m.groupdict().get("date") or m.groupdict().get("date3") or ""
    when = parse_published(written)
    if when:
        header.dates.append(("dateline", when))
    elif written:
        header.yearless = header.yearless or month_day(written)
    return True


def _take_dated_lede(view: str, start: int, end: int, header: Header) -> bool:
    """'2nd June 2023 – (Tokyo) The commission ...': a full date opening the first body line.

    Only in the header: further down, a paragraph opening with a date is part of the story."""
    lead = len(view[start:end]) - len(view[start:end].lstrip())
    m = _DATE_FIRST_DATELINE.match(view, start + lead, end)
    when = parse_published(m.group("date")) if m else None
    if m is None or when is None:
        return False
    header.dateline = " ".join(m.group("head").split()).rstrip(" —–-")
    header.spans.append((m.start(), m.end()))
    header.dates.append(("dateline", when))
    return True


def _is_dateline(m: re.Match[str]) -> bool:
    city = m.group("city")
    if not (re.fullmatch(_CAPS_CITY, city) or city.isupper()):  # "KRAKÓW —", "SÃO PAULO —": capitals beyond A-Z
        return bool(m.group("date") or m.group("date2") or m.group("agency"))
    if m.group("date") or m.group("date2") or m.group("agency") or m.group("region"):
        return True
    return "-" not in m.group("dash") and len(city) >= 4 and city not in NOT_CITIES
