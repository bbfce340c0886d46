"""`policyscan report`: one self-contained HTML timeline page from results or articles."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from policyscan.cli._common import ENCODING_HELP, MAX_BYTES_HELP, MODEL_HELP, exit_on_error, fail, output_to
from policyscan.errors import EXIT_OUTPUT, PolicyscanError, UsageError, exit_code_for


def report_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="JSON Lines results of `policyscan batch` (.jsonl) and/or article files to analyze."),
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="PATH", help="Write the HTML page here (needed on a terminal)."),
    ] = None,
    title: Annotated[str, typer.Option(help="Page title.")] = "AI policy timeline",
    model: Annotated[str | None, typer.Option(metavar="NAME", help=MODEL_HELP)] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help=MAX_BYTES_HELP)] = 5_000_000,
    encoding: Annotated[str | None, typer.Option(metavar="CODEC", help=ENCODING_HELP)] = None,
) -> None:
    """One self-contained HTML page: a timeline with one marker per real-world event, sized by its sources.

    Exit 0 when every input was read; a failed article is listed in the page and sets the exit code (its own, or 10/11).

    Examples:

        policyscan report results.jsonl -o report.html

        policyscan report samples/*.txt -o samples.html --title "Samples"
    """
    from policyscan import report_inputs
    from policyscan.render import html_report

    if output is None and sys.stdout.isatty():
        fail(UsageError("the report is an HTML page: give -o report.html (or redirect stdout to a file)"))
        raise typer.Exit(2)

    with exit_on_error():
        found = report_inputs.collect(paths, model=model, max_bytes=max_bytes, encoding=encoding)
        page = html_report.render_html(found.reports, found.failures, title=title)
    failed = [f for f in found.failures if f.exit_code is not None]
    for failure in failed:
        fail(PolicyscanError(failure.message, path=failure.path))
    for failure in found.failures:
        if failure.kind == "invalid-record":  # listed in the page too; the run goes on
            from policyscan.render._common import clean_text

            typer.echo(f"policyscan: warning: {clean_text(failure.message, one_line=True)}", err=True)
    if output is None:
        sys.stdout.write(page)
        sys.stdout.flush()
    else:
        with output_to(output) as codes:
            sys.stdout.write(page)
            codes.append(0)
        if codes and codes[0] == EXIT_OUTPUT:
            raise typer.Exit(EXIT_OUTPUT)
    if failed and len(paths) == 1:
        raise typer.Exit(failed[0].exit_code or 1)
    raise typer.Exit(exit_code_for(len(failed), len(paths)))
