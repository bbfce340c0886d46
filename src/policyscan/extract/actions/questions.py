"""A question is not an answer: "Asked whether the authority would block the app again, he declined to comment",
"reporters asked whether the ministry would ban it". The action only sits in what somebody asked; when the
answer takes it up ("... said there were no plans to do so") ``status.find_status`` makes it a denial, and that
is kept."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.status import find_status
from policyscan.extract.actions.words import word_set
from policyscan.report import Status


def only_asked(frame: Frame) -> bool:
    return _in_question(frame.trigger) and find_status(frame) != Status.DENIED


def _in_question(tok: Token) -> bool:
    node = tok
    for _ in range(4):
        if node.head is node or node.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        asked = node.head
        if asked.lower_ in word_set("question_verbs") and node.dep_ == "ccomp":
            return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children)
        node = asked
    return False
