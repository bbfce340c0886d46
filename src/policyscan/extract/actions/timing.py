"""When an action happened: the DATE phrase attached to the trigger, its object or a governing verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract import dates as dates_mod
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import CLIMB_DEPS, VERB_DEPS
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import (
    sent_starts,
)
from policyscan.report import Status


def attached_date(node: Token, date_ents: list[Span]) -> Span | None:
    for ent in date_ents:
        root = ent.root
        if root.head.i == node.i and root.i != node.i:
            return ent
        if root.head.dep_ == "prep" and root.head.head.i == node.i:
            return ent
        if any(
            t.head.i == node.i and t.dep_ in ("npadvmod", "tmod", "advmod", "compound", "nmod", "amod") for t in ent
        ):
            return ent
    return None


def date_span(frame: Frame, date_ents: list[Span]) -> Span | None:
    node = frame.trigger
    starts = sent_starts(node.doc)
    sent_ents = [
        e
        for e in date_ents
        if starts[e.start] == starts[node.i]
        and not dates_mod.DURATION.fullmatch(" ".join(e.text.lower().split()))
        and not new_deadline(e)
    ]  # "over three years" says how long, not when
    if not sent_ents:
        return None
    if node.tag_ == "VBD" and node.dep_ not in VERB_DEPS:
        return min(sent_ents, key=lambda e: abs(e.start - node.i))
    if frame.object_token is not None and frame.object_token is not node:
        found = attached_date(frame.object_token, sent_ents)
        if found is not None:
            return found
    for depth in range(6):
        found = attached_date(node, sent_ents)
        if found is not None:
            return found
        if depth > 0 and node.pos_ in ("VERB", "AUX") and (near := nearby_date(node, sent_ents)) is not None:
            return near  # "on Tuesday fined X and ordered it to ...": the conjoined verb shares the date
        if node.dep_ == "relcl":
            found = attached_date(node.head, sent_ents)
            if found is not None:
                return found
        if node.head is node or node.dep_ not in (*CLIMB_DEPS, "acomp"):
            break
        node = node.head
    return nearby_date(frame.trigger, sent_ents)


def new_deadline(ent: Span) -> bool:
    """ "delayed until the end of 2027", "pushed back to 2029": the new deadline, not when it was decided."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in word_set("deadline_preps")
        and (prep.head.pos_ in ("VERB", "AUX") or prep.head.dep_ in ("prt", "advmod"))
    )


def said_in_past(span: Span) -> bool:
    """ "announced on Tuesday that the rules will be delayed": the date belongs to a past reporting verb."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.tag_ == "VBD"


def nearby_date(trigger: Token, ents: list[Span]) -> Span | None:
    """ "X on Tuesday opened ..." parsed with the date on the subject: a close DATE with no verb between."""
    best = None
    for ent in ents:
        lo, hi = (ent.end, trigger.i) if ent.end <= trigger.i else (trigger.i + 1, ent.start)
        if hi - lo > 5 or any(t.pos_ in ("VERB", "AUX") for t in trigger.doc[lo:hi]):
            continue
        if best is None or abs(ent.start - trigger.i) < abs(best.start - trigger.i):
            best = ent
    return best


def is_future(frame: Frame, status: Status) -> bool:
    node = frame.trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in word_set("future_auxiliaries") for c in node.children):
            return True
        if node.head is node:
            break
        node = node.head
    return status in (Status.PROPOSED, Status.ANNOUNCED) and frame.trigger.tag_ in ("VB", "VBP", "VBZ")
