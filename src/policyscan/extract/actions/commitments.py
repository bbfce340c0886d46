"""A commitment named as a noun with the act it commits to: "X’s agreement to suspend its data handling", "the
firm's pledge to withdraw the app". The act in the infinitive is the event; the agreement or pledge is no second
action (a trade agreement or a signed deal, with no act of its own, still is)."""

from __future__ import annotations

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import verb_forms


def commitment_to_act(frame: Frame) -> bool:
    tok = frame.trigger
    if tok.pos_ != "NOUN" or tok.lower_ not in word_set("commitment_nouns"):
        return False
    return any(
        c.dep_ in ("acl", "relcl")
        and c.lower_ in verb_forms()
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    )
