"""Article tables: CSV, JSON Lines and Parquet rows as articles; bad rows as error records."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan.cli import app

TEXT = (
    "The Valdoria Data Protection Authority fined Corvid Labs 2 million euros on Tuesday for training "
    "its Corvid-3 model on customer records without consent."
)
OTHER = "Brennmark's parliament passed a law on Monday that bans real-time face recognition in public places."
ROWS = [
    {"id": "a1", "title": "Valdoria fines Corvid", "body": TEXT, "published": "2026-03-12", "url": "https://n.test/1"},
    {"id": "a2", "title": "Brennmark bans", "body": OTHER, "published": "2026-04-02T10:00:00Z", "url": ""},
    {"id": "a3", "title": "empty", "body": "   ", "published": "2026-04-03", "url": ""},
    {"id": "a4", "title": "bad date", "body": OTHER, "published": "someday soon", "url": ""},
    {"id": "a1", "title": "repeat", "body": OTHER, "published": "", "url": ""},
    {"id": "a6", "title": "", "body": '=HYPERLINK("http://x") ' + OTHER, "published": "", "url": ""},
]
ARGS = ["--text-column", "body", "--date-column", "published", "--id-column", "id", "--title-column", "title"]


def run(args: list[str]):
    return CliRunner().invoke(app, args)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def check(recs: list[dict], table: str) -> None:
    assert len(recs) == len(ROWS)  # nothing is lost
    paths = [r["source"]["path"] for r in recs]
    assert paths[:4] == [f"{table}#id=a1", f"{table}#id=a2", f"{table}#id=a3", f"{table}#id=a4"]
    assert paths[4] == f"{table}#row=5"  # a repeated id: its row number
    first = recs[0]
    assert (first["title"], first["published"], first["published_from"]) == (
        "Valdoria fines Corvid",
        "2026-03-12",
        "column published",
    )
    assert first["error"] is None and any("Corvid" in a["name"] for a in first["actors"] + first["models"])
    assert recs[1]["published"] == "2026-04-02"
    kinds = [r["error"]["kind"] if r["error"] else None for r in recs]
    assert kinds == [None, None, "bad-row", "bad-row", "bad-row", None]
    assert "not a date" in recs[3]["error"]["message"] and "repeats row 1" in recs[4]["error"]["message"]


def test_csv_table(tmp_path: Path) -> None:
    table = write_csv(tmp_path / "articles.csv", ROWS)
    out = tmp_path / "out.jsonl"
    res = run(["batch", str(table), *ARGS, "--url-column", "url", "-o", str(out), "-q"])
    assert res.exit_code == 10, res.stderr
    recs = records(out)
    check(recs, str(table))
    assert recs[0]["source"]["url"] == "https://n.test/1"


def test_jsonl_table_with_broken_lines(tmp_path: Path) -> None:
    table = tmp_path / "articles.jsonl"
    lines = [json.dumps(r) for r in ROWS[:3]] + ["{not json", "[1, 2]"]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run(["batch", str(table), "--text-column", "body", "--date-column", "published", "-o", str(out), "-q"])
    assert res.exit_code == 10
    recs = records(out)
    assert [r["source"]["path"] for r in recs] == [f"{table}#row={n}" for n in range(1, 6)]
    assert [r["error"]["kind"] if r["error"] else None for r in recs] == [None, None, "bad-row", "bad-row", "bad-row"]


def test_parquet_table(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), table)
    out = tmp_path / "out.jsonl"
    assert run(["batch", str(table), *ARGS, "-o", str(out), "-q"]).exit_code == 10
    check(records(out), str(table))


def test_resume_skips_finished_rows_and_retries_none_that_changed(tmp_path: Path) -> None:
    table = write_csv(tmp_path / "articles.csv", ROWS[:2])
    out = tmp_path / "out.jsonl"
    assert run(["batch", str(table), *ARGS, "-o", str(out), "-q"]).exit_code == 0
    rows = [dict(ROWS[0]), dict(ROWS[1], body=TEXT + " It was the second fine this year.")]
    write_csv(table, rows)
    res = run(["batch", str(table), *ARGS, "-o", str(out), "--resume"])
    assert res.exit_code == 0
    assert "1 already done" in res.stderr  # the changed row is analysed again
    assert len(records(out)) == 3


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--text-column", "text"], 2, "no column 'text'"),
        (["--date-column", "published"], 2, "need --text-column"),
    ],
)
def test_table_usage_errors(tmp_path: Path, args: list[str], code: int, words: str) -> None:
    table = write_csv(tmp_path / "articles.csv", ROWS[:1])
    res = run(["batch", str(table), *args, "-q"])
    assert res.exit_code == code and words in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_output_may_not_be_the_table(tmp_path: Path) -> None:
    table = tmp_path / "articles.jsonl"
    table.write_text(json.dumps(ROWS[0]) + "\n", encoding="utf-8")
    before = table.read_bytes()
    res = run(["batch", str(table), "--text-column", "body", "-o", str(table), "-q"])
    assert res.exit_code == 9 and table.read_bytes() == before


def test_lone_surrogates_and_control_characters_in_a_jsonl_row(tmp_path: Path) -> None:
    table = tmp_path / "articles.jsonl"
    row = {"id": "x\u001b[31m\ud800", "body": TEXT + " \ud800", "title": "t\ud83d"}
    table.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run(
        ["batch", str(table), "--text-column", "body", "--id-column", "id", "--title-column", "title", "-o", str(out)]
    )
    assert res.exit_code == 0, res.stderr
    rec = records(out)[0]
    assert rec["error"] is None and rec["source"]["path"].startswith(f"{table}#id=x\x1b")
    assert "\x1b" not in res.stderr  # the progress line shows it escaped
