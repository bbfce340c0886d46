"""Relative days a wire story names by the week (issue 11, dates): "over the weekend", "on Tuesday last week",
"Monday of next week", "earlier in the month"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from spacy.tokens import Span, Token

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD = "(" + "|".join(WEEKDAYS) + ")"
RE_DAY_OF_WEEK = re.compile(
    rf"\b{_WD},?\s+(?:of\s+)?(last|next|the previous|the following)\s+week\b|\b(last|next)\s+week\s+on\s+{_WD}\b"
)
RE_WEEKEND = re.compile(r"\b(last|this past|past|this|next|the)\s+weekend\b")
RE_IN_THE_MONTH = re.compile(r"\b(?:earlier|later) in the month\b")
RE_IN_THE_WEEK = re.compile(r"\b(?:earlier|later) in the (week|day)\b")


def week_relative(text: str, base: date, future: bool) -> tuple[str, date] | None:
    """("day", d), ("week", d) or ("month", d) for a phrase counted by the week from ``base``; None for any other.

    "on Wednesday last week" is that day of the previous calendar week; "over the weekend" the Saturday
    before ``base`` (after it for a future verb, and for "next weekend")."""
    if m := RE_DAY_OF_WEEK.search(text):
        day, which = m.group(1) or m.group(4), m.group(2) or m.group(3)
        monday = base - timedelta(days=base.weekday() + (-7 if which in ("next", "the following") else 7))
        return "day", monday + timedelta(days=WEEKDAYS.index(day))
    if m := RE_WEEKEND.search(text):
        which = m.group(1)
        ahead = which == "next" or (future and which not in ("last", "past", "this past"))
        delta = (5 - base.weekday()) % 7 if ahead else (base.weekday() - 5) % 7
        if which in ("next", "last") and delta == 0:
            delta = 7  # "next weekend" on a Saturday is the one after
        return "day", base + timedelta(days=delta if ahead else -delta)
    if RE_IN_THE_MONTH.search(text):
        return "month", base
    if m := RE_IN_THE_WEEK.search(text):  # "earlier in the week": the publication week; "in the day": its day
        return m.group(1), base
    return None


_PARTS = ("the week", "the month", "the day")


def widen_in_the(ents: list[Span]) -> list[Span]:
    """ "Earlier in the week": the tagger often tags only "the week"; the words before it say which part of it."""
    out = []
    for e in ents:
        doc = e.doc
        if e.start >= 2 and doc[e.start - 1].lower_ == "in" and doc[e.start - 2].lower_ in ("earlier", "later"):
            if " ".join(e.text.lower().split()) in _PARTS:
                e = Span(doc, e.start - 2, e.end, label=e.label)
        out.append(e)
    return out


def day_in_time(ent: Span) -> Span | None:
    """ "On Tuesday morning", "late on Monday night", "the evening of 3 March": the tagger calls the phrase a TIME,
    which no action reads; the day inside it ("Tuesday", "3 March") as a DATE span. None for a clock time alone."""
    from policyscan.extract.dates import MONTHS  # dates imports this module

    if ent.label_ != "TIME":
        return None
    toks = list(ent)
    first = next((t for t in toks if t.lower_ in WEEKDAYS or t.lower_.rstrip(".") in MONTHS), None)
    if first is None or (first.lower_ == "may" and first.tag_ == "MD"):
        return None
    doc, start, end = ent.doc, first.i, first.i + 1
    if start > ent.start and doc[start - 1].like_num:
        start -= 1  # "3 March"
    while end < ent.end and (doc[end].like_num or doc[end].lower_.rstrip(".") in MONTHS or doc[end].text == ","):
        end += 1
    while doc[end - 1].text == ",":
        end -= 1
    return Span(doc, start, end, label="DATE")


def dates_and_days(ents: Iterable[Span]) -> list[Span]:
    """The DATE phrases, with the day named inside a TIME phrase (``day_in_time``) as one more."""
    out = []
    for e in ents:
        if e.label_ == "DATE":
            out.append(e)
        elif (day := day_in_time(e)) is not None:
            out.append(day)
    return out


def day_root(ent: Span) -> Token:
    """The word a day phrase hangs on the sentence by: "Tuesday" in "on Tuesday morning" is a compound of
    "morning", which is what "on" governs."""
    root = ent.root
    if root.dep_ in ("compound", "nmod") and root.head.ent_type_ == "TIME" and root.head.i >= ent.end:
        return root.head
    return root
