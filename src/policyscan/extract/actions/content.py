"""What a proposed bill or proposal would do: its own clause gives the direction ("a bill that would ban X")."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import verb_forms
from policyscan.report import Direction


def tightening_content(frame: Frame) -> bool:
    """A neutral proposal whose clause restricts: "introduced a bill that would ban ...", "a bill to restrict ..."."""
    obj = frame.object_token
    if frame.direction != Direction.NEUTRAL or obj is None or obj.lower_ not in word_set("proposed_instrument_nouns"):
        return False
    return any(_restricting_verb(c) for c in obj.children if c.dep_ in ("relcl", "acl"))


def _restricting_verb(verb: Token) -> bool:
    lemma = verb_forms().get(verb.lower_)
    if lemma is None:
        return False
    entry = verb_entry(lemma)
    return entry.get("class") == "direct" and entry.get("direction") == "tighten" and not entry.get("needs_governor")
