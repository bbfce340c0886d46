from __future__ import annotations

import csv
import io

from policyscan.render.csv_out import CSV_COLUMNS, write_actions_csv
from policyscan.report import Report


def _parse(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_action_and_one_for_an_article_without(report: Report, empty_report: Report) -> None:
    stream = io.StringIO(newline="")
    count = write_actions_csv([report, empty_report, report], stream)
    rows = _parse(stream.getvalue())
    assert count == len(rows) == 5
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [r["action_id"] for r in rows] == ["a1", "a2", "", "a1", "a2"]
    empty = rows[2]
    assert empty["path"] == empty_report.source.path and empty["sha256"] == empty_report.source.sha256
    assert all(empty[c] == "" for c in ("actor", "direction", "cameo", "evidence", "error"))


def test_a_failed_article_is_one_row_with_its_error() -> None:
    from policyscan.report import ErrorInfo, Source

    failed = Report(source=Source(path="bad.txt", sha256="cd" * 32), error=ErrorInfo(kind="empty", message="no text"))
    stream = io.StringIO(newline="")
    assert write_actions_csv([failed], stream) == 1
    (row,) = _parse(stream.getvalue())
    assert row["path"] == "bad.txt" and row["error"] == "empty: no text"
    assert row["action_id"] == row["actor"] == row["duplicate_of"] == ""


def test_fields(report: Report) -> None:
    stream = io.StringIO(newline="")
    write_actions_csv([report], stream)
    first, second = _parse(stream.getvalue())
    assert first == {
        "path": "articles/white-house-perdrix.txt",
        "sha256": "ab" * 32,
        "published": "2026-09-20",
        "title": "White House reverses course on Perdrix export curbs",
        "action_id": "a1",
        "actor": "White House",
        "direction": "tighten",
        "status": "enacted",
        "kind": "restrict",
        "trigger": "restrict exports",
        "target": "Maubrac AI",
        "objects": "Perdrix-2.5 Pro",
        "date_text": "March 2",
        "date_value": "2026-03-02",
        "cameo": "163",
        "plover": "SANCTION",
        "evidence": "On March 2 the White House restricted exports of Perdrix-2.5 Pro.",
        "duplicate_of": "",
        "error": "",
    }
    assert second["objects"] == "Perdrix-2.5 Pro; Perdrix-2.5 Mini"
    assert second["direction"] == "loosen"
    assert second["status"] == "announced"


def test_missing_values_are_empty_and_awkward_text_survives(report: Report, make_action) -> None:
    odd = make_action("x1", None, actor=None, trigger='say "no", then\nyes', objects=["a, b", "c;d"])
    stream = io.StringIO(newline="")
    write_actions_csv([report.model_copy(update={"actions": [odd], "title": None})], stream)
    (row,) = _parse(stream.getvalue())
    assert row["actor"] == row["date_value"] == row["title"] == row["evidence"] == row["cameo"] == ""
    assert row["trigger"] == 'say "no", then\nyes'
    assert row["objects"] == "a, b; c;d"


def test_no_actions_one_row_and_header_option(report: Report, empty_report: Report) -> None:
    stream = io.StringIO(newline="")
    assert write_actions_csv([], stream) == 0
    assert stream.getvalue() == ",".join(CSV_COLUMNS) + "\n"
    stream = io.StringIO(newline="")
    assert write_actions_csv([empty_report], stream) == 1
    assert stream.getvalue().count("\n") == 2

    stream = io.StringIO(newline="")
    assert write_actions_csv([report], stream, header=False) == 2
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("articles/white-house-perdrix.txt,")
