"""A month written without its year after a date written with one in the same sentence (issue 11, dates).

"The office suspended downloads in February 2025 and allowed them to resume in April": the April is the one after
that February (2025), not the latest April before publication. A month before the earlier one's is in the year
after it ("blocked the app in November 2024 before lifting the block in February": February 2025).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from policyscan.extract.dates import MONTHS, RE_MONTH, RE_YEAR, Resolved, date_to_iso, resolve
from policyscan.report import Granularity

_BARE_MONTH = re.compile(r"(?:(?:early|mid|late|the end of|the start of|the beginning of)[ -]+)?(?P<month>[a-z]+)\.?")


def month_after_dated(span: Span, sentence_dates: list[Span], published: date | None) -> Resolved | None:
    """The bare month ``span`` in the year an earlier month-and-year phrase of its sentence gives (None when the
    phrase is not a bare month, no such phrase comes before it, or the result is after ``published``)."""
    m = _BARE_MONTH.fullmatch(" ".join(span.text.lower().split()))
    if m is None or m.group("month") not in MONTHS or (m.group("month") == "may" and span.root.tag_ == "MD"):
        return None
    month = MONTHS[m.group("month")]
    earlier = [
        e for e in sentence_dates if e.end <= span.start and RE_YEAR.search(e.text) and RE_MONTH.search(e.text.lower())
    ]
    if not earlier:
        return None
    first = date_to_iso(resolve(earlier[-1].text, published).value)
    if first is None:
        return None
    year = first.year if month >= first.month else first.year + 1
    if published is not None and date(year, month, 1) > published:
        return None
    return Resolved(f"{year:04d}-{month:02d}", Granularity.MONTH)
