"""A measure told as a past participle on the object of a dated verb: "on Wednesday rejected a bid to suspend a fine
imposed on the company by the office", "on Monday upheld the ban placed on the app" (round 11b, dates).

The participle tells a measure that already stood when the dated verb acted, so that verb's date is not its date:
only a date in the participle's own words, or one on its noun, dates it, else it stays undated here (a later
sentence that tells it with its own date, "was fined ... in July", can then be joined to it)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract.actions.dated_in import attached_date


def earlier_participle(node: Token, ents: list[Span]) -> tuple[Span | None] | None:
    """(its own date or None) when ``node`` is such a participle under a verb that has a date of its own; None
    when the rule does not apply (the caller climbs as before)."""
    noun = node.head
    if node.dep_ != "acl" or node.tag_ != "VBN" or noun.dep_ not in ("dobj", "pobj"):
        return None
    gov = noun.head
    while gov.head.i != gov.i and gov.pos_ not in ("VERB", "AUX"):
        gov = gov.head
    dated = None
    for _ in range(4):  # "rejected an application to suspend a fine imposed ...": up through the verbs
        if gov.pos_ in ("VERB", "AUX") and (dated := attached_date(gov, ents)) is not None:
            break
        if gov.head.i == gov.i:
            break
        gov = gov.head
    if dated is None:
        return None
    inside = (e for e in ents if node.left_edge.i <= e.start and e.end <= node.right_edge.i + 1)
    return (attached_date(noun, ents) or next(inside, None),)
