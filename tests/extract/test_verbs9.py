"""Sentence-level tests (issue 11, ninth round, recall on real text): policy vocabulary the lexicon lacked. Every
sentence and name is invented; the assertions are properties, not spans.

Categories: phrasal verbs whose particle makes them another trigger ("cut off access", "took the app down",
"cracked down on");
withholding a release or an approval; trigger nouns named with a light verb ("launched a crackdown", "issued X an
ultimatum", "carried out an enforcement campaign", "set up / formed a task force"); and the matter an investigation
looks into ("into whether the firm had done enough to remove the images") is no act of the firm.
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
        return analyze_text("Regulators act on chatbots\n\n" + text + "\n\nThe company did not respond.", published=PUB)

    return _run


# --- phrasal verbs ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, actor, keyword",
    [
        ("The Norlund Telecom Commission cut off access to the Sparrow chatbot in May.", "Norlund Telecom", "Sparrow"),
        ("Tessin Cloud cut off sales of its Tessa chips to buyers in Vardia last year.", "Tessin", "cut off"),
        ("The Ostmark Trade Office cut off supplies of rare earths to Vardia in April.", "Ostmark", "cut off"),
    ],
)
def test_cut_off_access_or_supplies_restricts(run, sentence: str, actor: str, keyword: str) -> None:
    a = one(run(sentence), actor=actor, keyword=keyword)
    assert (a.kind, a.direction) == ("restrict", Direction.TIGHTEN)


def test_cut_alone_keeps_its_own_sense(run) -> None:
    cut = one(run("The Norlund Telecom Commission cut tariffs on Tessa chips in May."), keyword="tariffs")
    assert cut.direction == Direction.LOOSEN
    people = run("Rights groups said the Norlund block had cut off thousands of students from their homework app.")
    assert not find(people, keyword="cut off")


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("The Norlund Telecom Commission took down 40 websites hosting the Sparrow chatbot in May.", "Norlund"),
        ("The Vardia Cyber Centre took the Sparrow app down on Friday under the cybercrime law.", "Vardia Cyber"),
    ],
)
def test_take_down_restricts(run, sentence: str, actor: str) -> None:
    a = one(run(sentence), actor=actor, keyword="took")
    assert a.direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Italy cracked down on deepfake apps on Tuesday.", "Italy"),
        ("The Veltran Data Authority has cracked down on unlicensed chatbot makers since March.", "Veltran"),
    ],
)
def test_crack_down_restricts(run, sentence: str, actor: str) -> None:
    a = one(run(sentence), actor=actor, keyword="cracked down")
    assert (a.kind, a.direction) == ("restrict", Direction.TIGHTEN)


def test_take_alone_is_no_action(run) -> None:
    assert not find(run("The Norlund Telecom Commission took a tough line on the Sparrow chatbot in May."))


# --- withholding --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Kormo Labs withheld the release of its Sparrow model in Norlund last year.", "Kormo"),
        ("The Veltran Data Authority withheld approval of the Tessin merger in March.", "Veltran"),
    ],
)
def test_withholding_a_release_or_an_approval_restricts(run, sentence: str, actor: str) -> None:
    a = one(run(sentence), actor=actor, keyword="withheld")
    assert a.direction == Direction.TIGHTEN


def test_withholding_comment_is_no_action(run) -> None:
    assert not find(run("The Veltran Data Authority withheld comment on the Sparrow chatbot on Monday."))


# --- trigger nouns with a light verb ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, actor, kind",
    [
        ("The Veltran Data Authority launched a crackdown on unlicensed chatbot apps in April.", "Veltran", "restrict"),
        ("The Ostmark Media Board announced a crackdown on deepfake apps on Monday.", "Ostmark", "restrict"),
        (
            "The Norlund Ministry of Digital Affairs issued Kormo Labs a 72-hour ultimatum on Friday.",
            "Norlund",
            "order",
        ),
        ("The Vardia Cyberspace Office is carrying out a special campaign against AI abuse.", "Vardia", "restrict"),
        (
            "The Norlund Cyberspace Office launched an enforcement campaign against AI apps in April.",
            "Norlund",
            "restrict",
        ),
        (
            "The Norlund Election Commission said on Monday that it had formed a task force to fight deepfakes.",
            "Norlund",
            "investigate",
        ),
        ("The Vardia Election Board established an inquiry into deepfake ads in March.", "Vardia", "investigate"),
    ],
)
def test_trigger_noun_under_a_light_verb(run, sentence: str, actor: str, kind: str) -> None:
    a = one(run(sentence), actor=actor)
    assert (a.kind, a.direction) == (kind, Direction.TIGHTEN)


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts in Norlund expect a crackdown on deepfake apps this year.",
        "Kormo Labs launched a marketing campaign for its Sparrow chatbot in April.",
        "Kormo Labs formed a partnership committee with its investors in March.",
    ],
)
def test_no_trigger_without_the_act(run, sentence: str) -> None:
    r = run(sentence)
    assert not find(r, keyword="crackdown") and not find(r, keyword="campaign") and not find(r, keyword="formed")


# --- what an investigation looks into -----------------------------------------------------------------------------


def test_what_is_investigated_is_no_act_of_the_firm(run) -> None:
    r = run(
        "The Norlund Media Office opened an investigation on 12 January into whether Kormo Labs had done enough to "
        "assess the risk of the imagery spreading on its platform, and to remove it quickly where it was found."
    )
    assert one(r, actor="Norlund Media", keyword="investigation").direction == Direction.TIGHTEN
    assert not find(r, actor="Kormo")


# --- a record of what never happened ------------------------------------------------------------------------------


def test_has_never_done_is_no_act_but_would_never_is_a_denial(run) -> None:
    r = run(
        "The Norlund Ministry of Digital Affairs fined two platforms last year, though it has never fined an AI firm."
    )
    assert [a.trigger for a in find(r, actor="Norlund", keyword="fined")] == ["fined"]
    denied = one(
        run("The Norlund Ministry of Digital Affairs said it would never ban the Sparrow app."), actor="Norlund"
    )
    assert denied.status.value == "denied"
