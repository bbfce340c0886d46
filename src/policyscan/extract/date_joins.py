"""DATE phrases the tagger cut in two or took from a name (issue 11, dates).

"on Monday, 18 May" is tagged "Monday" and "18 May": the weekday alone is then counted from the publication date
(or from nothing), while the whole phrase names the day. "the FTC Act of 1914", "the Data Law of 2019": the year
completes a law's name and says nothing of when anything in the story happened."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from policyscan.extract.dates import MONTHS, RE_YEAR
from policyscan.extract.patterns import actor_word_set
from policyscan.extract.week_days import WEEKDAYS

_BETWEEN = {",", "(", "-", "–", "—"}  # what may stand between the weekday and its day: "Monday, 18 May", "(18 May)"


def law_year(ent: Span) -> bool:
    """ "the Consumer Protection Act of 1986": a bare year that completes a law's name."""
    root = ent.root
    prep = root.head
    return (
        RE_YEAR.fullmatch(ent.text.strip()) is not None
        and root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.i == ent.start - 1
        and prep.head.text in actor_word_set("law_name_tails")
    )


def _is_weekday(ent: Span) -> bool:
    return len(ent) == 1 and ent[0].lower_ in WEEKDAYS


def _names_day(ent: Span) -> bool:
    """ "18 May", "May 18", "Sept. 8, 2026": a month and a day number."""
    words = [t.lower_.rstrip(".") for t in ent]
    return any(w in MONTHS for w in words) and any(t.like_num and len(t.text) <= 2 for t in ent)


def joined_days(ents: Iterable[Span]) -> list[Span]:
    """The DATE phrases, with a weekday and the day right after it ("Monday, 18 May") as one phrase."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and _is_weekday(prev) and _names_day(e):
            gap = e.doc[prev.end : e.start]
            if all(t.text in _BETWEEN for t in gap) and len(gap) <= 2:
                out[-1] = Span(e.doc, prev.start, e.end, label=e.label)
                continue
        out.append(e)
    return [e for e in out if not law_year(e)]
