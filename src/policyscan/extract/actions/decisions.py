"""What an act was done under: "restrictions imposed under the previous administration" (a named government or
official acted); "suspended since May under an order from the Communications Authority", "following a decision
by Justice Mendes" (the decision phrase, ``action_words.json`` ``authored_instrument_nouns`` after one of
``instrument_agent_preps``: its author acts, see ``instrument_agents.py``; the phrase is no second event and no
object of the act).
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.pleas import AUTHORITY_TYPES
from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex
from policyscan.report import ActorType

ACTING_TYPES = AUTHORITY_TYPES | {ActorType.PERSON, ActorType.COUNTRY}


def under_agent(verb: Token, actors: ActorIndex) -> str | None:
    """An agentless participle done "under" a named government or official."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "under":
            for p in c.children:
                k = actors.resolve(p) if p.dep_ == "pobj" else None
                if k and actors.actors[k].type in ACTING_TYPES:
                    return k
    return None


def decision_phrases(verb: Token) -> list[Token]:
    """The verb's prepositions that give the decision it was done under ("following a decision by X")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in word_set("instrument_agent_preps")
        and any(p.dep_ == "pobj" and p.lower_ in word_set("authored_instrument_nouns") for p in c.children)
    ]
