"""What a deal or a firm's conduct could do to a market is an effect, not an action: "the partnership could
restrict competition", "Meta's conduct may limit access to rival chatbots", "the merger would hamper
innovation". The subject is a conduct or deal noun (``effect_subject_nouns``) and a hedge modal says it is a
prediction; whoever acts on it (a regulator opening a probe) is told by another verb."""

from __future__ import annotations

from policyscan.extract.actions.records import Frame
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
