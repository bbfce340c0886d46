"""The command line, one module per command (as in spaCy's ``cli/``). Each command is a thin Typer
function: parse options, call one plain function, render, exit. This module builds ``app``,
registers the commands (their order here is the order ``--help`` lists them) and holds ``main``,
the console entry point; ``_common`` holds what the commands share.

Command modules import spaCy, dateparser, Rich and trafilatura inside their functions only:
``--help`` imports every command module and must stay fast (cli_help.py, tests/test_cli_help.py).
"""

from __future__ import annotations

import contextlib
import sys
from typing import Annotated

import typer

from policyscan import __version__
from policyscan.cli import analyze, batch, evaluate, events, report, schema, summarize
from policyscan.cli._common import fail, stdout_closed
from policyscan.errors import EXIT_OUTPUT, PolicyscanError

__all__ = ["app", "main"]

app = typer.Typer(
    name="policyscan",
    help="Analyze AI and technology policy news: actors, AI models, policy actions and dates.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


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


# A new command is one module and one line here.
app.command("analyze")(analyze.analyze)
app.command("schema")(schema.schema)
app.command("batch")(batch.batch_command)
app.command("summarize")(summarize.summarize_command)
app.command("report")(report.report_command)
app.command("events")(events.events_command)
app.command("evaluate")(evaluate.evaluate_command)


def main() -> None:
    """Console entry point. Usage errors are one line with exit 2; a closed pipe (`| head`) ends
    quietly with 141."""
    from typer._click import exceptions as click_exc  # Typer's vendored click

    from policyscan.cli_help import help_target, render_help

    for stream in (sys.stdout, sys.stderr):  # PYTHONIOENCODING=ascii: escape what it cannot encode
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")
    try:
        target = help_target(sys.argv[1:], app)
        if target is not None:  # plain help without building Typer's command (issue 16)
            sys.stdout.write(render_help(app, target))
            sys.stdout.flush()
            sys.exit(0)
        code = app(standalone_mode=False)
    except click_exc.NoArgsIsHelpError:
        sys.exit(2)  # Typer has printed the help already
    except click_exc.UsageError as err:
        message = " ".join(err.format_message().split())
        typer.echo(f"policyscan: error: {message} (see --help)", err=True)
        sys.exit(2)
    except typer.Abort:
        typer.echo("policyscan: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(stdout_closed())
    except OSError as exc:  # stdout on a full disk, /dev/full, an I/O error: one line, exit 7
        stdout_closed()
        fail(PolicyscanError(f"cannot write the output: {exc.strerror or exc}"))
        sys.exit(EXIT_OUTPUT)
    sys.exit(code if isinstance(code, int) else 0)
