"""Labels and ordering shared by the human-readable renderers (terminal, Markdown)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from policyscan.report import Action, DateRef, Direction, Status

NONE_FOUND = "none found"
UNKNOWN_ACTOR = "unknown actor"
UNDATED = "undated"
FALLBACK_NOTE = "fallback: blank pipeline"

DIRECTION_MARK = {
    Direction.TIGHTEN: "▲",
    Direction.LOOSEN: "▼",
    Direction.NEUTRAL: "●",
}

# Statuses for something that has not (or not yet) happened: shown muted.
NOT_ENACTED = frozenset({Status.THREATENED, Status.PROPOSED, Status.CONSIDERED, Status.ANNOUNCED})

# YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Www: the shapes DateRef.value takes.
_DATE_VALUE = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|W(\d{2})))?")


def direction_label(direction: Direction) -> str:
    return f"{DIRECTION_MARK[direction]} {direction.value}"


def date_label(ref: DateRef) -> str:
    return ref.value or ref.text or UNDATED


def target_label(action: Action) -> str:
    """'Maubrac AI (Perdrix-2.5 Pro)': the target, with the objects in brackets."""
    objects = ", ".join(action.objects)
    if action.target and objects:
        return f"{action.target} ({objects})"
    return action.target or objects


def _date_key(value: str | None) -> tuple[int, tuple[int, int, int], str]:
    if value is None:
        return (2, (0, 0, 0), "")
    match = _DATE_VALUE.fullmatch(value)
    if match is None:
        return (1, (0, 0, 0), value)
    year, month, day, quarter, week = match.groups()
    if quarter:
        return (0, (int(year), 3 * int(quarter) - 2, 0), value)
    if week:
        try:
            monday = date.fromisocalendar(int(year), int(week), 1)
        except ValueError:
            return (1, (0, 0, 0), value)
        return (0, (monday.year, monday.month, monday.day), value)
    return (0, (int(year), int(month or 0), int(day or 0)), value)


def timeline(actions: Iterable[Action]) -> list[Action]:
    """Actions by date value, coarser dates before finer ones in the same period, undated last.

    The sort is stable, so actions on the same date keep their order in the article.
    """
    return sorted(actions, key=lambda action: _date_key(action.date.value))
