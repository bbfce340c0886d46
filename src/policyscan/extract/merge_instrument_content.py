"""An instrument and the act it carries, told in one sentence: "The authority issued a directive on Friday
instructing operators to block the Kuthu app", "an order issued on Friday requiring providers to block access to
X". The instrument ("issued a directive": a generic order) and the act its participle clause gives ("block") are one
event: the act is what the directive does. The participle (``action_words.json`` ``ordering_participles``) must
follow the instrument noun (``content_giving_instrument_nouns``) and lead, through its addressee and "to", straight
to the act's trigger; the two must be the same body's, in the same direction and of the same firmness. A second act
in the sentence ("... to block X, and fined Y") is not the directive's content and stays apart. The fold runs before
the mentions merge: an injunction left alone there would join the court's later order ("The tribunal also ordered
X to disable ...") and keep the act it carries apart as a second event of its sentence."""

from __future__ import annotations

import re

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.merge_mentions import absorb
from policyscan.kinds import kind_info
from policyscan.report import HEDGED

_ADDRESSEE = r"[^.;:!?]{0,80}?"  # "internet providers", "them", "all licensed operators in the country"


def _carries(instrument: RawAction, act: RawAction, text: str) -> bool:
    """``act`` is what ``instrument``'s participle clause orders (see the module's doc)."""
    if instrument is act or not kind_info(instrument.kind).generic or kind_info(act.kind).generic:
        return False
    if (instrument.actor, instrument.direction) != (act.actor, act.direction) or not instrument.actor:
        return False
    if (instrument.status in HEDGED) != (act.status in HEDGED) or len(act.sents) != 1:
        return False
    if act.sents[0] not in instrument.sents:
        return False
    nouns = [w for w in instrument.trigger.lower().split() if w in word_set("content_giving_instrument_nouns")]
    verb = act.trigger.split()[-1]
    if not nouns or not verb.isalpha():
        return False
    start, end = act.sents[0]
    participles = "|".join(sorted(word_set("ordering_participles")))
    pattern = (
        rf"\b{re.escape(nouns[0])}\b{_ADDRESSEE}\b(?:{participles})\s+{_ADDRESSEE}\bto\s+(?:[a-z]+ly\s+)?"
        rf"{re.escape(verb)}\b"
    )
    return re.search(pattern, text[start:end], re.I) is not None


def fold_instrument_content(actions: list[RawAction], text: str) -> list[RawAction]:
    """Fold each instrument into the act its participle clause orders (see the module's doc): the act's kind and
    trigger lead, the instrument's noun phrase stays the target."""
    if not text:
        return actions
    out = list(actions)
    for instrument in [a for a in actions if kind_info(a.kind).generic]:
        act = next((b for b in out if b is not instrument and _carries(instrument, b, text)), None)
        if act is None or instrument not in out:
            continue
        absorb(act, instrument)
        if instrument.target and instrument.target != act.target:
            # the instrument names the event ("an injunction", "a directive"); the party ordered stays an object
            if act.target and act.target not in act.objects:
                act.objects.append(act.target)
            act.target = instrument.target
        act.sents.sort()
        out.remove(instrument)
    return out
