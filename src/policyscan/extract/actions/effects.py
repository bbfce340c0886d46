"""What a deal or a firm's conduct could do to a market is an effect, not an action: "the partnership could
restrict competition", "Meta's conduct may limit access to rival chatbots", "the merger would hamper
innovation". The subject is a conduct or deal noun (``effect_subject_nouns``) and a hedge modal says it is a
prediction; whoever acts on it (a regulator opening a probe) is told by another verb."""

from __future__ import annotations

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import is_restriction
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import lexicon
from policyscan.report import Direction


def predicted_effect(frame: Frame) -> bool:
    """Only a restricting effect: "the trade deal would lift the ban" tells what the parties agreed to do."""
    verb = frame.trigger
    hedged = any(c.dep_ == "aux" and c.lower_ in lexicon()["hedge_modals"] for c in verb.children)
    if frame.direction != Direction.TIGHTEN or not hedged:
        return False
    nouns = word_set("effect_subject_nouns")
    return any(c.dep_ == "nsubj" and c.lower_ in nouns for c in verb.children)


def helped_effect(frame: Frame) -> bool:
    """ "the shutdown, a move the government said has helped to curb violence": what a measure helped bring about
    is its effect, not one more act. A body that "helped to draft the ban" or "helped block the app" is named as
    the helper's subject and stays."""
    node = frame.trigger
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "helped to calm the streets and curb looting"
    helper = node.head
    if node.dep_ != "xcomp" or helper.lower_ not in word_set("effect_help_verbs"):
        return False
    subject = next((c for c in helper.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return helper.dep_ in ("ccomp", "relcl", "acl")  # the gap is the measure the clause is about
    return subject.lower_ in word_set("effect_event_nouns") or is_restriction(subject)
