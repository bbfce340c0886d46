"""A delay's schedule is not its date (issue 11, dates): "pushing the law back from March 1 to July 31, 2027" names
the old and the new start of the law, not the day it was delayed."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.actions.words import word_set


def moved_schedule(ent: Span, kind: str) -> bool:
    """A "from X to Y" span on an action that moves a schedule (``schedule_kinds``): the dates it moves."""
    if kind not in word_set("schedule_kinds"):
        return False
    doc = ent.doc
    opened = ent.start > 0 and doc[ent.start - 1].lower_ in word_set("onset_preps")
    closed = ent.end < len(doc) and doc[ent.end].lower_ in word_set("deadline_preps")  # "from 1 May | until ..."
    return opened and (closed or any(t.lower_ in word_set("deadline_preps") for t in ent))
