"""Withdrawing a demand to restrict loosens; refusing one is not a loosening (issue 11, directions).

Invented bodies and apps; the assertions are properties (direction, one action per event)."""

from __future__ import annotations

import datetime

import pytest

from policyscan.extract.actions.words import action_words

PUB = datetime.date(2026, 5, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Telecom Authority withdrew its demand to restrict access to the Zeno app on Monday.",
        "The Velmar Telecom Authority dropped its plan to ban the Zeno app on Monday.",
        "The Velmar Telecom Authority scrapped the order to block the Zeno website on Monday.",
        "The Velmar Telecom Authority withdrew its request to suspend Zeno's licence on Monday.",
    ],
)
def test_withdrawing_a_demand_to_restrict_is_one_loosening(analyze_text, sentence):
    report = analyze_text(sentence, published=PUB)
    directions = [a.direction.value for a in report.actions]
    assert directions == ["loosen"], [(a.trigger, a.direction.value) for a in report.actions]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Telecom Authority rejected calls to ban the Zeno app on Monday.",
        "The Velmar Telecom Authority turned down a demand to block the Zeno app on Monday.",
    ],
)
def test_refusing_a_demand_to_restrict_is_not_a_loosening(analyze_text, sentence):
    report = analyze_text(sentence, published=PUB)
    assert all(a.direction.value != "loosen" for a in report.actions), [
        (a.trigger, a.direction.value) for a in report.actions
    ]


def test_request_nouns_are_distinct_lowercase_words():
    words = action_words()
    nouns = words["request_nouns"]
    assert nouns and len(nouns) == len(set(nouns))
    assert all(n == n.lower() and n.isalpha() for n in nouns)
