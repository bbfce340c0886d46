"""Actors the tagger misses or mistypes (issue 11, sixth round): companies named with a legal form
("Kestrel Oy", "Steppe JSC"); a firm or society named after its descriptor ("US firm Corvane", "music rights
society VERA"); a name the tagger took for a place that an appositive says is a company ("Nilex, a
Cairo-based lending app"); "the Centre" for the central government in a story about India.

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from tests.extract.test_models_real import PUB, actor_names

from policyscan.report import ActorType


def _types(report) -> dict[str, ActorType]:
    return {a.name: a.type for a in report.actors}


# 1. Legal forms ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The regulator fined Halvor Oy on Monday for training its chatbot on call recordings.", "Halvor Oy"),
        ("The ministry revoked two licences held by Steppe Compute JSC over unreported chip exports.", "Steppe"),
        ("Inspectors visited the offices of PT Sinar Data Tbk in Jakarta last week.", "Sinar Data"),
        ("The authority opened proceedings against Vltavin s.r.o. after the breach.", "Vltavin"),
        ("The commission suspended the registration of Rimbun Digital Sdn Bhd for six months.", "Rimbun Digital"),
    ],
)
def test_a_name_with_a_legal_form_is_a_company(analyze_text, text, name):
    r = analyze_text(text, published=PUB)
    found = [a for a in r.actors if name in a.name]
    assert found and all(a.type == ActorType.COMPANY for a in found)


def test_a_legal_form_alone_is_no_company(analyze_text):
    r = analyze_text("Shares in the group rose after the ruling. Oy, said one trader.", published=PUB)
    assert not any(a.name in ("Oy", "Shares") for a in r.actors)


# 2. A descriptor noun right before a name the tagger took for a place or a people --------------


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        (
            "Three chip design companies said the curbs had been rescinded. US firm Cadmora and Germany's "
            "Siemens confirmed that the restrictions are no longer in place.",
            "Cadmora",
            ActorType.COMPANY,
        ),
        (
            "The suit, filed by Norlandic music rights society VERA, was heard in Kestra. VERA welcomed the ruling.",
            "VERA",
            ActorType.GROUP,
        ),
    ],
)
def test_a_descriptor_before_the_name_types_it(analyze_text, text, name, typ):
    r = analyze_text(text, published=PUB)
    assert _types(r).get(name) == typ


def test_an_appositive_saying_where_it_is_based_makes_a_company(analyze_text):
    r = analyze_text(
        "The central bank ordered Nilex, a Cairo-based payments and lending app with around 4 million users, "
        "to suspend its scoring model. Nilex said in a statement that it had complied.",
        published=PUB,
    )
    assert _types(r).get("Nilex") == ActorType.COMPANY


def test_a_city_described_as_a_city_stays_a_place(analyze_text):
    r = analyze_text("Protests spread to Kandalo, a hill city, on Friday.", published=PUB)
    assert "Kandalo" not in actor_names(r)


# 3. "The Centre" in a story about India --------------------------------------------------------


def test_the_centre_is_the_government_in_a_story_about_india(analyze_text):
    r = analyze_text(
        "NEW DELHI: India's Supreme Court refused to intervene on Monday. The Centre had written to two "
        "app stores asking them to abide by the high court's order, an official said.",
        published=PUB,
    )
    gov = [a for a in r.actors if "Centre" in [a.name, *a.aliases]]
    assert gov and gov[0].type == ActorType.GOVERNMENT and gov[0].country == "India"


@pytest.mark.parametrize(
    "text",
    [
        "India's new Centre for Responsible AI said on Monday it would publish guidance.",
        "The Centre said the rules would apply to all platforms in Britain and France.",
    ],
)
def test_another_centre_is_not_the_government(analyze_text, text):
    r = analyze_text(text, published=PUB)
    assert not any(a.type == ActorType.GOVERNMENT and "Centre" in [a.name, *a.aliases] for a in r.actors)


def test_a_law_firm_masthead_with_a_legal_form_is_furniture(analyze_md):
    r = analyze_md(
        "**HALLORAN BRECK LLP**\n\n# Client Alert | AI Regulation: the regulator acts\n\n"
        "The regulator fined Kestrel Oy on Monday for training its chatbot on call recordings.\n"
    )
    assert not any("HALLORAN" in a.name for a in r.actors)
    assert any(a.name.startswith("Kestrel") for a in r.actors)


# 4. A judge named by the place of the court ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A federal judge in San Francisco ordered the label removed last month.", "San Francisco"),
        ("The Munich judge ruled on Tuesday that Kestrel Labs had infringed the lyrics' copyright.", "Munich"),
    ],
)
def test_a_judge_named_by_a_place_is_a_court(analyze_text, text, place):
    r = analyze_text(text, published=PUB)
    courts = [a for a in r.actors if a.type == ActorType.COURT]
    assert courts and place in courts[0].name


def test_the_judge_alone_is_no_new_actor(analyze_text):
    r = analyze_text(
        "Judge Maria Oyelaran ruled on Tuesday that Kestrel Labs had infringed copyright. The judge said the "
        "law was clear.",
        published=PUB,
    )
    assert not any(a.name.lower().endswith("judge") for a in r.actors)


def test_a_judge_by_place_is_the_one_named_judge(analyze_text):
    r = analyze_text(
        "A federal judge in Atlanta on Thursday blocked the state from enforcing the law. U.S. District Judge "
        "Harriet Okafor granted a preliminary injunction against the act.",
        published=PUB,
    )
    courts = [a for a in r.actors if a.type == ActorType.COURT]
    assert len(courts) == 1 and "Okafor" in courts[0].name


# a wire dateline's capital names the story's own government when the story names no country: a bare "the
# government" is that country's
@pytest.mark.parametrize(
    ("opening", "country"),
    [("NAIROBI: ", "Kenya"), ("ACCRA, Nov 25 (Reuters) - ", "Ghana"), ("HANOI (AP) — ", "Vietnam")],
)
def test_a_dateline_capital_names_the_bare_government(analyze_text, opening, country):
    text = (
        "Loan apps back in stores\n\n"
        f"{opening}The government has lifted the ban on 10 loan apps run by foreign firms, officials said. The relief"
        " comes days after action against 94 lending apps accused of hiding their fees.\n"
    )
    report = analyze_text(text, published=PUB)
    lifted = [a for a in report.actions if a.trigger and "lifted" in a.trigger]
    assert lifted and all(a.actor and a.actor.startswith(country) for a in lifted), [
        (a.actor, a.trigger) for a in lifted
    ]


def test_a_dateline_capital_does_not_claim_another_countrys_government(analyze_text):
    text = (
        "Two rulings on chatbots\n\n"
        "NAIROBI: Uganda's courts upheld a fine on the Lomar app, and Tanzania's regulator opened an inquiry. In"
        " Kampala, officials said the government had lifted a separate ban on the Zephyr app last week.\n"
    )
    report = analyze_text(text, published=PUB)
    assert not any(a.actor and a.actor.startswith("Kenya") for a in report.actions), [a.actor for a in report.actions]
