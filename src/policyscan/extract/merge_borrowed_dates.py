"""A measure mentioned inside another body's event, and told again with its own date: "The High Court on Wednesday
rejected an application by Vessia Labs to suspend a fine imposed on the company by the regulator ... Vessia Labs
was fined by the regulator in July." The mention ("a fine imposed on the company by the regulator") has no date of
its own: the day it carries is the day of the sentence's main event, done by another actor (the court's
"Wednesday"). The later mention by the same body, of the same kind, direction and status, sharing a named object,
with its own earlier date, is the same measure: the first mention folds it in and takes its date. A mention whose
date is its own (no other actor's event in its sentence is dated by the same words) never folds this way."""

from __future__ import annotations

from policyscan.extract.actions import RawAction
from policyscan.extract.dates import compatible, date_to_iso
from policyscan.extract.merge_mentions import absorb, names_overlap
from policyscan.report import HEDGED


def _borrowed(a: RawAction, actions: list[RawAction]) -> bool:
    """``a``'s date words also date another actor's event told in one of ``a``'s sentences."""
    start = a.date.start
    if start is None or not a.date.value:
        return False
    return any(
        c is not a and c.actor != a.actor and c.date.start == start and set(c.sents) & set(a.sents) for c in actions
    )


def _named_in(keys: set[str], x: RawAction, text: str) -> bool:
    start, end = min(x.sents)
    return any(key.split(":", 1)[-1] in text[start:end] for key in keys)


def _shares_party(a: RawAction, b: RawAction, text: str) -> bool:
    """Both name a party, or one names a party the other's first sentence tells ("a fine imposed on the company"
    after "an appeal by Brenmark Retail"; "fined Brenmark Retail" where the parser kept no object)."""
    if a.object_keys and b.object_keys and names_overlap(a.object_keys, b.object_keys):
        return True
    return _named_in(b.object_keys, a, text) or _named_in(a.object_keys, b, text)


def _own_date_of(a: RawAction, b: RawAction, actions: list[RawAction], text: str) -> bool:
    if b.order <= a.order or not a.actor or a.status in HEDGED:
        return False
    if (a.actor, a.direction, a.status, a.kind) != (b.actor, b.direction, b.status, b.kind):
        return False
    if not _shares_party(a, b, text):
        return False
    first, own = date_to_iso(a.date.value), date_to_iso(b.date.value)
    if first is None or own is None or own >= first or compatible(a.date.value, b.date.value):
        return False
    return b.date.start is not None and _borrowed(a, actions) and not _borrowed(b, actions)


def fold_borrowed_dates(actions: list[RawAction], text: str) -> list[RawAction]:
    """Fold a measure's later, own-dated mention into its borrowed-date mention (see the module's doc)."""
    out: list[RawAction] = []
    gone: set[int] = set()
    for i, a in enumerate(actions):
        if i in gone:
            continue
        later = (j for j in range(i + 1, len(actions)) if j not in gone)
        j = next((j for j in later if _own_date_of(a, actions[j], actions, text)), None)
        if j is not None:
            own = actions[j].date
            absorb(a, actions[j])
            a.date = own
            a.sents.sort()
            gone.add(j)
        out.append(a)
    return out
