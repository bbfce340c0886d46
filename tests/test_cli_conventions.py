"""CLI conventions (issue 13): -h, -o, conflicting options, strict --published, JSON inputs to
summarize, the report on a terminal, and output failures as one line with exit 7."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan.cli import app

REPO = Path(__file__).parents[1]
SAMPLE = REPO / "samples" / "japan-ppc-corvid-reversal.txt"
COMMANDS = ["analyze", "schema", "batch", "summarize", "report", "events", "evaluate"]


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policyscan", *args], capture_output=True, text=True, **kw)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_dash_h_is_help_everywhere(command):
    proc = _run(*([command] if command else []), "-h")
    assert proc.returncode == 0 and proc.stdout.startswith("Usage: policyscan"), proc.stderr
    assert "-h, --help" in proc.stdout


@pytest.mark.parametrize("command", ["analyze", "batch", "summarize", "report", "events"])
def test_every_output_command_takes_dash_o(command):
    assert "-o, --output PATH" in _run(command, "--help").stdout


def test_json_with_another_format_is_a_usage_error():
    res = CliRunner().invoke(app, ["analyze", str(SAMPLE), "--json", "--format", "csv"])
    assert res.exit_code == 2 and "contradict" in res.stderr and "Traceback" not in res.output


@pytest.mark.parametrize("value", ["11/12/2026", "12.11.2026", "yesterday", "2026-13-01", "Nov 2026"])
def test_ambiguous_or_partial_published_dates_are_refused(value):
    res = CliRunner().invoke(app, ["analyze", str(SAMPLE), "--published", value, "--json"])
    assert res.exit_code == 2, res.output
    assert res.stderr.count("\n") == 1 and "2026-11-20" in res.stderr


@pytest.mark.parametrize("value", ["2026-11-12", "12 Nov 2026", "Nov. 12, 2026", "2026-11-12T09:30:00+02:00"])
def test_unambiguous_published_dates_are_accepted(value, nlp_loaded):
    res = CliRunner().invoke(app, ["analyze", str(SAMPLE), "--published", value, "--json"])
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["published"] == "2026-11-12"


def test_analyze_writes_dash_o_whole(tmp_path, nlp_loaded):
    out = tmp_path / "r.json"
    res = CliRunner().invoke(app, ["analyze", str(SAMPLE), "-o", str(out)])
    assert res.exit_code == 0 and res.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["path"] == str(SAMPLE)
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # no temporary file left behind


@pytest.mark.parametrize("where", ["missing-dir/r.json", "."])
def test_unwritable_outputs_are_one_line_with_exit_7(tmp_path, where, nlp_loaded):
    target = str(tmp_path / where) if where != "." else str(tmp_path)
    for argv in (["analyze", str(SAMPLE), "-o", target], ["report", str(SAMPLE), "-o", target]):
        res = CliRunner().invoke(app, argv)
        assert res.exit_code == 7, (argv, res.output)
        assert res.stderr.count("\n") == 1 and "Traceback" not in res.output


def test_output_to_a_full_device_is_one_line_with_exit_7(tmp_path):
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "policyscan", "schema"], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert proc.returncode == 7 and proc.stderr.count("\n") == 1, proc.stderr


def test_summarize_reads_analyze_json_objects_and_arrays(tmp_path, nlp_loaded):
    one = CliRunner().invoke(app, ["analyze", str(SAMPLE), "--json"]).stdout
    two = CliRunner().invoke(app, ["analyze", str(SAMPLE), str(SAMPLE), "--json"]).stdout
    assert json.loads(two)[0]["source"]["path"] == str(SAMPLE)
    (tmp_path / "one.json").write_text(one, encoding="utf-8")
    (tmp_path / "two.json").write_text(two, encoding="utf-8")
    for name, count in (("one.json", 1), ("two.json", 2)):
        res = CliRunner().invoke(app, ["summarize", str(tmp_path / name)])  # not a terminal: JSON
        assert res.exit_code == 0, res.stderr
        assert json.loads(res.stdout)["articles"]["total"] == count


def test_summarize_refuses_json_that_is_not_policyscan_output(tmp_path):
    (tmp_path / "other.json").write_text('[{"name": "not a report"}]', encoding="utf-8")
    res = CliRunner().invoke(app, ["summarize", str(tmp_path / "other.json")])
    assert res.exit_code == 5 and "line 1" in res.stderr and "Traceback" not in res.output


def test_report_on_a_terminal_without_dash_o_refuses_with_a_hint(tmp_path):
    main, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "policyscan", "report", str(SAMPLE)],
            stdout=secondary,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(secondary)
        os.close(main)
    assert proc.returncode == 2 and "-o report.html" in proc.stderr


def test_analyze_csv_gives_a_failed_article_its_row(tmp_path, nlp_loaded):
    import csv
    import io

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    res = CliRunner().invoke(app, ["analyze", str(SAMPLE), str(empty), "--format", "csv"])
    assert res.exit_code == 10
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    failed = [r for r in rows if r["error"]]
    assert len(failed) == 1 and failed[0]["error"].startswith("invalid-input")
    assert any(not r["error"] for r in rows)
