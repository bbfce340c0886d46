"""False positives, seventh round (issue 11): a trigger verb in another sense, wording that is no event.

Every sentence is invented; assertions are properties (which kinds and triggers come out), not full outputs.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 11, 20)


def _triggers(report) -> list[tuple[str | None, str, str]]:
    return [(a.actor, a.trigger, a.kind) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs licenses its Wren-4 model to banks and insurers in Peru.",
        "Orlane Systems, which licenses its speech model to two hospital chains, was not affected by the order.",
        "Marlin AI has licensed news archives from three publishers to train its chatbot.",
    ],
)
def test_a_licence_sold_or_bought_between_firms_is_no_approval(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.kind == "approve"], _triggers(report)


def test_an_authority_licensing_a_firm_is_still_an_approval(analyze_text) -> None:
    report = analyze_text("Peru's Ministry of Transport licensed three satellite operators on Tuesday.", published=PUB)
    assert [a.kind for a in report.actions] == ["approve"], _triggers(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department began issuing licences to Kestrel, removing a major obstacle to its sales in China.",
        "The Valdor Data Office cleared the merger on Monday, removing the last hurdle for the deal.",
        "The Valdor cabinet approved the rules on Monday, removing much of the uncertainty for chip makers.",
    ],
)
def test_removing_an_obstacle_is_no_restriction(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.trigger.lower().startswith("remov")], _triggers(report)
    assert report.actions, "the main action still counts"


def test_removing_an_app_still_restricts(analyze_text) -> None:
    report = analyze_text(
        "Peru's Ministry of Transport removed the Wren app from government phones on Tuesday.", published=PUB
    )
    assert [(a.kind, a.direction.value) for a in report.actions] == [("restrict", "tighten")], _triggers(report)
