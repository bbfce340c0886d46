"""A Report as a Rich summary: header, tables, timeline and reversals.

Every cell is a ``Text``, never a markup string: article text such as ``[red]`` must
print as written; control characters (ESC, BEL, bidi overrides) are shown escaped.
Width, colour and terminal detection belong to the caller's Console.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

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
from policyscan.report import Action, Direction, Report, Reversal, Status

DIRECTION_STYLE = {
    Direction.TIGHTEN: "bold red",
    Direction.LOOSEN: "bold green",
    Direction.NEUTRAL: "blue",
}
MUTED = "dim italic"
DENIED = "strike dim"
DENIED_MARK = "✗"


def _status_text(status: Status) -> Text:
    if status is Status.DENIED:
        return Text(f"{DENIED_MARK} {status.value}", style=DENIED)
    return Text(status.value, style=MUTED if status in NOT_ENACTED else "")


def _direction_text(direction: Direction) -> Text:
    return Text(direction_label(direction), style=DIRECTION_STYLE[direction])


def _event_text(action: Action) -> Text:
    """'▲ open proceedings → Maubrac AI (Perdrix-2.5 Pro)', with the status when not enacted."""
    denied = action.status is Status.DENIED
    muted = action.status in NOT_ENACTED
    text = Text(DIRECTION_MARK[action.direction], style=DIRECTION_STYLE[action.direction])
    text.append(" ")
    text.append(action.trigger, style=DENIED if denied else MUTED if muted else "")
    target = target_label(action)
    if target:
        text.append(f" → {target}", style=MUTED if muted else "")
    if action.status is not Status.ENACTED:
        text.append(" (")
        text.append_text(_status_text(action.status))
        text.append(")")
    return text


def _table(*columns: str, show_lines: bool = False) -> Table:
    # Wrap long cells instead of cutting them off: names must stay whole at 80 columns.
    # Two spaces between columns (right padding + the box's blank divider) save width.
    table = Table(
        box=box.SIMPLE_HEAD,
        padding=(0, 1, 0, 0),
        show_edge=False,
        pad_edge=False,
        header_style="bold",
        show_lines=show_lines,
    )
    for name in columns:
        table.add_column(name, overflow="fold")
    return table


def _section(console: Console, title: str, count: int) -> None:
    console.print()
    heading = Text(title, style="bold underline")
    if count:
        heading.append(f" ({count})", style="bold")
    console.print(heading)
    if not count:
        console.print(Text(f"  {NONE_FOUND}", style=MUTED))


def _header(report: Report) -> Panel:
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column(overflow="fold")
    published = Text(report.published or "unknown")
    if report.published and report.published_from:
        published.append(f" (from {report.published_from})", style="dim")
    path = report.source.path or "-"
    facts.add_row("Published", published)
    facts.add_row("Source", Text("stdin" if path == "-" else path))
    facts.add_row("Words", Text(f"{report.source.words:,}"))
    pipeline = report.pipeline
    model = Text(f"{pipeline.model} {pipeline.version}")
    if pipeline.fallback:
        model.append(f"  ({FALLBACK_NOTE})", style="bold yellow")
    facts.add_row("Model", model)
    parts: list[Text | Table] = [Text(report.title or "Untitled article", style="bold"), Text(), facts]
    for warning in report.warnings:
        parts.append(Text(f"⚠ {warning}", style="yellow"))
    return Panel(Group(*parts), title="policyscan", title_align="left", border_style="cyan")


def _actors(report: Report) -> Table:
    table = _table("Name", "Type", "Country", "Aliases", "Mentions")
    table.columns[4].justify = "right"
    for actor in report.actors:
        table.add_row(
            Text(actor.name, style="bold"),
            Text(actor.type.value),
            Text(actor.country or ""),
            Text(", ".join(actor.aliases)),
            Text(str(actor.mentions)),
        )
    return table


def _models(report: Report) -> Table:
    table = _table("Name", "Developer", "Aliases")
    for model in report.models:
        table.add_row(Text(model.name, style="bold"), Text(model.developer or ""), Text(", ".join(model.aliases)))
    return table


def _actions(report: Report) -> Table:
    # Five columns, not seven: status sits under direction and kind under the trigger, so
    # names keep room to wrap at word boundaries at 80 columns. Rows often span several
    # lines, so a blank line keeps them apart.
    table = _table("Date", "Actor", "Direction\nStatus", "Trigger\nKind", "Target / objects", show_lines=True)
    table.expand = True
    date, actor, change, trigger, target = table.columns
    date.min_width, date.max_width = 10, 12  # an ISO date on one line
    change.no_wrap = True
    actor.ratio, trigger.ratio, target.ratio = 3, 3, 4
    for action in report.actions:
        muted = action.status in NOT_ENACTED
        trigger_style = DENIED if action.status is Status.DENIED else MUTED if muted else ""
        table.add_row(
            Text(date_label(action.date)),
            Text(action.actor or UNKNOWN_ACTOR),
            Text("\n").join([_direction_text(action.direction), _status_text(action.status)]),
            Text("\n").join([Text(action.trigger, style=trigger_style), Text(action.kind, style="dim")]),
            Text(target_label(action)),
        )
    return table


def _timeline(report: Report) -> Table:
    # A borderless grid reads as plain lines but keeps a hanging indent when a line wraps.
    grid = Table.grid(padding=(0, 2, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(style="bold", overflow="fold")
    grid.add_column(overflow="fold")
    for action in timeline(report.actions):
        grid.add_row(Text(date_label(action.date)), Text(action.actor or UNKNOWN_ACTOR), _event_text(action))
    return grid


def _reversal(reversal: Reversal, actions: dict[str, Action]) -> Panel:
    steps = Table.grid(padding=(0, 2, 0, 0))
    steps.add_column(style="bold")
    steps.add_column(no_wrap=True)
    steps.add_column(overflow="fold")
    for label, action_id in (("before", reversal.first), ("after", reversal.second)):
        action = actions.get(action_id)
        if action is None:
            steps.add_row(label, Text(""), Text(f"action {action_id} (not in this report)", style=MUTED))
        else:
            steps.add_row(label, Text(date_label(action.date)), _event_text(action))
    heading = Text("Policy reversal: ", style="bold yellow")
    heading.append(reversal.summary, style="bold")
    return Panel(Group(heading, Text(), steps), border_style="yellow", box=box.DOUBLE)


def render_report(report: Report, console: Console) -> None:
    """Print a summary of one report to ``console``; the caller picks its width and colours."""
    report = displayable(report)
    console.print(_header(report))
    _section(console, "Actors", len(report.actors))
    if report.actors:
        console.print(_actors(report))
    _section(console, "AI models", len(report.models))
    if report.models:
        console.print(_models(report))
    _section(console, "Policy actions", len(report.actions))
    if report.actions:
        console.print(_actions(report))
    _section(console, "Timeline", len(report.actions))
    if report.actions:
        console.print(_timeline(report))
    _section(console, "Reversals", len(report.reversals))
    by_id = {action.id: action for action in report.actions}
    for reversal in report.reversals:
        console.print(_reversal(reversal, by_id))
