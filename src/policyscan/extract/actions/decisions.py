"""Agents a passive act names through the decision behind it, not with "by".

- "restrictions imposed under the previous administration": done under a named government or official.
- "The app has been suspended in Norland since August 30, following a decision by Justice Mendes", "was
  blocked on the orders of the telecoms regulator", "has been offline since May under an order from the
  Communications Authority": the author of the decision (``action_words.json`` ``decision_nouns``, after one of
  ``decision_preps``) acted, not the country the act holds in nor the last body the story named.
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


def decision_agent(verb: Token, actors: ActorIndex) -> str | None:
    """The named author of the decision an agentless passive verb was done under or after."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for prep in decision_phrases(verb):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lower_ in word_set("decision_nouns")):
            if (k := _author(noun, actors)) is not None:
                return k
    return None


def decision_phrases(verb: Token) -> list[Token]:
    """The verb's prepositions that give the decision it was done under ("following a decision by X")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in word_set("decision_preps")
        and any(p.dep_ == "pobj" and p.lower_ in word_set("decision_nouns") for p in c.children)
    ]


def _author(noun: Token, actors: ActorIndex) -> str | None:
    """ "a decision by X", "the orders of X", "an order from X", "X's ruling": X, when X may act."""
    named = [c for c in noun.children if c.dep_ == "poss"]
    named += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from") for p in c.children]
    for tok in named:
        k = actors.resolve(tok)
        if k is not None and actors.actors[k].type in ACTING_TYPES:
            return k
    return None
