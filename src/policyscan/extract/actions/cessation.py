"""Ceasing to do something reverses it: "will no longer allow minors", "has stopped letting users share chats".

A permission or supply verb ("let", "offer", "sell", marked ``needs_cessation`` in the lexicon) is an action only
when it is ceased, and then it restricts; a trigger with its own direction ceased turns round ("no longer allows"
tightens, "is no longer blocked" loosens). Whoever ceases acts: a company, a government, never a law ("the law
no longer allows ..." describes its content; see ``agents.instrument_author``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import action_words, verb_entry, word_set
from policyscan.extract.patterns import verb_forms
from policyscan.report import Direction


def no_longer(verb: Token) -> bool:
    """ "no longer" (or "not ... any longer") on the verb itself."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ in ("no", "any") for n in c.children)
        for c in verb.children
    )


def ceased(verb: Token) -> bool:
    """The verb is ceased: "no longer V", or the complement of "stop"/"cease" ("stopped letting users ...").
    A gerund that the ceasing verb's own entry already reads ("stopped offering its model": ``ceased_activities``)
    is left to that verb's frame."""
    if no_longer(verb):
        return True
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or head.lower_ not in word_set("ceasing_forms"):
        return False
    lemma = verb_forms().get(head.lower_)
    return not (lemma and verb.lower_ in verb_entry(lemma).get("ceased_activities", ()))


def ceased_frame(frame: Frame | None, entry: dict[str, Any]) -> Frame | None:
    """The frame as the text tells it once cessation is read: a ``needs_cessation`` verb only when ceased; another
    tightening or loosening trigger, ceased, turns round with the kind ``ceased_kinds`` gives that direction."""
    if frame is None:
        return None
    is_ceased = ceased(frame.trigger)
    if entry.get("needs_cessation"):
        return frame if is_ceased else None
    if not is_ceased or frame.direction not in (Direction.TIGHTEN, Direction.LOOSEN):
        return frame
    turned = Direction.LOOSEN if frame.direction == Direction.TIGHTEN else Direction.TIGHTEN
    return replace(frame, kind=action_words()["ceased_kinds"][turned.value], direction=turned)


def ceased_activity(tok: Token, entry: dict[str, Any]) -> bool:
    """ "stopped supplying its model to the bank": a supplier cutting off its own product restricts it."""
    return ceased_product(tok, entry) is not None


def ceased_product(tok: Token, entry: dict[str, Any]) -> Token | None:
    """What a ceased activity supplied ("its model" in "stopped supplying its model"), the action's object; none
    when the product is not named ("stopped shipping to both")."""
    for c in tok.children:
        if c.dep_ == "xcomp" and c.lower_ in entry.get("ceased_activities", ()):
            return next((o for o in c.children if o.dep_ == "dobj"), None)
    return None
