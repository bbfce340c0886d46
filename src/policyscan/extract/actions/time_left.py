"""Time left to act is not the act: "the governor has until October 12 to sign or veto the bill", "the
minister had until Friday to revoke the order". The act is still open, so the most it can be is considered."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set


def time_left_to(verb: Token) -> bool:
    """``verb`` is the infinitive of "<have> until <time> to <verb>"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.lower_ not in word_set("time_left_verbs"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in word_set("time_left_preps") for c in head.children)
