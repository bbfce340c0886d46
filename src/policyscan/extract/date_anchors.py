"""The date an undated text counts a bare weekday from (issue 11, dates).

Without a publication date, "on Monday" has nothing to count from, but a reader of the story places
it beside the latest date the text writes in full ("on 24 April 2019", "Friday, March 6, 2026", "24.04.2019"):
``weekday_near`` takes the day of that name nearest to it, three days either side, and an event told as done
with no date of its own ("has blocked") takes that date's month, as it would take the publication month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from policyscan.extract.actions.timing import deadline, effective
from policyscan.extract.actions.words import word_set
from policyscan.extract.dates import DECADE, NONE, RE_YEAR, WEEKDAYS, OutOfRange, Resolved, _absolute, _day, date_to_iso
from policyscan.extract.patterns import CACHE_PREFIX, doc_ents, doc_text

RE_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(" + "|".join(WEEKDAYS) + r")")
# "24.04.2019", "17/02/2026": a day written in numbers, which the parser does not tag as a date
RE_NUMERIC_DAY = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d.]\d)")


def numeric_days(text: str) -> list[str]:
    """The days a text writes in numbers, as ISO strings: day first with dots ("24.04.2019", the European
    order), either order with slashes only when one part is over 12 ("17/02/2026", "02/17/2026")."""
    out = []
    for m in RE_NUMERIC_DAY.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if m.group(2) == "/" and (a <= 12) == (b <= 12):
            continue  # "02/03/2026" is 2 March or 3 February
        day, month = (b, a) if m.group(2) == "/" and b > 12 else (a, b)
        try:
            out.append(date(y, month, day).isoformat())
        except ValueError:
            continue
    return out


def anchor_phrases(date_ents: list[Span], text: str) -> list[str]:
    """The text's date phrases that can anchor its undated ones: not a deadline or a start date ("delayed until
    2027", "effective 1 May"), and the days it writes in numbers."""
    return [e.text for e in date_ents if not deadline(e) and not effective(e) and not _ahead(e)] + numeric_days(text)


def _ahead(ent: Span) -> bool:
    """ "The court will hear the case on 3 May 2027", "the vote is scheduled for 3 May 2027": a date the text looks
    forward to is not its latest news."""
    node = ent.root
    for _ in range(8):  # the verb a date hangs on is near it (a wall of dates is one long verbless chain)
        if node.pos_ in ("VERB", "AUX") or node.lower_ in word_set("raising_participles") or node.head.i == node.i:
            break
        node = node.head
    return node.lower_ in word_set("raising_participles") or any(
        c.dep_ == "aux" and c.lower_ in word_set("future_auxiliaries") for c in node.children
    )


def story_day(doc: Doc) -> date | None:
    """Without a publication date, the latest day the text writes in full: the story's stand-in date.
    Worked out once per doc (the action finder and the pipeline both ask; ``drop_doc_caches`` forgets it)."""
    key = CACHE_PREFIX + "story_day"
    if key not in doc.user_data:
        phrases = anchor_phrases([e for e in doc_ents(doc) if e.label_ == "DATE"], doc_text(doc))
        doc.user_data[key] = day_anchor(phrases) if phrases else None
    return doc.user_data[key]


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
