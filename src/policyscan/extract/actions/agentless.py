"""An act told in the past passive with no agent: "The Quillon app was blocked on March 3."

In a story about one public body the body did it (``agents.sole_authority``); otherwise nobody is guessed. A
rule's content in the present ("the use of X is not allowed") and a denial ("was not blocked") are no such act.
"""

from __future__ import annotations

from spacy.tokens import Token

_PAST_PASSIVE = ("was", "were", "been")


def told_done(verb: Token, patient: Token | None) -> bool:
    """``verb`` is a past passive without agent or negation whose subject ``patient`` is a thing named by a noun."""
    return (
        patient is not None
        and patient.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "auxpass" and c.lower_ in _PAST_PASSIVE for c in verb.children)
        and not any(c.dep_ in ("agent", "neg") for c in verb.children)
    )
