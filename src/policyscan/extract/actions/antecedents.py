"""What a relative "which" stands for: "the ban on the Quillon chatbot, which the office lifted on Tuesday".

The small model hangs the relative clause on the nearest noun ("chatbot"). A verb whose object decides the act
(lifting needs a restriction, imposing a trigger noun, passing a law) takes the first noun up the phrase that
fits it: "a bill restricting chatbots for minors, which parliament passed" passed the bill.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set

_UP = ("pobj", "prep", "acl", "dobj")


def relative_antecedent(verb: Token, fits: Callable[[Token], bool]) -> Token:
    head = verb.head
    if fits(head):
        return head
    node = head
    for _ in range(4):
        if node.dep_ not in _UP or node.head == node:
            break
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and fits(node):
            return node
    return head


def pronoun_owner(verb: Token, subject: Token, resolve: Callable[[Token], str | None]) -> str | None:
    """ "the ministry's order against Kestrel, which it lifted in May": a pronoun subject of a relative clause on
    a possessed noun is its possessor (the actor ``resolve`` names), not the nearer name the clause hangs on."""
    if verb.dep_ != "relcl" or subject.lower_ not in word_set("speaker_pronouns"):
        return None
    from policyscan.extract.actions.syntax import direct_object  # syntax imports this module

    antecedent = direct_object(verb)
    if antecedent is None or antecedent.i == verb.head.i:
        return None
    owner = next((c for c in antecedent.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    return resolve(owner) if owner is not None else None
