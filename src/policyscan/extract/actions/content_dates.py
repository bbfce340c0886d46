"""A day told after a law's content clause: "passed a bill restricting chatbots for minors on March 3".

The small model hangs the trailing "on March 3" on the nearest verb, the participle that tells what the bill
does. A law's content is not dated to the day ("restricting X from 2027" is a start, read elsewhere); "on" and a
day, or a relative date ("last month"), after it date the verb that took the law: passing, signing, repealing it.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.patterns import lower_set


def content_on(obj: Token) -> Token:
    """A law object's content participle when the only dates on it are a day or a relative date ("on March 3",
    "last month"); else the object itself. "restricting X from 2027" or "in 2023" may be the content's own time."""
    if obj.lower_ not in lower_set("law_nouns"):
        return obj
    for clause in obj.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBG":
            continue
        dated = [
            c
            for c in clause.children
            if c.i > clause.i and c.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in c.subtree)
        ]
        if dated and all(c.dep_ == "npadvmod" or c.lower_ == "on" for c in dated):
            return clause
    return obj
