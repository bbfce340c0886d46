"""Eleventh round, duplicates (q-dups11): one decision told in two sentences or by two names is one action.

Every sentence, body and name is invented; the tests assert properties (how many actions a body has in a
direction, and that distinct events stay apart).
"""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.extract.actions.words import word_set

PUB = date(2026, 3, 10)


def _by(report, actor: str, direction: str = "tighten") -> list:
    return [a for a in report.actions if a.actor == actor and a.direction.value == direction]


# --- a penalty and the order its body adds with "also ordered" in the next sentence ---------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Commissioner for Data Protection fined Varda Analytics EUR 90,000 on Monday over its hiring tool. "
            "The Commissioner also ordered the Limassol company to stop using the emotion scores within 30 days.",
            "Commissioner for Data Protection",
        ),
        (
            "The Consumer Markets Authority said on Friday that it had fined Dunmore Retail 250,000 pounds over its "
            "pricing bot. The authority also instructed Dunmore Retail to stop using the bot in its online shop.",
            "Consumer Markets Authority",
        ),
        (
            "Quarro Labs was fined EUR 1.2 million by the Kelvar Data Authority on Tuesday over its Tarsel-3 model. "
            "The authority also ordered the company to retrain or withdraw the model within six months.",
            "Kelvar Data Authority",
        ),
        (
            "The Markets Commission has imposed a fine of 400,000 francs on Brisk Capital over its trading bot. "
            "The commission further directed the company to suspend the bot's advice to retail clients.",
            "Markets Commission",
        ),
    ],
)
def test_an_order_added_with_also_after_a_penalty_is_the_penalty_decision(analyze_text, text, actor):
    acts = _by(analyze_text(text, published=PUB), actor)
    assert len(acts) == 1, [(a.trigger, a.kind) for a in acts]
    assert acts[0].status.value == "enacted"


def test_an_order_on_another_party_stays_an_event_of_its_own(analyze_text):
    report = analyze_text(
        "The Kelvar Data Authority fined Quarro Labs EUR 1.2 million on Tuesday. "
        "The authority also ordered Lindqvist Bank to stop using Quarro's scoring tool.",
        published=PUB,
    )
    assert len(_by(report, "Kelvar Data Authority")) == 2, [a.trigger for a in report.actions]


def test_an_order_told_without_also_after_a_penalty_is_not_folded(analyze_text):
    report = analyze_text(
        "The Kelvar Data Authority fined Quarro Labs EUR 1.2 million on Tuesday. "
        "In a separate case in May, the authority ordered Hollin Media to stop selling its face-matching app.",
        published=PUB,
    )
    assert len(_by(report, "Kelvar Data Authority")) == 2, [a.trigger for a in report.actions]


def test_follow_on_words_are_lowercase_data():
    for key in ("follow_on_markers", "follow_on_directives"):
        words = word_set(key)
        assert words and all(w == w.lower().strip() for w in words), key


# --- an instrument and the act its participle clause orders, in one sentence ---------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Tamsen Communications Authority issued an order on Friday requiring internet providers to block "
            "access to Kuthu, a chatbot app.",
            "block",
        ),
        (
            "The Tamsen Communications Authority issued an order requiring internet providers to block access to "
            "Kuthu, a chatbot app.",
            "block",
        ),
        (
            "On Friday the Tamsen Communications Authority issued a directive instructing operators to block the "
            "Kuthu app.",
            "block",
        ),
        (
            "The Tamsen Communications Authority on Friday issued a directive ordering operators to suspend the Kuthu "
            "app.",
            "suspend",
        ),
    ],
)
def test_an_instrument_and_the_act_its_participle_orders_are_one_event(analyze_text, text, kind):
    acts = _by(analyze_text(text, published=PUB), "Tamsen Communications Authority")
    assert [a.kind.value for a in acts] == [kind], [(a.trigger, a.kind) for a in acts]


def test_a_second_act_beside_the_instrument_stays_apart(analyze_text):
    report = analyze_text(
        "The Tamsen Communications Authority issued a directive requiring operators to block the Kuthu app, and "
        "fined Kuthu Labs 2 million shillings.",
        published=PUB,
    )
    kinds = sorted(a.kind.value for a in _by(report, "Tamsen Communications Authority"))
    assert kinds == ["block", "fine"], kinds


def test_content_giving_instrument_nouns_are_lowercase_data():
    nouns = word_set("content_giving_instrument_nouns")
    assert "directive" in nouns and all(n == n.lower().strip() for n in nouns)


def test_an_injunction_joins_the_act_it_orders_before_a_later_order_of_the_court(analyze_text):
    # the injunction is the suspension it orders; the court's next order on the same company is the same ruling
    report = analyze_text(
        "The Varnish Tribunal granted an injunction on Tuesday ordering Kestrel Tech to suspend its Glimmer app. "
        "The tribunal also ordered Kestrel Tech to disable the voice presets within five days.",
        published=PUB,
    )
    assert len(_by(report, "Varnish Tribunal")) == 1, [(a.trigger, a.kind) for a in report.actions]
