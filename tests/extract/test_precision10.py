"""Precision, tenth round (issue 11): wrong direction, wrong body and acts that are none.

Every sentence and name is invented; assertions are properties (actor, direction, kind), never whole outputs.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.action_lookup import about, find

from policyscan.report import Direction

PUB = date(2026, 3, 10)


def _seen(report) -> list[tuple[str | None, str, str, str]]:
    return [(a.actor, a.trigger, a.kind, a.direction.value) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "The Borvian Utilities Authority last week ordered mobile operators to suspend the USSD short code that "
        "let people without smartphones reach the Kestrel service.",
        "The Marovian Telecom Regulator on Monday suspended the SMS short code used by the Wrenly chatbot.",
    ],
)
def test_suspending_a_short_code_tightens(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    found = find(report, keyword="code")
    assert found and all(a.direction == Direction.TIGHTEN for a in found), _seen(report)


def test_suspending_a_code_of_practice_still_loosens(analyze_text) -> None:
    report = analyze_text("The Borvian ministry suspended the code of practice for chatbots.", published=PUB)
    assert find(report, keyword="code", direction=Direction.LOOSEN), _seen(report)


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("The Borvian legislature on Tuesday voted to delay implementing the Borvian AI Act until June.", "ai act"),
        ("The Marovian Ministry of Digital Affairs postponed enforcing the ban on the Kestrel app until June.", "ban"),
    ],
)
def test_a_delay_of_implementing_a_law_is_one_loosening_delay(analyze_text, text: str, keyword: str) -> None:
    report = analyze_text(text, published=PUB)
    assert report.actions, _seen(report)
    assert all(a.direction == Direction.LOOSEN for a in report.actions), _seen(report)
    assert any(a.kind == "delay" and keyword in about(a) for a in report.actions), _seen(report)


def test_an_order_is_never_given_by_the_party_it_binds(analyze_text) -> None:
    text = (
        "The High Court dismissed the application by Kestrel Technologies on Monday. Judge Amos Tjivikua found "
        "that the Windhoek-based company had not shown it would suffer irreparable harm if the directive stayed in "
        "force, and ordered it to pay the regulator's legal costs."
    )
    report = analyze_text(text, published=PUB)
    orders = [a for a in report.actions if "pay" in about(a)]
    assert orders and all(a.actor != "Kestrel Technologies" for a in orders), _seen(report)


def test_a_body_that_fined_and_ordered_keeps_its_order(analyze_text) -> None:
    report = analyze_text(
        "The Borvian Data Authority fined Kestrel Technologies and ordered it to delete the data.", published=PUB
    )
    assert report.actions and all(a.actor == "Borvian Data Authority" for a in report.actions), _seen(report)
