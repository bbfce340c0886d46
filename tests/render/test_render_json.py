from __future__ import annotations

import json

from policyscan.render.json_out import error_record, report_json, report_jsonl, reports_json_array
from policyscan.report import SCHEMA_VERSION, Report


def test_json_round_trips(report: Report) -> None:
    assert Report.model_validate_json(report_json(report)) == report
    assert Report.model_validate_json(report_jsonl(report)) == report


def test_json_is_deterministic_and_pretty(report: Report) -> None:
    first = report_json(report)
    assert first == report_json(report)
    assert first.startswith('{\n  "schema_version": "policyscan/1",\n')
    assert not first.endswith("\n")


def test_json_emits_every_key_even_when_empty(empty_report: Report) -> None:
    data = json.loads(report_json(empty_report))
    assert set(data) == set(Report.model_fields)
    assert data["title"] is None
    assert data["actions"] == []
    assert data["reversals"] == []


def test_enums_are_plain_strings(report: Report) -> None:
    data = json.loads(report_json(report))
    assert [a["direction"] for a in data["actions"]] == ["tighten", "loosen"]
    assert [a["status"] for a in data["actions"]] == ["enacted", "announced"]
    assert data["actors"][0]["type"] == "government"


def test_jsonl_is_one_line(report: Report) -> None:
    line = report_jsonl(report)
    assert "\n" not in line
    assert json.loads(line)["source"]["path"] == "articles/white-house-perdrix.txt"
    assert line == report_jsonl(report)


def test_json_array(report: Report, empty_report: Report) -> None:
    text = reports_json_array([report, empty_report])
    data = json.loads(text)
    assert [Report.model_validate(item) for item in data] == [report, empty_report]
    assert text.startswith("[\n  {\n")
    assert json.loads(reports_json_array([])) == []
    assert reports_json_array(iter([report])) == reports_json_array([report])


def test_error_record() -> None:
    line = error_record("news/missing é.txt", "not-found", "no such file")
    assert "\n" not in line
    record = json.loads(line)
    assert record["schema_version"] == SCHEMA_VERSION
    assert record["error"] == {"kind": "not-found", "message": "no such file"}
    assert record["source"]["path"] == "news/missing é.txt" and record["source"]["sha256"] is None
    # every key of a report is present (empty lists, nulls), so one schema and one set of columns cover both
    assert list(record) == list(Report.model_fields)
    assert record["actions"] == [] and record["pipeline"] is None
    assert "é" in line  # unescaped, like the reports
    assert json.loads(error_record(None, "usage", "x"))["source"]["path"] is None
    assert json.loads(error_record("a.txt", "invalid-input", "x", sha256="ab" * 32))["source"]["sha256"] == "ab" * 32
