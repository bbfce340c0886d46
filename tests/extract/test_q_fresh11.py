"""Round 11b, actions on the freshest sets (q-fresh11): a company's own step told under a description of its
trade, and "disconnect" as a restriction.

"the retailer had already switched off the pricing function", "the insurer has suspended the tool": a
description of a firm by its trade stands for the company the story named, like "the company" does
(lexicon generic_actor_heads). "disconnected the cameras", "disconnected the assistant across state
institutions": cutting a system off restricts it, whoever does it (lexicon "disconnect", like "disable").
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)


def _acts(report) -> list[tuple[str | None, str, str]]:
    return [(a.actor, a.direction.value, a.status.value) for a in report.actions]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "The Borvian Competition Agency fined online retailer Tamarova on Tuesday. "
            "A company spokesman said the retailer had already switched off the automated pricing function in October.",
            "Tamarova",
        ),
        (
            "The Borvian Competition Agency fined the retailer Tamarova on Tuesday. "
            "The retailer switched off its pricing tool the next day.",
            "Tamarova",
        ),
        (
            "The Velmar Data Authority fined the insurer Norvida Seguros on Monday. "
            "The insurer has suspended its claims chatbot for all customers.",
            "Norvida Seguros",
        ),
        (
            "The Velmar Data Authority ordered the software vendor Quellant Systems to stop scoring applicants. "
            "The vendor said it had disabled the scoring module in June.",
            "Quellant Systems",
        ),
    ],
)
def test_a_trade_description_stands_for_the_named_company(analyze_text, text, company):
    acts = _acts(analyze_text(text, published=PUB))
    assert (company, "tighten", "enacted") in acts, acts


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Velmar Data Authority fined Saharo Technologies on Monday. "
            "The company said it had already disconnected the cameras at all three malls.",
            "Saharo Technologies",
        ),
        (
            "The Ministry of Digital Affairs disconnected the Vela assistant across state institutions on Monday.",
            "Ministry of Digital Affairs",
        ),
        (
            "The Vela assistant was disconnected by the Ministry of Digital Affairs on Monday.",
            "Ministry of Digital Affairs",
        ),
        (
            "The Velmar Data Authority fined Saharo Technologies on Monday. "
            "Saharo Technologies has disconnected its face-matching system from the mall cameras.",
            "Saharo Technologies",
        ),
    ],
)
def test_disconnecting_a_system_restricts_it(analyze_text, text, actor):
    acts = _acts(analyze_text(text, published=PUB))
    assert (actor, "tighten", "enacted") in acts, acts


def test_a_disconnection_by_no_actor_is_no_act(analyze_text):
    acts = _acts(analyze_text("The storm disconnected thousands of homes on Monday.", published=PUB))
    assert acts == [], acts
