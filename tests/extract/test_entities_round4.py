"""Entities on real news, fourth pass (issue 11): long official names cut by the tagger, names that end
like a news outlet's, central banks, law titles and legal provisions, languages and sentence-initial
adjectives read as models, models named with "called", makers listed beside models, and a follow line.

Every sentence is invented; the names are made up except well-known real models in the gazetteer.
Tests assert properties (an actor or model with this name exists or does not, a type).
"""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.report import ActorType

PUB = date(2026, 11, 20)


def model_names(report) -> set[str]:
    return {n for m in report.models for n in (m.name, *m.aliases)}


def actor_names(report) -> set[str]:
    return {a.name for a in report.actors}


def actor(report, name: str):
    return next((a for a in report.actors if a.name == name), None)


# 1. Long official names the tagger cuts at "and" / "for the" / "of the" ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Fisheries and Coastal Affairs blocked the Nerida chatbot on Monday.",
            "Ministry of Fisheries and Coastal Affairs",
        ),
        (
            "The Ministry of the Environment and Island Relations imposed a moratorium on the tool on Thursday.",
            "Ministry of the Environment and Island Relations",
        ),
        (
            "The Valdorian Agency for the Oversight of Algorithmic Systems opened proceedings against Brisk Labs.",
            "Valdorian Agency for the Oversight of Algorithmic Systems",
        ),
        (
            "In May the Office for Supervision and Development of the Payments Market (OSDPM) fined Korra Bank.",
            "Office for Supervision and Development of the Payments Market",
        ),
    ],
)
def test_long_official_name_is_one_actor(analyze_text, text, name):
    r = analyze_text(text, published=PUB)
    assert name in actor_names(r), actor_names(r)
    assert actor(r, name).type != ActorType.COMPANY
    # no fragment of the name is reported as an actor of its own
    for a in r.actors:
        assert a.name == name or a.name not in name or a.name in ("Korra Bank",), a.name


def test_name_is_not_stretched_over_a_date_or_a_second_body(analyze_text):
    r = analyze_text(
        "The Data Protection Commission on Monday fined Korra Bank, and the Ministry of Finance and the "
        "central bank said they would review the case.",
        published=PUB,
    )
    names = actor_names(r)
    assert "Data Protection Commission" in names
    assert not any("Monday" in n or "Finance and" in n for n in names), names


def test_a_company_after_and_is_not_part_of_a_body_name(analyze_text):
    r = analyze_text("The Trade Commission and Korvane Ltd signed an agreement on Monday.", published=PUB)
    assert not any("Korvane" in n and "Commission" in n for n in actor_names(r)), actor_names(r)


# 2. Names that end like an outlet's ("Agency", "Digital") are bodies and companies ------------------------


def test_agency_name_is_not_a_news_agency(analyze_text):
    r = analyze_text(
        "The telecom regulator and the National Cyber Defence Agency jointly ordered providers to block the app.",
        published=PUB,
    )
    assert "National Cyber Defence Agency" in actor_names(r)


def test_company_ending_in_digital_is_an_actor(analyze_text):
    r = analyze_text("The consumer group sued Merapi Digital, the company behind the Merapi-4 model.", published=PUB)
    assert "Merapi Digital" in actor_names(r)


def test_news_agency_still_only_reports(analyze_text):
    r = analyze_text(
        "The ministry banned the Nerida chatbot on Monday, the Valdoria News Agency reported.", published=PUB
    )
    assert "Valdoria News Agency" not in actor_names(r)


# 3. Types: central banks and superintendences are regulators ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Central Bank of Valdoria suspended the lender's scoring model on Monday.", "Central Bank of Valdoria"),
        ("The Reserve Bank of Valdoria ordered lenders to stop using the tool.", "Reserve Bank of Valdoria"),
        (
            "The Superintendence of Banks and Markets fined the lender on Monday.",
            "Superintendence of Banks and Markets",
        ),
    ],
)
def test_central_banks_and_superintendences_are_regulators(analyze_text, text, name):
    r = analyze_text(text, published=PUB)
    assert actor(r, name) is not None, actor_names(r)
    assert actor(r, name).type == ActorType.REGULATOR


def test_a_commercial_bank_stays_a_company(analyze_text):
    r = analyze_text("The regulator fined Korra Digital Bank for using the tool on Monday.", published=PUB)
    assert actor(r, "Korra Digital Bank") is not None
    assert actor(r, "Korra Digital Bank").type == ActorType.COMPANY


