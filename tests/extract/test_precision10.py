"""Precision, tenth round (issue 11): wrong direction, wrong body and acts that are none.

Every sentence and name is invented; assertions are properties (actor, direction, kind), never whole outputs.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.action_lookup import about, find

from policyscan.report import Direction

PUB = date(2026, 3, 10)


def _seen(report) -> list[tuple[str | None, str, str, str]]:
    return [(a.actor, a.trigger, a.kind, a.direction.value) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "The Borvian Utilities Authority last week ordered mobile operators to suspend the USSD short code that "
        "let people without smartphones reach the Kestrel service.",
        "The Marovian Telecom Regulator on Monday suspended the SMS short code used by the Wrenly chatbot.",
    ],
)
def test_suspending_a_short_code_tightens(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    found = find(report, keyword="code")
    assert found and all(a.direction == Direction.TIGHTEN for a in found), _seen(report)


def test_suspending_a_code_of_practice_still_loosens(analyze_text) -> None:
    report = analyze_text("The Borvian ministry suspended the code of practice for chatbots.", published=PUB)
    assert find(report, keyword="code", direction=Direction.LOOSEN), _seen(report)


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("The Borvian legislature voted on Tuesday to delay implementing the Borvian AI Act until June.", "ai act"),
        ("The Marovian Ministry of Digital Affairs postponed enforcing the ban on the Kestrel app until June.", "ban"),
    ],
)
def test_a_delay_of_implementing_a_law_is_one_loosening_delay(analyze_text, text: str, keyword: str) -> None:
    report = analyze_text(text, published=PUB)
    assert report.actions, _seen(report)
    assert all(a.direction == Direction.LOOSEN for a in report.actions), _seen(report)
    assert any(a.kind == "delay" and keyword in about(a) for a in report.actions), _seen(report)


def test_an_order_is_never_given_by_the_party_it_binds(analyze_text) -> None:
    text = (
        "The High Court dismissed the application by Kestrel Technologies on Monday. Judge Amos Tjivikua found "
        "that the Windhoek-based company had not shown it would suffer irreparable harm if the directive stayed in "
        "force, and ordered it to pay the regulator's legal costs."
    )
    report = analyze_text(text, published=PUB)
    orders = [a for a in report.actions if "pay" in about(a)]
    assert orders and all(a.actor != "Kestrel Technologies" for a in orders), _seen(report)


def test_a_body_that_fined_and_ordered_keeps_its_order(analyze_text) -> None:
    report = analyze_text(
        "The Borvian Data Authority fined Kestrel Technologies and then ordered it to erase the records.", published=PUB
    )
    assert report.actions and all(a.actor == "Borvian Data Authority" for a in report.actions), _seen(report)


def test_a_petition_seeking_a_ban_is_no_ban_of_the_committee_handling_it(analyze_text) -> None:
    text = (
        "The minister appeared before the committee chaired by Borvia East MP Amos Kibet, which is processing a "
        "citizens' petition seeking to ban the Chirp messaging service."
    )
    report = analyze_text(text, published=PUB)
    assert not find(report, keyword="ban"), _seen(report)


def test_a_lawsuit_seeking_a_block_is_still_the_lawsuit(analyze_text) -> None:
    report = analyze_text("The Borvian Consumer Council filed a lawsuit seeking to block the Kestrel merger.", PUB)
    assert find(report, actor="Borvian Consumer Council", keyword="lawsuit"), _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The outage has lasted since 29 June, a step the Borvian government says has helped to calm "
        "the streets and curb looting by rioters.",
        "The Marovian Data Office blocked the Kestrel app in May, a step the Marovian Digital Ministry says has "
        "helped to curb fraud against pensioners.",
    ],
)
def test_what_a_measure_helped_bring_about_is_no_act(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.trigger == "curb"], _seen(report)


def test_a_body_that_helped_to_block_an_app_still_blocked_it(analyze_text) -> None:
    report = analyze_text("The Borvian Data Authority helped to block the Kestrel app in June.", published=PUB)
    assert find(report, actor="Borvian Data Authority", keyword="block"), _seen(report)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The chat network has been suspended in Borvia since 30 August, following a decision by Judge Amos "
            "Kibet endorsed by a panel of the Supreme Court.",
            "Amos Kibet",
        ),
        ("The Kestrel app was blocked in Marovia after an order from the Marovian Telecom Regulator.", "Regulator"),
    ],
)
def test_a_passive_act_on_a_named_decision_is_its_authors(analyze_text, text: str, actor: str) -> None:
    report = analyze_text(text, published=PUB)
    acts = [a for a in report.actions if a.trigger in ("suspended", "blocked")]
    assert acts and all(actor in (a.actor or "") for a in acts), _seen(report)
    assert all(a.direction == Direction.TIGHTEN for a in acts), _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Borvian Digital Authority announced on Monday that it would not grant any new certification or "
        "authorisation for AI-based credit-scoring systems for six months.",
        "The Borvian Digital Authority will not issue new licences for chatbot providers until further notice.",
    ],
)
def test_refusing_every_new_permission_for_a_time_is_a_freeze(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    acts = find(report, actor="Borvian Digital Authority")
    assert acts and all(a.direction == Direction.TIGHTEN and a.status.value != "denied" for a in acts), _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "Some start-ups had lobbied for a delay, but the Borvian Digital Authority did not grant one.",
        "The Borvian Digital Authority said it would not approve the Kestrel merger.",
    ],
)
def test_refusing_one_request_stays_a_denied_approval(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    acts = find(report, actor="Borvian Digital Authority")
    assert acts and all(a.status.value == "denied" for a in acts), _seen(report)


def test_the_company_saying_it_acted_is_never_the_regulator(analyze_text) -> None:
    text = (
        "The Borvian Communications Authority opened an inquiry into Mawingu on Monday. The company said it had "
        "also switched off image generation in the Mawingu app."
    )
    report = analyze_text(text, published=PUB)
    assert not find(report, actor="Authority", keyword="switched"), _seen(report)
    assert find(report, actor="Authority", keyword="inquiry"), _seen(report)


def test_the_company_saying_it_acted_is_the_company_named_before(analyze_text) -> None:
    text = (
        "The Borvian Communications Authority opened an inquiry into Kestrel Labs on Monday. The company said it "
        "had also switched off image generation in its app."
    )
    report = analyze_text(text, published=PUB)
    assert find(report, actor="Kestrel Labs", keyword="switched"), _seen(report)


def test_an_injunction_ordering_a_ministry_to_stop_using_a_system_tightens(analyze_text) -> None:
    text = (
        "The Borvian Supreme Court on Wednesday granted an injunction ordering the Ministry of Public Security to "
        "stop using a facial-recognition system installed at bus terminals."
    )
    report = analyze_text(text, published=PUB)
    acts = find(report, keyword="injunction")
    assert acts and all(a.direction == Direction.TIGHTEN for a in acts), _seen(report)


def test_an_injunction_ordering_a_ministry_to_suspend_its_ban_is_relief(analyze_text) -> None:
    text = (
        "The Borvian Supreme Court on Wednesday granted an injunction ordering the Ministry of Public Security to "
        "suspend the ban on the Kestrel app."
    )
    report = analyze_text(text, published=PUB)
    assert find(report, keyword="injunction", direction=Direction.LOOSEN), _seen(report)


def test_a_short_name_tagged_as_a_common_noun_still_names_its_body(analyze_text) -> None:
    text = (
        "Borvia's National Commission for the Control of Personal Data Protection (CNDP) fined Kestrel Technologies "
        "on Monday. Later that week the CNDP renewed the freeze on emotion recognition in schools that it had first "
        "ordered in 2021."
    )
    report = analyze_text(text, published=PUB)
    assert report.actions and not find(report, actor="Kestrel"), _seen(report)


def test_advice_to_users_is_a_warning_not_a_ban(analyze_text) -> None:
    report = analyze_text(
        "The Borvian Data Commission urged users not to enter sensitive personal information into the Kestrel app.",
        published=PUB,
    )
    assert not find(report, keyword="enter"), _seen(report)


def test_a_warning_to_schools_not_to_install_an_app_still_restricts(analyze_text) -> None:
    report = analyze_text("The Borvian Data Commission warned schools not to install the Kestrel app.", PUB)
    assert find(report, actor="Borvian Data Commission", direction=Direction.TIGHTEN), _seen(report)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers from two opposition parties proposed a private member's bill on deepfakes in election campaigns.",
        "Opposition lawmakers introduced a bill to ban the Kestrel app.",
    ],
)
def test_party_members_are_not_the_chamber(analyze_text, sentence: str) -> None:
    report = analyze_text("The Borvian Congress passed the AI bill in May. " + sentence, published=PUB)
    assert [a.trigger for a in report.actions if a.actor == "Congress"] == ["passed AI bill"], _seen(report)


def test_a_countrys_lawmakers_passing_a_bill_are_its_legislature(analyze_text) -> None:
    report = analyze_text(
        "The Borvian Congress passed the AI bill in May. Borvian lawmakers passed the deepfake bill on Tuesday.", PUB
    )
    assert find(report, actor="Congress", keyword="deepfake"), _seen(report)


def test_a_headline_as_clause_keeps_its_own_subject(analyze_text) -> None:
    text = (
        "Borvia's data regulator fines Kestrel Labs as NITDA walks back chatbot curbs\n\n"
        "The Borvian Data Office fined Kestrel Labs on Monday. The National Information Technology Development "
        "Agency (NITDA) said on Tuesday it had lifted the curbs."
    )
    report = analyze_text(text, published=PUB)
    assert not find(report, actor="Kestrel", direction=Direction.LOOSEN), _seen(report)
    assert find(report, actor="National Information Technology Development Agency", direction=Direction.LOOSEN)
