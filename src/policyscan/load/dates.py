"""Publication dates as written in headers, datelines and page metadata."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+"
_ORD = r"(?:st|nd|rd|th)?"
_ISO_DATE = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.]?)(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
_MDY_DATE = re.compile(rf"(?:{_WEEKDAY})?(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})(?!\d)", re.I)
_DMY_DATE = re.compile(
    rf"(?:{_WEEKDAY})?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+(?P<y>\d{{4}})(?!\d)", re.I
)
# A date as it appears in a dateline or a header line (the year may be missing there).
DATE_TEXT = (
    rf"(?:{_WEEKDAY})?(?:{MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?|\d{{1,2}}{_ORD}\s+{MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2})"
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# "02/03/2026": d/m or m/d; "3.11.2026" and "3. 11. 2026": dots are written day first wherever they are used
NUMERIC_DATE = re.compile(r"(?P<a>\d{1,2})(?P<s>/|\.[ \t]?)(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})")


def numeric_readings(text: str) -> list[date]:
    """The calendar days "02/03/2026" can be: both orders when both parts could be a month, one when a part is
    over 12 ("17/02/2026" is day first), none when neither order is a date."""
    m = NUMERIC_DATE.fullmatch(text.strip())
    if m is None:
        return []
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    out: list[date] = []
    orders = ((b, a),) if m["s"].startswith(".") else ((a, b), (b, a))
    for month, day in orders:
        try:
            when = date(y, month, day)
        except ValueError:
            continue
        if when not in out:
            out.append(when)
    return out


def parse_date_option(text: str) -> date | None:
    """A date typed on the command line: ISO ("2026-11-12", a timestamp is cut to its day) or a
    written month ("12 Nov 2026", "Nov. 12, 2026"). Numeric day/month orders such as
    "11/12/2026" are ambiguous across countries and give None."""
    s = " ".join(text.split()).strip()
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", s)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    for rx in (_MDY_DATE, _DMY_DATE):
        m = rx.fullmatch(s.rstrip("."))
        if m:
            return _make_date(m)
    return None


def parse_published(text: str) -> date | None:
    """Parse a publication date such as "2025-11-03", "Nov. 3, 2025" or "12 May 2025".

    A timestamp gives the local date as written ("2026-09-17T07:45:00+02:00" is
    2026-09-17). Text without a full day, month and year gives None: the missing
    parts would otherwise be taken from today.
    """
    s = " ".join(text.split()).strip(" *_()[]")
    if not s or len(s) > 120:
        return None
    dotted = NUMERIC_DATE.match(s)
    if dotted and dotted["s"].startswith(".") and (readings := numeric_readings(dotted.group(0))):
        return readings[0]  # "3. 11. 2026 14:20": 3 November
    for rx in (_ISO_DATE, _MDY_DATE, _DMY_DATE):
        m = rx.match(s)
        if m:
            return _make_date(m)
    if not _YEAR.search(s):
        return None
    return _dateparser_date(s)


_COPYRIGHT_YEAR = re.compile(r"(?i:copyright|©|\(c\))[ \t]*(?:\d{4}[ \t]*[-–][ \t]*)?(?P<y>(?:19|20)\d{2})(?!\d)")
_MONTH_DAY = re.compile(rf"(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{MONTH})", re.I)
_SCAN_CHARS = 200_000  # the page's years are looked for in its first characters only


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written without its year ("Nov 3", "3 November"), or None."""
    m = _MONTH_DAY.fullmatch(text.strip().rstrip(","))
    if m is None:
        return None
    mon, day = (m.group("mon"), m.group("d")) if m.group("mon") else (m.group("mon2"), m.group("d2"))
    return _MONTHS[mon[:3].lower()], int(day)


def yearless_choice(month: int, day: int, view: str) -> date | None:
    """The year of a dateline written without one ("NAIROBI, Nov 3 (Reuters) -"): the page's copyright year, or
    else the first year from the latest full date the page prints (a sidebar's dates included: they are near
    the day the page was made) on which that day is not more than a month before it. None without either."""
    head = view[:_SCAN_CHARS]
    copyright_year = _COPYRIGHT_YEAR.search(head)
    years = [int(copyright_year.group("y"))] if copyright_year else []
    if not years:
        found = [d for rx in (_MDY_DATE, _DMY_DATE) for m in rx.finditer(head) if (d := _make_date(m))]
        if not found:
            return None
        latest = max(found)
        years = [latest.year + 1] if _bare_list_dates(head) else [latest.year, latest.year + 1]
        years = [y for y in years if _valid(y, month, day) and (date(y, month, day) - latest).days >= -31][:1]
    return date(years[0], month, day) if years and _valid(years[0], month, day) else None


# a list item ending in its date: "- Regulator warns banks (Oct 2)", "- Telecoms fined - Nov 2, 2025"
_LIST_DATE = re.compile(
    rf"^[ \t]*[-*\u2022\u00b7][^\n]*?[(\u2014\u2013-][ \t]*"
    rf"(?P<date>{MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)\)?[ \t]*$",
    re.I | re.M,
)


def furniture_day(page: str, text: str) -> date | None:
    """The latest full date the page prints outside the story ``text`` (the page with its furniture blanked): a
    related-links list or a sidebar, near the day the page was made. Not a publication date; what an undated
    story's weekdays and yearless months are counted from when the story itself writes no full date."""
    if len(page) != len(text):
        return None
    head = page[:_SCAN_CHARS]
    found = [
        d
        for rx in (_MDY_DATE, _DMY_DATE)
        for m in rx.finditer(head)
        if not text[m.start() : m.end()].strip() and (d := _make_date(m))
    ]
    return max(found, default=None)


def _bare_list_dates(page: str) -> bool:
    """A list that dates some items without a year and others with one ("(Oct 2)", "(Sept 29)", "(April 24,
    2024)"): wire style writes the current year's dates bare, so the items dated in full are from earlier years."""
    years = [bool(_YEAR.search(m.group("date"))) for m in _LIST_DATE.finditer(page)]
    return any(years) and not all(years)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _make_date(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"][:3].lower()]
    try:
        return date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    from dateparser.date import DateDataParser  # slow import: only when a hand rule fails

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser_date(s: str) -> date | None:
    try:
        found = _date_parser().get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd input; a date is optional
        return None
    return found.date_obj.date() if found and found.date_obj else None
