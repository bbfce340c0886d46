"""False positives, seventh round (issue 11): a trigger verb in another sense, wording that is no event.

Every sentence is invented; assertions are properties (which kinds and triggers come out), not full outputs.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 11, 20)


def _triggers(report) -> list[tuple[str | None, str, str]]:
    return [(a.actor, a.trigger, a.kind) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs licenses its Wren-4 model to banks and insurers in Peru.",
        "Orlane Systems, which licenses its speech model to two hospital chains, was not affected by the order.",
        "Marlin AI has licensed news archives from three publishers to train its chatbot.",
    ],
)
def test_a_licence_sold_or_bought_between_firms_is_no_approval(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.kind == "approve"], _triggers(report)


def test_an_authority_licensing_a_firm_is_still_an_approval(analyze_text) -> None:
    report = analyze_text("Peru's Ministry of Transport licensed three satellite operators on Tuesday.", published=PUB)
    assert [a.kind for a in report.actions] == ["approve"], _triggers(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department began issuing licences to Kestrel, removing a major obstacle to its sales in China.",
        "The Valdor Data Office cleared the merger on Monday, removing the last hurdle for the deal.",
        "The Valdor cabinet approved the rules on Monday, removing much of the uncertainty for chip makers.",
    ],
)
def test_removing_an_obstacle_is_no_restriction(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.trigger.lower().startswith("remov")], _triggers(report)
    assert report.actions, "the main action still counts"


def test_removing_an_app_still_restricts(analyze_text) -> None:
    report = analyze_text(
        "Peru's Ministry of Transport removed the Wren app from government phones on Tuesday.", published=PUB
    )
    assert [(a.kind, a.direction.value) for a in report.actions] == [("restrict", "tighten")], _triggers(report)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs uses the model to grant small consumer loans.",
        "The Orlane credit union, which grants mortgages to farmers, was not named in the order.",
    ],
)
def test_granting_loans_is_no_approval(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.kind == "approve"], _triggers(report)


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("The Valdor Data Office added 12 firms to its watch list to restrict their access to citizens' data.", "add"),
        ("The Valdor Data Office suspended the Wren app to allow an inspection of its servers.", "suspend"),
        ("The Valdor Data Office blocked the Wren app in order to stop the spread of fake clips.", "block"),
    ],
)
def test_a_purpose_clause_is_no_second_action(analyze_text, text: str, main: str) -> None:
    report = analyze_text(text, published=PUB)
    assert len(report.actions) == 1, _triggers(report)
    assert report.actions[0].trigger.lower().startswith(main[:4])


def test_a_purpose_that_gives_a_neutral_verb_its_direction_stays(analyze_text) -> None:
    report = analyze_text(
        "The Valdor Commerce Bureau issued guidance to tighten the export rules for Kestrel chips.", published=PUB
    )
    assert any(a.direction.value == "tighten" for a in report.actions), _triggers(report)


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia has been under pressure from Washington to tighten export controls since the tariff took effect.",
        "Chile has come under pressure from lawmakers to restrict the Wren chatbot in schools.",
        "The Valdor Data Office is under growing pressure to ban the Wren app.",
        "Amid pressure to curb the Wren app, the Valdor Data Office fined Kestrel Labs on Monday.",
    ],
)
def test_pressure_to_act_is_no_action(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert all(a.kind == "fine" for a in report.actions), _triggers(report)


def test_acting_under_pressure_still_counts(analyze_text) -> None:
    report = analyze_text(
        "The Valdor Data Office banned the Wren app on Monday under pressure from parents.", published=PUB
    )
    assert [a.kind for a in report.actions] == ["ban"], _triggers(report)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "The Valdor Data Office ordered Kestrel Technologies to suspend its face-matching tool, saying the "
            "Surabaya company had scraped photographs without consent. The company said it had paused the tool.",
            "Surabaya",
        ),
        ("As protests spread from Colombo to Kandy, Sri Lanka's security ministry imposed a curfew.", "Kandy"),
        ("The petition was filed by Qissa Technologies and a teacher from Peshawar.", "Peshawar"),
    ],
)
def test_a_city_the_tagger_took_for_a_firm_or_person_is_no_actor(analyze_text, text: str, city: str) -> None:
    report = analyze_text(text, published=PUB)
    assert city not in [a.name for a in report.actors]
    assert all(a.actor != city for a in report.actions)


@pytest.mark.parametrize(
    "text",
    [
        "Neither the Valdor Data Office nor the Orlane regulator imposed a fine on Kestrel Labs.",
        "Neither authority imposed a fine on Kestrel Labs, though the Valdor Data Office could still do so.",
    ],
)
def test_a_negative_subject_denies_the_action(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert report.actions, "the refusal is still reported"
    assert all(a.status.value == "denied" for a in report.actions), [(a.trigger, a.status) for a in report.actions]


def test_a_plain_subject_keeps_the_action_enacted(analyze_text) -> None:
    report = analyze_text("The Valdor Data Office imposed a fine on Kestrel Labs on Monday.", published=PUB)
    assert [a.status.value for a in report.actions] == ["enacted"]


@pytest.mark.parametrize(
    "text",
    [
        "The Valdor Competition Authority said Kestrel Labs' conduct could restrict access to rival chatbots.",
        "The Valdor Competition Authority said the partnership may limit competition in cloud services.",
    ],
)
def test_what_a_deal_or_conduct_could_do_to_a_market_is_no_action(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.kind == "restrict"], _triggers(report)


def test_a_body_that_could_restrict_is_still_reported(analyze_text) -> None:
    report = analyze_text("The Valdor Data Office could restrict the Wren app if complaints continue.", published=PUB)
    assert [a.kind for a in report.actions] == ["restrict"], _triggers(report)


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the Valdor Data Office would seek to block the app again, a spokesman declined to comment.",
        "Reporters asked whether the Valdor Data Office would ban the Wren app.",
    ],
)
def test_a_question_is_no_action(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not report.actions, _triggers(report)


def test_a_question_answered_with_a_refusal_stays_a_denial(analyze_text) -> None:
    report = analyze_text(
        "Asked whether it would block the Wren app, the Valdor Data Office said there were no plans to do so.",
        published=PUB,
    )
    assert [a.status.value for a in report.actions] == ["denied"], _triggers(report)


def test_asking_a_firm_to_act_is_still_an_action(analyze_text) -> None:
    report = analyze_text("The Valdor Data Office asked Kestrel Labs to remove the app.", published=PUB)
    assert report.actions, "a request to a firm is a (weak) order"


@pytest.mark.parametrize(
    "text",
    [
        "The Valdor government wants the Senate to pass the AI bill before March.",
        "Kestrel Labs wants the Valdor Data Office to lift the ban.",
        "The Valdor Data Office expects the Senate to approve the merger rules this year.",
    ],
)
def test_what_one_party_wants_another_to_do_is_no_action(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not report.actions, _triggers(report)


def test_a_body_wanting_to_act_itself_is_a_proposal(analyze_text) -> None:
    report = analyze_text("The Valdor Data Office wants to ban the Wren app.", published=PUB)
    assert [(a.kind, a.status.value) for a in report.actions] == [("ban", "proposed")], _triggers(report)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs said that its usage policy prohibits medical advice.",
        "Kestrel Labs said its terms of use ban political impersonation.",
    ],
)
def test_a_standing_rule_of_the_speakers_own_is_no_event(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not report.actions, _triggers(report)


def test_a_new_rule_of_its_own_is_an_event(analyze_text) -> None:
    report = analyze_text("Kestrel Labs said its new policy bans political ads from January.", published=PUB)
    assert [a.kind for a in report.actions] == ["ban"], _triggers(report)


def test_a_step_promised_only_before_another_is_no_plan(analyze_text) -> None:
    report = analyze_text(
        "Kestrel Labs said it had suspended the Wren app in Chile and would require identity checks for all users "
        "before restoring it.",
        published=PUB,
    )
    assert "lift" not in [a.kind for a in report.actions], _triggers(report)
    done = analyze_text(
        "The Valdor Data Office blocked the Wren app for a week before restoring access on Friday.", published=PUB
    )
    assert "lift" in [a.kind for a in done.actions], _triggers(done)


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether the Valdor Data Office will ban the app.",
        "Whether the Valdor Data Office will fine Kestrel Labs remains unclear.",
    ],
)
def test_an_open_question_is_no_action(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not report.actions, _triggers(report)


def test_a_body_weighing_whether_to_act_is_still_reported(analyze_text) -> None:
    report = analyze_text("The Valdor Data Office is weighing whether to ban the Wren app.", published=PUB)
    assert [(a.kind, a.status.value) for a in report.actions] == [("ban", "considered")], _triggers(report)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            "The Valdor Data Office fined Kestrel Labs under the Online Harms Law (OHL) on Monday. "
            "Kestrel must comply with the OHL, the office said.",
            "OHL",
        ),
        (
            "The Valdor Data Office fined Kestrel Labs under the Personal Data Shield Act (PDSA) on Monday. "
            "The firm had breached the PDSA, the office said.",
            "PDSA",
        ),
    ],
)
def test_an_acronym_the_text_defines_for_a_law_is_no_actor(analyze_text, text: str, acronym: str) -> None:
    report = analyze_text(text, published=PUB)
    names = [a.name for a in report.actors]
    assert acronym not in names and "Valdor Data Office" in names
