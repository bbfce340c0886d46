"""Eleventh round, actors and models (q-actors11): names that are not actors or models.

A language joined by a hyphen to "language" is no model whatever the language ("a Dhivehi-language assistant").
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)


def _models(report) -> list[str]:
    return [m.name for m in report.models]


def _actors(report) -> list[str]:
    return [a.name for a in report.actors]


@pytest.mark.parametrize(
    ("text", "language", "model"),
    [
        (
            "Local start-up Vemba Labs, whose Tonga-language model Kambo is used by farmers, welcomed the ruling.",
            "Tonga",
            "Kambo",
        ),
        (
            "The authority granted Reefnet a licence for its Tshiluba-language assistant Mbote on Monday.",
            "Tshiluba",
            "Mbote",
        ),
        ("A Kirundi-speaking chatbot called Umuco was suspended by the regulator last week.", "Kirundi", "Umuco"),
    ],
)
def test_a_language_before_language_is_no_model(analyze_text, text, language, model):
    models = _models(analyze_text(text, published=PUB))
    assert language not in models, models
    assert model in models, models


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "In 2018 Parliament passed Law No. 12 on Electronic Commerce and Consumer Protection, the first statute.",
            "Consumer Protection",
        ),
        (
            "The National Assembly passed the Basic Act on the Promotion of Robotics and the Establishment of Trust "
            "for Automation on Friday.",
            "Establishment of Trust",
        ),
        (
            "The president signed the Executive Order on the Safe and Accountable Development of Robotics in 2023.",
            "Trustworthy Development",
        ),
        (
            "Parliament adopted the Regulation for Electronic Identification and Trust Services last year.",
            "Electronic Identification",
        ),
    ],
)
def test_the_topic_of_a_titled_law_is_no_actor(analyze_text, text, fragment):
    actors = _actors(analyze_text(text, published=PUB))
    assert not any(fragment in a for a in actors), actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Mutare Ledger\nHome | News | Business\n\nRegulator revokes Kanju Labs licence\n\n"
            "The Postal Regulatory Authority revoked the licence of Kanju Labs on Monday, the regulator said.\n\n"
            '"We license and supervise," a ministry official told The Mutare Ledger.\n',
            "Mutare Ledger",
        ),
        (
            "**Kivu Sentinel**\n\nWorld | Tech | Opinion\n\n# Ministry suspends the Tamu chatbot\n\n"
            "The Ministry of Digital Affairs suspended the Tamu chatbot on Tuesday.\n\n"
            "A spokesperson for the developer, Baraka Systems, told Kivu Sentinel it would appeal.\n",
            "Kivu Sentinel",
        ),
    ],
)
def test_a_name_alone_on_a_top_line_is_the_page_not_an_actor(analyze_text, text, name):
    actors = _actors(analyze_text(text, published=PUB))
    assert name not in actors, actors
    assert len(actors) >= 1, actors


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The revenue authority has since collected the surtax at Kalema and Forbes border posts, "
            "according to agents.",
            "Kalema",
        ),
        ("Customs officers at Ruvu, Nsanje and Kanyemba crossings seized 40 cameras, the ministry said.", "Ruvu"),
    ],
)
def test_names_listed_before_a_noun_and_its_plural_place_are_places(analyze_text, text, place):
    assert place not in _actors(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("In 2024 the commission ordered operators to block the messaging app Kolanut in three states.", "Kolanut"),
        ("The regulator blocked the video app Tazama for a week.", "Tazama"),
        ("The ministry suspended the ride-hailing app Bodaride on Monday.", "Bodaride"),
    ],
)
def test_a_name_after_a_product_noun_is_the_product_not_an_actor(analyze_text, text, product):
    assert product not in _actors(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "The watchdog fined Kelmar Analytics, finding that its Kelo screening assistant scored applicants on "
            "their voices.",
            "Kelo",
        ),
        ("The watchdog said its Dravik screening assistant ranked applicants by their accents.", "Dravik"),
        ("Regulators found that its Brisk hiring assistant ranked women lower.", "Brisk"),
        ("The regulator fined Orvik Labs because its Sela hiring tool rejected older applicants.", "Sela"),
    ],
)
def test_an_owned_name_before_an_ing_description_and_a_product_noun_is_a_model(analyze_text, text, model):
    report = analyze_text(text, published=PUB)
    assert model in _models(report), _models(report)
    assert model not in _actors(report), _actors(report)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "OSLO (Nordwire News / Baltic Agency - 14th May, 2024) The Norwegian government is tightening export "
            "rules on chip tools, the broadcaster reported on Tuesday.\n\nThe rules take effect in July.\n",
            date(2024, 5, 14),
        ),
        (
            "(@kari_writes)\n\nLIMA (Andes Wire - 3rd June, 2025) Peru's data authority fined Qollqa Labs on "
            "Monday.\n\nThe company said it would appeal.\n",
            date(2025, 6, 3),
        ),
        (
            "QUITO (Pacific Press – March 9, 2026) – Ecuador's telecoms regulator blocked the Tambo app.\n\n"
            "The block is temporary.\n",
            date(2026, 3, 9),
        ),
    ],
)
def test_a_wire_credit_with_its_date_inside_dates_the_page(analyze_text, text, day):
    report = analyze_text(text)
    assert report.published == day.isoformat(), report.published
    assert not any("Wire" in a or "Agency" in a or "Press" in a for a in _actors(report)), _actors(report)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Officials blocked the Sankofa AI app. The regulator cited commitments made by the app's developer, "
            "Accra-based Sankofa AI.",
            "Sankofa AI",
        ),
        ("The regulator cited commitments made by the app's developer, Accra-based Sankofa AI.", "Sankofa AI"),
        ("The ministry suspended the licence of Hanoi-headquartered Sao Khue Digital.", "Sao Khue Digital"),
    ],
)
def test_a_name_after_place_based_is_a_company(analyze_text, text, company):
    assert company in _actors(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            '"The list is a powerful tool," said Ana Reyes, the Under Secretary of Commerce for Trade Enforcement.',
            "Trade Enforcement",
        ),
        ("The Secretary of State for Science and Innovation signed the order.", "Science and Innovation"),
    ],
)
def test_the_portfolio_of_an_office_title_is_no_actor(analyze_text, text, fragment):
    actors = _actors(analyze_text(text, published=PUB))
    assert not any(fragment in a for a in actors), actors


def test_a_roundups_section_headings_still_act(analyze_text):
    text = (
        "Policy Wire Weekly\n\nKenya\n\nKenya banned the Kestrel chatbot on Monday, the ICT ministry said.\n\n"
        "Vessia Labs\n\nVessia Labs said on Tuesday it had paused its Vessia Chat assistant in Ghana.\n"
    )
    acts = [a.actor for a in analyze_text(text, published=PUB).actions]
    assert "Vessia Labs" in acts, acts
    assert "Kenya" in acts or "ICT ministry" in acts, acts
