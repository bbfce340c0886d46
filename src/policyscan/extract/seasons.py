"""Seasons, quarters and parts named without a year: "last summer", "this spring", "in the second quarter", "at the
start of the year" (issue 11, dates). dateparser reads none of them; an action dated by one took the publication
month, which is wrong for "last summer" in July. A season keeps only its year (no granularity is a season); a
quarter is a quarter."""

from __future__ import annotations

import re
from datetime import date

from policyscan.extract.dates import MONTHS, Resolved, _day
from policyscan.report import Granularity

_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}  # winter spans two years
_SEASON = re.compile(r"(?:(this|last|past|next|earlier this|later this|the coming)\s+)(spring|summer|autumn|fall)")
_QUARTER = re.compile(r"(?:the\s+)?(first|second|third|fourth|q1|q2|q3|q4)(?:\s+quarter)?")
# "at the start of the year", "since the beginning of the month": this year's or this month's (the end of a year
# is left to ``dates.YEAR_END``: "at the end of the year" may be the last one's)
_START_OF = re.compile(r"(?:the\s+)?(?:start|beginning|turn)\s+of\s+the\s+(year|month)")
_MON = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "on July 3 last year", "3 March of next year": a day in a year named by its distance from publication
_DAY_OF_YEAR = re.compile(
    rf"(?:{_MON}\s+(\d{{1,2}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON})(?:st|nd|rd|th)?,?\s+(?:of\s+)?"
    r"(last|this|next)\s+year"
)
_QUARTERS = {"first": 1, "q1": 1, "second": 2, "q2": 2, "third": 3, "q3": 3, "fourth": 4, "q4": 4}


def season_or_quarter(text: str, base: date | None, *, future: bool) -> Resolved | None:
    """The year of "last summer" (the latest summer over by ``base``), "this spring" or "next autumn"; the quarter
    of "the second quarter" (this year's when it has begun by ``base``, else last year's; the other way round for
    an event to come). None for other text or without ``base``."""
    t = " ".join(text.lower().split())
    if base is None:
        return None
    if m := _SEASON.fullmatch(t):
        which, (first, last) = m.group(1), _SEASON_MONTHS[m.group(2)]
        year = base.year
        if which in ("last", "past") and base.month <= last:
            year -= 1
        elif which in ("next", "the coming") and base.month >= first:
            year += 1
        return Resolved(f"{year:04d}", Granularity.YEAR)
    if m := _DAY_OF_YEAR.fullmatch(t):
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        year = base.year + {"last": -1, "this": 0, "next": 1}[m.group(5)]
        try:
            return _day(date(year, MONTHS[month], int(day)))
        except ValueError:
            return None
    if m := _START_OF.fullmatch(t):
        if m.group(1) == "year":
            return Resolved(f"{base.year:04d}", Granularity.YEAR)
        return Resolved(f"{base.year:04d}-{base.month:02d}", Granularity.MONTH)
    if (m := _QUARTER.fullmatch(t)) and ("quarter" in t or t.startswith("q")):
        q = _QUARTERS[m.group(1)]
        begun = base.month >= 3 * q - 2
        year = base.year + (1 if future and base.month > 3 * q else 0) - (0 if future or begun else 1)
        return Resolved(f"{year:04d}-{3 * q - 2:02d}", Granularity.QUARTER)
    return None
