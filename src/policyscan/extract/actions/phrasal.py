"""Phrasal senses: a particle can make a verb another trigger. "cut off access to the app" restricts where
"cut tariffs" loosens; "took down the chatbot" removes it where "took" alone is no action. A lexicon verb entry
lists them as ``particle_senses``: particle -> the entry of that sense (its own class, kind and direction); a sense
with ``object_words`` holds only over one of them ("cut off access", not "cut off thousands of students")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from policyscan.extract.actions.syntax import direct_object
from policyscan.extract.patterns import lexicon


def is_particle(verb: Token, c: Token) -> bool:
    """ "push back" is often parsed with "back" as an adverb, "switched off the adviser" with "off" as a
    preposition right after the verb (its object is the verb's, see ``syntax.direct_object``): all are the particle."""
    if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i > verb.i):
        return True
    if c.dep_ != "prep" or c.i != verb.i + 1:
        return False
    # "the bill, which parliament passed on March 3": a preposition before a date is no particle
    return not any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)


def sensed_entry(verb: Token, entry: dict[str, Any]) -> dict[str, Any]:
    """The entry of the sense ``verb``'s particle selects, over its class's defaults; else ``entry`` itself."""
    for particle, sense in entry.get("particle_senses", {}).items():
        if any(c.lower_ == particle and is_particle(verb, c) for c in verb.children) and _fits(verb, sense):
            return {**lexicon()["verb_classes"][sense["class"]]["defaults"], **sense}
    return entry


def _fits(verb: Token, sense: dict[str, Any]) -> bool:
    words = sense.get("object_words")
    if not words:
        return True
    obj = direct_object(verb)
    return obj is not None and (obj.lower_ in words or obj.lower_.removesuffix("s") in words)
