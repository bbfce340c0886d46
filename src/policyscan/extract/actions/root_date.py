"""A date the parser hung on a noun of the object: "closed its probe into X, the app made by Y, in May"."""

from __future__ import annotations

from spacy.tokens import Span, Token


def root_verb_date(trigger: Token, ents: list[Span]) -> Span | None:
    """The sentence's one date, hung on a noun under the main past-tense verb with no other verb between: that
    verb's date (the trigger is the verb or its direct object)."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    if verb.tag_ != "VBD" or verb.dep_ != "ROOT" or len(ents) != 1:
        return None
    node = ents[0].root.head
    while node.i != verb.i and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return ents[0] if node.i == verb.i else None
