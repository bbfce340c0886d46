from __future__ import annotations

from rich.console import Console

from policyscan.render.terminal import render_report
from policyscan.report import DateRef, Direction, Report, Status


def _render(report: Report, width: int = 100) -> str:
    console = Console(width=width, record=True, color_system=None, force_terminal=False, legacy_windows=False)
    render_report(report, console)
    return console.export_text()


def _lines_with(text: str, needle: str) -> list[str]:
    return [line for line in text.splitlines() if needle in line]


def test_golden(report: Report, assert_golden) -> None:
    assert_golden("terminal_report.txt", _render(report))


def test_summary_content(report: Report) -> None:
    text = _render(report)
    assert "White House reverses course on Perdrix export curbs" in text
    assert "articles/white-house-perdrix.txt" in text
    assert "2026-09-20 (from meta)" in text
    assert "(fallback" not in text
    assert "▲ tighten" in text
    assert "▼ loosen" in text
    assert "Policy reversal: White House tightened export rules" in text
    (timeline_first,) = _lines_with(text, "2026-03-02  White House  ▲ restrict exports")
    assert timeline_first.rstrip().endswith("→ Maubrac AI (Perdrix-2.5 Pro)")


def test_empty_sections_say_none_found_and_fallback_warns(empty_report: Report) -> None:
    text = _render(empty_report)
    assert text.count("none found") == 5
    for heading in ("Actors", "AI models", "Policy actions", "Timeline", "Reversals"):
        (line,) = _lines_with(text, heading)
        assert line.strip() == heading
    assert "blank:en 0.0.0  (fallback: blank pipeline)" in text
    assert "Untitled article" in text
    assert "stdin" in text
    assert "┏" not in text and "━" not in text  # no empty tables


def test_no_models_only_that_section_is_empty(report: Report) -> None:
    text = _render(report.model_copy(update={"models": []}))
    assert text.count("none found") == 1
    assert _lines_with(text, "AI models")[0].strip() == "AI models"


def test_timeline_sorted_undated_last(report: Report, make_action) -> None:
    actions = [
        make_action("u1", None, trigger="consider a ban", status=Status.CONSIDERED),
        make_action(
            "d2",
            "2026-09-15",
            trigger="open proceedings",
            target="Maubrac AI",
            objects=["Perdrix-2.5 Pro"],
            direction=Direction.TIGHTEN,
        ),
        make_action("d1", "2025", trigger="publish guidance"),
        make_action("m1", "2026-09", trigger="deny a probe", status=Status.DENIED),
    ]
    text = _render(report.model_copy(update={"actions": actions, "reversals": []}))
    timeline = text.split("Timeline", 1)[1]
    order = [timeline.index(t) for t in ("publish guidance", "deny a probe", "open proceedings", "consider a ban")]
    assert order == sorted(order)
    assert "2026-09-15  European Commission  ▲ open proceedings → Maubrac AI (Perdrix-2.5 Pro)" in timeline
    assert "undated     European Commission  ● consider a ban (considered)" in timeline
    assert "✗ denied" in text
    assert "● neutral" in text


def test_direction_colours() -> None:
    from policyscan.render.terminal import DIRECTION_STYLE

    assert DIRECTION_STYLE[Direction.TIGHTEN].endswith("red")
    assert DIRECTION_STYLE[Direction.LOOSEN].endswith("green")
    assert DIRECTION_STYLE[Direction.NEUTRAL].endswith("blue")


def test_colours_reach_the_terminal(report: Report) -> None:
    console = Console(width=100, force_terminal=True, color_system="standard", record=True, legacy_windows=False)
    render_report(report, console)
    ansi = console.export_text(styles=True)
    assert "\x1b[1;31m▲ tighten" in ansi
    assert "\x1b[1;32m▼ loosen" in ansi
    assert "\x1b[2;3mannounced" in ansi  # not enacted: dim italic


def test_readable_at_80_columns(report: Report, make_action) -> None:
    long_name = "Directorate-General for Communications Networks, Content and Technology"
    actions = [*report.actions, make_action("x", "2026-10-01", actor=long_name, target=long_name)]
    text = _render(report.model_copy(update={"actions": actions}), width=80)
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= 80
    flat = " ".join(text.split())
    assert "Directorate-General" in flat
    assert "Perdrix-2.5 Pro" in text


def test_article_text_is_not_markup(report: Report, make_action) -> None:
    odd = make_action("x", None, actor="[bold red]Agency[/]", trigger="ban :smile: [x]")
    text = _render(report.model_copy(update={"actions": [odd], "title": "[link=http://x]t[/link]"}))
    assert "[bold red]Agency[/]" in text
    assert "ban :smile: [x]" in text
    assert "[link=http://x]t[/link]" in text


def test_reversal_pointing_to_missing_action(report: Report) -> None:
    text = _render(report.model_copy(update={"actions": report.actions[:1]}))
    assert "action a2 (not in this report)" in text
    assert "Policy reversal:" in text


def test_date_text_shown_when_unresolved(report: Report, make_action) -> None:
    vague = make_action("v", None).model_copy(update={"date": DateRef(text="later this year")})
    text = _render(report.model_copy(update={"actions": [vague], "reversals": []}))
    table, timeline = text.split("Policy actions", 1)[1].split("Timeline", 1)
    assert "later this" in table  # the date column wraps rather than cuts
    assert "later this year  European Commission  ● act v" in timeline
    assert "undated" not in text
