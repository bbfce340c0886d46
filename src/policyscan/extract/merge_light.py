"""A bare light verb restating the event its sentence names: "Its March fine against Kestrel Labs remains the
largest it has imposed on a technology company." "imposed" has no trigger noun of its own (its object is the
gap of a relative clause whose head is "the fine"), so it took the verb's default kind; it names no event beyond
the one the sentence already tells. It folds into the same body's action in that sentence (same direction and
hedging, compatible dates); the event keeps its own kind, trigger, status and (when it has one) date. A light
verb with a noun of its own ("imposed a curfew") is an event of its own and never folds here."""

from __future__ import annotations

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import verb_entry
from policyscan.extract.dates import compatible
from policyscan.extract.merge_mentions import absorb
from policyscan.extract.patterns import verb_forms
from policyscan.report import HEDGED


def bare_light(a: RawAction) -> bool:
    """The trigger is a light verb alone, on the verb's default kind ("imposed" -> restrict)."""
    words = a.trigger.split()
    lemma = verb_forms().get(words[0].lower()) if len(words) == 1 else None
    if lemma is None:
        return False
    entry = verb_entry(lemma)
    return entry.get("class") == "light" and a.kind == entry.get("default_kind")


def _restates(event: RawAction, light: RawAction) -> bool:
    if event is light or bare_light(event) or not light.actor or event.actor != light.actor:
        return False
    if event.direction != light.direction or (event.status in HEDGED) != (light.status in HEDGED):
        return False
    return light.sents[0] in event.sents and compatible(event.date.value, light.date.value)


def fold_bare_light(actions: list[RawAction]) -> list[RawAction]:
    """Fold each bare light verb into the event its own sentence tells by the same body (see the module doc)."""
    out = list(actions)
    for light in [a for a in actions if bare_light(a) and len(a.sents) == 1]:
        into = next((a for a in out if _restates(a, light)), None)
        if into is None:
            continue
        status, day, kind, trigger = into.status, into.date, into.kind, into.trigger
        absorb(into, light)
        into.status, into.kind, into.trigger = status, kind, trigger
        into.date = day if day.value else into.date
        into.sents.sort()
        out.remove(light)
    return out
