"""A sentence-case headline is no Title Case heading: "Tarsen Competition Commission investigates Kestrel Labs".

A line whose long words are mostly capitalised reads as a heading ("Senate Passes AI Act", "What Went Down") and
its actions are skipped: the parser cannot be trusted on Title Case. A long invented name can push a sentence-case
headline over that share; its trigger verb is then written in lower case, which a Title Case heading never does.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.patterns import line_is_heading


def skipped_heading(trigger: Token) -> bool:
    """The trigger sits in a Title Case heading whose words cannot be read as a sentence."""
    if not line_is_heading(trigger.doc, trigger.idx):
        return False
    return not (trigger.pos_ == "VERB" and trigger.text == trigger.lower_ and trigger.tag_ in ("VBZ", "VBD", "VBP"))
