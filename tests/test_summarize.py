"""Tests for policyscan.summarize and the `summarize` command."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.summarize import read_records, summarize_records


def action(actor, direction, objects, value=None, status="enacted", kind="ban", aid="a-1") -> dict:
    return {
        "id": aid,
        "trigger": kind,
        "kind": kind,
        "direction": direction,
        "status": status,
        "actor": actor,
        "target": None,
        "objects": objects,
        "date": {"text": None, "value": value, "granularity": None, "start": None, "end": None},
    }


def record(path, published, actors=(), models=(), actions=()) -> dict:
    return {
        "schema_version": "policyscan/1",
        "source": {"path": path, "sha256": "0" * 64, "words": 100},
        "published": published,
        "actors": [{"name": a, "type": "regulator"} for a in actors],
        "models": [{"name": m, "developer": "Hoshikawa AI"} for m in models],
        "actions": list(actions),
    }


PPC = "Personal Information Protection Commission"
RECORDS = [
    # The later article comes first in the file: order must come from the dates.
    record(
        "news/b-lift.txt",
        "2025-02-18",
        actors=[PPC, "Hoshikawa AI"],
        models=["Corvid-3"],
        actions=[action(PPC, "loosen", ["Corvid-3"], "2025-02-17", kind="lift", aid="a-lift")],
    ),
    record(
        "news/a-ban.txt",
        "2025-01-20",
        actors=[PPC, "Hoshikawa AI", "Kobe"],
        models=["Corvid-3", "Corvid-2"],
        actions=[
            action(PPC, "tighten", ["Corvid-3"], None, kind="suspend", aid="a-susp"),
            action("Kobe", "tighten", ["pilot"], "2025-01", aid="a-kobe"),
        ],
    ),
    # Same actor, opposite directions, but hedged or in one article: no cross-article reversal.
    record(
        "news/c-proposal.txt",
        "2025-03-02",
        actors=[PPC],
        actions=[
            action(PPC, "tighten", ["Corvid-3"], "2025-03-01", status="proposed", aid="a-prop"),
            action("Kobe", "loosen", ["pilot"], "2025-03", aid="a-kobe2"),
        ],
    ),
    {
        "schema_version": "policyscan/1",
        "source": {"path": "news/bad.txt"},
        "error": {"kind": "invalid-input"},
    },
]


def test_counts_top_lists_and_months() -> None:
    s = summarize_records(RECORDS, top=2)
    assert s["articles"] == {"total": 4, "ok": 3, "failed": 1}
    assert s["errors"] == {"invalid-input": 1}
    assert s["words"] == 300
    assert s["actors"] == [
        {"name": PPC, "articles": 3, "type": "regulator"},
        {"name": "Hoshikawa AI", "articles": 2, "type": "regulator"},
    ]
    assert [m["name"] for m in s["models"]] == ["Corvid-3", "Corvid-2"]
    assert s["models"][0]["articles"] == 2
    months = {m["month"]: m for m in s["actions_by_month"]}
    assert list(months) == ["2025-01", "2025-02", "2025-03"]
    # undated suspension falls back to the article's published month
    assert (months["2025-01"]["tighten"], months["2025-01"]["total"]) == (2, 2)
    assert (months["2025-02"]["loosen"], months["2025-03"]["total"]) == (1, 2)


def test_finds_the_cross_article_reversal_in_date_order() -> None:
    revs = summarize_records(RECORDS)["reversals"]
    assert len(revs) == 2
    ppc = next(r for r in revs if r["actor"] == PPC)
    assert ppc["objects"] == ["corvid-3"]
    assert (ppc["first"]["path"], ppc["first"]["direction"]) == ("news/a-ban.txt", "tighten")
    assert (ppc["second"]["path"], ppc["second"]["direction"]) == ("news/b-lift.txt", "loosen")
    assert ppc["first"]["date"] == "2025-01-20" and ppc["second"]["date"] == "2025-02-17"
    kobe = next(r for r in revs if r["actor"] == "Kobe")
    assert (kobe["first"]["action_id"], kobe["second"]["action_id"]) == ("a-kobe", "a-kobe2")
    assert revs == sorted(revs, key=lambda r: r["first"]["date"])


def test_no_reversal_within_one_article_or_on_hedged_actions() -> None:
    one = record(
        "x.txt",
        "2025-01-01",
        actions=[
            action("A", "tighten", ["m"], "2025-01-01", aid="1"),
            action("A", "loosen", ["m"], "2025-02-01", aid="2"),
        ],
    )
    hedged = record("y.txt", "2025-03-01", actions=[action("A", "tighten", ["m"], status="threatened")])
    assert summarize_records([one, hedged])["reversals"] == []


def test_command_reads_files_and_folders_and_skips_a_cut_line(tmp_path: Path) -> None:
    lines = [json.dumps(r) for r in RECORDS]
    (tmp_path / "part1.jsonl").write_text("\n".join(lines[:2]) + "\n")
    (tmp_path / "part2.jsonl").write_text("\n".join(lines[2:]) + "\n" + lines[0][:40])
    assert len(list(read_records([str(tmp_path)]))) == 4
    cli = CliRunner().invoke(app, ["summarize", str(tmp_path), "--format", "json", "--top", "1"])
    assert cli.exit_code == 0, cli.stderr
    data = json.loads(cli.stdout)
    assert data["articles"]["ok"] == 3 and len(data["actors"]) == 1 and len(data["reversals"]) == 2
    table = CliRunner().invoke(app, ["summarize", str(tmp_path / "part1.jsonl")], env={"COLUMNS": "160"})
    assert table.exit_code == 0
    assert "Reversals across articles" in table.stdout and "news/b-lift.txt" in table.stdout


def test_command_missing_file(tmp_path: Path) -> None:
    cli = CliRunner().invoke(app, ["summarize", str(tmp_path / "nope.jsonl")])
    assert cli.exit_code == 3
