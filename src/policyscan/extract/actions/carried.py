"""A gerund that only carries the object of the verb above it (issue 11, precision, tenth round).

"The legislature voted to delay implementing the AI Act": what is delayed is the act; "implementing" is no
enactment of its own. The verb above takes the gerund's object, and the gerund is part of that one action.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set


def carried_object(verb: Token) -> tuple[Token, Token] | None:
    """(gerund, object) for "delayed implementing the act", "paused enforcing the ban", else None."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG" and c.lower_ in word_set("carrying_gerunds"):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None:
                return c, obj
    return None
