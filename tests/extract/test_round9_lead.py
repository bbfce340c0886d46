"""Ninth round, the lead's rules (issue 11).

A one-word product that shares its unknown maker's one-word name is a model when a product noun follows it
("the Halvex assistant") and the article calls the maker a company elsewhere ("the firm Halvex", "Halvex
said", "Halvex's chief executive"); "the Halvex model" is only the company's model. Every sentence, body and
name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)
AI = "The new AI rules apply to banks and schools. "


def _model_names(report) -> set[str]:
    return {m.name for m in report.models}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The insurer Lovorika said it used the Halvex assistant from the firm Halvex.", "Halvex"),
        ("Schools were told to stop using the Quellin assistant, made by the start-up Quellin.", "Quellin"),
        ("Brannoc said the Brannoc chatbot would stay online for adult users.", "Brannoc"),
        ("The Ombri app was pulled from stores. Ombri's chief executive said it would return.", "Ombri"),
    ],
)
def test_a_product_that_shares_its_makers_one_word_name_is_a_model(analyze_text, text, name):
    report = analyze_text(AI + text, published=PUB)
    assert name in _model_names(report)


@pytest.mark.parametrize(
    "text",
    [
        "The regulator suspended the Nilvar model. Nilvar, a lending start-up, said it would appeal.",
        "The Senate assistant said the clerk Quellin had agreed to the timetable.",
        "Lovorika said it used the Halvex assistant on its website.",
    ],
)
def test_no_model_without_a_product_noun_or_a_company_named_elsewhere(analyze_text, text):
    report = analyze_text(AI + text, published=PUB)
    assert not (_model_names(report) & {"Nilvar", "Quellin", "Halvex"}), _model_names(report)