# 4. Titles of laws and orders are never actors ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The president signed an order titled Clearing Obstacles to Valdorian Leadership in Computing.",
        "The regulator issued the Interim Measures for the Administration of Synthetic Media Services in July.",
    ],
)
def test_law_and_order_titles_are_not_actors(analyze_text, text):
    r = analyze_text(text, published=PUB)
    assert not any(n.startswith(("Clearing", "Administration of")) for n in actor_names(r)), actor_names(r)


# 5. Not models: legal provisions, languages, a sentence's first adjective ----------------------------------------


def test_legal_provisions_are_not_models(analyze_text):
    r = analyze_text(
        "The authority found no lawful ground for training the system (Articles 6 and 9) and no clear notice "
        "to users (Articles 12 and 13).",
        published=PUB,
    )
    assert not any(n.startswith("Article") for n in model_names(r)), model_names(r)


def test_a_language_is_not_a_model(analyze_text):
    r = analyze_text(
        "The ministry blocked Sekar, a Bahasa Indonesia chatbot made by Sekar AI, on Monday.", published=PUB
    )
    names = model_names(r)
    assert "Sekar" in names
    assert not names & {"Indonesia", "Bahasa Indonesia", "Bahasa"}, names


def test_sentence_initial_adjective_is_not_a_model(analyze_text):
    r = analyze_text(
        "The rule was eased for research models. Commercial chatbots with many users must still register.",
        published=PUB,
    )
    assert "Commercial" not in model_names(r)


# 6. Models: "a model called X", a versioned name with a modifier word, a maker listed beside a model ----------


def test_model_called_by_name(analyze_text):
    r = analyze_text("The agency had piloted a summarisation tool based on a model called Tarn Care.", published=PUB)
    assert "Tarn Care" in model_names(r)


def test_versioned_name_with_a_modifier_word(analyze_text):
    r = analyze_text(
        "The watchdog fined Brisk Labs over advertisements made with its Brisk Video 3 tool.", published=PUB
    )
    assert "Brisk Video 3" in model_names(r)


def test_maker_name_listed_beside_a_model_is_a_model(analyze_text):
    r = analyze_text(
        "The approved tools include DeepSeek and Baidu's Ernie Bot, according to the agency's register.",
        published=PUB,
    )
    assert {"DeepSeek", "Ernie Bot"} <= model_names(r)


def test_maker_named_as_a_company_in_a_list_is_not_a_model(analyze_text):
    r = analyze_text("DeepSeek and Baidu said on Monday they would comply with the order.", published=PUB)
    assert "DeepSeek" not in model_names(r)


# 7. Furniture: a "join our channel" line names no actor ------------------------------------------------------


def test_follow_line_names_no_actor(analyze_text):
    r = analyze_text(
        "The regulator fined Korra Bank on Monday.\n\nJoin Valdoria Ledger's Telegram channel and get the "
        "latest news delivered to you.\n",
        published=PUB,
    )
    assert not any("Ledger" in n for n in actor_names(r)), actor_names(r)


def test_a_law_spelled_out_before_its_acronym_is_not_an_actor(analyze_text):
    r = analyze_text(
        "The company faces a fine under the General Data Protection Regulation (GDPR), the watchdog said.",
        published=PUB,
    )
    assert not any("Regulation" in n for n in actor_names(r)), actor_names(r)


# 8. Bodies the tagger did not tag at all, and short forms in other alphabets ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The Marine and Coastal Resources Authority (DKPL) told fishing firms to stop using the Nerida app.",
            "Marine and Coastal Resources Authority",
            "DKPL",
        ),
        (
            "The National Cyber and Network Safety Office (NÚBS) warned staff not to install the Nerida chatbot.",
            "National Cyber and Network Safety Office",
            "NÚBS",
        ),
    ],
)
def test_untagged_body_name_and_its_short_form(analyze_text, text, name, short):
    r = analyze_text(text, published=PUB)
    found = actor(r, name)
    assert found is not None, actor_names(r)
    assert short in found.aliases
    assert short not in actor_names(r)


def test_plural_common_noun_does_not_open_a_body_name(analyze_text):
    r = analyze_text(
        "Members of Commission II of the House of Representatives said they wanted a dedicated AI law.",
        published=PUB,
    )
    assert not any(n.startswith("Members") for n in actor_names(r)), actor_names(r)


