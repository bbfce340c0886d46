"""`--help` stays import-light and says what Typer would say (issue 16). No timing here: see benchmarks/."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer.main

from policyscan.cli import app
from policyscan.cli_help import help_target, render_help

HEAVY = ("spacy", "dateparser", "trafilatura", "plotly", "pydantic", "rich", "numpy", "lxml")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_the_commands_are_all_there():
    assert {"analyze", "batch", "summarize", "report", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_plain_help_lists_every_option_typer_knows(name):
    group = typer.main.get_command(app)
    command = group.commands[name] if name else group  # type: ignore[attr-defined]
    page = render_help(app, name)
    flat = _squash(page)
    assert page.startswith(f"Usage: policyscan {name}".rstrip() + " ")
    assert _squash(command.help or "")[:60] in flat
    for param in command.params:
        if param.hidden:
            continue
        if param.param_type_name == "argument":
            assert f"{param.name.upper()}..." in page
            assert _squash(getattr(param, "help", "") or "")[:50] in flat
            continue
        for opt in [*param.opts, *param.secondary_opts]:
            assert f"{opt}" in page, (name, opt)
        if getattr(param, "help", None):
            assert _squash(param.help)[:50] in flat, (name, param.name)
    if not name:
        for sub in COMMANDS:
            assert f"\n  {sub} " in page


@pytest.mark.parametrize(
    ("argv", "want"),
    [
        (["--help"], ""),
        (["batch", "--help"], "batch"),
        (["batch", "x", "--help"], None),
        (["nope", "--help"], None),
        (["-h"], None),
        (["--help", "batch"], None),
        ([], None),
    ],
)
def test_only_the_plain_help_forms_take_the_fast_path(argv, want):
    assert help_target(argv, app) == want


def _imported(args: list[str]) -> tuple[set[str], subprocess.CompletedProcess]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "policyscan", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names, done


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_help_imports_nothing_heavy(name):
    args = [name, "--help"] if name else ["--help"]
    names, done = _imported(args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("Usage: policyscan")
    assert "policyscan.cli" in names  # the import log was read
    heavy = sorted(n for n in names if n.split(".")[0] in HEAVY)
    assert heavy == [], heavy


def test_help_through_typer_still_works():
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["batch", "--help"])
    assert result.exit_code == 0
    assert "--resume" in result.stdout
