"""The data contract (issue 13): one schema for every record analyze and batch write, error records
included; every key always present; ISO first/last days on every date."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.report import Report, json_schema

REPO = Path(__file__).parents[1]


def _batch(tmp_path: Path) -> list[dict]:
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(REPO / "samples" / "japan-ppc-corvid-reversal.txt", news / "a.txt")
    (news / "b.txt").write_text("", encoding="utf-8")  # empty: an error record
    (news / "c.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)  # binary: an error record
    out = tmp_path / "results.jsonl"
    res = CliRunner().invoke(app, ["batch", str(news), "-o", str(out), "-q"])
    assert res.exit_code == 10, res.output  # some articles failed
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_every_batch_record_validates_against_the_one_schema(tmp_path, nlp_loaded):
    records = _batch(tmp_path)
    schema = json_schema()
    for record in records:
        jsonschema.validate(record, schema)
    errors = [r for r in records if r["error"] is not None]
    assert len(errors) == 2 and {e["error"]["kind"] for e in errors} == {"invalid-input"}
    # the same keys, in the same order, for an analysed article and a failed one
    assert {tuple(r) for r in records} == {tuple(Report.model_fields)}
    assert all(e["actions"] == [] and e["pipeline"] is None for e in errors)


def test_analyze_output_validates_and_dates_have_iso_days(nlp_loaded):
    res = CliRunner().invoke(app, ["analyze", str(REPO / "samples" / "japan-ppc-corvid-reversal.txt"), "--json"])
    record = json.loads(res.stdout)
    jsonschema.validate(record, json_schema())
    dates = [a["date"] for a in record["actions"]] + record["dates"]
    assert dates
    for date in dates:
        if date["value"] is None:
            assert date["first_day"] is None and date["last_day"] is None
            continue
        assert len(date["first_day"]) == len(date["last_day"]) == 10
        assert date["first_day"] <= date["last_day"]
        assert date["first_day"].startswith(date["value"][:4])


def test_an_old_three_key_error_record_still_reads():
    old = {"schema_version": "policyscan/1", "source": {"path": "x.txt"}, "error": {"kind": "x", "message": "m"}}
    report = Report.model_validate(old)
    assert report.error is not None and report.actions == []
