"""Twelfth round, precision (issue 11): what a sentence says happened to no one, or why a body acted.

"fined Ondra Labs for blocking users from deleting their data", "fined it for continuing to charge subscription
fees": the gerund after "for" is the conduct the fine answers, the company's, not the regulator's act. "Osprey
Labs has not been fined": a negated passive with no agent and no modal tells that nothing happened; nobody
denied anything. Told as a body's word ("said the app would not be banned") it stays that body's denial. Every
sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        (
            "The Kestrova Data Authority fined Ondra Labs on Tuesday for blocking users from deleting their data.",
            "block",
        ),
        (
            "The Kestrova Consumer Authority fined Tarvo Labs 20,000 euros in June for continuing to charge"
            " subscription fees to users.",
            "charg",
        ),
        ("The Kestrova Data Authority suspended Ondra Labs on Tuesday for restricting refunds.", "restrict"),
    ],
)
def test_the_conduct_an_act_answers_is_no_act_of_the_body(analyze_text, text, conduct):
    report = analyze_text(text, published=PUB)
    triggers = [a.trigger for a in report.actions]
    assert len(triggers) == 1 and not triggers[0].startswith(conduct), triggers


def test_a_reason_clause_under_no_action_word_is_left_alone(analyze_text):
    report = analyze_text("The Kestrova Data Authority won praise for banning the Ondra chatbot in May.", published=PUB)
    assert any(a.trigger.startswith("ban") for a in report.actions), [a.trigger for a in report.actions]


def test_a_negated_agentless_passive_is_no_action(analyze_text):
    text = "The Kestrova Data Authority fined Ondra Labs on Tuesday. Osprey Labs has not been fined."
    report = analyze_text(text, published=PUB)
    assert [a.status.value for a in report.actions] == ["enacted"], [(a.trigger, a.status) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrova Data Authority said the Kestrel app would not be banned.",
        "The Kestrova Data Authority said on Monday that Osprey Labs will not be fined.",
    ],
)
def test_a_body_saying_something_will_not_be_done_still_denies_it(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert [a.status.value for a in report.actions] == ["denied"], [(a.trigger, a.status) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrova Financial Authority ordered Tralka Analytics to stop using the scores on Monday. It did not say"
        " whether it would also seek a fine.",
        "The Kestrova Data Authority has not said whether it will impose a fine on Tralka Analytics.",
    ],
)
def test_a_penalty_noun_left_open_by_the_body_is_no_act_and_no_denial(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if "fine" in a.trigger], [(a.trigger, a.status) for a in report.actions]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The Kestrova National Assembly on Thursday passed the long-delayed Data Protection Bill.", "tighten"),
        ("The Kestrova parliament passed a much-delayed cybersecurity law on Monday.", "tighten"),
        ("The Kestrova parliament passed a bill delaying the AI Act on Monday.", "loosen"),
        # a decree or act that removes or cuts a levy loosens
        (
            "Peru's cabinet approved on Tuesday a decree eliminating the 10% import duty on graphics processors.",
            "loosen",
        ),
        ("Chile's cabinet on Tuesday adopted a decree cutting tariffs on servers.", "loosen"),
        ("Kenya's cabinet approved a decree raising the import duty on servers on Tuesday.", "tighten"),
        ("The Ghana Revenue Authority eliminated the import duty on servers on Monday.", "loosen"),
    ],
)
def test_a_law_or_decree_takes_its_direction_from_its_content_not_its_history(analyze_text, text, direction):
    report = analyze_text(text, published=PUB)
    found = [(a.trigger, a.direction.value) for a in report.actions]
    assert [d for _, d in found] == [direction], found


COURT_STORY = (
    "KESTROVA CITY (AP) — A Kestrovan judge on Thursday suspended a regulator's order that had cut off access to the"
    " Ensa voice assistant, ruling that the telecoms regulator had skipped a hearing.\n\n"
    "Justice Mara Velt of the High Court's Civil Division granted a temporary injunction against the Kestrova"
    " Communications Commission's Oct. 6 directive, which told internet providers to block the app.\n\n"
    "The commission said it would appeal."
)


def test_one_judge_relieving_twice_on_one_day_is_one_ruling(analyze_text):
    report = analyze_text(COURT_STORY, published=date(2026, 11, 13))
    loosened = [a for a in report.actions if a.direction.value == "loosen"]
    assert len(loosened) == 1, [(a.actor, a.trigger, a.date) for a in loosened]
    assert loosened[0].date is not None and loosened[0].date.value == "2026-11-12"


def test_a_judges_rulings_on_different_days_stay_two(analyze_text):
    text = (
        "Justice Mara Velt of the High Court on Monday suspended the Kestrova Data Authority's ban on the Ensa app."
        " Justice Mara Velt on Thursday lifted the Kestrova Data Authority's fine on Ensa Labs."
    )
    report = analyze_text(text, published=date(2026, 11, 13))
    loosened = [a for a in report.actions if a.direction.value == "loosen"]
    assert len(loosened) == 2, [(a.actor, a.trigger, a.date) for a in loosened]


def test_abolishing_a_body_is_no_loosening(analyze_text):
    report = analyze_text("The Kenyan ministry abolished the Digital Agency in March.", published=PUB)
    assert not [a for a in report.actions if a.direction.value == "loosen"], [a.trigger for a in report.actions]
