"""A passive act told only by where it holds: "Zephyr has been banned in Italy, South Korea and Taiwan". With no
agent, the places named with "in" are the ones that acted (their governments), not the last authority the story
named: that one did not ban the app in three countries."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actors import ActorIndex
from policyscan.report import ActorType


def place_agent(verb: Token, actors: ActorIndex) -> tuple[str, Token] | None:
    """The first country of an "in" phrase on an agentless passive verb, and its token (its conjuncts act too)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (p for p in prep.children if p.dep_ == "pobj"):
            if (k := actors.key_at(place)) is not None and actors.actors[k].type == ActorType.COUNTRY:
                return k, place
    return None
