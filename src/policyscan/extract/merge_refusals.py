"""A body's refusal to relieve a company and its dismissal of the company's claim are one event: "An appeals
court has refused to stop the watchdog from enforcing its order ... The Court of Appeals on Tuesday denied a
petition by X for an injunction". The dismissal (the measure upheld, told with its claim) is kept."""

from __future__ import annotations

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.dismissals import is_dismissal
from policyscan.extract.merge_mentions import absorb
from policyscan.report import Direction, Status

REFUSAL_REACH = 1500  # characters between the refusal and the dismissal that tells it


def fold_refusals(actions: list[RawAction]) -> list[RawAction]:
    out = list(actions)
    dismissals = [a for a in actions if is_dismissal(a.kind, a.trigger)]
    for b in actions:
        if b.status != Status.DENIED or b.direction != Direction.LOOSEN:
            continue
        into = next(
            (d for d in dismissals if d.actor == b.actor and abs(d.sents[0][0] - b.sents[0][0]) < REFUSAL_REACH),
            None,
        )
        if into is not None:
            status, kind, trigger, direction = into.status, into.kind, into.trigger, into.direction
            absorb(into, b)
            into.status, into.kind, into.trigger, into.direction = status, kind, trigger, direction
            into.sents.sort()
            out.remove(b)
    return out
