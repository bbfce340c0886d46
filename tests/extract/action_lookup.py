"""Finding an action in a report by actor, keyword and direction: shared by the sentence-level action tests."""

from __future__ import annotations

from policyscan.report import Action, Direction, Report


def about(action: Action) -> str:
    """Everything the scorer reads as 'what the action is about', lower-cased."""
    return " | ".join([action.trigger, action.target or "", *action.objects]).lower()


def find(
    report: Report, *, actor: str | None = None, keyword: str | None = None, direction: Direction | None = None
) -> list[Action]:
    """Actions whose actor contains ``actor``, whose trigger/target/objects contain ``keyword``, in ``direction``."""
    return [
        a
        for a in report.actions
        if (actor is None or (a.actor is not None and actor.lower() in a.actor.lower()))
        and (keyword is None or keyword.lower() in about(a))
        and (direction is None or a.direction == direction)
    ]


def one(report: Report, **kw) -> Action:
    found = find(report, **kw)
    assert found, f"no action matching {kw}: {[(a.actor, a.kind, a.direction, about(a)) for a in report.actions]}"
    return found[0]
