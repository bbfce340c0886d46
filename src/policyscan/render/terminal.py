"""A Report as a short Rich summary that reads at 80 columns.

Actions come first, in date order, one line each: date, actor, a glyph for the direction
(hollow when the action is only hedged or denied), what was done to whom, and the status.
Then each reversal in a box (before, after), then one line per actor and per AI model. The
evidence sentence of each action is printed dimmed beneath it on request.

Every cell is a ``Text``, never a markup string: article text such as ``[red]`` must print
as written, and every record string has been through ``clean_text`` (``displayable``), so
control characters (ESC, BEL, bidi overrides) are shown escaped. Width, colour and terminal
detection belong to the caller's Console.
"""

from __future__ import annotations

import re

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from policyscan.render._common import (
    DENIED_MARK,
    DIRECTION_MARK,
    FALLBACK_NOTE,
    HOLLOW_MARK,
    NONE_FOUND,
    NOT_ENACTED,
    PALETTE,
    UNKNOWN_ACTOR,
    action_mark,
    date_label,
    displayable,
    timeline,
)
from policyscan.report import Action, Actor, Direction, Report, Reversal, Status

DIRECTION_STYLE = {direction: f"bold {colour}" for direction, colour in PALETTE.items()}
MUTED = "dim italic"
DENIED = "dim strike"
WARNING = "bold yellow"
# A long actor name gives way to its acronym on the action lines ("PPC"); the actor list
# below spells it out. An acronym: two to eight capitals, digits, '&', '.' or '-'.
SHORT_NAME_FROM = 20
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,7}")
# At most this share of the line goes to the actor column before a name wraps.
ACTOR_SHARE = 0.25


def _short_names(actors: list[Actor]) -> dict[str, str]:
    short = {}
    for actor in actors:
        if len(actor.name) <= SHORT_NAME_FROM:
            continue
        acronym = next((alias for alias in actor.aliases if _ACRONYM.fullmatch(alias)), None)
        if acronym:
            short[actor.name] = acronym
    return short


def _status_text(status: Status) -> Text:
    if status is Status.DENIED:
        return Text(f"{DENIED_MARK} {status.value}", style=DENIED)
    return Text(status.value, style=MUTED if status in NOT_ENACTED else "")


def _mark(action: Action) -> Text:
    return Text(action_mark(action), style=DIRECTION_STYLE[action.direction])


def _what(action: Action) -> Text:
    """'restrict exports → Maubrac AI (Perdrix-2.5 Pro)': objects that repeat the target are left out."""
    hedged = action.status in NOT_ENACTED or action.status is Status.DENIED
    text = Text(action.trigger, style=MUTED if hedged else "bold")
    objects = [o for o in dict.fromkeys(action.objects) if o.casefold() != (action.target or "").casefold()]
    if action.target:
        text.append(f" → {action.target}")
    if objects:
        joined = ", ".join(objects)
        text.append(f" ({joined})" if action.target else f" → {joined}")
    return text


class _Columns:
    """Widths shared by every action line, so the lines line up as one table."""

    def __init__(self, actions: list[Action], short: dict[str, str], width: int) -> None:
        self.short = short
        self.date = max(len(date_label(a.date)) for a in actions)
        longest = max(len(self.actor(a.actor)) for a in actions)
        self.actor_width = max(4, min(longest, int(width * ACTOR_SHARE)))
        self.status = max(len(_status_text(a.status)) for a in actions)
        self.what = max(len(_what(a)) for a in actions)
        self.width = width

    def actor(self, name: str | None) -> str:
        return self.short.get(name, name) if name else UNKNOWN_ACTOR

    @property
    def what_start(self) -> int:
        return self.date + 1 + self.actor_width + 1 + 2  # the glyph and its space

    def row(self, action: Action, *, label: Text | None = None) -> Table:
        """One action on one line; a reversal passes its 'before'/'after' ``label`` in place of the actor."""
        grid = Table.grid(padding=(0, 1, 0, 0))
        lead_width = self.date + 1 + (self.actor_width if label is None else 6) + 1
        what = max(1, min(self.what, self.width - lead_width - 3 - self.status))
        if label is not None:
            grid.add_column(no_wrap=True, width=6)
        grid.add_column(no_wrap=True, width=self.date)
        if label is None:
            grid.add_column(overflow="fold", width=self.actor_width)
        grid.add_column(no_wrap=True, width=1)
        grid.add_column(no_wrap=True, overflow="ellipsis", width=what)
        grid.add_column(no_wrap=True, width=self.status, justify="right")
        date = Text(date_label(action.date))
        lead = [date, Text(self.actor(action.actor), style="bold")] if label is None else [label, date]
        grid.add_row(*lead, _mark(action), _what(action), _status_text(action.status))
        return grid


def _evidence(action: Action, indent: int) -> Padding | None:
    sentences = [" ".join(span.text.split()) for span in action.evidence]
    sentences = [s for s in sentences if s]
    if not sentences:
        return None
    text = Text("“" + " … ".join(sentences) + "”", style=MUTED)
    return Padding(text, (0, 0, 0, indent))


def _heading(title: str, count: int) -> Text:
    heading = Text(title, style="bold underline")
    heading.append(f" ({count})" if count else "", style="bold")
    if not count:
        heading.append(f"  {NONE_FOUND}", style=MUTED)
    return heading


