"""Frames the small parser's misreadings hide, and where a noun counts only as what prompted an act."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import tokens_in, verb_form_set, verb_forms
from policyscan.report import Direction, Status


def perfect_adjective_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    """ "it had disabled voice cloning": the small model makes "had" the verb (or the adjective's auxiliary) and
    the participle an adjective on its object; the participle is the act, and its agent is "had"'s subject."""
    perfect = word_set("perfect_auxiliaries") | word_set("pluperfect_auxiliaries")
    frames: list[Frame] = []
    for i in tokens_in(doc, verb_form_set()):
        tok = doc[i]
        obj, have = tok.head, doc[i - 1] if i else tok
        if tok.pos_ != "ADJ" or tok.dep_ != "amod" or have.lower_ not in perfect or i in consumed:
            continue
        entry = verb_entry(verb_forms()[tok.lower_])
        if entry["class"] == "direct" and obj.i > tok.i and (obj.head.i == have.i or have.head.i == tok.i):
            subject = next((c for c in have.children if c.dep_ == "nsubj"), have)  # the agent climbs from here
            status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
            frames.append(Frame(tok, entry["kind"], Direction(entry["direction"]), status, subject, obj))
            consumed.add(obj.i)
    return frames


def prompted(noun: Token) -> bool:
    """ "Meta paused the plan after a request from the DPC", "at the request of the ministry": a request counts only
    as what prompted the act it is told with, and only with its author named."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in word_set("prompting_preps")
        and any(c.dep_ == "prep" and c.lower_ in word_set("author_preps") for c in noun.children)
    )
