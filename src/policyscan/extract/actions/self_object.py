"""An inherited subject that is also the verb's own object (issue 11, precision, tenth round).

"Judge Ana Ruiz found that the company had not shown harm, and ordered it to pay the costs": the parser hangs
"and ordered" on "shown", so the verb inherits "the company", and the company would order itself. Nobody acts on
itself this way: the subject of the clause above the one the verb was hung on (the judge) gave the order.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.agents import subject_of
from policyscan.extract.actors import ActorIndex


def acting_on_itself(verb: Token, first: str, actors: ActorIndex) -> str:
    """The agent of a subjectless conjunct verb whose inherited agent ``first`` is also its object."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return first
    if not any(c.dep_ in ("dobj", "dative") and actors.resolve(c) == first for c in verb.children):
        return first  # "the court fined X and ordered it to pay": the court's own conjunct
    node = verb.head
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ != "ccomp" or (subj := subject_of(node.head)) is None:
        return first
    key = actors.resolve(subj)
    return key if key is not None else first
