"""Byline lines whose parts were glued together when the page was copied: "Staff ReporterBy Staff ReporterAugust 2,
2023No Comments2 Mins Read", "July 14, 2025Clash Report" (a year run into the outlet's name)."""

from __future__ import annotations

import re
from datetime import date

from policyscan.load.dates import DATE_TEXT, parse_published

_GLUED_BYLINE = re.compile(r"(?:^|[a-z])By[ \t]+[A-Z]|\d+[ \t]*Mins?[ \t]+Read|No[ \t]+Comments", re.I)
# "July 14, 2025Clash Report": a line that opens with a full date run into the next capitalised word
_GLUED_DATE = re.compile(rf"[ \t]*(?P<date>{DATE_TEXT})(?-i:(?<=\d)(?=[A-Z][a-z]))", re.I)


def glued_byline_date(part: str) -> tuple[str, date] | None:
    """The date inside a byline line whose parts were glued together when the page was copied."""
    opening = _GLUED_DATE.match(part) if len(part) <= 80 else None
    if opening and (value := parse_published(opening.group("date"))):
        return "date-line", value
    if len(part) > 200 or not _GLUED_BYLINE.search(part) or re.search(r"[.!?][ \t]+[A-Z]", part):
        return None
    for m in re.finditer(DATE_TEXT, part, re.I):
        value = parse_published(m.group(0))
        if value:
            return "date-line", value
    return None
