"""Names that are not actors (issue 11, actors): places only named as where something is, sums of money,
genre labels, what a maker makes, the rest of a law's name, and model names used for their maker.

All names and sentences are invented; assertions are properties (no actor named X; Y is still an actor).
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 11, 20)


def all_names(report) -> set[str]:
    return {n.lower() for a in report.actors for n in (a.name, *a.aliases)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Data Commission fined Kestrel Labs after complaints from a teacher in Co Dunmore.", "co dunmore"),
        (
            "The lawsuits, filed in state courts in Harlow County and Port Venn, seek penalties from Kestrel Labs.",
            "port venn",
        ),
        (
            "The Data Commission fined Kestrel Labs on Monday. Kestrel Labs, the Marrowby company whose chatbot "
            "is used by councils, said it would appeal.",
            "marrowby",
        ),
        (
            '"The fine is a warning," said Ilse Brandt, a partner at a Wexcombe law firm. The Data Commission '
            "fined Kestrel Labs on Monday.",
            "wexcombe",
        ),
        (
            "The Data Commission fined Kestrel Labs on Monday. Photos showed the firm's offices at Quayside, "
            "Tollmouth.",
            "tollmouth",
        ),
    ],
)
def test_a_place_named_only_as_where_something_is_is_no_actor(analyze_text, text: str, place: str) -> None:
    names = all_names(analyze_text(text, published=PUB))
    assert place not in names
    assert "kestrel labs" in names


@pytest.mark.parametrize(
    "text",
    [
        "The regulator gave Kestrel Labs 60 days to comply or face a fine of up to R10 million.",
        "The Data Commission fined Kestrel Labs NOK 2.5 million on Tuesday. The NOK 2.5 million fine is its largest.",
    ],
)
def test_a_sum_of_money_is_no_actor(analyze_text, text: str) -> None:
    names = all_names(analyze_text(text, published=PUB))
    assert not any(any(ch.isdigit() for ch in n) for n in names), names
    assert "nok" not in names
    assert "kestrel labs" in names


def test_a_genre_label_before_the_headline_is_no_actor(analyze_text) -> None:
    text = (
        "Explainer: How the data commission banned, then cleared, the Wren chatbot\n\n"
        "The Data Commission fined Kestrel Labs on Tuesday for the way it trained Wren.\n"
    )
    assert "explainer" not in all_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "The Treasury imposed sanctions on Hexa Optics, the Valdorian maker of Heron Sight drone-targeting "
            "software.",
            "heron sight",
        ),
        (
            "Marrow Labs, the developer behind Velvet Muse, did not respond. The regulator blocked six apps on Monday.",
            "velvet muse",
        ),
    ],
)
def test_what_a_maker_makes_is_no_actor(analyze_text, text: str, product: str) -> None:
    assert product not in all_names(analyze_text(text, published=PUB))


def test_an_app_in_a_list_of_apps_is_no_actor(analyze_text) -> None:
    text = (
        "The telecoms regulator last week told operators to block six chatbot apps that offer role-play, "
        "including Velvet Muse and Night Owl."
    )
    names = all_names(analyze_text(text, published=PUB))
    assert "velvet muse" not in names and "night owl" not in names


def test_a_company_in_a_list_of_companies_is_still_an_actor(analyze_text) -> None:
    text = "The regulator fined three companies, including Kestrel Labs, on Monday."
    assert "kestrel labs" in all_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "The National Assembly in June passed the Law on Digital Commerce Industry, which takes effect in January.",
            "digital commerce industry",
        ),
        (
            "In Valdoria, a draft Royal Decree on AI business operations is still with the Council of State.",
            "royal decree",
        ),
        ("The Commerce Department added Hexa Optics to the Entity List on Tuesday.", "entity list"),
        ("The authority said Kestrel Labs had breached the LGPD by training its model on chats.", "lgpd"),
    ],
)
def test_a_law_or_instrument_name_is_no_actor(analyze_text, text: str, fragment: str) -> None:
    assert fragment not in all_names(analyze_text(text, published=PUB))


def test_a_model_name_is_not_its_makers_name(analyze_text) -> None:
    text = (
        "The Treasury sanctioned Hexa Optics over its Heron Eye 4 model. Hexa Optics sold licences for Heron Eye 4, "
        "a newer version of Heron Eye, to three buyers."
    )
    report = analyze_text(text, published=PUB)
    assert "heron eye" not in all_names(report)
    assert "hexa optics" in all_names(report)


def test_a_place_that_acts_is_still_an_actor(analyze_text) -> None:
    text = "Harbour City Council voted on Tuesday to ban facial recognition in Harbour City's buses."
    names = all_names(analyze_text(text, published=PUB))
    assert any("harbour city" in n for n in names)


def test_a_company_after_at_is_still_an_actor(analyze_text) -> None:
    text = "Ilse Brandt, a researcher at Kestrel Labs, said the Data Commission had opened an inquiry."
    assert "kestrel labs" in all_names(analyze_text(text, published=PUB))


def test_a_company_after_in_is_still_an_actor(analyze_text) -> None:
    text = "Valdor Capital bought a stake in Kestrel Labs, and the Data Commission opened an inquiry into the deal."
    assert "kestrel labs" in all_names(analyze_text(text, published=PUB))


# an unnamed body named by its place ("types": courts, city and regional governments)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "In June a regional trial court in Port Venn granted Kestrel Labs a 20-day temporary restraining order.",
            "regional trial court in port venn",
        ),
        (
            "In Marlow Springs, the cantonal government last week imposed a two-year moratorium on facial recognition.",
            "marlow springs cantonal government",
        ),
        (
            "A criminal judgeship of peace in Port Venn on Monday ordered access to the Velvet chatbot blocked.",
            "criminal judgeship of peace in port venn",
        ),
    ],
)
def test_an_unnamed_body_takes_its_place_name(analyze_text, text: str, body: str) -> None:
    assert body in all_names(analyze_text(text, published=PUB))


def test_a_body_in_a_country_is_not_renamed(analyze_text) -> None:
    text = "In France, the national government last week imposed a moratorium on facial recognition."
    assert not any(n.startswith("france ") and "national government" in n for n in all_names(analyze_text(text)))


def test_a_company_misparsed_as_a_modifier_is_still_an_actor(analyze_text) -> None:
    text = "The monetary authority last week granted Merlow Capital Bank approval to use the Tembra-2 model."
    assert "merlow capital bank" in all_names(analyze_text(text, published=PUB))


def test_a_name_the_tagger_missed_takes_its_kind_from_the_apposition(analyze_text) -> None:
    text = (
        "On Monday, Tarquedo, the consumer protection and competition agency, opened an investigation into "
        "Kestrel Labs for misleading advertising."
    )
    report = analyze_text(text, published=PUB)
    assert "tarquedo" in all_names(report)
    assert any(a.actor == "Tarquedo" for a in report.actions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Chamber of Deputies passed the Zephyr bill on Tuesday.", "chamber of deputies"),
        ("Valdoria's Majlis approved the data bill on Tuesday.", "valdoria's majlis"),
        (
            "Members of the Mazhilis committee on information technology have proposed amendments to the data law.",
            "mazhilis committee",
        ),
    ],
)
def test_legislatures_and_their_committees_are_legislatures(analyze_text, text: str, name: str) -> None:
    report = analyze_text(text, published=PUB)
    types = {a.name.lower(): a.type.value for a in report.actors}
    assert types.get(name) == "legislature", types


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Data Commission fined Kestrel Labs on Tuesday. Its lawyers said the Melbourne company would "
            "appeal the fine.",
            "melbourne",
        ),
        (
            "The Data Commission suspended the Wren chatbot, a voice assistant built by Nairobi start-up Kestrel Labs.",
            "nairobi",
        ),
        (
            "The clip was made with Wren 2, a video tool developed by Santiago start-up Kestrel Labs, the "
            "Data Commission said.",
            "santiago",
        ),
        (
            "In August, São Paulo's consumer protection agency fined Kestrel Labs for misleading advertising.",
            "são paulo",
        ),
        ("Milan: The Data Commission has ordered Kestrel Labs to stop processing users' data.", "milan"),
    ],
)
def test_a_city_that_is_only_where_a_firm_is_from_or_a_dateline_is_no_actor(
    analyze_text, text: str, place: str
) -> None:
    names = all_names(analyze_text(text, published=PUB))
    assert place not in names, names
    assert "data commission" in names or "kestrel labs" in names


def test_a_language_is_never_an_actor(analyze_text) -> None:
    text = (
        "The Data Commission said it had no plans to block Kestrel Labs' app, which translates between "
        "English, Yoruba, Hausa and Igbo for millions of users."
    )
    names = all_names(analyze_text(text, published=PUB))
    assert not names & {"hausa", "igbo", "yoruba"}, names
    assert "data commission" in names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Moratorium on chatbots in benefits decisions\n\nThe Data Commission fined Kestrel Labs on Tuesday.\n",
            "moratorium",
        ),
        ("Sandbox still open\n\nThe Data Commission fined Kestrel Labs on Tuesday.\n", "sandbox"),
        (
            "The Data Commission fined Kestrel Labs on Tuesday. Schools have had their own troubles with the app.",
            "schools",
        ),
        ("The Data Commission fined Kestrel Labs on Tuesday. Chatbots are not covered by the new rules.", "chatbots"),
    ],
)
def test_a_heading_or_first_word_that_is_a_policy_noun_is_no_actor(analyze_text, text: str, word: str) -> None:
    names = all_names(analyze_text(text, published=PUB))
    assert word not in names, names
    assert "kestrel labs" in names


def test_a_forwarded_newsletter_prompt_is_furniture(analyze_text) -> None:
    text = "Forwarded this email? Subscribe here.\n\nThe Data Commission fined Kestrel Labs on Tuesday.\n"
    assert "forwarded" not in all_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The order is meant to protect American AI innovation, the White House said on Tuesday.", "american ai"),
        ("Valdoria wants to be a hub for African AI development, the Data Commission said.", "african ai"),
    ],
)
def test_a_nationality_before_ai_is_no_company(analyze_text, text: str, name: str) -> None:
    assert name not in all_names(analyze_text(text, published=PUB))


def test_a_firm_named_with_ai_is_still_an_actor(analyze_text) -> None:
    text = "The Data Commission fined Kowhai AI on Tuesday. Kowhai AI said it would appeal."
    assert "kowhai ai" in all_names(analyze_text(text, published=PUB))


def test_a_mineral_is_never_an_actor(analyze_text) -> None:
    text = (
        "Valdoria's commerce ministry banned exports of gallium and germanium on Tuesday. Gallium is needed "
        "for radar chips, and Germanium for fibre optics."
    )
    names = all_names(analyze_text(text, published=PUB))
    assert not names & {"gallium", "germanium"}, names


def test_a_headline_description_joins_the_body_regulator_named_after_its_place(analyze_text) -> None:
    text = (
        "Oman blocks chatbot apps as Dubai regulator clears Kestrel Labs\n\n"
        "The Telecommunications Regulatory Authority on Tuesday ordered internet providers to block six chatbot "
        "apps. Separately, the Dubai Financial Services Authority approved Kestrel Labs' credit chatbot, and the "
        "Dubai Development Agency said it welcomed the decision.\n"
    )
    names = {a.name.lower() for a in analyze_text(text, published=PUB).actors}
    assert "dubai regulator" not in names, names
    assert "dubai financial services authority" in names


def test_a_follow_us_line_is_furniture(analyze_text) -> None:
    text = (
        "The Data Commission fined Kestrel Labs on Tuesday.\n\n"
        "Follow us on X | WhatsApp channel | Google News\n\n"
        "Kestrel Labs said it would appeal.\n"
    )
    names = all_names(analyze_text(text, published=PUB))
    assert "google" not in names and "google news" not in names, names
    assert "data commission" in names


def test_a_described_ministry_does_not_join_a_commission_named_after_its_country(analyze_text) -> None:
    text = (
        "Valdoria's finance ministry has barred federal agencies from using the Wren model. The Valdoria Data "
        "Protection Commission opened an investigation into Kestrel Labs in June, and the Valdorian "
        "Communications Commission revoked a licence held by the firm.\n"
    )
    report = analyze_text(text, published=PUB)
    commission = next((a for a in report.actors if a.name == "Valdoria Data Protection Commission"), None)
    assert commission is None or not any("ministry" in n.lower() for n in commission.aliases)
    assert not any(a.actor == "Valdoria Data Protection Commission" and "barred" in a.trigger for a in report.actions)


@pytest.mark.parametrize(
    "law",
    [
        "Platform Safety and Competition Act 2025",
        "Digital Platforms, Safety and Competition Act 2025",
        "Data Protection Act of 2018",
        "Automated Decisions Regulations 2024",
    ],
)
def test_a_law_named_with_its_year_is_not_an_actor(analyze_text, law):
    r = analyze_text(f"Firms should expect scrutiny under the {law}, the Valdor Markets Authority said.", published=PUB)
    assert not any(n.startswith(law.split()[0].lower()) for n in all_names(r)), r.actors
    assert "valdor markets authority" in all_names(r)


@pytest.mark.parametrize("place", ["U.S.", "Brazilian", "Norway"])
def test_a_country_naming_where_a_firm_is_from_does_not_act(analyze_text, place):
    r = analyze_text(
        f"Regulator fines {place} startup Kestrel Labs over chatbot\n\nThe Valdor Data Commission fined Kestrel Labs "
        "on Wednesday.",
        published=PUB,
    )
    assert place.lower() not in all_names(r)
    assert "valdor data commission" in all_names(r)
