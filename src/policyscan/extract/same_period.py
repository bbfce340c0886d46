"""Dates that point back at the date just told: "the same day", "that week", "later that month", "that year".

"On 3 March the office fined Kestrel Labs. The ministry banned the app the same day": the phrase names no day of
its own; it is the day (week, month, year) of the date phrase told just before it, not the publication's. The
tagger leaves some of these phrases untagged ("banned it that day."), so they are found in the text as well.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from policyscan.extract import dates as dates_mod
from policyscan.extract.patterns import doc_text
from policyscan.report import Granularity

_SAME = re.compile(
    r"(?:(?:on|in|during|by|later|earlier|later in|earlier in|later on)\s+)?"
    r"(?:the\s+same|that)\s+(day|week|month|year)",
    re.I,
)
_IN_TEXT = re.compile(r"\b(?:the\s+same|that)\s+(?:day|week|month|year)\b", re.I)
NEAR_CHARS = 600  # the date pointed back at is in the same or the previous few sentences


def with_same_periods(doc: Doc, date_ents: list[Span]) -> list[Span]:
    """``date_ents`` with the untagged "the same day" / "that week" phrases of the text added, in text order."""
    text = doc_text(doc)
    taken = [(e.start_char, e.end_char) for e in date_ents]
    extra = []
    for m in _IN_TEXT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        span = doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="expand")
        if span is not None and not _followed_by_noun(span):
            extra.append(span)
    return sorted([*date_ents, *extra], key=lambda e: e.start) if extra else date_ents


def _followed_by_noun(span: Span) -> bool:
    """ "that day's hearing" is a day, but "that year's budget" or "that month's report" are things."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and (nxt.tag_ == "POS" or nxt.pos_ == "NOUN")


def same_period(span: Span, date_ents: list[Span], published: date | None) -> dates_mod.Resolved | None:
    """The day, week, month or year of the date phrase told just before ``span``, when ``span`` points back at it
    ("the same day"); None for any other phrase or with no dated phrase close before it."""
    m = _SAME.fullmatch(" ".join(span.text.split()))
    if m is None:
        return None
    before = [
        e
        for e in date_ents
        if e.end_char <= span.start_char
        and span.start_char - e.end_char < NEAR_CHARS
        and not _SAME.fullmatch(" ".join(e.text.split()))
    ]
    for prev in reversed(before):
        res = dates_mod.resolve(prev.text, published)
        if (day := dates_mod.date_to_iso(res.value)) is None:
            continue
        unit = m.group(1).lower()
        if res.granularity == Granularity.DAY and unit == "day":
            return dates_mod._day(day)
        if res.granularity == Granularity.DAY and unit == "week":
            return dates_mod._week(day)
        if unit == "year" or res.granularity == Granularity.YEAR:
            return dates_mod._year(day.year)
        return dates_mod._month(day.year, day.month)  # a month, or a day or week told only to the month
    return dates_mod.NONE
