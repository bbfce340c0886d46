from __future__ import annotations

from policyscan.render.markdown_out import report_markdown
from policyscan.report import Actor, ActorType, Report, Status


def _section(text: str, title: str) -> str:
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_golden(report: Report, assert_golden) -> None:
    assert_golden("report.md", report_markdown(report))


def test_structure(report: Report) -> None:
    text = report_markdown(report)
    assert text.startswith("# White House reverses course on Perdrix export curbs\n")
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "**Published:** 2026-09-20" in text
    assert "| Name | Type | Aliases | Mentions |" in text
    assert "| White House | government | the administration | 4 |" in text
    assert "| Perdrix-2.5 Pro | Maubrac AI | Perdrix Pro |" in text
    actions = _section(text, "Policy actions")
    assert (
        "| 2026-03-02 | White House | ▲ tighten | enacted | restrict exports | Maubrac AI (Perdrix-2.5 Pro) |"
        in actions
    )
    assert "_announced_" in actions
    timeline = _section(text, "Timeline").strip().splitlines()
    assert timeline[0].startswith("- **2026-03-02** — White House ▲ restrict exports → Maubrac AI")
    assert timeline[1].endswith("(_announced_)")
    reversals = _section(text, "Reversals")
    assert "- White House tightened export rules on Perdrix-2.5 Pro" in reversals
    assert "  - before: **2026-03-02** ▲ restrict exports" in reversals
    assert "  - after: **2026-09-15** ▼ lift restrictions" in reversals


def test_empty_and_fallback(empty_report: Report) -> None:
    text = report_markdown(empty_report)
    assert text.count("_none found_") == 5
    assert "|" not in text
    assert "fallback: blank pipeline" in text
    assert "> **Warning:** No trained spaCy pipeline was found" in text
    assert text.startswith("# Untitled article\n")


def test_pipes_are_escaped(report: Report, make_action) -> None:
    actors = [Actor(name="A|B Ministry", type=ActorType.GOVERNMENT, aliases=["x|y"])]
    odd = make_action("p", "2026-01-01", actor="A|B Ministry", trigger="ban\nall | most", status=Status.DENIED)
    text = report_markdown(report.model_copy(update={"actors": actors, "actions": [odd], "reversals": []}))
    assert "| A\\|B Ministry | government | x\\|y | 0 |" in text
    row = next(line for line in _section(text, "Policy actions").splitlines() if "2026-01-01" in line)
    # An escaped pipe never splits a cell: six cells, seven unescaped bars.
    assert row.replace("\\|", "").count("|") == 7
    assert "ban all \\| most" in row
    assert "~~denied~~" in row


def test_timeline_order(report: Report, make_action) -> None:
    actions = [make_action("u", None), make_action("b", "2026-05-01"), make_action("a", "2026-Q1")]
    text = report_markdown(report.model_copy(update={"actions": actions, "reversals": []}))
    lines = _section(text, "Timeline").strip().splitlines()
    assert [line.split("**")[1] for line in lines] == ["2026-Q1", "2026-05-01", "undated"]
