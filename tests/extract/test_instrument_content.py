"""Sentence-level tests (issue 11, fifth round): an instrument and its content are ONE action.

"introduced a bill to ban X", "passed a law to restrict X", "unveiled a proposal to restrict X": the instrument's
verb is the action (its status: introduce/unveil -> proposed, pass/approve -> enacted) and takes the direction and
the objects of its content clause; the content verb gives no second action. When the instrument's verb makes no
frame ("issued a decree that bans X", "submitted a bill that would outlaw X"), the content verb is the action and
whoever issued or submitted the instrument acts. Every sentence is invented; assertions are properties.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import about, one

from policyscan.report import Direction, Report, Status

PUB = date(2026, 6, 12)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


@pytest.mark.parametrize(
    "text, actor, status, keyword",
    [
        ("Senator Ana Ruiz said she would introduce a bill to ban the Corvo app.", "Ruiz", Status.PROPOSED, "corvo"),
        ("Peru's congress passed a law to restrict the sale of Tarsk chatbots.", "congress", Status.ENACTED, "tarsk"),
        (
            "Representative Tomas Bell introduced legislation that would ban Drava Labs' Kite chatbot.",
            "Bell",
            Status.PROPOSED,
            "kite",
        ),
        (
            "The European Commission unveiled a proposal to restrict emotion recognition in workplaces.",
            "Commission",
            Status.PROPOSED,
            "emotion recognition",
        ),
        (
            "The Norland Senate approved a measure to block access to the Orlo assistant.",
            "Senate",
            Status.ENACTED,
            "orlo",
        ),
    ],
)
def test_instrument_and_content_are_one_action(run, text, actor, status, keyword):
    report = run(text)
    assert len(report.actions) == 1, [(a.actor, a.trigger, a.direction) for a in report.actions]
    action = one(report, actor=actor, direction=Direction.TIGHTEN)
    assert action.status == status
    assert keyword in about(action)


@pytest.mark.parametrize(
    "text, actor, status",
    [
        (
            "Kestrel Labs said the Ministry of Justice of Vantor had issued a decree that bans its Wren app.",
            "Ministry of Justice",
            None,
        ),
        (
            "The Ministry of Digital Affairs of Elbonia issued a decree that prohibits the export of Quorra chips.",
            "Ministry of Digital Affairs",
            None,
        ),
        (
            "The Ghanaian parliament submitted a bill that would outlaw the sale of Tarsk chatbots to minors.",
            "parliament",
            Status.PROPOSED,
        ),
    ],
)
def test_content_of_an_unframed_instrument_acts_for_its_issuer(run, text, actor, status):
    report = run(text)
    assert len(report.actions) == 1, [(a.actor, a.trigger, a.direction) for a in report.actions]
    action = one(report, actor=actor, direction=Direction.TIGHTEN)
    if status is not None:
        assert action.status == status


def test_a_separate_action_in_the_same_sentence_stays(run):
    report = run(
        "Peru's congress passed a law to restrict Quorra chips, and the Ministry of Transport"
        " banned the Orlo assistant."
    )
    one(report, actor="Ministry of Transport", keyword="orlo", direction=Direction.TIGHTEN)
    one(report, actor="congress", direction=Direction.TIGHTEN)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs opposed a decree that bans its Wren app.",
        "The Norland Senate debated a bill that would ban the Orlo assistant.",
    ],
)
def test_only_whoever_issues_the_instrument_acts_for_its_content(run, text):
    report = run(text)
    assert not [a for a in report.actions if a.direction == Direction.TIGHTEN], [
        (a.actor, a.trigger) for a in report.actions
    ]


def test_a_participle_telling_the_instruments_own_enactment_is_not_content(run):
    report = run("The Norland Senate repealed an executive order signed by Governor Lena Ostrova in 2024.")
    one(report, actor="Senate", direction=Direction.LOOSEN)
    one(report, actor="Ostrova", direction=Direction.TIGHTEN)


def test_a_proposal_voted_down_restricts_nothing(run):
    report = run("The Norland Senate voted down a proposal to restrict the Orlo assistant.")
    assert not [a for a in report.actions if a.direction == Direction.TIGHTEN], [
        (a.actor, a.trigger) for a in report.actions
    ]


def test_no_plans_to_is_still_a_denial(run):
    report = run("Norland said on Friday that it had no plans to restrict the Orlo assistant.")
    assert one(report, actor="Norland", direction=Direction.TIGHTEN).status == Status.DENIED
