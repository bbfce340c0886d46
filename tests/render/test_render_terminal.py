"""The terminal view: golden files at 80 and 120 columns (Rich's tests/render.py style), the
line budget on the bundled samples, glyphs as well as colours, and literal record text."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from policyscan.render._common import DENIED_MARK, HOLLOW_MARK, PALETTE
from policyscan.render.terminal import render_report
from policyscan.report import Actor, ActorType, DateRef, Direction, Report, Span, Status

REPO = Path(__file__).parents[2]
TEMPLATES = REPO / "src" / "policyscan" / "render" / "templates"
# The terminal view of a bundled sample fits one screen at 80 columns.
LINE_BUDGET = 40
SAMPLE_REPORTS = sorted((REPO / "tests" / "golden").glob("samples__*.json"))


def _render(report: Report, width: int = 100, *, evidence: bool = False) -> str:
    console = Console(
        file=io.StringIO(), width=width, record=True, color_system=None, force_terminal=False, legacy_windows=False
    )
    render_report(report, console, evidence=evidence)
    return console.export_text()


def _lines_with(text: str, needle: str) -> list[str]:
    return [line for line in text.splitlines() if needle in line]


@pytest.mark.parametrize("width", [80, 120])
def test_golden(report: Report, assert_golden, width: int) -> None:
    assert_golden(f"terminal_{width}.txt", _render(report, width))


def test_golden_with_evidence(report: Report, assert_golden) -> None:
    assert_golden("terminal_80_evidence.txt", _render(report, 80, evidence=True))


def test_golden_files_keep_the_line_budget_and_the_width() -> None:
    goldens = sorted((Path(__file__).parent / "golden").glob("terminal_*.txt"))
    assert len(goldens) >= 3
    for path in goldens:
        lines = path.read_text(encoding="utf-8").splitlines()
        width = int(re.search(r"terminal_(\d+)", path.name).group(1))
        assert max(len(line) for line in lines) <= width, path.name
        if "evidence" not in path.name:
            assert len(lines) <= LINE_BUDGET, path.name


@pytest.mark.parametrize("path", SAMPLE_REPORTS, ids=lambda p: p.stem)
def test_samples_fit_the_line_budget_at_80_columns(path: Path) -> None:
    report = Report.model_validate(json.loads(path.read_text(encoding="utf-8")))
    text = _render(report, 80)
    lines = text.splitlines()
    assert len(lines) <= LINE_BUDGET, f"{len(lines)} lines"
    assert max(len(line) for line in lines) <= 80
    # Each action once on the action list, plus once for each reversal it belongs to.
    in_reversals = sum(1 for r in report.reversals for a in report.actions if a.id in (r.first, r.second))
    assert all(any(a.trigger[:12] in line for line in lines) for a in report.actions)
    assert len(_lines_with(text, "│ before")) + len(_lines_with(text, "│ after")) == in_reversals


def test_sample_reports_cover_the_bundled_samples() -> None:
    samples = [p for p in (REPO / "samples").iterdir() if p.suffix in {".txt", ".md", ".html"}]
    assert len(samples) >= 4
    assert len(SAMPLE_REPORTS) == len(samples)


def test_actions_first_in_date_order_one_line_each(report: Report, make_action) -> None:
    actions = [
        make_action("u1", None, trigger="consider a ban", status=Status.CONSIDERED),
        make_action("d2", "2026-09-15", trigger="open proceedings", target="Maubrac AI", objects=["Perdrix-2.5 Pro"]),
        make_action("d1", "2025", trigger="publish guidance"),
        make_action("m1", "2026-09", trigger="deny a probe", status=Status.DENIED, direction=Direction.TIGHTEN),
    ]
    text = _render(report.model_copy(update={"actions": actions, "reversals": []}), 120)
    assert text.index("Actions (4)") < text.index("Actors (2)") < text.index("AI models (2)")
    order = [text.index(t) for t in ("publish guidance", "deny a probe", "open proceedings", "consider a ban")]
    assert order == sorted(order)
    (line,) = _lines_with(text, "open proceedings")
    assert re.match(
        r"2026-09-15 +European Commission +● open proceedings → Maubrac AI \(Perdrix-2\.5 Pro\) +enacted$", line
    )
    (line,) = _lines_with(text, "consider a ban")
    assert line.startswith("undated") and line.rstrip().endswith("considered")
    assert f"{HOLLOW_MARK[Direction.NEUTRAL]} consider a ban" in line
    (line,) = _lines_with(text, "deny a probe")
    assert f"{HOLLOW_MARK[Direction.TIGHTEN]} deny a probe" in line and line.rstrip().endswith(f"{DENIED_MARK} denied")


def test_each_action_once_and_the_reversal_boxed(report: Report) -> None:
    text = _render(report, 80)
    assert len(_lines_with(text, "restrict exports")) == 2  # its line and the reversal's "before"
    (before,) = _lines_with(text, "before")
    (after,) = _lines_with(text, "after ")
    assert before.startswith("│ before 2026-03-02 ▲ restrict exports")
    assert after.startswith("│ after  2026-09-15 ▽ lift restrictions") and "announced │" in after
    assert "reversal: White House" in text
    assert "On March 2" not in text  # evidence only on request


def test_evidence_on_request_beneath_its_action(report: Report) -> None:
    lines = _render(report, 80, evidence=True).splitlines()
    (i,) = [n for n, line in enumerate(lines) if "restrict exports" in line and "before" not in line]
    quote = " ".join(line.strip() for line in lines[i + 1 : i + 3])
    assert quote == "“On March 2 the White House restricted exports of Perdrix-2.5 Pro.”"
    assert lines[i + 1].startswith(" " * 20) and lines[i + 2].startswith(" " * 20)


def test_long_names_give_way_to_an_acronym_or_wrap_whole(report: Report, make_action) -> None:
    regulator = "Personal Information Protection Commission"
    long_name = "Directorate-General for Communications Networks, Content and Technology"
    actors = [*report.actors, Actor(name=regulator, type=ActorType.REGULATOR, aliases=["the watchdog", "PPC"])]
    actions = [
        *report.actions,
        make_action("x", "2026-10-01", actor=long_name, trigger="fine"),
        make_action("y", "2026-10-02", actor=regulator, trigger="order"),
    ]
    text = _render(report.model_copy(update={"actions": actions, "actors": actors}), width=80)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert re.search(r"^2026-10-02 +PPC +● order", text, re.M)
    lines = text.splitlines()
    (i,) = [n for n, line in enumerate(lines) if line.startswith("Personal Information Protection")]
    assert lines[i + 1].startswith("Commission (PPC)")  # the list spells the acronym out, whole
    (j,) = [n for n, line in enumerate(lines) if "● fine" in line]
    assert " ".join(line[11:31].strip() for line in lines[j : j + 4]) == long_name  # wrapped, never cut


def test_empty_report_says_none_found_and_fallback_warns(empty_report: Report) -> None:
    text = _render(empty_report, 80)
    for heading in ("Actions", "Actors", "AI models"):
        (line,) = _lines_with(text, heading)
        assert line.strip() == f"{heading}  none found"
    assert "blank:en 0.0.0" in text and "⚠ fallback: blank pipeline" in text
    assert "Untitled article" in text and "stdin" in text
    assert "╭" not in text  # no empty box


def test_error_record_renders(empty_report: Report) -> None:
    from policyscan.report import ErrorInfo

    failed = empty_report.model_copy(update={"pipeline": None, "error": ErrorInfo(kind="not-found", message="gone")})
    assert "⚠ not-found: gone" in _render(failed, 80)


def test_palette_is_the_html_reports() -> None:
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    for direction, colour in PALETTE.items():
        assert f"--{direction.value}: {colour};" in css
        assert f'{direction.value}: "{colour}"' in js


def test_glyphs_and_palette_colours_reach_the_terminal(report: Report) -> None:
    console = Console(
        file=io.StringIO(), width=100, force_terminal=True, color_system="truecolor", record=True, legacy_windows=False
    )
    render_report(report, console)
    ansi = console.export_text(styles=True)

    def rgb(direction: Direction) -> str:
        hexa = PALETTE[direction].lstrip("#")
        return ";".join(str(int(hexa[i : i + 2], 16)) for i in (0, 2, 4))

    assert f"38;2;{rgb(Direction.TIGHTEN)}m▲" in ansi
    assert f"38;2;{rgb(Direction.LOOSEN)}m▽" in ansi  # announced: hollow
    assert "\x1b[2;3mannounced" in ansi  # not enacted: dim italic


def test_article_text_is_not_markup(report: Report, make_action) -> None:
    odd = make_action("x", None, actor="[bold red]Agency[/]", trigger="ban :smile: [x]")
    odd = odd.model_copy(update={"evidence": [Span(text="[blink]quoted[/blink]", start=0, end=1)]})
    text = _render(report.model_copy(update={"actions": [odd], "title": "[link=http://x]t[/link]"}), evidence=True)
    assert "[bold red]Agency[/]" in text
    assert "ban :smile: [x]" in text
    assert "[link=http://x]t[/link]" in text
    assert "[blink]quoted[/blink]" in text


def test_reversal_pointing_to_missing_action(report: Report) -> None:
    text = _render(report.model_copy(update={"actions": report.actions[:1]}))
    assert "after  action a2 (not in this report)" in text
    assert "reversal: White House" in text


def test_date_text_shown_when_unresolved(report: Report, make_action) -> None:
    vague = make_action("v", None).model_copy(update={"date": DateRef(text="later this year")})
    text = _render(report.model_copy(update={"actions": [vague], "reversals": []}))
    assert re.search(r"^later this year +European Commission +● act v", text, re.M)
    assert "undated" not in text


def test_evidence_flag_is_for_the_table_only() -> None:
    from typer.testing import CliRunner

    from policyscan.cli import app

    for extra in (["--json"], ["--format", "csv"]):
        result = CliRunner().invoke(app, ["analyze", "missing.txt", "--evidence", *extra])
        assert result.exit_code == 2
        assert "--evidence is for the table view" in result.stderr


@pytest.mark.usefixtures("nlp_loaded")
def test_analyze_evidence_prints_the_sentences_beneath() -> None:
    from typer.testing import CliRunner

    from policyscan.cli import app

    sample = str(REPO / "samples" / "white-house-lab-controls-reversal.txt")
    plain = CliRunner().invoke(app, ["analyze", sample, "--format", "table"])
    quoted = CliRunner().invoke(app, ["analyze", sample, "--format", "table", "--evidence"])
    assert plain.exit_code == quoted.exit_code == 0, plain.stderr + quoted.stderr
    assert "“" not in plain.stdout
    quotes = [line for line in quoted.stdout.splitlines() if line.lstrip().startswith("“")]
    assert quotes and all(line.startswith(" " * 10) for line in quotes)
    assert len(quoted.stdout.splitlines()) > len(plain.stdout.splitlines())


@pytest.mark.parametrize("width", [20, 40, 60])
def test_narrow_terminals_keep_every_line_inside_the_width(report: Report, width: int) -> None:
    lines = _render(report, width, evidence=True).splitlines()
    assert max(len(line) for line in lines) <= width
    quote = [line for line in lines if line.lstrip().startswith("“")]
    assert quote and all(len(line) - len(line.lstrip()) <= width // 3 for line in quote)
