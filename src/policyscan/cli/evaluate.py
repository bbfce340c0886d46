"""`policyscan evaluate`: precision, recall and F1 against a folder of gold annotations."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from policyscan.cli._common import exit_on_error


def evaluate_command(
    gold_dir: Annotated[
        str, typer.Argument(metavar="GOLD_DIR", help="A folder of articles with NAME.json gold files.")
    ],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print every miss and false positive.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    minimum: Annotated[
        list[str] | None,
        typer.Option("--min", metavar="NAME=VALUE", help="Fail (exit 1) below this, e.g. actions.f1=0.85."),
    ] = None,
    maximum: Annotated[
        list[str] | None, typer.Option("--max", metavar="NAME=VALUE", help="Fail (exit 1) above this, e.g. errors=0.")
    ] = None,
) -> None:
    """Score policyscan on your own annotated articles: precision, recall and F1 for actors, models, actions.

    Examples:

        policyscan evaluate tests/corpus

        policyscan evaluate my-gold/ --verbose --min actions.f1=0.8 --min action_dates.rate=0.9
    """
    import json

    from policyscan import evaluate

    with exit_on_error():
        low, high = evaluate.parse_limits(minimum or []), evaluate.parse_limits(maximum or [])
        result = evaluate.evaluate_dir(gold_dir)
    summary = result.summary()
    if verbose:
        sys.stdout.write("\n".join(result.log) + "\n")
    if as_json:
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    short = evaluate.check_limits(summary, low, high)
    if short:
        sys.stdout.write("short: " + "; ".join(short) + "\n")
    sys.stdout.write(evaluate.summary_line(summary) + "\n")
    sys.stdout.flush()
    if short:
        raise typer.Exit(1)
