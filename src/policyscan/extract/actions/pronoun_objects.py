"""A lifting verb whose object is a pronoun: "set aside the block and ordered the regulator to lift it", "The
curfew stays. The ministry rejected calls to lift it."

Lifting needs a restriction for its object; "it" stands for the nearest restriction noun before it, in its own
sentence or the one before. Without one nothing is lifted.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.syntax import is_restriction
from policyscan.extract.actions.words import word_set


def restriction_antecedent(obj: Token | None, kind: str) -> Token | None:
    """The restriction noun an object pronoun of a verb of ``kind`` stands for, or None. Only verbs that act on
    restrictions alone ("lift", "ease") read a pronoun so: "blocking it", "revoke it", "remove it" may be an app,
    a licence or a video."""
    if kind not in word_set("pronoun_lifting_kinds"):
        return None
    if obj is None or obj.lower_ not in word_set("object_pronouns") or obj.dep_ != "dobj":
        return None
    doc = obj.doc
    sent = obj.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[start : obj.i]):
        if tok.pos_ == "NOUN" and is_restriction(tok):
            return tok
    return None
