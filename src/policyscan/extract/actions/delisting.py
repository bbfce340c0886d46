"""Taking a party off a restriction list loosens (issue 11, precision, eighth round): "the Commerce Department
removed Velmar Robotics from the Entity List", "dropped two labs from its blacklist". The flip verb's object is
the party, not a restriction, so without this the removal reads as a tightening ("removed the app")."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import action_words, verb_entry, word_set
from policyscan.extract.patterns import verb_forms


def delisted(frame: Frame) -> bool:
    tok = frame.trigger
    lemma = verb_forms().get(tok.lower_)
    if lemma is None or verb_entry(lemma)["class"] != "flip":
        return False
    listing = verb_entry(action_words()["delist_source_verb"])  # the lists "added X to" restricts with
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "appos"))]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in word_set("delist_preps")):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lower_ in listing["list_nouns"]):
            if _restriction_list(noun, listing["list_words"]):
                return True
    return False


def _restriction_list(noun: Token, list_words: list[str]) -> bool:
    """ "the Entity List", or "the list" after an earlier mention of a restriction list in the story."""
    if any(w.lower_ in list_words for w in noun.subtree):
        return True
    earlier = (t for t in noun.doc[: noun.i] if t.lower_ == noun.lower_)
    return any(any(w.lower_ in list_words for w in t.subtree) for t in earlier)
