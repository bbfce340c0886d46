"""Round 11b, actions on the freshest sets (q-fresh11): a company's own step told under a description of its
trade or under its name without its trade word, and "disconnect" as a restriction.

"the retailer had already switched off the pricing function", "the insurer has suspended the tool": a
description of a firm by its trade stands for the company the story named, like "the company" does
(lexicon generic_actor_heads). "disconnected the cameras", "disconnected the assistant across state
institutions": cutting a system off restricts it, whoever does it (lexicon "disconnect", like "disable").
"Norvex suspended ..." after "Norvex Labs": a company's two-word name less its trade word (actor_words
company_name_tails), when the word left is no place, is the company (actors/repeats.py).
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


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "The Velmar Data Authority fined Norvex Labs on Monday. Norvex suspended the Screen assistant on Tuesday.",
            "Norvex Labs",
        ),
        (
            "The Velmar Data Authority fined Norvex Labs on Monday. "
            "Norvex has suspended the Screen assistant for all clients.",
            "Norvex Labs",
        ),
        (
            "The Velmar Data Authority fined Ondaluz Technologies on Monday. "
            "On Tuesday, Ondaluz disabled a voice-cloning feature in the Lirafy app for all users in Velmar.",
            "Ondaluz Technologies",
        ),
        (
            "The Velmar Data Authority fined Korlund Robotics on Monday. "
            "Korlund withdrew the Screen assistant on Tuesday.",
            "Korlund Robotics",
        ),
    ],
)
def test_a_company_written_without_its_trade_word_acts(analyze_text, text, company):
    acts = _acts(analyze_text(text, published=PUB))
    assert (company, "tighten", "enacted") in acts, acts


def test_a_place_before_a_trade_word_is_not_the_company_short_name(analyze_text):
    report = analyze_text(
        "The Velmar Data Authority fined Kenya Telecom on Monday. Kenya suspended the Screen assistant on Tuesday.",
        published=PUB,
    )
    assert all(a.actor != "Kenya Telecom" or a.trigger != "suspended" for a in report.actions), _acts(report)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "In May the Velmar Consumer Authority and the Velmar Data Authority jointly published guidance on "
            "labelling AI-generated customer service replies.",
            "Velmar Consumer Authority",
        ),
        (
            "The Borvian Central Bank first issued guidance on the use of artificial intelligence by financial "
            "institutions in 2024.",
            "Borvian Central Bank",
        ),
        (
            "The Velmar Consumer Authority has issued guidance on the disclosure of chatbot use to customers.",
            "Velmar Consumer Authority",
        ),
    ],
)
def test_guidance_on_a_duty_tightens(analyze_text, text, body):
    acts = _acts(analyze_text(text, published=PUB))
    assert (body, "tighten", "enacted") in acts, acts
    assert all(not (a == body and d == "neutral") for a, d, _ in acts), acts


def test_guidance_on_a_topic_that_binds_no_one_stays_neutral(analyze_text):
    acts = _acts(
        analyze_text("The Velmar Data Authority published guidance on the history of data protection.", published=PUB)
    )
    assert all(d != "tighten" for _, d, _ in acts), acts


@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        (
            "In December 2025 the Riigikogu adopted amendments designating the Velmar Authority as the "
            "market-surveillance authority under the AI Act.",
            "Riigikogu",
        ),
        ("The Saeima passed the artificial intelligence law on Thursday.", "Saeima"),
        ("The AI supervision act was passed by the Riigikogu on Thursday.", "Riigikogu"),
        ("The Althing has passed a law banning deepfake election adverts.", "Althing"),
    ],
)
def test_a_legislature_named_in_its_own_language_enacts(analyze_text, text, chamber):
    report = analyze_text(text, published=PUB)
    assert any(a.name == chamber and a.type.value == "legislature" for a in report.actors), report.actors
    assert (chamber, "tighten", "enacted") in _acts(report), _acts(report)
