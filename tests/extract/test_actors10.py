"""Tenth round, actors and models on real text (helper q-actors10).

Capitalised words listed before one plural noun ("in Northern and Western provinces", "Uzbek and Georgian firms",
"the Finance and Interior ministries") only qualify the noun: none is an actor.
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)


def _actor_names(report) -> set[str]:
    return {a.name for a in report.actors}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A ministry spokesperson said field officers in Central and Eastern provinces had been told to visit "
            "affected villages.",
            {"Central", "Eastern"},
        ),
        (
            "Firms are added by a committee that includes officials from the Trade, Defense, State and Treasury "
            "departments.",
            {"Trade", "Defense", "State", "Treasury"},
        ),
        (
            "The Ministry said officials from the Finance and Interior ministries met on Monday.",
            {"Finance", "Interior"},
        ),
        (
            "Norway's Export Control Office on Monday listed Kazakh and Armenian firms that resold chips.",
            {"Kazakh"},
        ),
    ],
)
def test_words_listed_before_a_plural_noun_are_no_actors(analyze_text, text, words):
    names = _actor_names(analyze_text(text, published=PUB))
    assert not (names & words), names


def test_companies_listed_before_a_plural_noun_stay_actors(analyze_text):
    text = "Kestrel Labs and Halvex Systems were fined by the Borvian Data Authority on Monday."
    names = _actor_names(analyze_text(text, published=PUB))
    assert {"Kestrel Labs", "Halvex Systems"} <= names, names
