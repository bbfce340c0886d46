"""Tenth round, actors and models on real text (helper q-actors10).

Capitalised words listed before one plural noun ("in Northern and Western provinces", "Uzbek and Georgian firms",
"the Finance and Interior ministries") only qualify the noun: none is an actor. An operation's name ("Operation
Clean Bot"), a "$" ticker, a verb the tagger took for a name ("the platform Tweeted"), a way of connecting
("Broadband", "WIFI") and the first words of a law's title cut before "with" are no actors; a numbered law ("Law
19.442") and a verb opening a quote are no models. A name before ", the country's largest mobile network," is a
company; a name after "novelist" is a person; "Arrebol AI" beside the Arrebol chatbot is its maker; a short
company name tagged a work of art is an organisation. A place whose enactment of a law is named acts. A national
capital is a place ("the Vientiane company"), acting only as its government (capitals.json). Navigation words and
section labels ("Home", "Quick Take") are no actors; untagged proper nouns before "Labs", "Robotics", ... are a
company. A caption closed by a photo credit ("(Borvia Press Photo: Jana Novak)") is page furniture; so is the
writer's own line ("Jana Novak is a senior reporter at ...", "About the author: ...", "Contact Jana Novak at ...").
What a product imitates ("a Game of Thrones-inspired chatbot") is no model; a title opening with an -ing verb ("the
Using AI Responsibly guidance") is no actor. Two bodies joined by "and", each with its own head ("the Borvia
Institute of Technology and Kestrova State University"), stay two; an institute of technology is a group. A firm's
name tagged a product ("fined Marrin Labs") is a company; a place people come from ("applicants from Tavira") is no
actor. A maker named like its one-word model is the company where it speaks ("Quorra said it would comply").
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)


def _actor_names(report) -> set[str]:
    return {a.name for a in report.actors}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The ministry said inspectors were sent to Central and Eastern provinces last week.",
            {"Central", "Eastern"},
        ),
        (
            "Officials from the Trade, Defense, State and Treasury departments reviewed the cases on Monday.",
            {"Trade", "Defense", "State", "Treasury"},
        ),
        (
            "The Ministry said officials from the Finance and Interior ministries met on Monday.",
            {"Finance", "Interior"},
        ),
        (
            "Norway's Export Control Office on Monday listed Kazakh and Armenian firms that resold chips.",
            {"Kazakh"},
        ),
    ],
)
def test_words_listed_before_a_plural_noun_are_no_actors(analyze_text, text, words):
    text += " Kestrel Labs and Halvex Systems were fined by the Borvian Data Authority on Monday."
    names = _actor_names(analyze_text(text, published=PUB))
    assert not (names & words), names
    assert {"Kestrel Labs", "Halvex Systems"} <= names, names  # companies listed so stay actors


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The regulator on Monday unveiled Operation Clean Bot, a sweep of four cases against firms that oversold "
            "their chatbots.",
            "Operation",
        ),
        (
            "Borvia's Fair Treatment in Dealings with AI Act took effect in 2025, and two provinces copied it.",
            "Fair",
        ),
        (
            "The token, $KST, lost half its value after the Borvian Securities Commission suspended trading on Monday.",
            "KST",
        ),
        (
            "\u201cWe remain committed to users in Borvia,\u201d the platform Tweeted. The Borvian Communications "
            "Authority lifted the block on Thursday.",
            "Tweeted",
        ),
        (
            "Broadband came back in most towns on Friday once the Borvian Telecom Authority lifted its order.",
            "Broadband",
        ),
        ("The Borvian government said WIFI and mobile data were working again on Wednesday.", "WIFI"),
    ],
)
def test_names_of_things_tickers_verbs_and_connections_are_no_actors(analyze_text, text, word):
    names = _actor_names(analyze_text(text, published=PUB))
    assert not any(word in n for n in names), names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "In September 2025 the General Assembly passed an amendment to the 2009 privacy law (Law 19.442) giving "
            "people the right to a human review.",
            "Law",
        ),
        (
            "\u201cSelling chatbots with invented reviews breaks the rules,\u201d the chair of the Borvian Trade "
            "Commission told reporters.",
            "Selling",
        ),
    ],
)
def test_a_numbered_law_and_a_verb_opening_a_quote_are_no_models(analyze_text, text, word):
    names = {m.name for m in analyze_text(text, published=PUB).models}
    assert not any(word in n for n in names), names


def test_a_name_before_a_description_of_a_company_is_that_company(analyze_text):
    text = "Mwamba Mobile, the country's largest mobile network, said it had blocked the code."
    actors = {a.name: a.type.value for a in analyze_text(text, published=PUB).actors}
    assert actors.get("Mwamba Mobile") == "company", actors


def test_a_name_after_an_occupation_noun_is_a_person(analyze_text):
    text = (
        "On Monday, a lawsuit was filed in the same court by three authors, led by novelist Tandiwe Mbeki, who claim "
        "that Korra trained the Korra 2 model on their books."
    )
    actors = {a.name: a.type.value for a in analyze_text(text, published=PUB).actors}
    assert actors.get("Tandiwe Mbeki") == "person", actors


@pytest.mark.parametrize("name", ["Arrebol", "Candil"])
def test_a_models_name_with_a_company_suffix_is_its_maker(analyze_text, name):
    text = (
        f"- **May 2026** — The URCDP starts an inquiry into {name} AI over the {name} chatbot, after parents said "
        "the assistant kept chats.\n"
        f"- **July 2026** — AGESIC opens a sandbox in which five firms, including {name} AI, may try systems.\n\n"
        f"{name} AI, which also makes the smaller {name} Lite model, said it would cooperate."
    )
    names = _actor_names(analyze_text(text, published=PUB))
    assert f"{name} AI" in names, names


def test_a_short_company_name_tagged_a_work_of_art_is_an_organisation(nlp_loaded):
    from spacy.tokens import Span

    from policyscan.extract.actors.described_companies import relabelled

    doc = nlp_loaded.nlp(
        "Espoo-based Kaamos Analytics was fined on Friday. Ensuring Fair Rules For Artificial Intelligence"
    )
    start = next(i for i, t in enumerate(doc) if t.text == "Kaamos")
    assert relabelled(Span(doc, start, start + 2, label="WORK_OF_ART")) == "ORG"
    title = next(i for i, t in enumerate(doc) if t.text == "Ensuring")
    assert relabelled(Span(doc, title, len(doc), label="WORK_OF_ART")) == "WORK_OF_ART"


def test_a_place_whose_enactment_is_named_acts(analyze_text):
    text = (
        "The order targets state AI laws. After Valdoria's enactment of its Fair Dealing with AI Act in 2024, a "
        "number of other provinces, including Kestrova and Ostmark, have passed their own AI statutes."
    )
    assert "Valdoria" in _actor_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize("city", ["Vientiane", "Windhoek"])
def test_a_capital_city_is_a_place_not_an_actor(analyze_text, city):
    text = (
        "The Borvian Data Authority fined Kestrel Labs on Monday. The authority also ordered the "
        f"{city} company to delete the recordings."
    )
    assert city not in _actor_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "• Home\n\nTry Now\n\nBorvia: Electoral Court Rules\n\nThe Borvian Electoral Court in 2024 issued a "
            "resolution to regulate deepfakes in elections.",
            "Home",
        ),
        ("Quick Take: The Borvian Data Authority fined Tessaly Labs €2 million on Monday.", "Quick Take"),
    ],
)
def test_page_navigation_and_section_labels_are_no_actors(analyze_text, text, word):
    assert word not in _actor_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize("name", ["Kestrel Labs", "Marrin Labs", "Quill Robotics"])
def test_an_untagged_name_ending_like_a_firms_name_is_a_company(analyze_text, name):
    text = f"The Borvian Data Authority fined {name} on Monday."
    actors = {a.name: a.type.value for a in analyze_text(text, published=PUB).actors}
    assert actors.get(name) == "company", actors


@pytest.mark.parametrize(
    "credit", ["(Borvia Press Photo: Jana Novak)", "(Photo by Jana Novak/Borvia Press)", "(Getty Images/Jana Novak)"]
)
def test_a_caption_closed_by_a_photo_credit_names_no_actor(analyze_text, credit):
    text = (
        "The Borvian Data Authority fined Marrin Labs €2 million on Monday.\n\n"
        f"A visitor walks past the Marrin Labs stand at a trade fair in Oslo. {credit}\n\n"
        "The company said it would appeal."
    )
    names = _actor_names(analyze_text(text, published=PUB))
    assert not any("Novak" in n or "Photo" in n or "Press" in n for n in names), names


@pytest.mark.parametrize(
    "line",
    [
        "Jana Novak is a senior reporter at the Borvia Herald covering technology policy.",
        "About the author: Jana Novak covers tech policy for Borvia Herald.",
        "Contact Jana Novak at jnovak@borviaherald.example",
    ],
)
def test_the_writers_own_line_names_no_actor(analyze_text, line):
    text = f"The Borvian Data Authority fined Marrin Labs €2 million on Monday.\n\n{line}"
    assert "Jana Novak" not in _actor_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The regulator said the Game of Thrones-inspired chatbot had urged a teenager to run away.", "Thrones"),
        ("The Borvian Data Authority banned a Harry Potter-themed AI assistant on Monday.", "Potter"),
    ],
)
def test_a_name_a_product_imitates_is_no_model(analyze_text, text, word):
    names = {m.name for m in analyze_text(text, published=PUB).models}
    assert not any(word in n for n in names), names


def test_a_title_that_opens_with_an_ing_verb_is_no_actor(analyze_text):
    text = "Following the Using AI Responsibly guidance, the agency banned the Tessaly chatbot."
    names = _actor_names(analyze_text(text, published=PUB))
    assert not any("Using" in n for n in names), names


def test_two_bodies_joined_by_and_stay_two_and_a_university_is_a_group(analyze_text):
    text = (
        "The Borvia Institute of Technology and Kestrova State University signed a pact with Marrin Labs on "
        "Monday.\n\nThe Ministry of Industry and Trade fined Marrin Labs in May."
    )
    actors = {a.name: a.type.value for a in analyze_text(text, published=PUB).actors}
    assert "Ministry of Industry and Trade" in actors, actors  # one body whose name holds "and"
    assert actors.get("Borvia Institute of Technology") == "group", actors
    assert actors.get("Kestrova State University") == "group", actors


def test_a_firms_name_tagged_a_product_is_a_company(analyze_text):
    text = (
        "The app is popular in Sub-Saharan Africa and the Balkans, the Borvian Data Authority said when it fined "
        "Marrin Labs on Monday."
    )
    actors = {a.name: a.type.value for a in analyze_text(text, published=PUB).actors}
    assert actors.get("Marrin Labs") == "company", actors


def test_a_place_people_come_from_is_no_actor(analyze_text):
    text = (
        "Applicants from Tavira and from rural areas were rejected more often, the Borvian Data Authority found "
        "before fining Marrin Labs on Monday."
    )
    assert "Tavira" not in _actor_names(analyze_text(text, published=PUB))


def test_a_maker_that_shares_its_models_name_is_a_company_where_it_speaks(analyze_text):
    text = (
        "The regulator ordered Quorra to stop offering its Quorra chatbot to children.\n\nQuorra said it would comply."
    )
    report = analyze_text(text, published=PUB)
    actors = {a.name: a.type.value for a in report.actors}
    assert actors.get("Quorra") == "company", actors
    assert "Quorra" in {m.name for m in report.models}
