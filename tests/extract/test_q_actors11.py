"""Eleventh round, actors and models (q-actors11): names that are not actors or models.

A language joined by a hyphen to "language" is no model whatever the language ("a Dhivehi-language assistant").
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)


def _models(report) -> list[str]:
    return [m.name for m in report.models]


def _actors(report) -> list[str]:
    return [a.name for a in report.actors]


@pytest.mark.parametrize(
    ("text", "language", "model"),
    [
        (
            "Local start-up Vemba Labs, whose Tonga-language model Kambo is used by farmers, welcomed the ruling.",
            "Tonga",
            "Kambo",
        ),
        (
            "The authority granted Reefnet a licence for its Tshiluba-language assistant Mbote on Monday.",
            "Tshiluba",
            "Mbote",
        ),
        ("A Kirundi-speaking chatbot called Umuco was suspended by the regulator last week.", "Kirundi", "Umuco"),
    ],
)
def test_a_language_before_language_is_no_model(analyze_text, text, language, model):
    models = _models(analyze_text(text, published=PUB))
    assert language not in models, models
    assert model in models, models
