"""A modal restatement of an event the same body is told to have done: "The commission lifted the block on
Kestrel on Monday. In a letter to operators, it said access could be restored with immediate effect." The modal
("could", "may") is the permission the account grants, not a second, hypothetical event. A modal mention that
adds a repetition ("could block it again", "may impose further fines") stays an event of its own."""

from __future__ import annotations

import re
from datetime import date

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.dates import compatible
from policyscan.extract.merge_mentions import absorb, names_overlap
from policyscan.extract.merge_near import event_family, sentence_gap
from policyscan.report import Status

HEDGED_REACH = 600  # characters between the account and its modal restatement
EFFECT_DAYS = 31  # days from a decision to the day its modal restatement says it takes effect


def _repeats(a: RawAction, text: str) -> bool:
    """The modal mention's sentence tells a further event ("again", "further", "another")."""
    words = word_set("repeat_markers")
    return any(w in words for start, end in a.sents for w in re.findall(r"[a-z]+", text[start:end].lower()))


def _takes_effect(decided: str | None, effect: str | None) -> bool:
    """ "lifted the block on Tuesday ... operators could restore access from Wednesday": the modal mention
    gives the day the decision takes effect, on or shortly after the day it was taken."""
    if not decided or not effect or len(decided) != 10 or len(effect) != 10:
        return False
    days = (date.fromisoformat(effect) - date.fromisoformat(decided)).days
    return 0 <= days <= EFFECT_DAYS


def _one_body(done: RawAction, maybe: RawAction, countries: dict[str, set[str]]) -> bool:
    """The same actor, or the modal mention names the body by its country ("the US would lift its curbs" after
    the Commerce Department's account)."""
    return done.actor == maybe.actor or (maybe.actor or "") in countries.get(done.actor or "", set())


def _restates(done: RawAction, maybe: RawAction, text: str, countries: dict[str, set[str]]) -> bool:
    if done.status != Status.ENACTED or maybe.status != Status.CONSIDERED or not done.actor:
        return False
    if not _one_body(done, maybe, countries) or done.direction != maybe.direction:
        return False
    if event_family(done) != event_family(maybe):
        return False
    if not (compatible(done.date.value, maybe.date.value) or _takes_effect(done.date.value, maybe.date.value)):
        return False
    if maybe.object_keys and not names_overlap(done.object_keys, maybe.object_keys):
        return False  # "could ban Zephyr" is not the account's ban of Kestrel
    if any(s in done.sents for s in maybe.sents) or _repeats(maybe, text):
        return False
    return sentence_gap(done, maybe) < HEDGED_REACH


def fold_hedged_restatements(
    actions: list[RawAction], text: str, countries: dict[str, set[str]] | None = None
) -> list[RawAction]:
    """Fold each modal mention into the nearest enacted account it restates (see ``_restates``); the account
    keeps its status, date, kind and trigger."""
    out = list(actions)
    for maybe in [a for a in actions if a.status == Status.CONSIDERED]:
        fits = [a for a in out if a is not maybe and _restates(a, maybe, text, countries or {})]
        if not fits:
            continue
        into = min(fits, key=lambda a: min(abs(s - maybe.sents[0][0]) for s, _ in a.sents))
        _fold(into, maybe)
        out.remove(maybe)
    return out


def _fold(into: RawAction, other: RawAction) -> None:
    """Absorb ``other`` into ``into``, which keeps its own status, date, kind and trigger."""
    status, day, kind, trigger = into.status, into.date, into.kind, into.trigger
    absorb(into, other)
    into.status, into.date, into.kind, into.trigger = status, day, kind, trigger
    into.sents.sort()


def _plans_next_step(done: RawAction, plan: RawAction, text: str) -> bool:
    """ "Kestrel Studio said it had suspended access to Kestrel 2 and would require identity checks before
    restoring it": one sentence tells what a body did and the step it says it will add to it. Same body,
    direction and event family, compatible dates, and nothing named the deed does not name; the same verb on a
    named object ("had blocked X and would block Y") or a repetition ("also", "further") stays its own event."""
    if done.status != Status.ENACTED or plan.status != Status.CONSIDERED or not done.actor:
        return False
    if done.actor != plan.actor or done.direction != plan.direction or event_family(done) != event_family(plan):
        return False
    if len(plan.sents) != 1 or plan.sents[0] not in done.sents or not compatible(done.date.value, plan.date.value):
        return False
    if not plan.object_keys <= done.object_keys or (plan.kind == done.kind and plan.object_keys):
        return False
    return not _repeats(plan, text)


def fold_planned_steps(actions: list[RawAction], text: str) -> list[RawAction]:
    """Fold each planned step into the deed its own sentence tells (see ``_plans_next_step``); the deed keeps
    its status, date, kind and trigger."""
    out = list(actions)
    for plan in [a for a in actions if a.status == Status.CONSIDERED]:
        into = next((a for a in out if a is not plan and _plans_next_step(a, plan, text)), None)
        if into is None:
            continue
        _fold(into, plan)
        out.remove(plan)
    return out
