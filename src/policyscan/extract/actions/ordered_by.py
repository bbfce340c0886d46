"""A passive act carried out on a named body's decision (issue 11, precision, tenth round).

"The network has been suspended in Borvia since August, following a decision by Judge Amos Kibet": the passive
has no by-agent, and the place it happened in did not act; the decision the clause names has an author, and
that author acted ("was blocked after an order from the regulator").
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex


def decision_author(verb: Token, actors: ActorIndex) -> tuple[str, Token] | None:
    """(actor, name token) of the decision an agentless passive followed, else None."""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return None
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in word_set("following_preps")):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lower_ in word_set("decision_nouns")):
            for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
                for name in (p for p in by.children if p.dep_ == "pobj"):
                    if (key := actors.resolve(name)) is not None:
                        return key, name
    return None
