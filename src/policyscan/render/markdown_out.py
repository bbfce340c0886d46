"""Markdown: a report as a readable document (GitHub-flavoured tables)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from policyscan.render._common import (
    DIRECTION_MARK,
    FALLBACK_NOTE,
    NONE_FOUND,
    NOT_ENACTED,
    UNKNOWN_ACTOR,
    date_label,
    direction_label,
    displayable,
    target_label,
    timeline,
)
from policyscan.report import Action, Report, Status

# Characters that would end a table cell or start inline markup.
_SPECIAL = re.compile(r"([\\|`*_\[\]<>])")
_NEWLINES = re.compile(r"\s*[\r\n]+\s*")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", _NEWLINES.sub(" ", text))


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{_NEWLINES.sub(' ', text)}{pad}{fence}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: Sequence[int] = ()) -> list[str]:
    rule = ["---:" if i in right else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _section(title: str, body: list[str]) -> list[str]:
    return ["", f"## {title}", "", *(body or [f"_{NONE_FOUND}_"])]


def _status(status: Status) -> str:
    if status is Status.DENIED:
        return f"~~{status.value}~~"
    if status in NOT_ENACTED:
        return f"_{status.value}_"
    return status.value


def _event(action: Action) -> str:
    """'▲ open proceedings → Maubrac AI (Perdrix-2.5 Pro)', with the status when not enacted."""
    text = f"{DIRECTION_MARK[action.direction]} {_escape(action.trigger)}"
    target = target_label(action)
    if target:
        text += f" → {_escape(target)}"
    if action.status is not Status.ENACTED:
        text += f" ({_status(action.status)})"
    return text


def _header(report: Report) -> list[str]:
    source = report.source.path or "-"
    pipe = report.pipeline
    model = f"{_code(pipe.model)} {_escape(pipe.version)}" if pipe else "none (the article failed)"
    if pipe and pipe.fallback:
        model += f" (**{FALLBACK_NOTE}**)"
    meta = [
        f"**Source:** {_code('stdin' if source == '-' else source)}",
        f"**Published:** {_escape(report.published or 'unknown')}",
        f"**Words:** {report.source.words or 0:,}",
        f"**Model:** {model}",
    ]
    lines = [f"# {_escape(report.title or 'Untitled article')}", "", " · ".join(meta)]
    notes = list(report.warnings)
    if pipe and pipe.fallback:
        notes.insert(0, "No trained spaCy pipeline was found; results come from a blank pipeline.")
    if notes:
        lines.append("")
        lines += [f"> **Warning:** {_escape(note)}" for note in notes]
    return lines


def _actors(report: Report) -> list[str]:
    rows = [[_escape(a.name), a.type.value, _escape(", ".join(a.aliases)), str(a.mentions)] for a in report.actors]
    return _table(["Name", "Type", "Aliases", "Mentions"], rows, right=[3]) if rows else []


def _models(report: Report) -> list[str]:
    rows = [[_escape(m.name), _escape(m.developer or ""), _escape(", ".join(m.aliases))] for m in report.models]
    return _table(["Name", "Developer", "Aliases"], rows) if rows else []


def _actions(report: Report) -> list[str]:
    rows = [
        [
            _escape(date_label(a.date)),
            _escape(a.actor or UNKNOWN_ACTOR),
            direction_label(a.direction),
            _status(a.status),
            _escape(a.trigger),
            _escape(target_label(a)),
        ]
        for a in report.actions
    ]
    headers = ["Date", "Actor", "Direction", "Status", "Trigger", "Target / objects"]
    return _table(headers, rows) if rows else []


def _timeline(report: Report) -> list[str]:
    return [
        f"- **{_escape(date_label(a.date))}** — {_escape(a.actor or UNKNOWN_ACTOR)} {_event(a)}"
        for a in timeline(report.actions)
    ]


def _reversals(report: Report) -> list[str]:
    by_id = {a.id: a for a in report.actions}
    lines: list[str] = []
    for reversal in report.reversals:
        lines.append(f"- {_escape(reversal.summary)}")
        for label, action_id in (("before", reversal.first), ("after", reversal.second)):
            action = by_id.get(action_id)
            if action is None:
                lines.append(f"  - {label}: action {_code(action_id)} (not in this report)")
            else:
                lines.append(f"  - {label}: **{_escape(date_label(action.date))}** {_event(action)}")
    return lines


def report_markdown(report: Report) -> str:
    """The report as a Markdown document ending in one newline; control characters shown escaped."""
    report = displayable(report)
    lines = _header(report)
    lines += _section("Actors", _actors(report))
    lines += _section("AI models", _models(report))
    lines += _section("Policy actions", _actions(report))
    lines += _section("Timeline", _timeline(report))
    lines += _section("Reversals", _reversals(report))
    return "\n".join(lines) + "\n"
