"""Actors (issue 11, fifth round): a platform with a one-word name that acts, ranks and generic phrases
that are no bodies, symbols of page furniture around a name, makers and public bodies the tagger missed or
took for products, a publisher that is a party and not a source.

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from tests.extract.test_models_real import PUB, actor_names

from policyscan.extract.actors import find_actors
from policyscan.extract.actors.names import clean_name

# 1. A platform named by one word acts where the sentence makes it act -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Valdorian regulator said X had ignored two notices about the Wren chatbot.",
        "Several posts about the minister were removed by X, while others stayed online.",
        "The Kestrovan agency opened an investigation into X on Monday.",
        "Since then, Twitter has said it will label synthetic images.",
    ],
)
def test_a_one_word_platform_that_acts_is_an_actor(analyze_text, text):
    assert actor_names(analyze_text(text, published=PUB)) & {"X", "Twitter"}


@pytest.mark.parametrize(
    "text",
    [
        "The regulator fined Osprey Mart.\nShare on X\nFollow us on Twitter\n",
        "The group said 4,000 X accounts were blocked last year.",
        "The minister announced the ban in a post on X.",
    ],
)
def test_a_platform_in_furniture_or_as_a_place_is_no_actor(analyze_text, text):
    assert not actor_names(analyze_text(text, published=PUB)) & {"X", "Twitter"}


# 2. Ranks and generic phrases are not bodies ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("Agency Chairman Major General (retd) Tavi Sorn told reporters the block was needed.", "General"),
        ("Police chief Lieutenant General Arun Pask said the curfew would stay in force.", "General"),
        ("Brisk is the first AI service to be blocked and then restored by the regulator.", "AI service"),
    ],
)
def test_ranks_and_generic_phrases_are_not_actors(analyze_text, text, not_actor):
    assert not any(not_actor in name for name in actor_names(analyze_text(text, published=PUB)))


# 3. Furniture symbols around a name ----------------------------------------------------------


def test_flag_emoji_and_bullets_are_not_part_of_a_name(analyze_md):
    r = analyze_md(
        "## 🇰🇪 Kenya: a fine for a lender\n\n"
        "Kenya's Office of the Data Protection Commissioner fined Osprey Lending on Monday.\n\n"
        "*You get this brief because you signed up at brief.example. [Unsubscribe](https://brief.example/u) · "
        "[Preferences](https://brief.example/p).*\n"
    )
    names = actor_names(r)
    assert not any("🇰🇪" in n or "·" in n or n == "Unsubscribe" for n in names)


# 4. Bodies the tagger missed or took for a product ------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The National Consumer Service filed a collective lawsuit against Osprey Lending.",
            "National Consumer Service",
        ),
        ("The Federal Tax Service blocked the payments app on Friday.", "Federal Tax Service"),
        ("The Municipality of Tarnow halted its pilot of AI street cameras in June.", "Municipality of Tarnow"),
    ],
)
def test_missed_bodies_are_found(analyze_text, text, actor):
    assert actor in actor_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("The face-matching app is made by Rabat-based Oruvane. It was launched in March.", "Oruvane"),
        ("Lenders use a scoring chatbot developed by Tessaly Works to screen borrowers.", "Tessaly Works"),
    ],
)
def test_a_maker_the_tagger_missed_is_a_company(nlp_loaded, text, maker):
    doc = nlp_loaded.nlp(text)
    doc.ents = [e for e in doc.ents if maker not in e.text]  # as when markup or context hides it from NER
    assert maker in [a.name for a in find_actors(doc).actors.values()]


def test_furniture_symbols_are_cut_from_a_name():
    assert [clean_name(t) for t in ("🇹🇭 Thailand", "Unsubscribe ·", "• Data Board", "→ Read more")] == [
        "Thailand",
        "Unsubscribe",
        "Data Board",
        "Read more",
    ]


def test_a_product_service_is_still_no_actor(analyze_text):
    r = analyze_text("Users of the Perdrix Voice service complained to the regulator.", published=PUB)
    assert "Perdrix Voice service" not in actor_names(r)


# 5. A publisher that is a party, not a source ----------------------------------------------


def test_a_publisher_that_sues_is_an_actor(analyze_text):
    r = analyze_text(
        "The High Court granted the interim injunction on Monday to Harbourview Media Ltd and Kereru Press, "
        "which sued the chatbot maker in May claiming it had copied their books.",
        published=PUB,
    )
    assert "Kereru Press" in actor_names(r)


def test_a_publisher_that_reports_is_no_actor(analyze_text):
    r = analyze_text("The fine was first reported by Reuters and the Valdoria Press.", published=PUB)
    assert "Valdoria Press" not in actor_names(r)


# 6. A law named by its subject, a place before an origin word ---------------------------------


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        (
            "Brisk Systems has until March to meet the Regulation on Cross-Border Data Transfer, the agency said.",
            "Regulation on Cross-Border Data Transfer",
        ),
        ("Under the Decree on Digital Platforms, the ministry ordered the app removed.", "Decree on Digital Platforms"),
        ("Teachers already use the Sao chatbot, made by Huế start-up Sao Labs, to plan lessons.", "Huế"),
    ],
)
def test_laws_by_subject_and_places_before_an_origin_word_are_not_actors(analyze_text, text, not_actor):
    assert not_actor not in actor_names(analyze_text(text, published=PUB))


# 7. The middle member of a list of places the parser made an appositive ----------------------


def test_every_country_in_a_list_that_acts_is_an_actor(analyze_text):
    r = analyze_text(
        "Australia, Canada, and Taiwan have banned the Zephyr app too on government-issued devices.", published=PUB
    )
    assert {"Australia", "Canada", "Taiwan"} <= actor_names(r)


def test_a_place_described_by_an_appositive_is_no_list_member(analyze_text):
    r = analyze_text("Officials in Valdoria, the country's capital region, said nothing.", published=PUB)
    assert "Valdoria" not in actor_names(r)


def test_a_capitalised_word_before_a_common_noun_phrase_is_no_name(analyze_text):
    r = analyze_text(
        "The regulator lifted the block on Monday.\n\nDigital rights group Open Wires Forum criticised the block.",
        published=PUB,
    )
    assert "Digital" not in actor_names(r)


# 7. A legislature's own name belongs to its country; a demonym names the country ------------------


def test_a_named_legislature_keeps_its_own_country(analyze_md):
    text = (
        "Chile's senate passed a law on Monday restricting the Corvane chatbot in schools.\n\n"
        "The Storting approved an amendment on Tuesday that blocks the Velo model in Norway's ministries."
    )
    report = analyze_md(text)
    countries = {a.name: a.country for a in report.actors}
    assert countries.get("Storting") == "Norway"
    assert not any("Chile" in name and "Storting" in name for name in countries)


@pytest.mark.parametrize(
    ("text", "country"),
    [("The Kenyan cabinet banned the Tarsk app.", "Kenya"), ("The Peruvian regulator fined Orelo on Monday.", "Peru")],
)
def test_a_body_named_by_demonym_has_the_country_not_the_adjective(analyze_md, text, country):
    report = analyze_md(text)
    assert country in {a.country for a in report.actors}
    assert not {a.country for a in report.actors} & {"Kenyan", "Peruvian"}


# 8. The words before a law's name word are the law's, not a body's; assent is a step, not a body ------------


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("The Storting passed the Responsible Machine Learning Bill 2026 on Tuesday.", "Responsible Machine Learning"),
        ("Lawmakers in Accra debated the Synthetic Media Integrity Act on Monday.", "Synthetic Media Integrity"),
        ("The bill now needs Royal Assent before the Tarsk chatbot rules take effect.", "Royal Assent"),
    ],
)
def test_law_name_words_and_assent_are_no_actors(analyze_md, text, not_actor):
    assert not_actor not in actor_names(analyze_md(text))


def test_a_named_national_legislature_passes_a_bill(analyze_md):
    report = analyze_md("The Dewan Rakyat passed the Responsible Machine Learning Bill 2026 on Tuesday.")
    legislature = [a for a in report.actors if a.name == "Dewan Rakyat"]
    assert legislature and legislature[0].type.value == "legislature"
    assert any(a.actor == "Dewan Rakyat" and a.direction.value == "tighten" for a in report.actions)


@pytest.mark.parametrize("people", ["Pakistanis", "Kenyans", "Filipinos"])
def test_a_country_s_people_are_no_actor_but_a_plural_country_name_is_a_country(analyze_md, people):
    text = (
        f"The block on a service used by more than two million {people} was lifted on Monday.\n\n"
        "The Philippines banned the Corvo app on Tuesday."
    )
    names = actor_names(analyze_md(text))
    assert people not in names
    assert "Philippines" in names


def test_an_official_gazette_is_where_a_decision_is_published_not_a_body(analyze_md):
    text = "In a resolution published in the Official Gazette, the Lirania Data Agency lifted the Corvo ban on Monday."
    names = actor_names(analyze_md(text))
    assert not any("Gazette" in name for name in names)
