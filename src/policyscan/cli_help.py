"""Plain ``--help`` read straight from the Typer declarations in cli/ (issue 16: <= 0.12 s).

Typer builds a click command with a pydantic adapter per option and renders help with
Rich: together about three times the 0.12 s budget. ``policyscan --help`` and
``policyscan CMD --help`` (exactly those forms) are answered here instead, from the same
function signatures, ``typer.Option``/``typer.Argument`` help strings and docstrings, with
click's plain formatter. Anything else (``policyscan CMD FILE --help``, ``-h``) goes
through Typer as before. A test checks that every option Typer knows appears here.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from dataclasses import dataclass
from typing import Any

HELP = "--help"
HELP_FLAGS = (HELP, "-h")
HELP_LINE = "Show this message and exit."


@dataclass(frozen=True)
class Param:
    decls: str  # "-f, --format" or "PATHS..."
    metavar: str  # "TEXT", "[jsonl|csv]", "" for flags
    help: str
    extra: str  # "[default: 8; x>=1]", "[required]", ""


def _commands(app) -> dict[str, Any]:
    out = {}
    for info in app.registered_commands:
        if info.hidden:
            continue
        name = info.name or info.callback.__name__.replace("_", "-")
        out[name] = info
    return out


def help_target(argv: list[str], app) -> str | None:
    """'' for ``--help``, the command's name for ``CMD --help``, None for anything else."""
    if len(argv) == 1 and argv[0] in HELP_FLAGS:
        return ""
    if len(argv) == 2 and argv[1] in HELP_FLAGS and argv[0] in _commands(app):
        return argv[0]
    return None


def _base_type(hint: Any) -> Any:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return hint


def _params(callback) -> list[tuple[str, Param]]:
    """(kind, Param) for each parameter: kind is 'argument' or 'option'."""
    from typer.models import ArgumentInfo, OptionInfo

    hints = typing.get_type_hints(callback, include_extras=True)
    out = []
    for name, sig in inspect.signature(callback).parameters.items():
        hint = hints[name]
        info = next((m for m in getattr(hint, "__metadata__", ()) if isinstance(m, (OptionInfo, ArgumentInfo))), None)
        if info is None or info.hidden:
            continue
        base = _base_type(typing.get_args(hint)[0] if hasattr(hint, "__metadata__") else hint)
        default = sig.default
        required = default is inspect.Parameter.empty
        ranges = []
        if getattr(info, "min", None) is not None:
            ranges.append(f"x>={info.min}")
        if getattr(info, "max", None) is not None:
            ranges.append(f"x<={info.max}")
        if isinstance(info, ArgumentInfo):
            many = typing.get_origin(base) is list
            meta = (info.metavar or name.upper()) + ("..." if many else "")
            extra = "[required]" if required else ""
            out.append(("argument", Param(meta, "", info.help or "", extra)))
            continue
        # in Annotated[..., typer.Option("--format", "-f")] the first name sits in ``default``
        named = ([info.default] if isinstance(info.default, str) else []) + list(info.param_decls or ())
        decls = [d for d in named if d.startswith("-")]
        show: list[str] = []
        if base is bool:
            if decls:
                opts, metavar = decls, ""
            else:
                flag = name.replace("_", "-")
                opts, metavar = [f"--{flag} / --no-{flag}"], ""
                show.append(f"default: {'' if default else 'no-'}{flag}")
        else:
            opts = decls or ["--" + name.replace("_", "-")]
            if isinstance(base, type) and issubclass(base, enum.Enum):
                metavar = "[" + "|".join(str(m.value) for m in base) + "]"
                if default is not None and not required:
                    show.append(f"default: {default.value}")
            else:
                metavar = {int: "INTEGER", float: "FLOAT"}.get(base, "TEXT")
                if ranges:
                    metavar += " RANGE"
                if default is not None and not required:
                    show.append(f"default: {default}")
        if info.metavar and base is not bool:
            metavar = info.metavar
        from typer._click.formatting import join_options

        show += ranges
        extra = "[" + "; ".join(show) + "]" if show else ""
        if required:
            extra = (extra + " [required]").strip()
        out.append(("option", Param(join_options(opts)[0], metavar, info.help or "", extra)))
    return out


def _rows(params: list[Param]) -> list[tuple[str, str]]:
    rows = []
    for p in params:
        left = f"{p.decls} {p.metavar}".strip()
        right = f"{p.help}  {p.extra}".strip() if p.extra else p.help
        rows.append((left, right))
    return rows


def render_help(app, target: str, prog: str = "policyscan") -> str:
    """The plain help page of the app ('') or of one command."""
    from typer._click.formatting import HelpFormatter
    from typer._click.utils import make_default_short_help

    fmt = HelpFormatter()
    if target == "":
        callback = app.registered_callback.callback if app.registered_callback else None
        text = app.info.help if isinstance(app.info.help, str) else inspect.getdoc(callback) or ""
        options = [p for _, p in _params(callback)] if callback else []
        fmt.write_usage(prog, "[OPTIONS] COMMAND [ARGS]...")
        _text(fmt, text)
        with fmt.section("Options"):
            fmt.write_dl([*_rows(options), ("-h, " + HELP, HELP_LINE)])
        commands = _commands(app)
        limit = fmt.width - 6 - max(len(n) for n in commands)
        with fmt.section("Commands"):
            fmt.write_dl(
                [
                    (name, make_default_short_help(info.help or inspect.getdoc(info.callback) or "", limit))
                    for name, info in commands.items()
                ]
            )
        return fmt.getvalue()
    info = _commands(app)[target]
    declared = _params(info.callback)
    args = [p for kind, p in declared if kind == "argument"]
    opts = [p for kind, p in declared if kind == "option"]
    fmt.write_usage(f"{prog} {target}", " ".join(["[OPTIONS]", *(a.decls for a in args)]))
    _text(fmt, info.help or inspect.getdoc(info.callback) or "")
    if args:
        with fmt.section("Arguments"):
            fmt.write_dl(_rows(args))
    with fmt.section("Options"):
        fmt.write_dl([*_rows(opts), ("-h, " + HELP, HELP_LINE)])
    return fmt.getvalue()


def _text(fmt, text: str) -> None:
    if text:
        fmt.write_paragraph()
        with fmt.indentation():
            fmt.write_text(inspect.cleandoc(text))
