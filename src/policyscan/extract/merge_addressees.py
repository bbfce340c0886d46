"""An order told to a group, then to the named members of that group: "The regulator ordered the country's
biggest technology companies to stop buying the Tarn X2 ... Lianyun and Qiantang had been told to halt testing of
the Tarn X2, the regulator said on Thursday." The named firms are the group the first telling addressed: one
event, though the two tellings name different firms. Both are the same body's, told as done on the same day, in
the same direction and event family, and name one thing in common ("Tarn X2"); an order to a named firm never
absorbs an order to another named firm, and "also", "again", "further" (repeat_markers) keep a second order."""

from __future__ import annotations

import re

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.merge_mentions import absorb
from policyscan.extract.merge_near import event_family, sentence_gap
from policyscan.report import Status

ADDRESSEE_REACH = 1200  # characters between the telling to the group and the one naming its members
_WORD = re.compile(r"[\w'\u2019-]+")


def _group(a: RawAction) -> bool:
    """A plural common noun phrase addressed: "the country's biggest technology companies", "operators"."""
    words = _WORD.findall(a.target or "")
    return bool(words) and all(w.islower() or w == "The" for w in words) and words[-1].endswith("s")


def _names(a: RawAction, actor: str) -> set[str]:
    """Capitalised words the telling names, not the actor's own and not a short acronym ("AI")."""
    own = set(_WORD.findall(actor))
    words = (w for o in [a.target or "", *a.objects] for w in _WORD.findall(o))
    return {w for w in words if w[:1].isupper() and len(w) > 2 and w not in own}


def _members(group: RawAction, named: RawAction, text: str) -> bool:
    if group.actor != named.actor or not group.actor or named.direction != group.direction:
        return False
    if group.status != Status.ENACTED or named.status != Status.ENACTED or event_family(group) != event_family(named):
        return False
    day = group.date.value or ""
    if len(day) != 10 or named.date.value != day or _group(named) or not named.object_keys:
        return False
    if any(s in group.sents for s in named.sents):
        return False
    repeat = word_set("repeat_markers")
    if any(w.lower() in repeat for s, e in named.sents for w in _WORD.findall(text[s:e])):
        return False
    if not _names(group, group.actor) & _names(named, group.actor):
        return False
    return sentence_gap(group, named) < ADDRESSEE_REACH


def fold_addressees(actions: list[RawAction], text: str) -> list[RawAction]:
    """Fold each order naming its addressees into the same body's order to their group (see ``_members``)."""
    out = list(actions)
    for group in [a for a in actions if _group(a)]:
        for named in [b for b in out if b is not group and _members(group, b, text)]:
            status, kind, trigger = group.status, group.kind, group.trigger
            absorb(group, named)
            group.status, group.kind, group.trigger = status, kind, trigger
            group.sents.sort()
            out.remove(named)
    return out
