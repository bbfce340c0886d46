"""AI models as real news writes them (issue 11): names in no list, makers' names used as
products, versioned siblings, spelling variants, and things that are not models.

Every sentence is invented; the names are made up except well-known real models in the
gazetteer. Tests assert properties (a model with this name exists, no model named X).
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 11, 20)


def model_names(report) -> set[str]:
    return {n for m in report.models for n in (m.name, *m.aliases)}


def actor_names(report) -> set[str]:
    return {a.name for a in report.actors}


# 1. A model that shares its maker's name ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Nordland banned the DeepSeek app from government phones on Monday.",
        "The regulator said DeepSeek's chatbot collected too much personal data.",
        "Nordland has banned all DeepSeek AI services from government systems.",
        "The agency told staff to delete the Chinese artificial intelligence (AI) app DeepSeek.",
        "Regulators worried about downloads of DeepSeek in the first week.",
        "The ministry blocked the Chinese chatbot DeepSeek over privacy concerns.",
    ],
)
def test_maker_name_used_as_a_product_is_a_model(analyze_text, text):
    assert "DeepSeek" in model_names(analyze_text(text, published=PUB))


def test_maker_named_only_as_a_company_is_not_a_model(analyze_text):
    r = analyze_text("DeepSeek, a Hangzhou start-up, said it had not been contacted by the ministry.", published=PUB)
    assert "DeepSeek" not in model_names(r)


def test_maker_product_mention_leaves_the_company_an_actor(analyze_text):
    r = analyze_text(
        "DeepSeek said on Monday it would appeal. The Valdorian ministry had banned the DeepSeek app on Friday.",
        published=PUB,
    )
    assert "DeepSeek" in model_names(r)
    assert "DeepSeek" in actor_names(r)


def test_assistant_named_after_its_maker(analyze_text):
    r = analyze_text("Users in Nordland flocked to its Meta AI assistant on the messaging app.", published=PUB)
    assert "Meta AI" in model_names(r)


def test_gazetteer_company_before_a_model_noun_is_not_the_model(analyze_text):
    r = analyze_text("The Kestrel model would be retired, but the OpenAI model was not affected.", published=PUB)
    assert "OpenAI" not in model_names(r)


# 2. Invented names in no list ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Valdorian AI model Zephyrine was blocked by the regulator on Friday.", "Zephyrine"),
        ("Officials said the Zephyrine chatbot app had been removed from stores.", "Zephyrine"),
        ("The ministry restored access to the Brisa Chat assistant on Thursday.", "Brisa Chat"),
        ("The agency cut access to the Brisa Chat app on Tuesday.", "Brisa Chat"),
        ("It signed a deal to build an Arabic-language model, Sable Dune, for call centres.", "Sable Dune"),
        ("The watchdog found that the company's Condorra Peaks 2 model had not processed records.", "Condorra Peaks 2"),
        ("The board ordered Quillpay to suspend QuillScore 2, the model it uses to grant loans.", "QuillScore 2"),
        ("The clips were made with Loro Voz, a voice-cloning tool sold by a start-up.", "Loro Voz"),
        ("The council extended the use of HarborEye 5 to 400 more cameras.", "HarborEye 5"),
        ("The fine concerned the Tundra-X chatbot and its default settings.", "Tundra-X"),
    ],
)
def test_invented_name_marked_by_context(analyze_text, text, name):
    assert name in model_names(analyze_text(text, published=PUB))


def test_versions_after_a_release_verb(analyze_text):
    r = analyze_text("Fjell Intelligence released Norrling 2 Mini and Norrling 3 last week.", published=PUB)
    assert {"Norrling 2 Mini", "Norrling 3"} <= model_names(r)


def test_versioned_siblings_of_a_known_model(analyze_text):
    r = analyze_text(
        "The regulator banned the Norrling chatbot in June. Norrling 2 was retrained on licensed text, "
        "and the company said Norrling 3 will launch next year.",
        published=PUB,
    )
    assert {"Norrling 2", "Norrling 3"} <= model_names(r)


def test_coordinated_versions_before_an_appositive(analyze_text):
    r = analyze_text("Officials also examined V7 and Q9, the models behind the app.", published=PUB)
    assert {"V7", "Q9"} <= model_names(r)


@pytest.mark.parametrize("spelling", ["ChatGpt", "#ChatGpt", "CHATGPT"])
def test_spelling_variants_of_a_gazetteer_model(analyze_text, spelling):
    r = analyze_text(f"The minister posted about {spelling} on Sunday, and the chatbot answered.", published=PUB)
    assert "ChatGPT" in {m.name for m in r.models}
    assert spelling.lstrip("#") not in actor_names(r)


# 3. Not models ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_model"),
    [
        ("The ministry said Arabic and Urdu versions of the system would follow.", "Arabic"),
        ("It plans an Urdu-language model for call centres.", "Urdu"),
        ("The watchdog fined Fjell Intelligence NOK 2.5 million for the way it trained its chatbot.", "NOK 2.5"),
        ("The popular AI chatbot ChatGPT is facing a new round of scrutiny.", "The"),
        ("Our model is safe, the company said in a statement on its chatbot.", "Our"),
        ("The ban covers all Valdorian Government systems and devices.", "Valdorian Government"),
        ("Researchers found that LION-9, one of the largest image-text datasets, held photos of children.", "LION-9"),
        ("She has been a role model for Taylor Swift fans.", "Taylor Swift"),
        ("The Chinese AI model Zephyrine was blocked by the regulator.", "AI"),
    ],
)
def test_not_a_model(analyze_text, text, not_model):
    assert not_model not in model_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "not_model"),
    [
        ("Analysts said the Nordic model of regulation works.", "Nordic"),
        ("The ministry released Circular 12 on Monday and launched Phase 2 of the plan.", "Circular 12"),
        ("The guidance covers high-risk uses under the EU AI Act system of tiers.", "Act"),
        ("The firm said the Zephyrine chatbot maker Kestrel would appeal.", "Kestrel"),
    ],
)
def test_not_a_model_despite_a_model_word(analyze_text, text, not_model):
    assert not_model not in model_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "not_model"),
    [
        ("By targeting only the largest models, SB 4410 creates a false sense of security.", "SB 4410"),
        (
            "Regulators opened an inquiry into Kestrel AI, the Toronto company whose Wren-7B model banks use.",
            "Kestrel AI",
        ),
        ("The start-up trains its chatbot on older Nvidia H100 systems.", "Nvidia H100"),
    ],
)
def test_bills_companies_and_chips_are_not_models(analyze_text, text, not_model):
    assert not_model not in model_names(analyze_text(text, published=PUB))


def test_suffixed_sibling_of_a_known_model(analyze_text):
    r = analyze_text(
        "The regulator banned the Zephyrine chatbot in June. Zephyrine Lite was allowed, the ministry said.",
        published=PUB,
    )
    assert {"Zephyrine", "Zephyrine Lite"} <= model_names(r)


def test_lower_case_versioned_name_after_a_release_verb(analyze_text):
    r = analyze_text("Kestrel Labs released q4 in September, and the regulator examined q4 closely.", published=PUB)
    assert "q4" in model_names(r)


def test_plan_and_annex_numbers_are_not_models(analyze_text):
    r = analyze_text("Parliament launched Vision 2030 and released Annex 3 of the AI plan.", published=PUB)
    assert model_names(r) == set()


def test_a_model_named_after_its_maker_leaves_the_maker_an_actor(analyze_text):
    r = analyze_text(
        "Access to the Urdu-language chatbot Sitara was restored on Wednesday. The regulator had blocked "
        "Sitara in January. Sitara Labs said it had cooperated fully with the regulator.",
        published=PUB,
    )
    assert "Sitara" in model_names(r)
    assert "Sitara Labs" in actor_names(r)


def test_maker_owning_its_named_product_stays_an_actor(analyze_text):
    r = analyze_text("In February the commission halted new downloads of DeepSeek's chatbot app.", published=PUB)
    assert "DeepSeek" in model_names(r)
    assert "DeepSeek" in actor_names(r)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The agency said the FBI facial-recognition system had flaws.", "FBI"),
        ("The NHS AI model predicted hospital admissions.", "NHS"),
    ],
)
def test_a_bodys_acronym_before_an_ai_system_is_not_a_model(analyze_text, text, body):
    assert body not in model_names(analyze_text(text, published=PUB))


def test_a_cloud_service_is_not_a_model(analyze_text):
    r = analyze_text("The chatbot runs on Nimbus Bedrock, the AI service, and on Stratus Cloud.", published=PUB)
    assert not {"Nimbus Bedrock", "Stratus Cloud"} & model_names(r)


def test_a_shared_name_used_for_the_company_is_left_to_the_actor_finder(nlp_loaded):
    from policyscan.extract.ai_models import find_models

    text = (
        "The regulator blocked the Corvina chatbot on Monday. Corvina, a Hangzhou start-up, said it would appeal. "
        "Corvina said the ban was unfair."
    )
    doc = nlp_loaded.nlp(text)
    index = find_models(doc)
    mentions = [t.i for t in doc if t.text == "Corvina"]
    assert "corvina" in index.models
    assert mentions[0] in index.token_key  # the chatbot
    assert not set(mentions[1:]) & set(index.token_key)  # the start-up


def test_adjective_tagged_names_in_a_list_of_models(analyze_text):
    r = analyze_text("The decision lifts controls on Kestrel's Mythra and Fabliau AI models.", published=PUB)
    assert {"Mythra", "Fabliau"} <= model_names(r)


def test_app_named_in_an_apposition_owned_by_the_company(analyze_text):
    text = (
        "The media regulator said on Monday it had opened an investigation into Corran Studio, the company's "
        "video-generation app, after complaints from parents."
    )
    assert "Corran Studio" in model_names(analyze_text(text, published=PUB))


def test_company_apposition_with_a_product_of_its_own_is_not_the_model(analyze_text):
    text = "The regulator fined Tarnwood Dil Systems, an Ostrava start-up whose Tarn-7B model grades essays."
    assert "Tarnwood Dil Systems" not in model_names(analyze_text(text, published=PUB))


def test_maker_longer_than_the_shared_model_name_is_a_company(analyze_text):
    text = "The ministry told schools to stop using Tarnel, a Spanish-language chatbot built by Tarnel Learning."
    report = analyze_text(text, published=PUB)
    assert "Tarnel" in model_names(report)
    assert "Tarnel Learning" in actor_names(report)
    assert "Tarnel Learning" not in model_names(report)
