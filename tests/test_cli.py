"""The command line: options, output formats, exit codes and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from policyscan import __version__
from policyscan.cli import app

ARTICLE = (
    "Regulator fines Kestrel Labs\n\n"
    "By Jane Doe\n\n"
    "November 20, 2026\n\n"
    "The Federal Trade Commission fined Kestrel Labs on Tuesday over its Wren-7B chatbot.\n\n"
    "The regulator said the company had failed to test the model before launch.\n"
)
OTHER = "The European Commission opened an investigation into Tarn Robotics over its Quill-2 model on Monday.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "fine.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _json(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_analyze_help(runner):
    result = runner.invoke(app, ["analyze", "--help"])
    assert result.exit_code == 0
    for option in ("--format", "--published", "--model"):
        assert option in result.stdout


def test_schema_is_a_json_schema(runner):
    result = runner.invoke(app, ["schema"])
    schema = _json(result)
    assert "properties" in schema
    for field in ("published", "actors", "models", "actions", "schema_version", "source", "pipeline"):
        assert field in schema["properties"]


def test_schema_validates_real_output(runner, article):
    jsonschema = pytest.importorskip("jsonschema")
    schema = _json(runner.invoke(app, ["schema"]))
    jsonschema.validate(_json(runner.invoke(app, ["analyze", str(article), "--format", "json"])), schema)


def test_json_has_the_fields_the_scorer_reads(runner, article):
    data = _json(runner.invoke(app, ["analyze", str(article), "--format", "json"]))
    assert data["schema_version"]
    assert data["source"]["path"] == str(article)
    assert data["pipeline"]["fallback"] is False
    assert data["published"] == "2026-11-20"
    assert data["actors"] and data["models"] and data["actions"]
    for actor in data["actors"]:
        assert isinstance(actor["name"], str) and isinstance(actor["aliases"], list)
    for model in data["models"]:
        assert isinstance(model["name"], str) and isinstance(model["aliases"], list)
    for action in data["actions"]:
        assert action["direction"] in ("tighten", "loosen", "neutral")
        assert action["actor"] is None or isinstance(action["actor"], str)
        assert action["target"] is None or isinstance(action["target"], str)
        assert isinstance(action["objects"], list) and isinstance(action["trigger"], str)
        assert "value" in action["date"]
    fine = [a for a in data["actions"] if a["actor"] == "Federal Trade Commission"]
    assert fine and fine[0]["direction"] == "tighten" and fine[0]["date"]["value"] == "2026-11-17"


def test_same_input_gives_identical_bytes(runner, article):
    first = runner.invoke(app, ["analyze", str(article), "--format", "json"])
    second = runner.invoke(app, ["analyze", str(article), "--format", "json"])
    assert first.exit_code == second.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes


def test_jsonl_gives_one_line_per_file(runner, article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(article), str(other), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(article), str(other)]


def test_csv_has_a_header(runner, article):
    result = runner.invoke(app, ["analyze", str(article), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) >= 2
    assert {"actor", "direction"} <= set(rows[0])
    assert all(len(row) == len(rows[0]) for row in rows)


def test_markdown_has_a_title(runner, article):
    result = runner.invoke(app, ["analyze", str(article), "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    assert "Regulator fines Kestrel Labs" in result.stdout.splitlines()[0]


def test_dash_reads_stdin(runner):
    data = _json(runner.invoke(app, ["analyze", "-", "--format", "json"], input=ARTICLE))
    assert data["source"]["path"] == "-"
    assert data["published"] == "2026-11-20"
    assert any(a["actor"] == "Federal Trade Commission" for a in data["actions"])


def test_published_overrides_the_article_date(runner, article):
    data = _json(runner.invoke(app, ["analyze", str(article), "--format", "json", "--published", "2026-12-04"]))
    assert data["published"] == "2026-12-04"
    fine = [a for a in data["actions"] if a["actor"] == "Federal Trade Commission"]
    assert fine and fine[0]["date"]["value"] == "2026-12-01"  # the Tuesday before the new date


def test_published_not_a_date_exits_2(runner, article):
    result = runner.invoke(app, ["analyze", str(article), "--published", "notadate"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "notadate" in result.stderr


def test_missing_file_exits_3(runner, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["analyze", str(missing), "--format", "json"])
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]
    assert "Traceback" not in result.output


def test_missing_file_in_a_subprocess(tmp_path):
    missing = tmp_path / "nope.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "policyscan", "analyze", str(missing), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 3
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(missing) in lines[0]


def test_stdin_in_a_subprocess():
    proc = subprocess.run(
        [sys.executable, "-m", "policyscan", "analyze", "-", "--format", "json"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["published"] == "2026-11-20"


def test_unknown_model_exits_6(runner, article):
    result = runner.invoke(app, ["analyze", str(article), "--model", "nope_xx"])
    assert result.exit_code == 6
    assert "nope_xx" in result.stderr
    assert "Traceback" not in result.output


def test_directory_exits_4(runner, tmp_path):
    result = runner.invoke(app, ["analyze", str(tmp_path), "--format", "json"])
    assert result.exit_code == 4
    assert str(tmp_path) in result.stderr


def test_empty_file_exits_5(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(empty), "--format", "json"])
    assert result.exit_code == 5
    assert "empty.txt" in result.stderr


def test_blank_model_falls_back_with_a_warning(runner, article):
    result = runner.invoke(app, ["analyze", str(article), "--format", "json", "--model", "blank:en"])
    data = _json(result)
    assert data["pipeline"]["fallback"] is True
    assert "warning" in result.stderr.lower()
    assert data["published"] == "2026-11-20"
