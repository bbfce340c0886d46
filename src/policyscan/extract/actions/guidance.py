"""Guidance that tells someone to hold back tightens (issue 11, precision, eighth round): "issued administrative
guidance to Kestrel AI, asking it to stop collecting photographs", "issued guidance to tighten chip export controls on
the Wren chips"; so does guidance on a duty ("published guidance on labelling AI-generated replies", round 11b).
Guidance on its own ("will publish revised guidance") stays neutral: its clause gives the direction, as a
directive's embedded verb does."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import lexicon, verb_forms
from policyscan.report import Direction

CLAUSE_DEPS = ("advcl", "xcomp", "acl", "relcl")


def tightening_guidance(frame: Frame) -> bool:
    obj = frame.object_token
    if frame.direction != Direction.NEUTRAL or obj is None or not _guidance(obj):
        return False
    if _duty_topic(obj) or _duty_topic(frame.trigger):
        return True  # "on" hangs from the noun or from the verb that issues it
    clauses = [c for h in (frame.trigger, obj) for c in h.children if c.dep_ in CLAUSE_DEPS and c.pos_ == "VERB"]
    return any(_tightens(t) for c in clauses for t in c.subtree if t.pos_ == "VERB")


def _duty_topic(head: Token) -> bool:
    """ "guidance on labelling AI-generated replies", "guidance on the use of AI by banks": what those it governs
    must do (action_words guidance_duty_topics)."""
    topics = word_set("guidance_duty_topics")
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"):
        if any(p.dep_ in ("pobj", "pcomp") and p.lower_ in topics for p in prep.children):
            return True
    return False


def _guidance(noun: Token) -> bool:
    entry = lexicon()["nouns"].get(noun.lower_) or lexicon()["nouns"].get(noun.lower_.removesuffix("s"))
    return bool(entry) and entry["kind"] == "propose" and noun.lower_ in word_set("guidance_nouns")


def _tightens(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lower_ in word_set("ceasing_forms"):
        return True  # "asking it to stop collecting"
    lemma = verb_forms().get(verb.lower_)
    entry = verb_entry(lemma) if lemma else {}
    return entry.get("class") == "direct" and entry.get("direction") == "tighten"
