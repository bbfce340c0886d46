"""What a relative "which" stands for: "the ban on the Quillon chatbot, which the office lifted on Tuesday".

The small model hangs the relative clause on the nearest noun ("chatbot"). A verb whose object decides the act
(lifting needs a restriction, imposing a trigger noun, passing a law) takes the first noun up the phrase that
fits it: "a bill restricting chatbots for minors, which parliament passed" passed the bill.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

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
