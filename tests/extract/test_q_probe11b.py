"""Eleventh round, real-text probe of governments and legislatures (q-probe11b): shapes read in real news,
written anew with invented bodies, people and names.

Lawmakers named by the place they sit in ("Lawmakers in Ontario approved a bill", "a bill passed by lawmakers in
Borvia") are that place's legislature, as "Ontario lawmakers" already were; so are lawmakers named as the agent of
a passive ("a bill was passed by Kenyan lawmakers"). Lawmakers "in" a chamber or a body are not a place's.

An executive order or decree whose own clause loosens ("issued an executive order rescinding the AI safety
guidelines", "issued a decree lifting the ban") loosens, as a signed bill that repeals something already did.
Time left to act is not the act: "the governor has until October 12 to sign or veto the bill" is at most
considered. Capitals joined by "and" as a subject ("Washington and Beijing agreed to ...") both act for their
governments. The tests assert properties, not whole outputs.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

PUB = date(2026, 3, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lawmakers in Ontario approved a bill requiring employers to disclose AI use in hiring.", "Ontario"),
        ("Legislators in Brazil passed a bill regulating artificial intelligence on Tuesday.", "Brazil"),
        ("Lawmakers in Ohio voted to ban the Quillon app on state devices.", "Ohio"),
        ("A bill banning deepfake election ads was passed by lawmakers in Kenya on Monday.", "Kenya"),
        ("A bill banning deepfake election ads was passed by Kenyan lawmakers on Monday.", "Kenya"),
    ],
)
def test_lawmakers_of_a_place_act_for_its_legislature(analyze_text, text, place):
    report = analyze_text(text, published=PUB)
    acting = [a for a in report.actions if a.direction.value == "tighten"]
    assert acting, [(a.actor, a.trigger) for a in report.actions]
    assert all(place in a.actor for a in acting), [a.actor for a in acting]


def test_lawmakers_in_a_chamber_name_no_place(analyze_text):
    report = analyze_text("Lawmakers in the chamber passed the bill.", published=PUB)
    assert not report.actions, [(a.actor, a.trigger) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "President Halvorsen issued an executive order rescinding the AI safety guidelines.",
        "President Halvorsen issued an executive order on Thursday rescinding the AI safety guidelines.",
        "Prime Minister Tavi Sorn issued a decree lifting the ban on the Quillon chatbot.",
        "President Halvorsen issued an executive order that repeals the chip export rules.",
    ],
)
def test_an_order_whose_clause_loosens_loosens(analyze_text, text):
    report = analyze_text(text, published=PUB)
    acts = [a for a in report.actions if a.actor and a.actor != "Quillon"]
    assert acts, [(a.actor, a.trigger) for a in report.actions]
    assert all(a.direction.value == "loosen" for a in acts), [(a.trigger, a.direction) for a in acts]


@pytest.mark.parametrize(
    "text",
    [
        "President Halvorsen issued an executive order banning the Quillon chatbot on federal devices.",
        "President Halvorsen issued an executive order requiring agencies to test AI systems.",
    ],
)
def test_an_order_whose_clause_restricts_still_tightens(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert report.actions
    assert all(a.direction.value == "tighten" for a in report.actions), [
        (a.trigger, a.direction) for a in report.actions
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Whitlock has until October 12 to sign or veto the bill.",
        "Governor Whitlock had until Sunday to veto the measure.",
        "President Halvorsen has until Friday to sign the AI bill into law.",
    ],
)
def test_time_left_to_act_is_not_the_act(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert report.actions
    assert all(a.status.value == "considered" for a in report.actions), [(a.trigger, a.status) for a in report.actions]


def test_an_act_done_until_a_condition_is_still_done(analyze_text):
    report = analyze_text("Governor Whitlock vetoed the bill until lawmakers amend it.", published=PUB)
    assert any(a.status.value == "enacted" for a in report.actions), [(a.trigger, a.status) for a in report.actions]


def test_the_time_left_words_are_documented_data():
    words = json.loads(resources.files("policyscan.data").joinpath("action_words.json").read_text("utf-8"))
    for key in ("time_left_verbs", "time_left_preps"):
        assert words[key] == sorted(set(words[key]), key=words[key].index), key
        assert all(w == w.lower() and w.strip() == w for w in words[key]), key
        assert key in words["_doc"], key


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        (
            "Washington and Beijing agreed to suspend the export controls for one year.",
            {"United States government", "China government"},
        ),
        (
            "Tokyo and Seoul lifted the curbs on chip materials on Monday.",
            {"Japan government", "South Korea government"},
        ),
        (
            "The tariffs were suspended by Beijing and Washington for 90 days.",
            {"United States government", "China government"},
        ),
    ],
)
def test_capitals_joined_by_and_both_act(analyze_text, text, governments):
    report = analyze_text(text, published=PUB)
    acting = {a.actor for a in report.actions}
    assert governments <= acting, acting


def test_capitals_named_as_places_do_not_act(analyze_text):
    report = analyze_text("Kestrel opened offices in London and Paris on Monday.", published=PUB)
    assert not report.actions, [(a.actor, a.trigger) for a in report.actions]
