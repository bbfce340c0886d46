"""False positives and wrong direction, eighth round (issue 11): wording that names an action its subject does
not take, a court order typed as relief, a party taken off a restriction list.

Every sentence is invented; assertions are properties (which kinds, directions and actors come out).
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 1, 22)


def _seen(report) -> list[tuple[str | None, str, str, str]]:
    return [(a.actor, a.trigger, a.kind, a.direction.value) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "The Data Protection Authority ordered Fjordlys AS to stop using automated rejection until it introduces "
        "human review.",
        "The Valdor Data Office suspended the Wren app on Monday until Kestrel Labs adds age checks.",
        "The Valdor Data Office barred Kestrel Labs from selling the tool until the company publishes an audit.",
    ],
)
def test_a_pending_condition_is_no_action(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert report.actions, "the order itself still counts"
    assert all(
        a.direction.value == "tighten" and a.actor and ("Office" in a.actor or "Authority" in a.actor)
        for a in report.actions
    )
    assert not [a for a in report.actions if a.trigger.split()[0] in ("introduces", "adds", "publishes")], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Finnish regulator fined Routa Oy on Monday. Kestrel Labs must also remove the files from its "
        "training sets within 60 days.",
        "The Valdor Data Office fined Kestrel Labs €2 million. The company must delete the recordings within a "
        "month, the office said.",
        "The Valdor court fined Pellow Systems on Friday. Pellow Systems must suspend the voice feature, the judge "
        "wrote.",
    ],
)
def test_an_obligation_is_not_the_obliged_companys_act(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.actor and ("Kestrel" in a.actor or "Pellow" in a.actor)], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Slovak privacy office opened proceedings against Kavra Labs on Monday. It has not said whether it will "
        "impose a fine on Kavra Labs.",
        "Peru's Ministry of Education did not say whether it would block the Orbis app.",
        "The Valdor Data Office has not confirmed whether it will fine Kestrel Labs.",
    ],
)
def test_an_unanswered_question_is_neither_an_action_nor_a_denial(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.kind in ("fine", "block")], _seen(report)


def test_a_stated_denial_is_still_a_denial(analyze_text) -> None:
    report = analyze_text("Peru's Ministry of Education said it had no plans to block the Orbis app.", published=PUB)
    assert [a.status.value for a in report.actions if a.kind == "block"] == ["denied"], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Lisbon court on Wednesday granted a preliminary injunction requested by the singers, who argued that "
        "Kavra Voice copies their voices.",
        "Judge Ana Costa granted an injunction requested by three illustrators, who said Pellow Draw copied their "
        "drawings without consent.",
    ],
)
def test_an_injunction_told_without_a_measure_restrains(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    granted = [a for a in report.actions if "injunction" in a.trigger]
    assert granted and all(a.direction.value == "tighten" for a in granted), _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Lisbon Central Civil Court granted a preliminary injunction sought by Kestrel Labs, blocking the state "
        "from enforcing the law.",
        "The Lisbon Central Civil Court granted a preliminary injunction requested by Kestrel Labs against the "
        "Ministry of Education's ban on its tutoring app.",
    ],
)
def test_an_injunction_against_a_measure_still_loosens(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    granted = [a for a in report.actions if "injunction" in a.trigger]
    assert granted and all(a.direction.value == "loosen" for a in granted), _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The US Commerce Department on Monday removed Velmar Robotics from the Entity List as part of a trade deal.",
        "Entities are rarely removed once added to the Entity List, although the US removed a Chinese government "
        "laboratory from the list under a deal.",
    ],
)
def test_removal_from_a_restriction_list_loosens(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    removed = [a for a in report.actions if a.trigger.startswith("removed")]
    assert removed and all(a.direction.value == "loosen" for a in removed), _seen(report)


def test_removing_an_app_from_phones_still_restricts(analyze_text) -> None:
    report = analyze_text("Peru's Ministry of Education removed the Wren app from government phones on Tuesday.")
    assert [a.direction.value for a in report.actions] == ["tighten"], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "Zentra AI is postponing its stock market debut after the new sanctions, the company said.",
        "In September 2023, Kestrel Systems announced an agreement to invest $3 billion in Pellow Labs.",
        "Kestrel Systems delayed its IPO on Monday.",
    ],
)
def test_a_companys_business_move_is_no_policy_action(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not report.actions, _seen(report)


def test_a_state_bank_funding_round_stays(analyze_text) -> None:
    report = analyze_text(
        "Earlier this year Bpifrance, the French state investment bank, led a €40 million funding round in Kestrel.",
        published=PUB,
    )
    assert [a.kind for a in report.actions] == ["fund"], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian Consumer Council, which filed one of the complaints, called the ban a turning point.",
        "The Valdor Consumer Council described the fine as overdue.",
    ],
)
def test_an_event_only_appraised_is_not_the_appraisers(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.actor and "Council" in a.actor], _seen(report)


def test_a_participle_naming_who_drafted_a_regulation_is_no_event(analyze_text) -> None:
    report = analyze_text(
        "Peru's framework includes a regulation drafted by the Secretariat of Government and Digital "
        "Transformation, which the Council of Ministers approved in September.",
        published=PUB,
    )
    assert not [a for a in report.actions if a.trigger.startswith("draft") or "drafted" in a.trigger], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Valdor AI law took effect in March. It also limits chatbot use by under-14s to parental consent.",
        "The convention was adopted by the Council of Europe's Committee of Ministers in May. It requires "
        "governments to adopt measures against discriminatory AI systems.",
        "The licensing regime was introduced in July by the Valdor Data Office. It required officials to apply for "
        "a licence for each model.",
    ],
)
def test_what_a_law_says_is_not_an_act_of_the_body_it_falls_to(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    second = text.index(". It ") + 2
    assert not [a for a in report.actions if any(e.start >= second for e in a.evidence)], _seen(report)


def test_it_after_a_body_still_acts(analyze_text) -> None:
    report = analyze_text(
        "The Valdor Data Office took over the file in March. It fined Kestrel Labs €2 million on Monday.",
        published=PUB,
    )
    assert [a.kind for a in report.actions] == ["fine"], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Personal Information Protection Commission issued administrative guidance to Tessel AI, asking it "
        "to stop collecting data from uploaded photographs without consent.",
        "The Bureau of Industry and Security issued guidance to tighten chip export controls on Orvane processors.",
        "The Valdor Data Office issued guidelines on Monday telling banks to stop using the Wren chatbot.",
    ],
)
def test_guidance_that_holds_someone_back_tightens(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert report.actions and all(a.direction.value == "tighten" for a in report.actions), _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Valdor Data Office said it would publish revised guidance before the end of the year.",
        "The Valdor Data Office issued guidance on Monday encouraging banks to adopt chatbots.",
    ],
)
def test_guidance_on_its_own_stays_neutral(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert [a.direction.value for a in report.actions] == ["neutral"], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Valdor Data Office said on Monday that Orbis Labs had paid the fine and that telecom operators had "
        "been told to restore access to the app.",
        "The Valdor Data Office said that Kestrel Labs had registered and that internet providers had been told "
        "to unblock the Wren app.",
    ],
)
def test_a_passive_order_is_not_the_company_named_in_the_clause_before(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.actor and ("Orbis" in a.actor or "Kestrel" in a.actor)], _seen(report)


def test_a_speakers_own_passive_step_is_kept(analyze_text) -> None:
    report = analyze_text(
        "Kestrel Labs said on Monday that the Wren app had been withdrawn from Italian app stores.", published=PUB
    )
    assert all(a.actor != "Kestrel Labs" or a.direction.value == "tighten" for a in report.actions), _seen(report)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Valdor Data Office said Kestrel Labs must suspend the voice feature within 30 days.", "Valdor"),
        (
            "The Lisbon court fined Kavra Labs on Wednesday. The company must remove the five voice profiles within "
            "ten days, the judge wrote.",
            "Lisbon",
        ),
    ],
)
def test_an_obligation_an_authority_reports_is_its_act(analyze_text, text: str, body: str) -> None:
    report = analyze_text(text, published=PUB)
    told = [a for a in report.actions if a.trigger.split()[0] in ("suspend", "remove")]
    assert told and all(a.actor and body in a.actor for a in told), _seen(report)
