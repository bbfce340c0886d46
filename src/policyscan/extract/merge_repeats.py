"""One deed told twice by the same words: "Minister Karel Dvorak said he would suspend a decree seizing control of
Orlin. ... Dvorak said he would suspend the decree as a gesture of goodwill after talks with the Chinese
side." The second telling names only bodies it was done with or for, never another party it was done to:
the same actor, kind, status and trigger noun close by is one event."""

from __future__ import annotations

from policyscan.extract.actions import RawAction
from policyscan.extract.merge_dates import dates_fit
from policyscan.extract.merge_mentions import fold_into_first
from policyscan.extract.merge_near import sentence_gap

REPEAT_REACH = 1500  # characters between the two tellings


def _only_bodies(a: RawAction, bodies: frozenset[str]) -> bool:
    return all(k.startswith("actor:") and k[6:] in bodies for k in a.object_keys)


def _repeats(a: RawAction, b: RawAction, bodies: frozenset[str]) -> bool:
    if not a.actor or (a.actor, a.kind, a.direction, a.status) != (b.actor, b.kind, b.direction, b.status):
        return False
    if a.trigger.split()[-1].lower() != b.trigger.split()[-1].lower() or any(s in a.sents for s in b.sents):
        return False
    if not (_only_bodies(a, bodies) or _only_bodies(b, bodies)) or not dates_fit(a, b):
        return False
    return sentence_gap(a, b) < REPEAT_REACH


def fold_repeated_deeds(actions: list[RawAction], bodies: frozenset[str]) -> list[RawAction]:
    """Fold each later telling into the first telling it repeats (see the module's doc)."""
    return fold_into_first(actions, lambda a, b: _repeats(a, b, bodies))
