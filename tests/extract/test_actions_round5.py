"""Sentence-level tests (issue 11, fifth round of action misses): the sense of approvals, court orders and a
company's own withdrawals. Every sentence is invented; the assertions are properties, not spans.

Categories: a regulator approving a merger or acquisition clears it (an approval, not an agreement), an
injunction granted to or against a named company or person restrains that party (relief from a law or a
government loosens), a company deactivating or pulling its own product restricts it.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import Direction, Report

PUB = date(2026, 3, 13)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# --- approving a deal clears it -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "The Competition Bureau in May approved Kestrel Labs' $4-billion acquisition of Dunmore Games.",
            "Competition Bureau",
            "Dunmore",
        ),
        (
            "Kestrel Labs' purchase of Dunmore Games was approved by the Competition Bureau on Friday.",
            "Competition Bureau",
            "Dunmore",
        ),
        (
            "The Fair Trade Commission approved the merger of Pellan Soft and Oystra Systems on Tuesday.",
            "Fair Trade Commission",
            "Oystra",
        ),
        (
            "On Monday the European Commission approved the proposed takeover of Brightwell Data by Nordvik Systems.",
            "European Commission",
            "Brightwell",
        ),
    ],
)
def test_an_authority_approving_a_deal_clears_it(run, text, actor, keyword):
    a = one(run(text), actor=actor, keyword=keyword)
    assert (a.kind, a.direction) == ("approve", Direction.LOOSEN)


def test_approving_a_trade_agreement_is_still_an_agreement(run):
    r = run("The Japanese cabinet approved the trade agreement with Peru on Tuesday.")
    assert not find(r, keyword="agreement", direction=Direction.LOOSEN)


# --- an injunction against a private party restrains it ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The High Court in Accra granted an interim injunction against Corvane Media Ltd on Friday.",
        "The High Court in Accra granted the interim injunction on Monday to Tarn Press and Obuasi Books, "
        "which had sued Corvane Media in May.",
        "On Thursday the Federal Court granted Obuasi Books an injunction against Corvane Media Ltd.",
    ],
)
def test_an_injunction_for_or_against_a_company_tightens(run, text):
    r = run(text)
    court = [a for a in r.actions if a.actor and "Court" in a.actor and "injunction" in a.trigger]
    assert court and all(a.direction == Direction.TIGHTEN for a in court)


def test_an_injunction_against_a_regulator_or_a_law_still_loosens(run):
    r = run("The Supreme Court of Kenya granted an injunction against the Communications Authority on Friday.")
    assert one(r, actor="Supreme Court", keyword="injunction").direction == Direction.LOOSEN
    stay = run("The Madras High Court granted an interim stay on the ban.")
    assert one(stay, actor="Madras High Court", keyword="stay").direction == Direction.LOOSEN


# --- a company deactivating or pulling its own product ------------------------------------------------------


@pytest.mark.parametrize(
    "text, keyword",
    [
        ("Orvane Systems deactivated the image tool in its Orv-2 chatbot after the complaints.", "image tool"),
        ("After the ruling, Halvern Tech deactivated voice cloning for all Polish users.", "voice cloning"),
        ("Mavrix Labs pulled its Mav-2 app from app stores in Peru on Wednesday.", "Mav-2"),
        ("Facing the inquiry, Kestrel Labs has pulled the Wren-7B chatbot from its school product.", "Wren-7B"),
    ],
)
def test_deactivating_or_pulling_a_product_restricts_it(run, text, keyword):
    a = one(run(text), keyword=keyword)
    assert a.direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    "text",
    [
        "Mavrix Labs pulled out of the talks with the ministry.",
        "The ministry pulled the plug on the Orv-2 pilot.",
        "Orvane Systems pulled ahead of its rivals in the chatbot market.",
    ],
)
def test_pull_idioms_are_no_action(run, text):
    assert not run(text).actions
