"""A measure a court reviews is not the court's act: "the court ruled that a nationwide block imposed last month
was disproportionate", "upheld the fine imposed on X in May", "suspended the ban imposed on the app in May".

The agentless participle on the reviewed measure ("imposed", "ordered") tells an earlier act of another body; the
court's own act is the ruling, the upholding or the suspension, told by its own verb. A participle with its
author ("the fine imposed by the Data Office") names that author and is kept.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import inflect
from policyscan.report import ActorType

_MAX_STEPS = 4


@cache
def _ruling_forms() -> frozenset[str]:
    return frozenset(f for lemma in word_set("finding_verbs") for f in inflect(lemma))


def reviewed_measure(frame: Frame, actors: ActorIndex, key: str) -> bool:
    """The court ``key`` is credited with a measure its ruling only reviews."""
    if actors.actors[key].type != ActorType.COURT:
        return False
    part = _agentless_participle(frame.trigger)
    if part is None:
        return False
    noun = part.head
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return True  # "upheld the fine imposed on X", "suspended the ban imposed in May": the court's verb acts
    cur = noun
    for _ in range(_MAX_STEPS):
        if cur.dep_ == "ccomp":
            return cur.head.lower_ in _ruling_forms()  # "ruled that a block imposed last month was ..."
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _agentless_participle(tok: Token) -> Token | None:
    candidates = [tok] + [c for c in tok.children if c.dep_ == "acl"] if tok.pos_ in ("NOUN", "PROPN") else [tok]
    for part in candidates:
        if part.dep_ == "acl" and part.tag_ == "VBN" and not any(c.dep_ == "agent" for c in part.children):
            return part
    return None
