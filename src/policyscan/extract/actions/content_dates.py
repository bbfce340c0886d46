"""A day told after a law's content clause: "passed a bill restricting chatbots for minors on March 3".

The small model hangs the trailing "on March 3" on the nearest verb, the participle that tells what the bill
does. A law's content is not dated to the day ("restricting X from 2027" is a start, read elsewhere); "on" and a
day after it date the verb that took the law: passing, signing, repealing it.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.patterns import lower_set


def content_on(obj: Token) -> Token:
    """The "on" of a law object's content participle, where a trailing day hangs; else the object itself."""
    if obj.lower_ not in lower_set("law_nouns"):
        return obj
    for clause in obj.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBG":
            on = next((p for p in clause.children if p.dep_ == "prep" and p.lower_ == "on" and p.i > clause.i), None)
            if on is not None and any(t.ent_type_ == "DATE" for t in on.subtree):
                return on
    return obj
