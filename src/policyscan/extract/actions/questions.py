"""A question is not an answer: "Asked whether the authority would block the app again, he declined to comment",
"reporters asked whether the ministry would ban it", "it is unclear whether the regulator will fine the firm".
The action only sits in what somebody asked or left open; when the answer takes it up ("... said there were no
plans to do so") ``status.find_status`` makes it a denial, and that is kept."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.status import find_status
from policyscan.extract.actions.words import word_set
from policyscan.report import Status


def only_asked(frame: Frame) -> bool:
    return left_open(frame.trigger) or (_in_question(frame.trigger) and find_status(frame) != Status.DENIED)


def left_open(tok: Token) -> bool:
    """ "It has not said whether it will impose a fine", "did not confirm if it would block the app": a
    question the body has not answered; the negation is on the saying, so it is no denial either. A trigger noun
    asks through its verb ("did not say whether it would seek a fine")."""
    node = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") else tok
    for _ in range(3):
        if node.head == node or node.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        if node.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
            saying = node.head
            return saying.lower_ in _saying_forms() and any(c.dep_ == "neg" for c in saying.children)
        node = node.head
    return False


def _saying_forms() -> frozenset[str]:
    return word_set("saying_forms") | word_set("reporting_forms") | word_set("disclosing_forms")


def _in_question(tok: Token) -> bool:
    node = tok
    for _ in range(5):
        if node.head == node or node.dep_ not in ("xcomp", "ccomp", "conj", "csubj", "pcomp", "advcl"):
            return False
        if _open_question(node):
            return True
        asked = node.head
        if asked.lower_ in word_set("question_verbs") and node.dep_ == "ccomp":
            return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children)
        node = asked
    return False


def _open_question(clause: Token) -> bool:
    """ "Whether it will be allowed to train the model is another matter", "it is unclear whether X will ban it",
    "an investigation into whether the firm had done enough to take the images down": what is looked into."""
    if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
        return False
    if clause.dep_ in ("csubj", "pcomp"):
        return True
    unclear = word_set("open_question_adjectives")
    return clause.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lower_ in unclear for c in clause.head.children)
