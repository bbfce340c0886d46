"""Who acted when a passive names the instrument, not the body: "Telegram was banned by order of the ministry",
"was suspended by a decision of the regulator", "has been suspended since August 30, following a decision by Judge
X", "was blocked last May under an order from the ministry". The instrument's author acted. A bare "court order"
names no one: the nearest court named before it, or nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.pleas import AUTHORITY_TYPES
from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex
from policyscan.report import ActorType


def instrument_agent(verb: Token, actors: ActorIndex) -> tuple[str, Token | None] | None:
    """The author of the instrument a passive restriction was made by, when the text names it."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.children:
        if not (prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in word_set("instrument_agent_preps"))):
            continue
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            if noun.lower_ not in word_set("authored_instrument_nouns"):
                continue
            if (found := _author(noun, actors)) is not None:
                return found
    return None


def _author(noun: Token, actors: ActorIndex) -> tuple[str, Token | None] | None:
    for c in noun.children:
        if c.dep_ == "poss" and (k := actors.key_at(c)) and actors.actors[k].type in AUTHORITY_TYPES:
            return k, c
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
            for p in (p for p in c.children if p.dep_ == "pobj"):
                k = actors.resolve(p)
                if k and actors.actors[k].type in AUTHORITY_TYPES | {ActorType.PERSON, ActorType.COUNTRY}:
                    return k, p
        if c.dep_ == "compound" and c.lower_ in word_set("court_words"):
            k = actors.recent(noun.i, {ActorType.COURT})  # "by a court order": the court the story named
            return (k, None) if k else None
    return None
