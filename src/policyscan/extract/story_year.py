"""The year of a wire dateline written without one, from the story's own years and weekdays (issue 11).

Wire style (AP, Reuters) writes the current year's dates without their year ("NAIROBI, March 12 (Reuters) -", "in
February"): a year the story does write for something done ("was fined ... in 2025") is an earlier year, one it
writes for something still to come ("will take effect in 2027") a later one, and the weekdays it names for what was
done ("said on Tuesday", "fell on Thursday") are the dateline's own day or the days just before it. With no
copyright line and no dated sidebar on the page (the loader's evidence), the dateline's year is one of the two after
the latest past year the story writes, or else one of the last few before the first future year it writes for the
next year or two; the weekdays rule out the years in which they would fall a week back, and of the years left the
latest is taken. Only the article decides, never the run's clock: the same story gives the same date whenever it is
read. A story that writes no year at all is read as news of the years up to REFERENCE_YEAR.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from policyscan.extract.actions.tense import date_is_past
from policyscan.extract.dates import DECADE, RE_MONTH, RE_YEAR
from policyscan.extract.patterns import doc_ents
from policyscan.extract.week_days import WEEKDAYS
from policyscan.load.dates import month_day

_DATE_IN_DATELINE = re.compile(r",\s*([^,(]+?)\s*(?:\(|$)")  # "NAIROBI, March 12 (Reuters)": "March 12"
LEAD_DAYS = 1  # the first weekday a wire story names for a done event is its dateline's day or the day before
PAST_DAYS = 6  # a later one is less than a week back ("on Saturday", not a week ago: that is "last Saturday")
NO_YEARS = 6  # with no year written at all, the years before REFERENCE_YEAR that are still looked at
REFERENCE_YEAR = 2026  # the latest year a story that writes none is read in (raise it with the evaluation sets)
_PERIOD_ENDS = ("until", "till", "through", "by")
_NOT_THIS_WEEK = ("last", "next", "this", "coming", "every", "until", "by")


def dateline_day(dateline: str | None) -> tuple[int, int] | None:
    """(month, day) of a dateline that gives them without a year."""
    m = _DATE_IN_DATELINE.search(dateline or "")
    return month_day(m.group(1)) if m else None


def _passive_past(ent: Span) -> bool:
    """ "was fined ... in 2025", "were blocked in 2024": a past passive (``date_is_past`` reads active verbs)."""
    node = ent.root
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in node.children)
        if node.head.i == node.i:
            break
    return False


def _years(doc: Doc) -> tuple[list[int], list[int]]:
    """The bare years the story writes for something done ("in 2025") and for something to come ("will take
    effect in 2027")."""
    past, future = [], []
    for ent in doc_ents(doc):
        t = ent.text.lower()
        if ent.label_ != "DATE" or DECADE.search(t) or RE_MONTH.search(t) or not (m := RE_YEAR.search(t)):
            continue
        if _since(ent):
            continue  # "banned since 2019": a state that lasts until now says only that now is later
        if _bound(ent):
            continue  # "exempt from duties until the end of 2030": where a period ends, not when the act was done
        if date_is_past(ent) or _passive_past(ent):
            past.append(int(m.group(1)))
        elif date_is_past(ent) is False:
            future.append(int(m.group(1)))
    return past, future


def _since(ent: Span) -> bool:
    doc = ent.doc
    return ent.text.lower().startswith("since ") or (ent.start > 0 and doc[ent.start - 1].lower_ == "since")


def _bound(ent: Span) -> bool:
    """ "until the end of 2030", "through 2027", "by 2030": the end of a period the act sets, whatever its tense."""
    doc = ent.doc
    first = ent.text.lower().split(" ", 1)[0]
    return first in _PERIOD_ENDS or (ent.start > 0 and doc[ent.start - 1].lower_ in _PERIOD_ENDS)


def _since_years(doc: Doc) -> list[int]:
    return [
        int(m.group(1)) for e in doc_ents(doc) if e.label_ == "DATE" and _since(e) and (m := RE_YEAR.search(e.text))
    ]


def _past_years(doc: Doc) -> list[int]:
    return _years(doc)[0]


def past_weekdays(doc: Doc) -> list[int]:
    """The weekdays (0 = Monday) the story names, in order, for something done ("said on Tuesday", "fell on
    Thursday", "late on Wednesday"); not "last Monday", "next Friday", "by Tuesday" or a future verb's day."""
    out = []
    for tok in doc:
        if tok.lower_ not in WEEKDAYS or (tok.i > 0 and doc[tok.i - 1].lower_ in _NOT_THIS_WEEK):
            continue
        day = doc[tok.i : tok.i + 1]
        if date_is_past(day) or _passive_past(day) or _pluperfect(day):
            out.append(WEEKDAYS.index(tok.lower_))
    return out


def _pluperfect(span: Span) -> bool:
    """ "said it had fined X on Monday": done before the saying, so also in the past."""
    node = span.root.head
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            return node.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in node.children)
        node = node.head
    return False


def _fits(day: date, weekdays: list[int]) -> bool:
    back = [(day.weekday() - w) % 7 for w in weekdays]
    return not back or (back[0] <= LEAD_DAYS and max(back) <= PAST_DAYS)


def _day(year: int, md: tuple[int, int]) -> date | None:
    try:
        return date(year, *md)
    except ValueError:  # 29 February in a common year
        return None


def _candidates(past: list[int], future: list[int]) -> list[int]:
    """The years the dateline may be in, earliest first."""
    before = min(future) if future else None
    if past:
        first = max(past) + 1
        return [y for y in (first, first + 1) if before is None or y < before or y == first]
    last = REFERENCE_YEAR
    if before is not None and before - 1 <= REFERENCE_YEAR + 1:
        last = before - 1  # "will take effect in 2027": told before 2027 (a far target, "by 2035", says little)
    return list(range(last - NO_YEARS, last + 1))


def wire_year_day(doc: Doc, dateline: str | None) -> date | None:
    """The dateline's day in the latest fitting year (None without a day in the dateline, or with neither a year
    nor a weekday in the story, or when no year fits)."""
    md = dateline_day(dateline)
    if md is None:
        return None
    (past, future), weekdays = _years(doc), past_weekdays(doc)
    if not past and not weekdays:
        return None
    floor = max(_since_years(doc), default=0)
    days = [d for y in _candidates(past, future) if y >= floor and (d := _day(y, md)) is not None]
    fitting = [d for d in days if _fits(d, weekdays)]
    if fitting:  # the latest; after a past year, not one past REFERENCE_YEAR when the year up to it fits too
        upto = [d for d in fitting if d.year <= REFERENCE_YEAR] if past else []
        return (upto or fitting)[-1]
    return days[0] if past and days else None  # the weekdays fit no year: the year after the story's past
