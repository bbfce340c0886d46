"""Typer app only: parse options, call one plain function, render, exit."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from policyscan import __version__
from policyscan.errors import EXIT_ALL_FAILED, EXIT_BROKEN_PIPE, EXIT_PARTIAL, PolicyscanError, UsageError

app = typer.Typer(
    name="policyscan",
    help="Analyze AI and technology policy news: actors, AI models, policy actions and dates.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policyscan {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """policyscan: who acted, which AI models, which policy actions, and when."""


def _fail(err: PolicyscanError) -> None:
    typer.echo(f"policyscan: error: {err}", err=True)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html) or - for stdin.")],
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format (default: table on a terminal, json otherwise)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")] = False,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date to resolve relative dates against (overrides the article)."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline name or path (default: $POLICYSCAN_MODEL or en_core_web_sm)."),
    ] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse files larger than this many bytes.")] = 5_000_000,
    encoding: Annotated[
        str | None, typer.Option(help="Force the input text encoding (default: detect).")
    ] = None,
) -> None:
    """Analyze one or more articles and print actors, AI models, policy actions and dates."""
    fmt = OutputFormat.json if as_json else fmt
    if fmt is None:
        fmt = OutputFormat.table if sys.stdout.isatty() else OutputFormat.json
    code = _run_analyze(paths, fmt, published, model, max_bytes, encoding)
    raise typer.Exit(code)


def _run_analyze(paths, fmt, published, model, max_bytes, encoding) -> int:
    from dataclasses import replace

    from policyscan.load import load_path, parse_published
    from policyscan.nlp import load_pipeline
    from policyscan.pipeline import analyze as analyze_article

    try:
        pub = None
        if published is not None:
            pub = parse_published(published)
            if pub is None:
                raise UsageError(f"--published {published!r} is not a date (try 2026-11-20)")
        loaded = load_pipeline(model)
    except PolicyscanError as err:
        _fail(err)
        return err.exit_code
    if loaded.warning:
        typer.echo(loaded.warning, err=True)
    reports, failures, last_code = [], 0, 0
    for path in paths:
        try:
            article = load_path(path, max_bytes=max_bytes, encoding=encoding)
            if pub is not None:
                article = replace(article, published=pub, published_from="--published")
            reports.append(analyze_article(article, model=model))
        except PolicyscanError as err:
            _fail(err)
            failures += 1
            last_code = err.exit_code
    _emit(reports, fmt)
    if failures == 0:
        return 0
    if len(paths) == 1:
        return last_code
    return EXIT_ALL_FAILED if failures == len(paths) else EXIT_PARTIAL


def _emit(reports, fmt: OutputFormat) -> None:
    if not reports:
        return
    if fmt == OutputFormat.json:
        from policyscan.render.json_out import report_json, reports_json_array

        out = report_json(reports[0]) if len(reports) == 1 else reports_json_array(reports)
        sys.stdout.write(out + "\n")
    elif fmt == OutputFormat.jsonl:
        from policyscan.render.json_out import report_jsonl

        for r in reports:
            sys.stdout.write(report_jsonl(r) + "\n")
    elif fmt == OutputFormat.csv:
        from policyscan.render.csv_out import write_actions_csv

        write_actions_csv(reports, sys.stdout)
    elif fmt == OutputFormat.markdown:
        from policyscan.render.markdown_out import report_markdown

        sys.stdout.write("\n".join(report_markdown(r) for r in reports))
    else:
        from rich.console import Console

        from policyscan.render.terminal import render_report

        console = Console()
        for r in reports:
            render_report(r, console)
    sys.stdout.flush()


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analyze output."""
    import json

    from policyscan.report import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


def main() -> None:
    """Console entry point: a closed pipe (`| head`) ends quietly with 141."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_BROKEN_PIPE)


_ = Path  # kept for type hints in future commands
