"""Past-perfect clauses: what they tell happened before the clause around them.

"lifted on Monday the ban it had imposed", "revoked on Friday the licence that it had granted": the ban and the
licence are older than Monday and Friday, so the outer clause's date is not theirs.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set


def pluperfect(verb: Token) -> bool:
    """A participle in a relative clause or a clause on a noun, with a past-perfect auxiliary ("it had imposed")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ in word_set("pluperfect_auxiliaries") for c in verb.children)
    )


def earlier_clause(noun: Token) -> Token | None:
    """The past-perfect clause that describes this noun trigger ("the ban [it had imposed]"), if any."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if pluperfect(c)), None)
