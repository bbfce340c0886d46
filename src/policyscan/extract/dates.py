"""Resolve DATE phrases against the publication date.

A small rule table handles what dateparser gets wrong or does not parse in
news ("earlier this month", "on Tuesday" before/after publication, "last
week", bare months and years without invented days); dateparser handles the
rest. Results keep their granularity: "2026" is a year, not 2026-06-01.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import lru_cache

from policyscan.extract.week_days import WEEKDAYS, week_relative
from policyscan.report import Granularity

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "eighteen": 18, "twenty": 20,
    "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90, "several": 3, "a few": 3, "few": 3,
}  # fmt: skip
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
SEASON = re.compile(r"\b(?:" + "|".join(SEASONS) + r")\b")
UNIT = r"(day|week|month|year)s?"
_NUM = r"(\d+|a few|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
RE_AGO = re.compile(rf"\b{_NUM}\s+{UNIT}\s+(ago|earlier|before)\b")
RE_LATER = re.compile(rf"\b{_NUM}\s+{UNIT}\s+(later|after|on)\b")
RE_REL = re.compile(
    r"\b(last|past|previous|this|earlier this|later this|next|coming|current|late last|early last)"
    r"\s+(week|month|year)\b"
)
RE_REL_MONTH = re.compile(r"\b(last|this|next|past)\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b")
RE_WEEKDAY = re.compile(r"\b(last|this|next|on|past)?\s*(" + "|".join(WEEKDAYS) + r")\b")
RE_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
RE_MONTH = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\b")
RE_MONTH_OF_YEAR = re.compile(RE_MONTH.pattern.removesuffix(r"\b") + r",?\s+(?:of\s+)?(last|this|next)\s+year\b")
RE_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
RE_QUARTER = re.compile(r"\b(first|second|third|fourth|q1|q2|q3|q4)\s*(quarter)?\b")
PART_OF_MONTH = re.compile(r"\b(?:early|mid|late|end of|beginning of|start of)[\s-]+may\b")
RE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DURATION = re.compile(
    rf"(?:(?:about|some|nearly|almost|more than|over|up to|at least|the|first|past|last|next|coming|within|for)\s+)*"
    rf"{_NUM}(?:\s+or\s+{_NUM})?(?:\s+|-)(?:(?:working|business|calendar|school)\s+)?{UNIT}(?:-long)?"
)  # "three years", "a 12-month moratorium", "a three-year deal": how long, not when
# "weeks after", "just days before", "a few months after": an offset with no count (taken as a few, and the
# result kept to the month)
VAGUE_AMOUNT = re.compile(r"(?:(?:just|only|mere|barely|a few|few|several|some)\s+)*(day|week|month)s")
VAGUE_COUNT = 3
# "85 UIT", "the 27 member states", "AB 1064" (a bill's number): not a date on its own; a bare number is a year only
# where RE_YEAR would read one
BARE_NUMBER = re.compile(r"\d{1,3}|(?!1[89]\d\d|20\d\d)\d{4,}")
RECENT = re.compile(r"\b(?:in|over|during) (?:the )?(?:recent|past few|last few) (days|weeks)\b|\brecently\b")
YEAR_END = re.compile(r"\b(?:end|close) of (?:the |this )?(next|last)?\s*year\b|\byear-end\b")
DECADE = re.compile(r"\b(1[89]\d0|20\d0)s\b")


@dataclass(frozen=True)
class Resolved:
    value: str | None
    granularity: Granularity | None
    warning: str | None = None  # set when the phrase points outside the calendar (years 1-9999)


NONE = Resolved(None, None)


class OutOfRange(ValueError):
    """A date before 0001-01-01 or after 9999-12-31: ISO values and Python dates stop there."""


def _check_year(y: int) -> int:
    if not MINYEAR <= y <= MAXYEAR:
        raise OutOfRange(y)
    return y


def _day(d: date) -> Resolved:
    return Resolved(d.isoformat(), Granularity.DAY)


def _month(y: int, m: int) -> Resolved:
    return Resolved(f"{_check_year(y):04d}-{m:02d}", Granularity.MONTH)


def _year(y: int) -> Resolved:
    return Resolved(f"{_check_year(y):04d}", Granularity.YEAR)


def out_of_range_warning(text: str, base: date | None) -> str:
    phrase = " ".join(text.split())[:80]
    against = f" counted from {base.isoformat()}" if base else ""
    return f"date {phrase!r}{against} falls outside years {MINYEAR}-{MAXYEAR}: left unresolved"


def _week(d: date) -> Resolved:
    return Resolved((d - timedelta(days=d.weekday())).isoformat(), Granularity.WEEK)


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _count(word: str) -> int:
    if word.isdigit() and len(word) > 9:  # more days than the calendar has (and int() refuses 4,300+ digits)
        raise OutOfRange(word)
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


def count_word(word: str) -> int:
    """ "two" -> 2, "12" -> 12, as in "two days after": how many units (0 past the calendar)."""
    try:
        return _count(word)
    except OutOfRange:
        return 0


def shift(res: Resolved, n: int, unit: str) -> Resolved:
    """The event ``n`` units from a resolved one ("two days after" Thursday's event); a coarser
    value than the unit is kept as it is (a week or month still holds an event two days off)."""
    start = date_to_iso(res.value)
    if start is None or res.granularity is None or n == 0:
        return res
    try:
        if res.granularity == Granularity.DAY or (
            res.granularity == Granularity.MONTH and unit.startswith(("month", "year"))
        ):
            return _offset(start, n, unit)
    except (OverflowError, OutOfRange):
        return NONE
    return res


def _offset(base: date, n: int, unit: str) -> Resolved:
    if unit.startswith("day"):
        return _day(base + timedelta(days=n))
    if unit.startswith("week"):
        return _week(base + timedelta(weeks=n))
    if unit.startswith("month"):
        return _month(*_shift_month(base.year, base.month, n))
    return _year(base.year + n)


def _from_anchor(text: str, anchor: date | None) -> Resolved | None:
    """ "two months later", "a day earlier", "the next day": counted from the event just told, not from
    publication (so an undated story resolves them too)."""
    m = RE_AGO.search(text)
    if m and m.group(3) in ("earlier", "before") and anchor:
        return _offset(anchor, -_count(m.group(1)), m.group(2))
    if m := RE_LATER.search(text):
        return _offset(anchor, _count(m.group(1)), m.group(2)) if anchor else NONE
    if re.search(r"\b(the )?(following|next) day\b", text):
        return _day(anchor + timedelta(days=1)) if anchor else NONE
    if re.search(r"\b(the )?day before\b", text):
        return _day(anchor - timedelta(days=1)) if anchor else NONE
    return None


def _relative(text: str, base: date, anchor: date | None, future: bool) -> Resolved | None:
    if (counted := _from_anchor(text, anchor)) is not None:
        return counted
    if m := RE_AGO.search(text):  # "two days ago" counts from publication
        return _offset(base, -_count(m.group(1)), m.group(2))
    if m := RECENT.search(text):  # "in recent days": the publication week; "in recent weeks": its month
        return _week(base) if m.group(1) == "days" else _month(base.year, base.month)
    if re.search(r"\btoday\b|\btonight\b|\bthis morning\b|\bthis afternoon\b|\bthis evening\b", text):
        return _day(base)
    if re.search(r"\byesterday\b|\blast night\b", text):
        return _day(base - timedelta(days=1))
    if re.search(r"\btomorrow\b", text):
        return _day(base + timedelta(days=1))
    if m := RE_MONTH_OF_YEAR.search(text):  # "November last year", "in March of next year"
        year = base.year + {"last": -1, "next": 1}.get(m.group(2), 0)
        return _month(year, MONTHS[m.group(1)])
    if m := RE_REL_MONTH.search(text):
        month = MONTHS[m.group(2)]
        if m.group(1) == "next":
            year = base.year if month > base.month else base.year + 1
        elif m.group(1) == "last":
            year = base.year if month < base.month else base.year - 1
        else:
            year = base.year
        return _month(year, month)
    if (near := week_relative(text, base, future)) is not None:  # "over the weekend", "Tuesday last week"
        return {"day": _day, "week": _week}.get(near[0], lambda d: _month(d.year, d.month))(near[1])
    if m := RE_REL.search(text):
        which, unit = m.group(1), m.group(2)
        step = (
            -1
            if which in ("last", "past", "previous", "late last", "early last")
            else (1 if which in ("next", "coming") else 0)
        )
        return _offset(base, step, unit)
    if m := RE_WEEKDAY.search(text):
        target = WEEKDAYS.index(m.group(2))
        which = m.group(1) or ""
        if which == "next" or (future and which != "last"):
            delta = (target - base.weekday()) % 7 or 7
            return _day(base + timedelta(days=delta))
        delta = (base.weekday() - target) % 7
        if which == "last" and delta == 0:
            delta = 7
        return _day(base - timedelta(days=delta))
    return None


def _absolute(text: str, base: date | None, future: bool) -> Resolved | None:
    if m := RE_ISO.search(text):
        try:
            return _day(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return NONE
    year_m = RE_YEAR.search(text)
    month_m = RE_MONTH.search(text)
    year = int(year_m.group(1)) if year_m else None
    modal_may = month_m and month_m.group(1) == "may" and not year and not RE_DAY.search(text)
    if modal_may and PART_OF_MONTH.search(text):
        modal_may = False  # "early May", "mid-May", "late May" name the month
    if month_m and not modal_may:
        month = MONTHS[month_m.group(1)]
        rest = RE_YEAR.sub(" ", text.replace(month_m.group(0), " "))
        day_m = RE_DAY.search(rest)
        if year is None:
            if base is None:
                return NONE
            year = base.year
            if not future and month > base.month:
                year -= 1
            if future and month < base.month:
                year += 1
        if day_m:
            try:
                return _day(date(year, month, int(day_m.group(1))))
            except ValueError:
                return _month(year, month)
        return _month(year, month)
    if year is not None:
        if q := RE_QUARTER.search(text):
            idx = {"first": 1, "q1": 1, "second": 2, "q2": 2, "third": 3, "q3": 3, "fourth": 4, "q4": 4}[q.group(1)]
            return Resolved(f"{year:04d}-{3 * idx - 2:02d}", Granularity.QUARTER)
        return _year(year)
    return None


@lru_cache(maxsize=4096)
def resolve(
    text: str, base: date | None, *, future: bool = False, anchor: date | None = None, year_from: date | None = None
) -> Resolved:
    """Resolve one DATE phrase. ``future`` comes from the tense of the governing verb. ``year_from``
    (used only without ``base``) gives "3 September" the year of the text's own latest full date: an
    article written after "January 15, 2025" that says "on May 13" means May 2025.

    A phrase that points before year 1 or after 9999 ("2100 years ago" in 2026, "yesterday" on
    0001-01-01, "1000000 days ago") resolves to no value with a ``warning``; it never raises.
    """
    try:
        t = " ".join(text.lower().replace("’", "'").split())
        if base is None and anchor is not None and (counted := _from_anchor(t, anchor)) is not None:
            return counted  # "a restriction it lifted two months later" in an undated story
        if base is None and year_from is not None:
            if not (DECADE.search(t) or BARE_NUMBER.fullmatch(t)) and (
                got := _absolute(t, date(year_from.year, 12, 31), False)
            ):
                return got
            if (m := RE_REL.search(t)) and m.group(2) == "year" and not RE_AGO.search(t):
                # "last year" beside "March 24, 2025": a year is the finest the anchor allows
                step = {"last": -1, "past": -1, "previous": -1, "late last": -1, "early last": -1}.get(m.group(1), 0)
                return _year(year_from.year + (1 if m.group(1) in ("next", "coming") else step))
        return _resolve(text, base, future, anchor)
    except (OverflowError, OutOfRange):
        return Resolved(None, None, out_of_range_warning(text, base))


def _resolve(text: str, base: date | None, future: bool, anchor: date | None) -> Resolved:
    t = " ".join(text.lower().replace("’", "'").split())
    if DECADE.search(t) or BARE_NUMBER.fullmatch(t):
        return NONE
    if base is not None:
        rel = _relative(t, base, anchor, future)
        if rel is not None:
            return rel
    absolute = _absolute(t, base, future)
    if absolute is not None:
        return absolute
    if base is None or DURATION.fullmatch(t):
        return NONE
    if m := YEAR_END.search(t):
        return _year(base.year + (1 if m.group(1) == "next" else -1 if m.group(1) == "last" else 0))
    if SEASON.search(t):
        return NONE  # dateparser never dates a phrase with a season (tested); its first call costs ~0.3 s
    return _dateparser(t, base, future)


@lru_cache(maxsize=8192)
def _dateparser(text: str, base: date, future: bool) -> Resolved:
    """dateparser is the slow part: one parse per (phrase, publication date, direction)."""
    from datetime import datetime

    parser = _parser("future" if future else "past", base)
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return NONE
    if data is None or data.date_obj is None:
        return NONE
    d = data.date_obj.date() if isinstance(data.date_obj, datetime) else data.date_obj
    period = data.period or "day"
    if period == "year":
        return _year(d.year)
    if period == "month":
        return _month(d.year, d.month)
    if period == "week":
        return _week(d)
    return _day(d)


@lru_cache(maxsize=64)
def _parser(direction: str, base: date):
    from datetime import datetime

    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": direction,
            "PREFER_DAY_OF_MONTH": "first",
            "TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["relative-time", "absolute-time"],
        },
    )


def year_anchor(phrases: list[str]) -> date | None:
    """Without a publication date, the latest full date the text writes with its year ("on 3 March 2025",
    "October 2024") anchors the year of the text's other absolute dates."""
    best: date | None = None
    for text in phrases:
        t = " ".join(text.lower().split())
        if not RE_YEAR.search(t) or DECADE.search(t) or (not RE_MONTH.search(t) and not RE_ISO.search(t)):
            continue
        try:
            res = _absolute(t, None, False)
        except OutOfRange:
            continue
        d = date_to_iso(res.value) if res else None
        if d is not None and (best is None or d > best):
            best = d
    return best


def to_month(res: Resolved) -> Resolved:
    """A day or week kept to its month; a month, quarter or year as it is."""
    d = date_to_iso(res.value) if res.granularity in (Granularity.DAY, Granularity.WEEK) else None
    return _month(d.year, d.month) if d else res


def date_to_iso(value: str | None) -> date | None:
    """The first day an ISO date / month / year value covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def compatible(a: str | None, b: str | None) -> bool:
    """Two date values can describe the same event (one missing, or one contains the other)."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)
