"""Sentence-level tests (issue 11, fifth round, second action pass): who acts in a reported clause, and ceasing to
allow or offer something. Every sentence is invented; the assertions are properties, not spans.

Categories: a common noun for a public body inside a reported clause ("X said the ministry had banned ...") is
that body, never the speaker; a ceased permission or supply ("will no longer allow", "stopped letting", "no
longer sells") restricts, and a ceased restriction ("will no longer ban") loosens.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import Direction, Report

PUB = date(2026, 6, 12)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# --- a body named by a common noun is never the speaker -----------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Brightpine Labs said the ministry had banned its Corvo chatbot.", "Brightpine"),
        ("Kestrel Labs said on Monday that the regulator had suspended its Wren app.", "Kestrel"),
        ("Norra Systems said authorities had blocked its Fjell chatbot in April.", "Norra"),
        ("In a statement, Mavrix Labs said a court had ordered it to delete the recordings.", "Mavrix"),
        ("Kestrel Labs told investors that police had seized servers at its Lima office.", "Kestrel"),
    ],
)
def test_an_unnamed_body_in_a_reported_clause_is_not_the_speaker(run, text, speaker):
    assert not find(run(text), actor=speaker, direction=Direction.TIGHTEN)


@pytest.mark.parametrize(
    "text, body, keyword",
    [
        (
            "Peru's Ministry of Digital Affairs warned Orvane Labs in May. Orvane Labs said on Friday that "
            "the ministry had blocked its Vela app.",
            "Ministry of Digital Affairs",
            "Vela",
        ),
        (
            "The Ghanaian regulator opened an inquiry into Orvane Labs in May. Orvane Labs said regulators in "
            "Peru had blocked access to its Vela assistant last week.",
            "Peru",
            "Vela",
        ),
        (
            "The Data Protection Authority of Zambia fined Lusaka Mobile in March. Orvane Ltd said the watchdog "
            "had suspended its Vela app in April.",
            "Data Protection Authority",
            "Vela",
        ),
    ],
)
def test_an_unnamed_body_takes_the_named_body_of_its_kind(run, text, body, keyword):
    a = one(run(text), keyword=keyword, direction=Direction.TIGHTEN)
    assert a.actor is not None and body in a.actor


def test_a_pronoun_in_a_reported_clause_is_still_the_speaker(run):
    r = run("The Communications Authority of Lirania said it had blocked the Corvo app on Tuesday.")
    assert one(r, keyword="Corvo").actor == "Communications Authority of Lirania"


# --- ceasing to allow, let, offer or sell restricts -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Brightpine Labs will no longer allow users under 16 to use its Corvo chatbot.", "Brightpine"),
        ("From Monday, Brightpine Labs will no longer let teenagers create accounts.", "Brightpine"),
        ("Orvane Labs stopped letting users share chats publicly last month.", "Orvane"),
        ("Kestrel Labs said it would no longer sell its Wren-3 model to government agencies.", "Kestrel"),
        (
            "Mirela Inc. will no longer sell the Ostra-2 model to police forces in Chile, the company said on Tuesday.",
            "Mirela",
        ),
        ("Lirania will no longer accept applications for AI export licences.", "Lirania"),
    ],
)
def test_ceasing_to_allow_or_offer_restricts(run, text, actor):
    r = run(text)
    a = one(r, actor=actor)
    assert a.direction == Direction.TIGHTEN
    assert not find(r, direction=Direction.LOOSEN)


@pytest.mark.parametrize(
    "text",
    [
        "The new law no longer allows companies to collect biometric data.",
        "Kestrel Labs offers its Wren app to schools in Chile.",
        "Mirela Inc. sold the Ostra-2 model to three banks last year.",
        "The ministry let the deadline pass without comment.",
    ],
)
def test_offering_or_a_law_that_no_longer_allows_is_no_action(run, text):
    assert not run(text).actions


def test_a_ceased_ban_loosens(run):
    r = run("Kenya's Ministry of ICT will no longer ban VPN apps, the minister said.")
    assert one(r, actor="Ministry of ICT", keyword="VPN").direction == Direction.LOOSEN


# --- background that tells no act: embedded questions, what a product does, court procedure -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Ankara court blocked 50 posts in July. Nobody could yet say which court issued the order.",
        "Officials in Lirania did not say which agency had blocked the Corvo app.",
        "It was unclear which regulator had fined Orvane Labs in May.",
        "Reporters asked who had suspended the Vela app, but the ministry of Lirania gave no answer.",
    ],
)
def test_the_subject_of_an_embedded_question_acts_for_nobody(run, text):
    acts = run(text).actions
    assert all(a.trigger == "blocked" and "50 posts" in (a.target or "") for a in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs runs Mira, a chatbot service that allows its users to build custom characters.",
        "Halden Studio is a company that permits researchers to test its models.",
        "Orvane sells an app that allows parents to read their children's chats.",
    ],
)
def test_a_simple_present_relative_clause_describes_a_product(run, text):
    assert not find(run(text), direction=Direction.LOOSEN)


def test_a_body_described_by_a_relative_clause_still_acts(run):
    r = run("The Lirania regulator, which bans political deepfakes, fined Kestrel Labs on Monday.")
    assert one(r, keyword="Kestrel").direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court of Lirania ordered the High Court to hear the company's plea on Wednesday.",
        "On Monday the Federal Court directed the tribunal to reconsider Orvane Labs' appeal.",
        "The Court of Appeal of Lirania told both parties to appear again in March.",
    ],
)
def test_an_order_to_hear_or_reconsider_is_procedure(run, text):
    assert not run(text).actions


def test_an_order_to_suspend_is_still_an_action(run):
    r = run("The Supreme Court of Lirania ordered Kestrel Labs to suspend its Corvo app.")
    assert one(r, actor="Supreme Court", keyword="Corvo").direction == Direction.TIGHTEN


# --- a plural noun's apposition list names who acts ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A lawsuit was filed in May by three authors – Maria Olsen, Tomas Berg and Lena Vik – against Kestrel Labs.",
        "Three authors – Maria Olsen, Tomas Berg and Lena Vik – sued Kestrel Labs in May over its Wren model.",
    ],
)
def test_plaintiffs_listed_after_a_dash_sue(run, text):
    # co-plaintiffs file one suit (test_actions_recall): the first named author stands for them
    suits = [a for a in run(text).actions if a.kind == "sue"]
    assert [a.actor for a in suits] == ["Maria Olsen"]


def test_each_body_a_plural_apposition_lists_acts(run):
    r = run("Two regulators, the Lirania Data Office and the Telecom Authority of Lirania, blocked the Corvo app.")
    assert {a.actor for a in find(r, keyword="Corvo")} == {"Lirania Data Office", "Telecom Authority of Lirania"}


# --- objects never leak from an earlier sentence --------------------------------------------------------------


def test_its_in_a_clause_an_unknown_name_reports_is_not_an_earlier_body(run):
    r = run(
        "The Ghanaian regulator said on Monday that it would review the complaint. Orvane said regulators in "
        "Peru had blocked access to its Vela assistant last week."
    )
    a = one(r, keyword="Vela", direction=Direction.TIGHTEN)
    assert not any("regulator" in o.lower() for o in a.objects)
