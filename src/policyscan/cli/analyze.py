"""`policyscan analyze`: a few articles (files, stdin, URLs) to a table, JSON, JSON Lines, CSV or Markdown."""

from __future__ import annotations

import functools
import os
import sys
from enum import Enum
from typing import Annotated

import typer

from policyscan.cli._common import (
    ALLOW_PRIVATE_HELP,
    ENCODING_HELP,
    MAX_BYTES_HELP,
    MODEL_HELP,
    fail,
    output_to,
    stdout_closed,
)
from policyscan.errors import EXIT_OUTPUT, PolicyscanError, UsageError, exit_code_for


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


def analyze(
    paths: Annotated[
        list[str], typer.Argument(help="Article files (.txt, .md, .html), - for stdin, or http(s) URLs to fetch.")
    ],
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format (default: table on a terminal, json otherwise). json is one object for one "
            "file and an array for several; jsonl (one object a line) is the format for scripts.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")] = False,
    published: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Publication date to resolve relative dates against (overrides the article): "
            "2026-11-20 or 20 Nov 2026; 11/20/2026-style dates are refused as ambiguous.",
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="PATH", help="Write the output here instead of stdout.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(metavar="NAME", help=MODEL_HELP),
    ] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help=MAX_BYTES_HELP)] = 5_000_000,
    encoding: Annotated[str | None, typer.Option(metavar="CODEC", help=ENCODING_HELP)] = None,
    csv_raw: Annotated[
        bool,
        typer.Option(
            "--csv-raw",
            help="CSV cells exactly as found: do not prefix ' to text starting with = + - @ (spreadsheet formulas).",
        ),
    ] = False,
    evidence: Annotated[
        bool,
        typer.Option(
            "--evidence", help="Table: print each action's evidence sentence beneath it (JSON and CSV carry it)."
        ),
    ] = False,
    allow_private: Annotated[bool, typer.Option("--allow-private", help=ALLOW_PRIVATE_HELP)] = False,
) -> None:
    """Analyze one or more articles and print actors, AI models, policy actions and dates.

    Examples:

        policyscan analyze article.txt

        policyscan analyze a.txt b.html --format jsonl | jq -c '.actions[]'

        cat story.txt | policyscan analyze - --published 2026-11-20 --json

        policyscan analyze samples/white-house-lab-controls-reversal.txt --evidence

        policyscan analyze https://example.org/news/ai-rules.html --json
    """
    if as_json and fmt not in (None, OutputFormat.json):
        fail(UsageError(f"--json and --format {fmt.value} contradict each other: give one"))
        raise typer.Exit(2)
    if evidence and (as_json or fmt not in (None, OutputFormat.table)):
        shown_fmt = "json" if as_json else fmt.value if fmt else ""
        fail(UsageError(f"--evidence is for the table view; --format {shown_fmt} carries the evidence already"))
        raise typer.Exit(2)
    fmt = OutputFormat.json if as_json else fmt
    if fmt is None:
        fmt = OutputFormat.table if sys.stdout.isatty() and output is None else OutputFormat.json
    run = functools.partial(
        _run_analyze,
        paths,
        fmt,
        published,
        model,
        max_bytes,
        encoding,
        csv_raw=csv_raw,
        evidence=evidence,
        allow_private=allow_private,
    )
    if output is None:
        raise typer.Exit(run())
    with output_to(output) as code_box:
        code_box.append(run())
    raise typer.Exit(code_box[0] if code_box else EXIT_OUTPUT)


def _run_analyze(
    paths,
    fmt,
    published,
    model,
    max_bytes,
    encoding,
    *,
    csv_raw: bool = False,
    evidence: bool = False,
    allow_private: bool = False,
) -> int:
    from dataclasses import replace

    from policyscan.batch.walk import shown, special_file
    from policyscan.errors import InputUnreadable
    from policyscan.load import load_path, parse_date_option
    from policyscan.nlp import load_pipeline
    from policyscan.pipeline import analyze as analyze_article
    from policyscan.sources import FetchOptions, load_url, looks_like_url

    try:
        pub = None
        if published is not None:
            pub = parse_date_option(published)
            if pub is None:
                raise UsageError(
                    f"--published {published[:40]!r} is not an unambiguous date (use 2026-11-20 or 20 Nov 2026)"
                )
        loaded = load_pipeline(model)
    except PolicyscanError as err:
        fail(err)
        return err.exit_code
    if loaded.warning:
        typer.echo(loaded.warning, err=True)
    reports, failures, last_code = [], 0, 0
    for path in paths:
        try:
            if looks_like_url(path) and not os.path.lexists(path):
                options = FetchOptions(max_bytes=max_bytes, allow_private=allow_private)
                article = load_url(path, options, encoding=encoding)
            else:
                special = special_file(path) if path != "-" else None
                if special:
                    raise InputUnreadable(f"not a regular file: {special}", path=path)
                article = load_path(path, max_bytes=max_bytes, encoding=encoding)
                article = replace(article, path=shown(path))  # a non-UTF-8 file name as \xNN
            if pub is not None:
                article = replace(article, published=pub, published_from="--published")
            reports.append(analyze_article(article, model=model))
        except PolicyscanError as err:
            fail(err)
            failures += 1
            last_code = err.exit_code
            if fmt == OutputFormat.csv:  # a CSV row count tells the whole story: the failure gets its row
                from policyscan.report import ErrorInfo, Report, Source

                message = str(err.args[0]) if err.args else str(err)
                reports.append(Report(source=Source(path=path), error=ErrorInfo(kind=err.kind, message=message)))
    try:
        _emit(reports, fmt, csv_raw=csv_raw, evidence=evidence)
    except BrokenPipeError:
        return stdout_closed()
    if failures and len(paths) == 1:
        return last_code
    return exit_code_for(failures, len(paths))


def _emit(reports, fmt: OutputFormat, *, csv_raw: bool = False, evidence: bool = False) -> None:
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

        write_actions_csv(reports, sys.stdout, raw=csv_raw)
    elif fmt == OutputFormat.markdown:
        from policyscan.render.markdown_out import report_markdown

        sys.stdout.write("\n".join(report_markdown(r) for r in reports))
    else:
        from rich.console import Console

        from policyscan.render.terminal import render_report

        console = Console()
        for r in reports:
            render_report(r, console, evidence=evidence)
    sys.stdout.flush()
