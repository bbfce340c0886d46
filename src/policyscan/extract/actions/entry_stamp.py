"""A timeline entry told in the present: its opening date dates the entry's later sentences.

"In September 2025, the council approves the implementing regulation. It classifies hiring tools as high-risk and
requires impact assessments." A table row of a timeline is rendered this way by the loader (``load.table_rows``),
and explainers write entries so: the sentences after the opening one, told in the timeline's present tense and with
no date of their own, belong to the same entry. A sentence in the past ("It lifted the ban later") is not read so:
in running prose a paragraph's opening date says nothing about its later past-tense events, and an entry opened
in the past ("In 2023, the office fined X.") is prose, not a timeline told in the present.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from policyscan.extract.patterns import doc_text, sent_starts

_OPENING = re.compile(r"[ \t*_#>•]*(?:In|On)\s+$")
_PRESENT = ("VBZ", "VBP")


def entry_stamp(trigger: Token, date_ents: list[Span]) -> Span | None:
    """The date opening the paragraph ("In September 2025, ...") for a present-tense action in a later sentence."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.tag_ not in _PRESENT:
        return None
    doc = trigger.doc
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, trigger.idx) + 1
    own_sentence = sent_starts(doc)[trigger.i]
    for ent in date_ents:
        if ent.start_char < para_start:
            continue
        if sent_starts(doc)[ent.start] == own_sentence or not _OPENING.fullmatch(text[para_start : ent.start_char]):
            return None
        if ent.end >= len(doc) or doc[ent.end].text != "," or not any(t.like_num for t in ent):
            return None
        return ent if _told_in_present(ent) else None
    return None


def _told_in_present(opening: Span) -> bool:
    """The entry's opening sentence is in the present too ("In September 2025, the council approves ..."): a
    timeline, not prose that moves on from a dated past event ("In 2023, the office fined X. The law requires ...")."""
    sent = opening.doc[sent_starts(opening.doc)[opening.start] :]
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    return root is not None and root.tag_ in _PRESENT
