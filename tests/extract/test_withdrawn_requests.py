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


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The Velmar Telecom Authority is set to ban the Zeno app next month.", "tighten"),
        ("The Velmar Telecom Authority is poised to ban the Zeno app.", "tighten"),
        ("The Velmar Telecom Authority is scheduled to lift the ban on the Zeno app on June 1.", "loosen"),
    ],
)
def test_the_subject_of_is_set_to_acts_and_the_act_is_still_to_come(analyze_text, sentence, direction):
    report = analyze_text(sentence, published=PUB)
    found = [a for a in report.actions if a.direction.value == direction]
    assert found and "Velmar Telecom Authority" in (found[0].actor or "")
    assert found[0].status.value != "enacted"


def test_expected_to_decide_whether_to_block_is_not_a_block(analyze_text):
    text = "Orrel and Quinta are expected to study the petition and rule on whether to block the Zeno app."
    assert not [a for a in analyze_text(text, published=PUB).actions if a.actor in ("Orrel", "Quinta")]
