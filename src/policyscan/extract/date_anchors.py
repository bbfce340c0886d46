"""The date an undated text counts a bare weekday from (issue 11, dates).

Without a publication date, "on Monday" has nothing to count from, but a reader of the story places
it beside the latest date the text writes in full ("on 24 April 2019", "Friday, March 6, 2026"):
``weekday_near`` takes the day of that name nearest to it, three days either side.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from policyscan.extract.dates import DECADE, NONE, RE_YEAR, WEEKDAYS, OutOfRange, Resolved, _absolute, _day, date_to_iso

RE_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(" + "|".join(WEEKDAYS) + r")")


def day_anchor(phrases: list[str]) -> date | None:
    """Without a publication date, the latest date the text writes in full, day, month and year
    ("Friday, March 6, 2026"): what a bare weekday is counted from."""
    best: date | None = None
    for text in phrases:
        t = " ".join(text.lower().split())
        if not RE_YEAR.search(t) or DECADE.search(t):
            continue
        try:
            res = _absolute(t, None, False)
        except OutOfRange:
            continue
        if res is None or res.granularity != "day":
            continue
        d = date_to_iso(res.value)
        if d is not None and (best is None or d > best):
            best = d
    return best


def weekday_near(text: str, day_from: date) -> Resolved:
    """A bare weekday ("on Sunday", not "last Sunday") as the day of that name nearest to ``day_from``."""
    m = RE_BARE_WEEKDAY.fullmatch(" ".join(text.lower().split()))
    if not m:
        return NONE
    delta = (WEEKDAYS.index(m.group(1)) - day_from.weekday()) % 7
    return _day(day_from + timedelta(days=delta if delta <= 3 else delta - 7))
