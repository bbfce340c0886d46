"""The corpus view of ``policyscan summarize`` as Rich tables.

Every cell is a ``Text`` built from ``clean_text``: a file named
``[link=https://evil.example]x.txt`` or holding ``[/]`` prints literally, and control
characters in names are shown escaped, never sent to the terminal.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from policyscan.render._common import clean_text

DIRECTIONS = ("tighten", "loosen", "neutral")


def _cell(value: Any) -> Text:
    return Text(clean_text("" if value is None else str(value)))


def _table(title: str, columns: tuple[str, ...], right: tuple[str, ...] = ()) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left")
    return table


def render_summary(summary: dict[str, Any], console: Console) -> None:
    """Counts, top actors and models, actions by month, events, the actor table and reversals."""
    arts = summary["articles"]
    line = Text(f"{arts['total']} articles", style="bold")
    line.append(f": {arts['ok']} ok, {arts['failed']} failed, {summary['words']:,} words")
    console.print(line)
    for title, rows, columns in (
        ("Actors", summary["actors"], ("name", "type", "articles")),
        ("AI models", summary["models"], ("name", "developer", "articles")),
    ):
        table = _table(f"{title} by number of articles", columns, right=("articles",))
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in columns])
        console.print(table)
    table = _table("Actions by month (mentions)", ("month", *DIRECTIONS, "total"), right=(*DIRECTIONS, "total"))
    for row in summary["actions_by_month"]:
        table.add_row(_cell(row["month"]), *[_cell(row[c]) for c in (*DIRECTIONS, "total")])
    console.print(table)
    _render_events(summary, console)
    table = _table("Reversals between events", ("actor", "objects", "first", "then", "articles"))
    for rev in summary["reversals"]:
        first, second = rev["first"], rev["second"]
        table.add_row(
            _cell(rev["actor"]),
            _cell(", ".join(rev["objects"])),
            _cell(f"{first['direction']} {first['kind']} ({first['date']})"),
            _cell(f"{second['direction']} {second['kind']} ({second['date']})"),
            _cell(f"{_articles(first)}\n{_articles(second)}"),
        )
    console.print(table)


def _articles(side: dict[str, Any]) -> str:
    """The first article reporting one end of a reversal, and how many more do."""
    more = side["sources"] - 1
    return side["articles"][0] + (f" (+{more} more)" if more > 0 else "") if side["articles"] else ""


def _render_events(summary: dict[str, Any], console: Console) -> None:
    events = summary["events"]
    dups = len(events["duplicate_articles"])
    line = Text(f"{events['mentions']} action mentions are {events['count']} real-world events", style="bold")
    if dups:
        copies = "1 byte-identical copy of an article" if dups == 1 else f"{dups} byte-identical copies of articles"
        line.append(f" ({copies}: more sources, not more events)")
    console.print(line)
    columns = ("date", "actor", "kind", "direction", "status", "sources", "first reported")
    table = _table("Events by number of sources", columns, right=("sources",))
    for ev in events["top"]:
        date = ev["date"] or "undated"
        if ev["date"] and ev["granularity"] and ev["granularity"] != "day":
            date += f" ({ev['granularity']})"
        values = (date, ev["actor"], ev["kind"], ev["direction"], ev["status"], ev["sources"], ev["first_reported"])
        table.add_row(*[_cell(v) for v in values])
    console.print(table)
    table = _table("Events by month", ("month", *DIRECTIONS, "total"), right=(*DIRECTIONS, "total"))
    for row in events["by_month"]:
        table.add_row(_cell(row["month"]), *[_cell(row[c]) for c in (*DIRECTIONS, "total")])
    console.print(table)
    table = _table(
        "Actors across articles", ("actor", "also called", "articles", "events"), right=("articles", "events")
    )
    for row in summary["actor_table"]:
        aliases = [a for a in row["aliases"] if a != row["actor"]]
        table.add_row(_cell(row["actor"]), _cell(", ".join(aliases)), _cell(row["articles"]), _cell(row["events"]))
    console.print(table)
