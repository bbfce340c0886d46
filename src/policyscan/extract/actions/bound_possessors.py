"""A possessive pronoun bound by its clause's subject: "the regulator announced its decision to fine X" is the
regulator's decision, not that of the last body or company named before."""

from __future__ import annotations

from spacy.tokens import Token

BOUND_PRONOUNS = frozenset({"its", "their"})


def bound_owner(poss: Token) -> Token | None:
    """The subject noun of the verb whose direct object ``poss`` qualifies ("its" in "X announced its decision")."""
    noun = poss.head
    if poss.dep_ != "poss" or poss.lower_ not in BOUND_PRONOUNS or noun.dep_ != "dobj":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
