"""`policyscan events`: action mentions across articles clustered into real-world events."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from policyscan.cli._common import exit_on_error, writing_to


class EventsFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def events_command(
    paths: Annotated[list[str], typer.Argument(help="JSON Lines results of `policyscan batch`, or folders.")],
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="PATH", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        EventsFormat | None,
        typer.Option("--format", "-f", help="jsonl (one event a line), json (events, reversals, actors) or table."),
    ] = None,
) -> None:
    """Cluster action mentions across articles into real-world events, with event-level reversals.

    Examples:

        policyscan batch news/ -o results.jsonl && policyscan events results.jsonl -o events.jsonl

        policyscan events results.jsonl --format json | jq '.reversals'
    """
    from policyscan import corpus_events
    from policyscan.render import events_out

    chosen = fmt or (EventsFormat.jsonl if output or not sys.stdout.isatty() else EventsFormat.table)
    with exit_on_error():
        result = corpus_events.cluster_paths(paths)
    if chosen == EventsFormat.table and output is None:
        from rich.console import Console

        events_out.render_events(result, Console())
        return
    with writing_to(output):
        if chosen == EventsFormat.table:
            from rich.console import Console

            events_out.render_events(result, Console(file=sys.stdout, width=100))
        elif chosen == EventsFormat.jsonl:
            sys.stdout.write(events_out.events_jsonl(result))
        else:
            sys.stdout.write(events_out.events_json(result))
        sys.stdout.flush()