# 9. Lists of other stories and section labels name no actor -------------------------------------------------


def test_bilingual_read_also_list_names_no_actor(analyze_text):
    text = (
        "The regulator fined Korra Bank on Monday.\n\n**Leia também / Read also**\n\n"
        "- OpenAI launches AI credit assistant in Valdoria (8 Oct 2026)\n"
        "- Senate schedules hearing on chatbots (2 Oct 2026)\n"
    )
    r = analyze_text(text, published=PUB)
    assert "OpenAI" not in actor_names(r)


def test_previous_issues_list_names_no_actor(analyze_text):
    text = (
        "The regulator fined Korra Bank on Monday.\n\nPrevious issues\n"
        "- 5 August 2026: Valdoria names first AI commissioner\n"
    )
    r = analyze_text(text, published=PUB)
    assert not any("commissioner" in n for n in actor_names(r)), actor_names(r)


def test_highlights_label_is_not_an_actor(analyze_text):
    text = "The regulator fined Korra Bank on Monday.\n\nKey Highlights\n\nThe fine is the largest so far.\n"
    r = analyze_text(text, published=PUB)
    assert "Key Highlights" not in actor_names(r)


# 10. Companies in a list, a listed body named with a lower-case head, a capitalised field ---------------------


def test_untagged_names_in_a_list_of_companies_are_companies(analyze_text):
    r = analyze_text(
        "The inquiry covers chatbots from Orrisk parent Tamsin Holdings, Brightmere Technologies, Snap, Valdor "
        "Platforms, OpenAI, Quillet and Brisk Labs Inc., the commission said.",
        published=PUB,
    )
    names = actor_names(r)
    assert {"Snap", "Quillet"} <= names, names
    assert actor(r, "Quillet").type == ActorType.COMPANY


def test_a_list_of_places_adds_no_company(analyze_text):
    r = analyze_text(
        "Texas, Virginia and New York have banned the app, and Google and OpenAI said they would comply.",
        published=PUB,
    )
    assert all(a.type != ActorType.COMPANY or a.name in ("Google", "OpenAI") for a in r.actors), actor_names(r)


def test_listed_body_with_a_lower_case_head_is_the_listed_body(analyze_text):
    r = analyze_text(
        "US Commerce department bureaus told staff not to install the app. The Commerce department did not "
        "respond to a request for comment.",
        published=PUB,
    )
    names = actor_names(r)
    assert "U.S. Department of Commerce" in names
    assert not names & {"US Commerce", "Commerce"}, names


def test_a_capitalised_field_is_not_a_company(analyze_text):
    r = analyze_text(
        "Teachers learned that the Korean Artificial Intelligence (AI) tool Hanul is barred in class.",
        published=PUB,
    )
    assert not any("Artificial" in n for n in actor_names(r)), actor_names(r)


def test_a_named_division_is_an_agency_and_not_a_model_developer(analyze_text):
    r = analyze_text(
        "The Posts and Broadcasting Division said the Nakri Voice 2 chatbot, built by Nakri Labs, must be registered.",
        published=PUB,
    )
    found = actor(r, "Posts and Broadcasting Division")
    assert found is not None and found.type == ActorType.AGENCY, actor_names(r)
    assert all(m.developer != "Posts and Broadcasting Division" for m in r.models)


# 11. A committee named by its subject -------------------------------------------------------------------------


def test_committee_named_by_its_subject_is_an_actor(analyze_text):
    r = analyze_text(
        "At the Senate, the committee on online harms has approved a bill that would make deepfakes a crime.",
        published=PUB,
    )
    assert any(n.endswith("committee on online harms") for n in actor_names(r)), actor_names(r)


def test_committee_with_a_date_after_it_is_no_name(analyze_text):
    r = analyze_text("The committee on Monday approved the plan to ban the chatbot.", published=PUB)
    assert not any("committee on" in n for n in actor_names(r)), actor_names(r)


def test_acronym_in_apposition_is_the_same_body(analyze_text):
    r = analyze_text(
        "The country's Data Protection Authority, the GPDV, issued a press release on Friday. The GPDV said "
        "the company had 20 days to respond.",
        published=PUB,
    )
    assert "GPDV" not in actor_names(r), actor_names(r)
    assert "GPDV" in actor(r, "Data Protection Authority").aliases
