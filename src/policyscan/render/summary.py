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
    """Counts, top actors, top models, actions by month and reversals, printed on ``console``."""
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
    table = _table("Actions by month", ("month", *DIRECTIONS, "total"), right=(*DIRECTIONS, "total"))
    for row in summary["actions_by_month"]:
        table.add_row(_cell(row["month"]), *[_cell(row[c]) for c in (*DIRECTIONS, "total")])
    console.print(table)
    table = _table("Reversals across articles", ("actor", "objects", "first", "then", "articles"))
    for rev in summary["reversals"]:
        first, second = rev["first"], rev["second"]
        table.add_row(
            _cell(rev["actor"]),
            _cell(", ".join(rev["objects"])),
            _cell(f"{first['direction']} ({first['date']})"),
            _cell(f"{second['direction']} ({second['date']})"),
            _cell(f"{first['path']}\n{second['path']}"),
        )
    console.print(table)
