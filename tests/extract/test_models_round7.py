"""Models and actor types (issue 11, seventh round): an owned product name the tagger calls a nationality
("its Routa assistant"); a company named in a comma appositive the parser attached elsewhere.

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from tests.extract.test_models_real import PUB, actor_names, model_names

from policyscan.extract.ai_models import _name_token

# 1. An owned name the tagger calls a nationality is still a product's name -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The firm trained its Kasvi assistant on recordings of pupils.",
        "Inspectors said the company's Kasvi chatbot kept voice notes for years.",
    ],
)
def test_owned_name_tagged_a_nationality_is_a_name(nlp_loaded, text):
    doc = nlp_loaded.nlp(text)
    i = [t.text for t in doc].index("Kasvi")
    doc.ents = [Span(doc, i, i + 1, label="NORP")]
    assert _name_token(doc[i], owned=True)
    assert not _name_token(doc[i], owned=False)


def test_owned_demonym_is_no_name(nlp_loaded):
    doc = nlp_loaded.nlp("The start-up must stop offering its Danish assistant to schools.")
    i = [t.text for t in doc].index("Danish")
    doc.ents = [Span(doc, i, i + 1, label="NORP")]
    assert not _name_token(doc[i], owned=True)


def test_owned_assistant_named_like_a_nationality(analyze_text):
    text = (
        "The agency ordered the firm to delete recordings of pupils collected through its Routa assistant, "
        "a tutor sold to schools. It said the firm used them to train its newest model, Routa 5."
    )
    names = model_names(analyze_text(text, published=PUB))
    assert "Routa" in names or "Routa assistant" in names
    assert "Routa 5" in names


# 2. A ministry named by its portfolio in lower case is a body ---------------------------------


def test_lowercase_portfolio_ministries_are_actors(analyze_text):
    text = (
        "The IT ministry ordered the removal of 40 lending apps on Monday, acting on the recommendations of "
        "the home ministry."
    )
    names = {a.name for a in analyze_text(text, published=PUB).actors}
    assert "IT ministry" in names
    assert "home ministry" in names


def test_portfolio_ministry_joins_the_country_one(analyze_text):
    text = "Ruritania's health ministry fined the clinic on Monday. The health ministry also warned two hospitals."
    names = [a.name for a in analyze_text(text, published=PUB).actors if "ministry" in a.name]
    assert len(names) == 1


def test_portfolio_department_of_another_country_is_not_the_us_one(analyze_text):
    text = "India said on Monday that the commerce department would review the lending apps."
    names = {a.name for a in analyze_text(text, published=PUB).actors}
    assert "U.S. Department of Commerce" not in names
    assert any("commerce department" in n for n in names)


# 3. A company named in a comma appositive the parser hung elsewhere --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The competition authority has opened an investigation into the purchase of Varda AI, the Lisbon "
        "company behind the Varda chatbot.",
        "The competition authority has opened an investigation into Borea Cloud's planned acquisition of "
        "**Varda AI**, the Lisbon company behind the Varda chatbot.",
    ],
)
def test_company_in_comma_appositive(analyze_md, text):
    report = analyze_md(text)
    assert "Varda AI" in actor_names(report)
    assert "Varda" in model_names(report)


# 4. A maker-named product used as software -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The agency said civil servants should not use DeepSeek on work phones.",
        "Valdoria on Monday banned ministries from using Chinese start-up DeepSeek's artificial intelligence "
        "(AI) service.",
        "Schools were told to stop using Perplexity in class.",
    ],
)
def test_maker_named_product_used(analyze_text, text):
    names = model_names(analyze_text(text, published=PUB))
    assert names & {"DeepSeek", "Perplexity"}


# 5. An AI word after the product noun of an appositive, or in a "which provides" clause ------


@pytest.mark.parametrize(
    "text",
    [
        "Tarsier, an app developed by Andes Labs that provides chatbot services, was among the removed apps.",
        "Regulators removed Tarsier, an app made by a Chilean firm that answers questions with generative AI.",
        "Another app withdrawn was the well-known Tarsier Plus, which provides writing help, AI translation and "
        "chatbot services.",
    ],
)
def test_product_described_as_ai_after_its_noun(analyze_text, text):
    names = model_names(analyze_text(text, published=PUB))
    assert any(n.startswith("Tarsier") for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Lumo, an app that sells concert tickets, was fined.",
        "Kestrel, which offers AI tools to schools, said it would appeal.",
    ],
)
def test_no_ai_description_no_model(analyze_text, text):
    assert not model_names(analyze_text(text, published=PUB))


# 6. An owned product with an AI word a little further before it -------------------------------


def test_owned_app_with_ai_feature_before(analyze_text):
    text = "The ministry fined Lumo Tech over a face-swapping feature in its Lumo Studio app that police said was used."
    assert "Lumo Studio" in model_names(analyze_text(text, published=PUB))


def test_owned_app_without_ai_word_is_no_model(analyze_text):
    text = "The ministry fined Lumo Tech over a booking feature in its Lumo Studio app that customers disliked."
    assert not model_names(analyze_text(text, published=PUB))
