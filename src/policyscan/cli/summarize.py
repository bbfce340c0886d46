"""`policyscan summarize`: the corpus view of analyze or batch results, as a table or JSON."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from policyscan.cli._common import exit_on_error, writing_to


class SummaryFormat(str, Enum):
    table = "table"
    json = "json"


def summarize_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="Results: batch JSON Lines, analyze --format json files, or folders of them."),
    ],
    fmt: Annotated[
        SummaryFormat | None,
        typer.Option("--format", "-f", help="table or json (default: table on a terminal, json otherwise)."),
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="How many actors and models to list.")] = 20,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="PATH", help="Write the summary here instead of stdout.")
    ] = None,
) -> None:
    """Corpus view of results: real-world events, the corpus actor table, reversals between events.

    Examples:

        policyscan summarize results.jsonl

        policyscan analyze a.txt b.txt --json > two.json && policyscan summarize two.json --format json
    """
    import json

    from policyscan import summarize as summarize_mod

    if fmt is None:
        fmt = SummaryFormat.table if sys.stdout.isatty() and output is None else SummaryFormat.json
    with exit_on_error():
        summary = summarize_mod.summarize_records(summarize_mod.read_records(paths), top=top)
    with writing_to(output):
        if fmt == SummaryFormat.json:
            sys.stdout.write(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        else:
            from rich.console import Console

            from policyscan.render.summary import render_summary

            render_summary(summary, Console(file=sys.stdout, width=100) if output else Console())
        sys.stdout.flush()