def _legend() -> Text:
    legend = Text()
    for direction in Direction:
        legend.append(f"  {DIRECTION_MARK[direction]} ", style=DIRECTION_STYLE[direction])
        legend.append(direction.value, style="dim")
    legend.append("  " + "".join(HOLLOW_MARK.values()) + " hedged", style="dim")
    legend.append(f"  {DENIED_MARK} denied", style="dim")
    return legend


def _header(report: Report, console: Console) -> None:
    console.print(Text(report.title or "Untitled article", style="bold"))
    path = report.source.path or "-"
    console.print(Text("stdin" if path == "-" else path, style="dim"), overflow="fold")
    facts = Text(f"published {report.published or 'unknown'}", style="dim")
    if report.published and report.published_from:
        facts.append(f" ({report.published_from})", style="dim")
    if report.source.words is not None:
        facts.append(f" · {report.source.words:,} words", style="dim")
    pipeline = report.pipeline
    if pipeline is not None:
        facts.append(f" · {pipeline.model} {pipeline.version}", style="dim")
    console.print(facts)
    if pipeline is not None and pipeline.fallback:
        console.print(Text(f"⚠ {FALLBACK_NOTE}: actors and actions will be sparse", style=WARNING))
    if report.error is not None:
        console.print(Text(f"⚠ {report.error.kind}: {report.error.message}", style=WARNING))
    for warning in report.warnings:
        console.print(Text(f"⚠ {warning}", style="yellow"))


def _actions(report: Report, console: Console, short: dict[str, str], *, evidence: bool) -> None:
    heading = _heading("Actions", len(report.actions))
    if report.actions:
        heading.append_text(_legend())
    console.print(heading)
    if not report.actions:
        return
    columns = _Columns(report.actions, short, console.width)
    for action in timeline(report.actions):
        console.print(columns.row(action))
        # Under the "what" column, unless that would leave a narrow terminal too little room.
        quote = _evidence(action, min(columns.what_start, console.width // 3)) if evidence else None
        if quote is not None:
            console.print(quote)


def _reversal(reversal: Reversal, actions: dict[str, Action], short: dict[str, str], console: Console) -> Panel:
    steps = [actions.get(reversal.first), actions.get(reversal.second)]
    known = [a for a in steps if a is not None]
    columns = _Columns(known, short, console.width - 4) if known else None
    rows: list[Table | Text] = []
    for label, action_id, action in zip(("before", "after"), (reversal.first, reversal.second), steps, strict=True):
        if action is None or columns is None:
            rows.append(Text(f"{label:<6} action {action_id} (not in this report)", style=MUTED))
        else:
            rows.append(columns.row(action, label=Text(label, style="dim")))
    title = Text("reversal: ", style="bold")
    title.append(short.get(reversal.actor, reversal.actor), style="bold")
    if reversal.objects:
        title.append(" on " + ", ".join(reversal.objects))
    title.truncate(console.width - 6, overflow="ellipsis")
    table = Table.grid(expand=True)
    table.add_column()
    for row in rows:
        table.add_row(row)
    return Panel(table, title=title, title_align="left", box=box.ROUNDED, padding=(0, 1), expand=False)


def _actors(report: Report, console: Console, short: dict[str, str]) -> None:
    console.print(_heading("Actors", len(report.actors)))
    grid = _list_grid(console.width)
    for actor in report.actors:
        name = Text(actor.name, style="bold")
        if actor.name in short:
            name.append(f" ({short[actor.name]})")
        facts = [actor.type.value, actor.country or "", _mentions(actor.mentions)]
        aliases = [a for a in actor.aliases if a != short.get(actor.name)]
        grid.add_row(name, _facts(facts, aliases))
    if report.actors:
        console.print(grid)


def _models(report: Report, console: Console) -> None:
    console.print(_heading("AI models", len(report.models)))
    grid = _list_grid(console.width)
    for model in report.models:
        facts = [f"by {model.developer}" if model.developer else "", _mentions(model.mentions)]
        grid.add_row(Text(model.name, style="bold"), _facts(facts, model.aliases))
    if report.models:
        console.print(grid)


def _list_grid(width: int) -> Table:
    grid = Table.grid(padding=(0, 2, 0, 0), expand=True)
    grid.add_column(overflow="fold", max_width=max(12, int(width * 0.45)))
    grid.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
    return grid


def _mentions(count: int) -> str:
    return "" if not count else "1 mention" if count == 1 else f"{count} mentions"


def _facts(facts: list[str], aliases: list[str]) -> Text:
    text = Text(" · ".join(f for f in facts if f))
    if aliases:
        text.append(("  " if len(text) else "") + "aka " + ", ".join(aliases), style="dim")
    return text


def render_report(report: Report, console: Console, *, evidence: bool = False) -> None:
    """Print a summary of one report to ``console``; the caller picks its width and colours.

    ``evidence`` prints each action's evidence sentence beneath it.
    """
    report = displayable(report)
    short = _short_names(report.actors)
    _header(report, console)
    console.print()
    _actions(report, console, short, evidence=evidence)
    if report.reversals:
        console.print()
        by_id = {action.id: action for action in report.actions}
        for reversal in report.reversals:
            console.print(_reversal(reversal, by_id, short, console))
    console.print()
    _actors(report, console, short)
    console.print()
    _models(report, console)
