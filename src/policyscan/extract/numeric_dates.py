"""Days written in numbers in a story's sentences: "fined the company on 13.07.2026", "on 03/07/2026" (issue 11,
dates). The tagger leaves them untagged or calls them a number, so no action could take them as its date."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from policyscan.extract.date_anchors import RE_NUMERIC_DAY
from policyscan.extract.dates import Resolved, _day


def with_numeric_days(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each untagged one-token day in numbers as one more DATE phrase, in text order."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    extra = [
        Span(doc, t.i, t.i + 1, label="DATE") for t in doc if t.i not in taken and RE_NUMERIC_DAY.fullmatch(t.text)
    ]
    return sorted([*ents, *extra], key=lambda e: e.start) if extra else ents


def numeric_day(text: str, published: date | None) -> Resolved | None:
    """The day "13.07.2026" or "03/07/2026" names. Dots are day first (the European order); slashes may be either
    order: the one reading that is a date, else the latest reading not after publication. None for other text."""
    m = RE_NUMERIC_DAY.fullmatch(text.strip())
    if m is None:
        return None
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    orders = [(a, b)] if m.group(2) == "." else [(a, b), (b, a)]
    readings = set()
    for day, month in orders:
        try:
            readings.add(date(y, month, day))
        except ValueError:
            continue
    if len(readings) > 1 and published is not None:
        readings = {d for d in readings if d <= published}
    if len(readings) == 1 or (readings and published is not None):
        return _day(max(readings))
    return None
