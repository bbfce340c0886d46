"""Labels, ordering and terminal-safe text shared by the human-readable renderers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from policyscan.report import Action, DateRef, Direction, Report, Status

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

# The one palette of every human-facing view (terminal and the HTML report's report.css and
# report.js, which a test keeps equal to these): Okabe-Ito orange and blue, which stay apart
# for the common colour-vision deficiencies, and a grey. Colour is never the only signal:
# each direction has its own glyph, hollow when the action is hedged or denied.
PALETTE = {
    Direction.TIGHTEN: "#d55e00",
    Direction.LOOSEN: "#0072b2",
    Direction.NEUTRAL: "#6b6b6b",
}
INK = "#1f2328"
MUTED_INK = "#59636e"
HOLLOW_MARK = {
    Direction.TIGHTEN: "△",
    Direction.LOOSEN: "▽",
    Direction.NEUTRAL: "○",
}
DENIED_MARK = "✕"


def action_mark(action: Action) -> str:
    """▲ ▼ ● for what happened; △ ▽ ○ for what was only announced, proposed, considered,
    threatened or denied (the HTML report draws the same shapes hollow)."""
    hedged = action.status in NOT_ENACTED or action.status is Status.DENIED
    return (HOLLOW_MARK if hedged else DIRECTION_MARK)[action.direction]


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


# What must never reach a terminal raw: C0 controls (ESC starts colour, cursor and OSC-8
# link sequences, BEL ends OSC titles, CR overwrites a line), DEL, C1 controls (U+009B is
# a one-character CSI on some terminals) and the bidi embeddings, overrides and isolates
# that make a file name read differently from what it is ("Trojan Source").
_CONTROLS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_ONE_LINE = re.compile(f"[{_CONTROLS}\\t\\n]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean_text(text: str, *, one_line: bool = False) -> str:
    """``text`` with every control and bidi-override character shown escaped (ESC -> ``\\x1b``).

    Tab and newline are kept unless ``one_line`` (stderr lines, where a newline could forge
    a second message). Every human-facing output passes record strings through this.
    """
    pattern = _UNSAFE_ONE_LINE if one_line else _UNSAFE
    return pattern.sub(_escaped, text)


def _clean_tree(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_tree(v) for k, v in value.items()}
    return value


def displayable(report: Report) -> Report:
    """The report with every string passed through ``clean_text``, for terminal and Markdown output."""
    return Report.model_validate(_clean_tree(report.model_dump()))
