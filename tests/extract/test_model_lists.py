"""Products and models named in a list (issue 11): after a class noun ("chatbots such as A, B and C"),
after the company that runs them ("X Inc, which operates A.ai and B Corp (B)"), and a company's named
tool with a description ("its Mirrow Notes transcription tool"). A listed product is a model, not an
actor; the company that makes it stays an actor.

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from tests.extract.test_models_real import PUB, actor_names, model_names

# 1. A list after a class noun ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The commission sent notices to four companion chatbots such as Veyra.ai, Lumo, Fennick and Sorra.ai.",
            {"Veyra.ai", "Lumo", "Fennick", "Sorra.ai"},
        ),
        (
            "Tarrow Labs must show a choice screen of AI assistants, including rival products such as Brenna 4 "
            "and the Corlix chatbot.",
            {"Brenna 4", "Corlix"},
        ),
        ("The ministry banned AI apps including Kelpie and Tarnwell on Tuesday.", {"Kelpie", "Tarnwell"}),
        (
            "The agency warned AI companions Kelpie, Tarnwell and Brisa over child safety.",
            {"Kelpie", "Tarnwell", "Brisa"},
        ),
    ],
)
def test_names_listed_after_a_class_noun_are_models(analyze_text, text, names):
    r = analyze_text(text, published=PUB)
    assert names <= model_names(r)
    assert names & actor_names(r) == set()


def test_a_listed_name_the_tagger_calls_a_date_is_a_model(analyze_text):
    # "Merrow" comes out of the tagger as a DATE
    r = analyze_text(
        "Quillon Systems will show UK users a choice screen of at least four AI assistants, including rival "
        "products such as Halda 3 and the Merrow chatbot.",
        published=PUB,
    )
    assert {"Halda 3", "Merrow"} <= model_names(r)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry banned apps including Kelpie and Tarnwell on Tuesday.",  # no AI cue: any app
        "The ministry met companies such as Tarrow Labs and Brisk Inc on Monday.",
    ],
)
def test_a_list_without_an_ai_product_noun_names_no_model(analyze_text, text):
    assert model_names(analyze_text(text, published=PUB)) == set()


# 2. The products a company operates ----------------------------------------------------------


def test_products_a_company_operates_are_models_and_the_companies_stay_actors(analyze_text):
    r = analyze_text(
        "The regulator issued legal notices to Dunmore Technologies Inc, which operates Veyra.ai, "
        "Sorra Research Corp (Sorra) and Pib AI Inc (Pib.ai), requiring them to report on safety.",
        published=PUB,
    )
    assert {"Veyra.ai", "Sorra", "Pib.ai"} <= model_names(r)
    assert {"Dunmore Technologies Inc", "Sorra Research Corp", "Pib AI Inc"} <= actor_names(r)
    assert "Veyra.ai" not in actor_names(r)


def test_a_company_operating_ordinary_apps_names_no_model(analyze_text):
    r = analyze_text(
        "Regulators questioned Dunmore Holdings, which operates Tarnwell and Kelpie, on Monday.", published=PUB
    )
    assert model_names(r) == set()


# 3. A company's named tool with a description ----------------------------------------------


def test_owned_described_tool_is_a_model_and_not_an_actor(analyze_text):
    r = analyze_text(
        "The watchdog acted against Tarrow Health over its Tarrow Scribe clinical note-taking tool. "
        "It ordered Tarrow Health to stop processing recordings made by Tarrow Scribe in clinics.",
        published=PUB,
    )
    assert "Tarrow Scribe" in model_names(r)
    assert "Tarrow Scribe" not in actor_names(r)
    assert "Tarrow Health" in actor_names(r)


def test_owned_described_app_is_not_a_model(analyze_text):
    r = analyze_text("The startup said its Yonder appointment-booking app was unaffected.", published=PUB)
    assert "Yonder" not in model_names(r)


# 4. The name a product is sold under, and a new product of a known family ----------------------


def test_name_a_product_is_marketed_under_is_a_model(analyze_text):
    r = analyze_text(
        "The adviser, marketed as Qasr Advisor, runs on a large language model built by Sarawat AI.", published=PUB
    )
    assert "Qasr Advisor" in model_names(r)


def test_marketed_name_without_an_ai_cue_is_not_a_model(analyze_text):
    assert model_names(analyze_text("The drink, sold under the name Fizzo, was recalled.", published=PUB)) == set()


def test_a_new_product_of_a_known_model_family_is_a_model(analyze_text):
    r = analyze_text(
        "The city said it would extend the use of TarnEye 5 and a newer, cloud-based product, TarnEye Cloud, "
        "to taxi ranks.",
        published=PUB,
    )
    assert "TarnEye Cloud" in model_names(r)
    assert "TarnEye Cloud" not in actor_names(r)


# 5. List details: owners, known models, a capitalised opening noun, quotes; platforms are no models ------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "AI tools including Microsoft's Copilot and Brisk's Tern Chat were banned in schools.",
            {"Copilot", "Tern Chat"},
        ),
        ("Chatbots such as ChatGPT, Claude and Zorvane will be covered.", {"Zorvane"}),
        (
            "The commission ordered providers of artificial intelligence “companions” such as Lumo and Sorra.ai "
            "to explain their safeguards.",
            {"Lumo", "Sorra.ai"},
        ),
    ],
)
def test_list_details(analyze_text, text, names):
    r = analyze_text(text, published=PUB)
    assert names <= model_names(r)
    assert "Brisk" not in model_names(r)


@pytest.mark.parametrize(
    "text",
    [
        "The rules cover AI-generated content on platforms such as Tarnwell, YouTube and Instagram.",
        "The rules cover AI-generated content on apps such as Kelpie and Tarnwell.",
    ],
)
def test_an_ai_cue_that_describes_another_noun_makes_no_list_of_models(analyze_text, text):
    assert model_names(analyze_text(text, published=PUB)) == set()


# 6. A name listed beside known models ---------------------------------------------------------


def test_a_name_listed_beside_known_models_is_a_model(analyze_text):
    r = analyze_text("Students used ChatGPT, Gemini and Zorvane to write their essays.", published=PUB)
    assert "Zorvane" in model_names(r)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The summit heard from the ChatGPT team and Sam Altman.", "Sam Altman"),
        ("The regulator fined OpenAI, Google and Zorvane Labs over ChatGPT.", "Zorvane Labs"),
        ("AI roundup: Valdoria blocks ChatGPT, Kestrova fines voice-app maker", "Kestrova"),
        ("Bangladesh blocks ChatGPT, Thailand and Laos fine a voice-app maker.", "Thailand"),
    ],
)
def test_people_companies_places_and_clauses_beside_a_model_are_not_models(analyze_text, text, name):
    assert name not in model_names(analyze_text(text, published=PUB))


def test_a_listed_product_named_like_its_listed_maker_is_a_model_in_any_case(analyze_text):
    r = analyze_text(
        "The regulator sent notices to AI companion chatbots such as Character.ai and Lumo.", published=PUB
    )
    assert "Character.AI" in model_names(r)
    assert "Character.AI" not in actor_names(r)


def test_the_ai_of_a_domain_like_name_is_no_actor(analyze_text):
    r = analyze_text(
        "The regulator issued notices to Dunmore Technologies Inc, which operates Veyra.ai, Glimmer.AI (Lumo), "
        "Sorra Research Corp (Sorra) and Pib AI Inc (Pib.ai).",
        published=PUB,
    )
    assert "AI" not in actor_names(r)


# 7. A name given to a thing the article calls an AI product ---------------------------------------


def test_a_name_given_to_an_ai_product_is_a_model_not_an_actor(analyze_text):
    r = analyze_text(
        "The agency fined Coolabah Health for supplying an AI symptom checker called Dr Wattle without registering it.",
        published=PUB,
    )
    assert "Dr Wattle" in model_names(r)
    assert "Dr Wattle" not in actor_names(r)


def test_a_name_given_to_a_group_is_not_a_model(analyze_text):
    assert model_names(analyze_text("The minister met a group called Parents First on Monday.", published=PUB)) == set()


# 8. More list openers and class nouns; an appositive with a gerund ----------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The watchdog said popular generative AI tools, among them Zephyrine, Brisa Chat and Corvo, had failed "
            "to label images.",
            {"Zephyrine", "Brisa Chat", "Corvo"},
        ),
        ("The authority said apps like Kelpie Chat and Sorra.ai must verify ages.", {"Kelpie Chat", "Sorra.ai"}),
        (
            "Teachers may use approved AI tutors such as Lumen Tutor 2 and Sage in classrooms.",
            {"Lumen Tutor 2", "Sage"},
        ),
        ("Regulators are examining Quill, an AI writing assistant developed by Inkwell Ltd.", {"Quill"}),
    ],
)
def test_more_list_openers_and_class_nouns(analyze_text, text, names):
    assert names <= model_names(analyze_text(text, published=PUB))


def test_a_company_making_ai_products_is_not_a_model(analyze_text):
    r = analyze_text("The regulator met Kestrova, the company operating AI models for banks.", published=PUB)
    assert "Kestrova" not in model_names(r)


def test_an_ai_product_named_after_its_noun_is_a_model(analyze_text):
    r = analyze_text("Officials said the AI product Tarnwell Assist would be reviewed.", published=PUB)
    assert "Tarnwell Assist" in model_names(r)


def test_a_name_described_in_brackets_as_an_ai_service_is_a_model(analyze_text):
    text = (
        "Inspectors from the Valdorian data office looked at Kelto (a voice recording service), Mirra (a service "
        "that turns text prompts into pictures with generative AI) and Vantu (an AI-based translation service)."
    )
    models = {m.name for m in analyze_text(text).models}
    assert {"Mirra", "Vantu"} <= models
    assert "Kelto" not in models  # no AI word in its description


def test_a_company_described_in_brackets_is_not_a_model(analyze_text):
    text = "Harbor Cloud (an AI services company) was fined by the Peruvian Ministry of Labour on Monday."
    assert not analyze_text(text).models
