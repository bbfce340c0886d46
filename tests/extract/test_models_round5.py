"""Models named by their surface (issue 11, fifth round): a name defined by the appositive written right
after it whatever head the parser chose, a versioned name in that appositive, a name given with "known
as", and names set in bold in a Markdown newsletter (the markup is blanked and leaves gaps).

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from tests.extract.test_models_real import PUB, actor_names, model_names

# 1. An appositive defines the name written right before its comma -------------------------


@pytest.mark.parametrize(
    ("text", "name", "not_model"),
    [
        (
            "Peru's Institute for Consumer Defence (INDECO) dropped its case against Quenta, the voice "
            "assistant sold by Lima's Andes Labs, on Monday.",
            "Quenta",
            "Institute",
        ),
        (
            "The Office of the Data Commissioner in Valdoria fined a lender that used Pelorin, the credit-scoring "
            "chatbot built by Tessel Ltd, without telling borrowers.",
            "Pelorin",
            "Office",
        ),
        (
            "Regulators in Kestrova questioned Brisk Systems about Ilvo 3 Pro, the company's newest image model, "
            "last week.",
            "Ilvo 3 Pro",
            "Kestrova",
        ),
    ],
)
def test_the_appositive_defines_the_name_before_its_comma(analyze_text, text, name, not_model):
    r = analyze_text(text, published=PUB)
    assert name in model_names(r)
    assert not any(not_model in m for m in model_names(r))
    assert name not in actor_names(r)


def test_a_place_defined_as_a_model_for_something_is_no_model(analyze_text):
    r = analyze_text("Tallinn, the model for digital government in the region, hosted the summit.", published=PUB)
    assert "Tallinn" not in model_names(r)
    r = analyze_text(
        "The ministry paid Brisk Systems to build Kesh 2, a language model for Swahili that schools will use.",
        published=PUB,
    )
    assert "Kesh 2" in model_names(r)


# 2. "known as" names a model ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The regulator said Corvid Apps used voice notes to train its speech model, known internally as "
            "Corvid-Talk, without consent.",
            "Corvid-Talk",
        ),
        ("Brisk Systems runs an AI chatbot, known as Pennant, on its banking site.", "Pennant"),
    ],
)
def test_a_model_known_as_a_name(analyze_text, text, name):
    r = analyze_text(text, published=PUB)
    assert name in model_names(r)
    assert name not in actor_names(r)


def test_a_body_known_as_a_name_is_no_model(analyze_text):
    r = analyze_text(
        "The ministry's new unit, known as the Digital Safety Office, will review chatbots.", published=PUB
    )
    assert not any("Digital Safety Office" in m for m in model_names(r))


# 3. Bold names in Markdown -----------------------------------------------------------------


def test_bold_names_in_markdown_are_models(analyze_md):
    r = analyze_md(
        "# Weekly brief\n\n"
        "The Consumer Board fined retailer Osprey Mart last week after its **Tamu Tamu** shopping assistant "
        "showed buyers' phone numbers to strangers.\n\n"
        "Osprey Mart said its **Kipepeo** chatbot would be paused.\n\n"
        "Separately, Brisk Systems said the paid tier now runs on **Ilvo 4 Turbo**, the company's newest "
        "image model.\n"
    )
    assert {"Tamu Tamu", "Kipepeo", "Ilvo 4 Turbo"} <= model_names(r)
    assert "Turbo" not in model_names(r)


# 6. A hyphen written tight inside a name keeps the name whole; a sentence adverb is no name -------


@pytest.mark.parametrize(
    ("text", "name", "fragment"),
    [
        ("Lagos puts $10m into next KAI-WREN model\n\nThe fund backs the KAI-WREN model family.", "KAI-WREN", "WREN"),
        ("Separately, the Tarn-Vista model from Orelo was banned in schools on Monday.", "Tarn-Vista", "Vista"),
        ("The regulator also cleared the Obi-Lumo 2 chatbot sold by Harrow Labs.", "Obi-Lumo 2", "Lumo 2"),
    ],
)
def test_hyphenated_name_is_one_model(analyze_md, text, name, fragment):
    names = model_names(analyze_md(text))
    assert name in names
    assert fragment not in names


@pytest.mark.parametrize("adverb", ["Separately", "Meanwhile", "Elsewhere"])
def test_sentence_adverb_before_an_appositive_is_no_model(analyze_md, adverb):
    text = f"{adverb}, the Corvane assistant made by Pellucid Labs was blocked by the ministry on Monday."
    names = model_names(analyze_md(text))
    assert adverb not in names
    assert "Corvane" in names
