"""The year of a wire dateline written without one, from the story's own past years (issue 11, dates).

Wire style (AP, Reuters) writes the current year's dates without their year ("NAIROBI, March 12 (Reuters) -",
"in February"): a year the story does write for something done ("was fined ... in 2025") is an earlier year.
With no copyright line and no dated sidebar on the page (the loader's evidence), the dateline's year is the one
after the latest year the story writes for a past event.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from policyscan.extract.actions.tense import date_is_past
from policyscan.extract.dates import DECADE, RE_MONTH, RE_YEAR
from policyscan.extract.patterns import doc_ents
from policyscan.load.dates import month_day

_DATE_IN_DATELINE = re.compile(r",\s*([^,(]+?)\s*(?:\(|$)")  # "NAIROBI, March 12 (Reuters)": "March 12"


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


def wire_year_day(doc: Doc, dateline: str | None) -> date | None:
    """The dateline's day in the year after the latest past year the story writes (None without one)."""
    md = dateline_day(dateline)
    if md is None:
        return None
    years = []
    for ent in doc_ents(doc):
        t = ent.text.lower()
        if ent.label_ != "DATE" or DECADE.search(t) or RE_MONTH.search(t) or not (m := RE_YEAR.search(t)):
            continue
        if date_is_past(ent) or _passive_past(ent):
            years.append(int(m.group(1)))
    if not years:
        return None
    try:
        return date(max(years) + 1, *md)
    except ValueError:
        return None
