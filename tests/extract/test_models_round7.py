"""Models and actor types (issue 11, seventh round): an owned product name the tagger calls a nationality
("its Routa assistant"); a company named in a comma appositive the parser attached elsewhere.

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from tests.extract.test_models_real import PUB, model_names

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
