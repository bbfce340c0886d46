"""What the merge rules share: an action's event family, and "the same event told close by"."""

from __future__ import annotations

from policyscan.extract.actions import RawAction
from policyscan.extract.dates import compatible
from policyscan.extract.merge_mentions import names_overlap
from policyscan.kinds import kind_info
from policyscan.report import HEDGED, Direction


def event_family(a: RawAction) -> str:
    """The action's family; revoking or scrapping a restriction is lifting it (the kind's loosened family)."""
    info = kind_info(a.kind)
    return info.loosened_family if a.direction == Direction.LOOSEN else info.family


def sentence_gap(a: RawAction, b: RawAction) -> int:
    """Characters between the nearest sentences of two actions (0 when they share or overlap one)."""
    return min(max(0, max(sa, sb) - min(ea, eb)) for sa, ea in a.sents for sb, eb in b.sents)


def tells_same_event(a: RawAction, b: RawAction, reach: int) -> bool:
    """Same direction, family and hedging, compatible dates, shared objects where both name some, and sentences
    at most ``reach`` characters apart."""
    if a.direction != b.direction or event_family(a) != event_family(b):
        return False
    if (a.status in HEDGED) != (b.status in HEDGED) or not compatible(a.date.value, b.date.value):
        return False
    if a.object_keys and b.object_keys and not names_overlap(a.object_keys, b.object_keys):
        return False
    return sentence_gap(a, b) < reach
