"""Advice not to use something, told by the body that gives it: "the ministry said government departments
should not use Kestrel", "said Kestrel should not be used on official devices". The reported clause restricts
its object as "told staff not to use Kestrel" does (the directive's negated kind). Only advice to the public
sector counts ("departments", "officials", "government devices"): advice to a named body ("said the Senate
should not use X") is a recommendation, and a company's advice to users a product warning.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import inflect, lexicon, status_verb_forms, verb_forms
from policyscan.report import Direction, Status


@cache
def _forms(key: str) -> frozenset[str]:
    return frozenset(f for lemma in word_set(key) for f in inflect(lemma))


def advice_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    frames: list[Frame] = []
    for tok in doc:
        if tok.i in consumed or tok.dep_ != "ccomp" or tok.lower_ not in _forms("usage_verbs"):
            continue
        if not _advised(tok.head) or not _advice(tok):
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if obj is None or (subj is not None and subj.pos_ in ("PROPN", "PRON")):
            continue  # "said the Senate should not use X", "said it should not use X": a recommendation
        if not any(t.lower_ in word_set("public_users") for t in tok.subtree if t.i not in _span(obj)):
            continue  # "said users should not use the chatbot for medical advice": a product warning
        kind = lexicon()["verb_classes"]["directive"]["defaults"]["negated_kind"]
        frames.append(Frame(tok, kind, Direction.TIGHTEN, Status.ENACTED, tok.head, obj))
    return frames


def told_advice(verb: Token) -> bool:
    """ "(said departments) should not use": the negation and the modal are the advice, not a denial."""
    return verb.lower_ in _forms("usage_verbs") and _advice(verb)


def _span(tok: Token) -> range:
    return range(tok.left_edge.i, tok.right_edge.i + 1)


def _advice(verb: Token) -> bool:
    """ "should not use", "must not be installed": a deontic modal with a negation on the verb."""
    return any(c.dep_ == "aux" and c.lower_ in word_set("advisory_modals") for c in verb.children) and any(
        c.dep_ == "neg" for c in verb.children
    )


def _advised(head: Token) -> bool:
    lemma = status_verb_forms().get(head.lower_) or verb_forms().get(head.lower_)
    return (
        lemma in word_set("reporting_verbs")
        or head.lower_ in word_set("reporting_forms")
        or head.lower_ in _forms("advising_verbs")
    )
