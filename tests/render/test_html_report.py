"""The HTML report without a browser: self-contained, complete, deterministic, robust to odd input."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.render.html_report import render_html
from policyscan.render.html_view import view_data
from policyscan.render.json_out import error_record, report_jsonl
from policyscan.report import (
    Actor,
    ActorType,
    AIModel,
    DateRef,
    Direction,
    Granularity,
    Report,
    Reversal,
    Span,
    Status,
)
from policyscan.report_inputs import Failure, collect, read_results

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "japan-ppc-corvid-reversal.txt"
_DATA = re.compile(r'<script type="application/json" id="ps-data">(.*?)</script>', re.S)
_TAG = re.compile(r"<(?:script|link|img|iframe|source|embed|object)\b[^>]*>", re.I)


def page_data(page: str) -> dict:
    match = _DATA.search(page)
    assert match, "no inlined data"
    return json.loads(match.group(1))


def _report_with(report: Report, path: str, actions: list) -> Report:
    """Another article (its own sha256: equal hashes are byte-identical copies to the page)."""
    sha = hashlib.sha256(path.encode("utf-8")).hexdigest()
    source = report.source.model_copy(update={"path": path, "sha256": sha})
    return report.model_copy(update={"source": source, "actions": actions, "reversals": []})


def test_self_contained(report: Report) -> None:
    page = render_html([report])
    for tag in _TAG.findall(page):
        assert not re.search(r"\b(?:src|href)\s*=", tag, re.I), f"external resource: {tag}"
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"\son\w+\s*=", page, re.I), "an inline event handler (the CSP would block it)"
    assert "plotly" not in page.lower()  # the timeline is our own SVG, not a charting library
    assert 'id="ps-timeline"' in page and 'id="ps-months"' in page
    assert len(page.encode("utf-8")) < 100_000


def _csp(page: str) -> str:
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert match, "no Content-Security-Policy meta"
    return html.unescape(match.group(1))


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def test_content_security_policy_forbids_every_fetch(report: Report) -> None:
    page = render_html([report])
    head = page.split("<head>", 1)[1]
    assert head.lstrip("\n").startswith('<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"')
    policy = dict(part.strip().split(" ", 1) for part in _csp(page).split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["base-uri"] == policy["form-action"] == policy["img-src"] == "'none'"
    # Exactly the page's own script and style may run: by hash, never 'unsafe-inline'.
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == len(styles) == 1
    assert policy["script-src"] == _sha256(scripts[0])
    assert policy["style-src"] == _sha256(styles[0])
    assert "unsafe" not in _csp(page)


HOSTILE = [
    '<img src="http://127.0.0.1:9/img">',
    '<span style="background-image:url(http://127.0.0.1:9/css)">x</span>',
    "</script><script>fetch('http://127.0.0.1:9/js')</script>",
    "javascript:fetch('http://127.0.0.1:9/href')",
    "\"'><svg onload=fetch('http://127.0.0.1:9/svg')>",
    "<!--",
    "@@DATA@@ @@APPJS@@",
]


def hostile_report(report: Report, make_action) -> Report:
    """Every string a record can carry, each one an injection attempt."""
    bad = " | ".join(HOSTILE)
    actions = [
        make_action(
            f"h{n}",
            f"2026-0{n + 1}-0{n + 1}",
            actor=bad,
            trigger=bad,
            kind="ban",
            target=bad,
            objects=[bad, HOSTILE[n % len(HOSTILE)]],
            direction=[Direction.TIGHTEN, Direction.LOOSEN][n % 2],
            status=[Status.ENACTED, Status.DENIED, Status.PROPOSED][n % 3],
            evidence=[Span(text=bad, start=0, end=1), Span(text=HOSTILE[n % len(HOSTILE)], start=0, end=1)],
        ).model_copy(update={"date": DateRef(text=bad, value=f"2026-0{n + 1}-0{n + 1}", granularity=Granularity.DAY)})
        for n in range(4)
    ] + [make_action("u", None, actor=bad, trigger=bad, evidence=[Span(text=bad, start=0, end=1)])]
    source = report.source.model_copy(update={"path": bad})
    reversals = [Reversal(actor=bad, objects=[bad], first="h0", second="h1", summary=bad)]
    models = [AIModel(name=bad, aliases=[bad], developer=bad)]
    actors = [Actor(name=bad, type=ActorType.GOVERNMENT, aliases=[bad])]
    update = {"source": source, "title": bad, "published": bad, "actions": actions, "reversals": reversals}
    return report.model_copy(update={**update, "models": models, "actors": actors})


def test_record_strings_cannot_add_markup(report: Report, make_action) -> None:
    bad = " | ".join(HOSTILE)
    page = render_html([hostile_report(report, make_action)], [Failure(bad, bad, bad)], title=bad)
    data = _DATA.search(page)
    assert data is not None
    outside = page.replace(data.group(0), "")
    assert "<img" not in outside and "<span style" not in outside and "<svg onload" not in outside
    for tag in re.findall(r"<[a-zA-Z][^>]*>", outside):
        assert not re.search(r"\s(?:on\w+|src|href|style|xlink:href)\s*=", tag, re.I), tag
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<" not in data.group(1) and ">" not in data.group(1)
    assert page_data(page)["reversals"][0]["summary"] == bad


def test_inlines_every_action_and_reversal(report: Report) -> None:
    data = page_data(render_html([report]))
    assert [[m["id"] for m in e["mentions"]] for e in data["events"]] == [[a.id] for a in report.actions]
    first, second = data["events"]
    assert first["key"].startswith("ev-") and first["sources"] == 1 and first["trigger"] == "restrict exports"
    assert (first["x"], first["bucket"], first["direction"], first["status"]) == (
        "2026-03-02",
        "2026-03",
        "tighten",
        "enacted",
    )
    assert first["mentions"][0]["evidence"] == report.actions[0].evidence[0].text
    assert second["models"] == ["Perdrix-2.5 Pro", "Perdrix-2.5 Mini"]
    assert data["articles"][0]["path"] == report.source.path
    # The article's own reversal, between the two events (the corpus finds the same pair: listed once).
    assert [(r["first"], r["second"], r["scope"]) for r in data["reversals"]] == [
        (first["key"], second["key"], "article")
    ]
    assert data["lanes"] == ["White House"]
    assert {a["name"]: a["articles"] for a in data["actors"]} == {"White House": 1, "Maubrac AI": 1}
    assert {a["name"]: a["events"] for a in data["actors"]} == {"White House": 2, "Maubrac AI": 0}
    assert {m["name"]: m["articles"] for m in data["models"]} == {"Perdrix-2.5 Pro": 1, "Perdrix-2.5 Mini": 1}


def test_byte_identical_across_runs(report: Report, empty_report: Report) -> None:
    assert render_html([report, empty_report]) == render_html([report, empty_report])
    # Round-tripping through JSON Lines (what `batch` writes) gives the same page.
    again = Report.model_validate(json.loads(report_jsonl(report)))
    assert render_html([again]) == render_html([report])


def test_empty_inputs(empty_report: Report) -> None:
    for reports in ([], [empty_report]):
        page = render_html(reports)
        data = page_data(page)
        assert data["events"] == [] and data["lanes"] == [] and data["buckets"] == []
        assert "Actors: none found" in page


def test_undated_and_coarse_dates(report: Report, make_action) -> None:
    actions = [
        make_action("u1", None, actor="Agency u"),
        make_action("y1", "2025", actor="Agency y"),
        make_action("q1", "2025-Q2", actor="Agency q"),
        make_action("w1", "2025-W10", actor="Agency w"),
        make_action("m1", "2025-02", status=Status.DENIED, direction=Direction.LOOSEN, actor="Agency m"),
    ]
    data = view_data([_report_with(report, "a.txt", actions)])
    by_id = {e["mentions"][0]["id"]: e for e in data["events"]}
    assert by_id["u1"]["x"] is None and by_id["u1"]["bucket"] is None
    assert (by_id["y1"]["x"], by_id["y1"]["bucket"]) == ("2025-01-01", "2025")
    assert (by_id["q1"]["x"], by_id["q1"]["bucket"]) == ("2025-04-01", "2025-Q2")
    assert (by_id["w1"]["x"], by_id["w1"]["bucket"]) == ("2025-03-03", "2025-03")
    assert by_id["m1"]["status"] == "denied"
    assert data["buckets"] == ["2025", "2025-02", "2025-03", "2025-Q2"]


def test_article_text_cannot_break_out_of_the_script(report: Report, make_action) -> None:
    evil = "</script><script>alert(1)</script><!--"
    action = make_action("x1", "2026-01-05", evidence=[Span(text=evil, start=0, end=len(evil))], actor=evil)
    page = render_html([_report_with(report, evil, [action])], title=evil)
    assert evil not in page
    assert page.count("</script>") == 2  # the data and the page's own script
    assert page_data(page)["events"][0]["mentions"][0]["evidence"] == evil


def test_reversals_across_articles(report: Report, make_action) -> None:
    objects = {"actor": "Ministry", "objects": ["Model-X"]}
    first = _report_with(report, "one.txt", [make_action("a", "2025-01-10", direction=Direction.TIGHTEN, **objects)])
    second = _report_with(report, "two.txt", [make_action("b", "2025-06-01", direction=Direction.LOOSEN, **objects)])
    data = view_data([first, second])
    keys = {e["mentions"][0]["id"]: e["key"] for e in data["events"]}
    assert [(r["first"], r["second"], r["scope"]) for r in data["reversals"]] == [(keys["a"], keys["b"], "corpus")]


def test_one_event_however_many_articles_tell_it(report: Report, make_action) -> None:
    """Retellings are one marker with their sources; an action without an actor still shows, alone."""
    ban = {"actor": "Ministry", "target": "the Quillfeather chatbot", "direction": Direction.TIGHTEN, "kind": "ban"}
    tellers = [
        _report_with(
            report,
            f"n{i}.txt",
            [make_action("b", "2025-03-03", evidence=[Span(text=f"Told {i}.", start=0, end=1)], **ban)],
        )
        for i in range(3)
    ]
    other = _report_with(
        report,
        "o.txt",
        [
            make_action(
                "c",
                "2025-03-03",
                actor="Ministry",
                target="the Marrowgate app",
                direction=Direction.TIGHTEN,
                kind="ban",
            )
        ],
    )
    lone = _report_with(report, "l.txt", [make_action("d", "2025-03-04", actor=None)])
    data = view_data([*tellers, other, lone])
    assert len(data["events"]) == 3 and data["mentions"] == 5
    told = next(e for e in data["events"] if e["sources"] == 3)
    assert [(m["article"], m["evidence"]) for m in told["mentions"]] == [(i, f"Told {i}.") for i in range(3)]
    assert data["buckets"] == ["2025-03"]
    assert next(e for e in data["events"] if e["mentions"][0]["id"] == "d")["actor"] == "unknown actor"
    ministry = next(a for a in data["actors"] if a["name"] == "Ministry")
    assert (ministry["articles"], ministry["events"]) == (4, 2)


def test_a_byte_identical_copy_adds_a_source_not_an_event(report: Report) -> None:
    copy = report.model_copy(update={"source": report.source.model_copy(update={"path": "mirror/copy.txt"})})
    alone, both = view_data([report]), view_data([report, copy])
    assert len(both["events"]) == len(alone["events"]) == 2
    assert [e["sources"] for e in both["events"]] == [2, 2]
    assert [sorted(m["article"] for m in e["mentions"]) for e in both["events"]] == [[0, 1], [0, 1]]
    assert len(both["reversals"]) == len(alone["reversals"]) == 1  # the copy's own reversal is the same pair
    assert both["duplicates"] == [{"path": "mirror/copy.txt", "duplicate_of": report.source.path}]
    assert "1 byte-identical copy" in render_html([report, copy])


def test_batch_results_with_error_records(tmp_path: Path, report: Report) -> None:
    results = tmp_path / "results.jsonl"
    lines = [
        report_jsonl(report),
        error_record("broken.html", "invalid-input", "HTML without an article body"),
        json.dumps({"schema_version": "policyscan/1", "source": {"path": "odd.txt"}, "actions": "not a list"}),
        '{"cut off',
        json.dumps({"source": {}, "error": "boom"}),
        '{"nested": ' + "[" * 60 + "]" * 60 + "}",
        "[" * 100_000 + "]" * 100_000,
    ]
    # The last line, cut off with no newline by a crashed run, is skipped; every other bad
    # line is listed with its number.
    results.write_text("\n".join(lines) + "\n" + '{"torn', encoding="utf-8")
    found = read_results(str(results))
    assert [r.source.path for r in found.reports] == [report.source.path]
    assert [(f.path, f.kind) for f in found.failures] == [
        ("broken.html", "invalid-input"),
        ("odd.txt", "invalid-record"),
        (None, "invalid-record"),
        (None, "invalid-record"),
        (None, "invalid-record"),
        (None, "invalid-record"),
    ]
    assert [f.message.split(": ")[1] for f in found.failures[1:]] == [f"line {n}" for n in range(3, 8)]
    page = render_html(found.reports, found.failures)
    assert 'id="ps-failures"' in page and "broken.html" in page
    assert render_html([], [Failure("x.txt", "not-found", "gone")]).count("x.txt") >= 1


def test_cli_from_batch_results(tmp_path: Path, report: Report) -> None:
    results, out = tmp_path / "results.jsonl", tmp_path / "out.html"
    results.write_text(report_jsonl(report) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(results), "-o", str(out), "--title", "Perdrix"])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<title>Perdrix</title>" in page
    assert page == render_html([report], title="Perdrix")


def test_cli_warns_about_lines_that_are_not_records(tmp_path: Path, report: Report) -> None:
    results, out = tmp_path / "results.jsonl", tmp_path / "out.html"
    bad = json.dumps({"source": {"path": "x\x1b]0;t\x07.txt"}, "error": "boom"})
    results.write_text(report_jsonl(report) + "\n" + bad + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(results), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"policyscan: warning: {results}: line 2: error: Input should be a JSON object"
    ]
    assert "line 2" in out.read_text(encoding="utf-8")


def test_cli_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 3
    assert not (tmp_path / "x.html").exists()


@pytest.mark.usefixtures("nlp_loaded")
def test_article_goes_through_the_analyze_pipeline(tmp_path: Path) -> None:
    from policyscan.load import load_path
    from policyscan.pipeline import analyze

    expected = analyze(load_path(str(SAMPLE)))
    found = collect([str(SAMPLE)])
    assert found.failures == [] and found.reports == [expected]
    out = tmp_path / "article.html"
    result = CliRunner().invoke(app, ["report", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    data = page_data(out.read_text(encoding="utf-8"))
    told = sorted(m["id"] for e in data["events"] for m in e["mentions"])
    assert told == sorted(a.id for a in expected.actions)  # every action tells exactly one event
    assert data["reversals"], "the sample article reverses itself"
