"""Models and their makers (issue 11, sixth round): a model's name that opens its maker's longer name
("Pelorin Digital Sdn Bhd", "Quenta Sistemas"); "X AI" for a product whose maker is "X Labs"; a versioned
model the parser made the subject of the next word; a quoted name before "website"; a name opening with a
capitalised possessive ("the chatbot Your AI"); a company and its product written with a slash; a product
before a hyphenated AI description ("the Pilo face-swap app").

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from tests.extract.test_models_real import PUB, actor_names, model_names

# 1. A model's name that opens a longer name is the maker's ------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "maker"),
    [
        (
            "The commission suspended the registration of Pelorin Digital Sdn Bhd, the developer of the Pelorin "
            "companion app, for six months. Pelorin Digital said it would appeal.",
            "Pelorin",
            "Pelorin Digital",
        ),
        (
            "The agency said that Lima-based Quenta Sistemas had fixed the flaw and that ministries could again "
            "use its Quenta assistant. Quenta Sistemas said the error came from a cache.",
            "Quenta",
            "Quenta Sistemas",
        ),
        (
            "Regulators in Valdoria fined Brisa Oy over its Brisa chatbot on Tuesday. Brisa Oy said it would "
            "comply with the order.",
            "Brisa",
            "Brisa Oy",
        ),
    ],
)
def test_a_model_name_opening_a_longer_name_leaves_it_to_the_maker(analyze_text, text, model, maker):
    r = analyze_text(text, published=PUB)
    assert model in model_names(r)
    assert any(a.startswith(maker) for a in actor_names(r))


# 2. "X AI" is the product when the maker is "X Labs" -----------------------------------------


def test_x_ai_is_the_product_when_the_maker_is_named_otherwise(analyze_text):
    text = (
        "Tarsin AI back online after court ruling\n\n"
        "The regulator had blocked Tarsin, the Urdu-language chatbot developed by Lahore-based Tarsin Labs, "
        "on January 9. Tarsin Labs said it had cooperated."
    )
    r = analyze_text(text, published=PUB)
    assert "Tarsin AI" not in actor_names(r)
    assert "Tarsin Labs" in actor_names(r)
    assert {"Tarsin", "Tarsin AI"} <= model_names(r)  # the headline's name is the product's


def test_x_ai_stays_the_company_when_no_other_maker_is_named(analyze_text):
    r = analyze_text(
        "The regulator fined Kestrin AI, the maker of the Kestrin chatbot, on Monday. Kestrin AI said it would appeal.",
        published=PUB,
    )
    assert "Kestrin AI" in actor_names(r)


# 3. A versioned model the parser made the subject of the next word ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two regulators opened an inquiry into Nahla AI, a Doha-based start-up whose Nahla 2 model powers "
        "customer service bots used by banks.",
        "The ministry questioned Corvane, whose Tolva 3 model answers questions for tax offices.",
    ],
)
def test_a_versioned_model_before_its_verb(analyze_text, text):
    r = analyze_text(text, published=PUB)
    name = "Nahla 2" if "Nahla" in text else "Tolva 3"
    assert name in model_names(r)
    assert name not in actor_names(r)


def test_a_start_up_the_tagger_took_for_a_place_is_a_company(analyze_text):
    r = analyze_text(
        "Two regulators opened an inquiry into Nahla AI, a Doha-based start-up whose Nahla 2 model powers "
        "customer service bots used by banks.",
        published=PUB,
    )
    assert "Nahla AI" in actor_names(r)


# 4. A quoted name before "website"; "X AI" before a product noun ------------------------------


def test_a_quoted_ai_name_before_website_is_a_product(analyze_text):
    r = analyze_text(
        'The regulator fined the "Lumo" and "Vesk" apps, as well as the "Qiran AI" website, for failing to '
        "label generated images.",
        published=PUB,
    )
    assert any(m.startswith("Qiran") for m in model_names(r))


def test_an_unquoted_name_before_website_is_the_company_site(analyze_text):
    r = analyze_text("Visitors to the Nordvik AI website were told to register.", published=PUB)
    assert not any(m.startswith("Nordvik") for m in model_names(r))


def test_x_ai_before_a_product_noun_names_the_product(analyze_text):
    r = analyze_text("The ministry fined Bytefarm over its Qiran AI app on Friday.", published=PUB)
    assert any(m.startswith("Qiran") for m in model_names(r))


# 5. A name that opens with a capitalised possessive -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The watchdog issued a notice over the dangers of its generative AI chatbot Your AI, "
            "particularly to children. The company said Your AI had been reviewed.",
            "Your AI",
        ),
        ("The council replaced its chatbot Our AI after complaints last year.", "Our AI"),
    ],
)
def test_a_name_opening_with_a_possessive(analyze_text, text, name):
    r = analyze_text(text, published=PUB)
    assert name in model_names(r)


def test_a_lower_case_possessive_after_a_model_noun_is_no_name(analyze_text):
    r = analyze_text("The model my colleague trained was slow.", published=PUB)
    assert not any(m.lower().startswith("my") for m in model_names(r))


# 6. A company and its product written with a slash ---------------


def test_a_company_and_its_product_written_with_a_slash(analyze_text):
    r = analyze_text(
        "The commission said it reviewed four businesses including Hanul Tel/Ribo (a call recording service), "
        "Pixo (a tool that draws pictures with generative AI) and Lingo (an AI-based translation "
        "service).",
        published=PUB,
    )
    assert {"Pixo", "Lingo"} <= set(model_names(r))
    assert "Hanul Tel" in actor_names(r)  # the company before the slash; its product is described in brackets


def test_bracketed_descriptions_without_ai_name_no_products(analyze_text):
    r = analyze_text(
        "The commission fined two firms, Hanul Tel (a call recording service) and Pixo (a parcel service).",
        published=PUB,
    )
    assert not {"Hanul Tel", "Pixo"} & set(model_names(r))


# 7. A product before a hyphenated AI description; its maker's longer name said to be the developer --


def test_a_face_swap_app_and_its_developer(analyze_text):
    r = analyze_text(
        "The regulator ordered internet providers to block the Pilo face-swap app, which had been used to fake "
        "videos of police officers. Pilo Works, the app's Singapore-registered developer, did not respond.",
        published=PUB,
    )
    assert "Pilo" in model_names(r)
    assert "Pilo Works" in actor_names(r)


def test_an_edition_of_a_model_is_no_company(analyze_text):
    r = analyze_text(
        "The agency suspended Cardo, the chatbot made by the Lima firm Datasur SpA. A version sold to "
        "ministries, Cardo Gov, was answering questions about pensions. Datasur said Cardo Gov was a tool.",
        published=PUB,
    )
    assert "Cardo Gov" not in actor_names(r)


# 8. A model's name before a possessive ---------------------------------------------------------


def test_a_model_owning_its_training_data_is_still_the_model(analyze_text):
    r = analyze_text(
        "The order bars Ferncastle from training its Tama chatbot on the archives. Lawyers found the authors' "
        "books in Tama's training data, one said.",
        published=PUB,
    )
    assert "Tama" in model_names(r)
    assert "Tama" not in actor_names(r)
