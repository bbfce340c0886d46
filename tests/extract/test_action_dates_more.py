"""When an action happened, more real-news patterns (issue 11, dates): sentence-level tests of invented text.

Every body, app and place here is made up. Assertions are properties: the action's date overlaps a range."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.action_lookup import one

PUB = date(2026, 3, 13)  # a Friday


def in_range(value: str | None, lo: str, hi: str) -> bool:
    if not value:
        return False
    return lo[: len(value)] <= value <= hi[: len(value)]


# effective dates: when a measure starts to apply is not when it was taken


@pytest.mark.parametrize(
    "text",
    [
        "The Bank of Lakeshore said in a notice that it would require lenders to add a second check for large"
        " transfers, with effect from April 1.",
        "The Bank of Lakeshore said it would require lenders to add a second check for large transfers, effective"
        " May 1.",
        "The Bank of Lakeshore said it would require lenders to add a second check under rules that come into force"
        " on 3 June.",
        "The Bank of Lakeshore this week required lenders to add a second check for large transfers; the rule"
        " takes effect on 1 July.",
    ],
)
def test_an_effective_date_is_not_the_date_of_the_action(analyze_text, text):
    a = one(analyze_text(text, published=PUB), actor="Bank of Lakeshore", keyword="require")
    assert in_range(a.date.value, "2026-03-01", "2026-03-13"), a.date


def test_a_date_on_the_act_itself_is_kept(analyze_text):
    text = "The Bank of Lakeshore on Monday required lenders to add a second check, effective April 1."
    a = one(analyze_text(text, published=PUB), actor="Bank of Lakeshore", keyword="require")
    assert a.date.value == "2026-03-09", a.date


def test_a_reporting_notice_makes_the_clause_told_in_the_past(analyze_text):
    # "said in a notice that it would require": the clause hangs on "notice", the notice on "said"
    text = "The Bank of Lakeshore said in a separate notice that it would require lenders to verify large transfers."
    a = one(analyze_text(text, published=PUB), actor="Bank of Lakeshore", keyword="require")
    assert in_range(a.date.value, "2026-03-01", "2026-03-13"), a.date


# how long is not when


@pytest.mark.parametrize("amount", ["months", "weeks", "several months", "40 working days"])
def test_a_vague_amount_does_not_hide_the_real_date(analyze_text, amount):
    text = (
        "The repeal of the registration rule, announced by the Lakeshore Data Authority on February 14, followed"
        f" {amount} of complaints from universities."
    )
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Data Authority", keyword="registration")
    assert a.date.value == "2026-02-14", a.date


# a present perfect lede and the day the next sentence says it was announced


@pytest.mark.parametrize(
    "second",
    [
        "Announcing the decision on Wednesday, the commission said the company had deleted the recordings.",
        "The commission said on Wednesday that the company had deleted the recordings.",
    ],
)
def test_a_present_perfect_takes_the_day_it_was_announced(analyze_text, second):
    text = f"The Lakeshore Privacy Commission has closed its inquiry into Corvina Labs.\n\n{second}"
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Privacy Commission", keyword="inquiry")
    assert a.date.value == "2026-03-11", a.date


def test_a_date_on_another_event_in_the_next_sentence_is_not_the_announcement(analyze_text):
    text = (
        "The Lakeshore Privacy Commission has closed its inquiry into Corvina Labs.\n\n"
        "Corvina Labs released a new version of its Corvina Chat assistant on Wednesday."
    )
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Privacy Commission", keyword="inquiry")
    assert a.date.value == "2026-03", a.date  # the story's recent past, not the release day


def test_a_headline_takes_the_recent_past_the_body_gives_it(analyze_text, monkeypatch):
    # the heading and the body kept apart (as when the heading names the actor loosely): the heading still takes
    # the body's recent past, which is only known after the recent-past step
    from policyscan import pipeline

    monkeypatch.setattr(pipeline.merging, "merge", lambda raw, **_: raw)
    text = (
        "Lakeshore Privacy Commission closes inquiry into chatbot maker\n\n"
        "The Lakeshore Privacy Commission has closed its inquiry into Corvina Labs, saying the company fixed the"
        " problems it found."
    )
    report = analyze_text(text, published=PUB)
    assert len(report.actions) >= 2
    for a in report.actions:
        assert in_range(a.date.value, "2026-03-01", "2026-03-13"), (a.trigger, a.date)


# a present perfect lede takes a later, recent telling of the same event by a differently named actor


def _perfect_lede(when: str) -> str:
    return (
        "Bahrain's government has ordered internet providers to block a group of unlicensed companion apps.\n\n"
        f"The Telecommunications Regulatory Authority {when} instructed the two operators to block access to six"
        " companion apps, according to a notice sent to the operators."
    )


def test_a_present_perfect_takes_the_recent_body_telling(analyze_text):
    report = analyze_text(_perfect_lede("last week"), published=PUB)
    for a in report.actions:
        if "block" in a.trigger:
            assert a.date.value == "2026-03-02", (a.actor, a.date)  # the week, not just the month


def test_a_present_perfect_does_not_take_an_old_telling(analyze_text):
    report = analyze_text(_perfect_lede("in January"), published=PUB)
    lede = [a for a in report.actions if "block" in a.trigger and "Bahrain" in (a.actor or "")]
    assert lede
    for a in lede:
        assert in_range(a.date.value, "2026-03-01", "2026-03-13"), (a.actor, a.date)


# a date between a reporting verb and its clause's subject is the reporting verb's


def test_the_reported_clause_keeps_its_own_date(analyze_text):
    text = "The Lakeshore Data Authority said on Friday it had banned the Corvina app last week."
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Data Authority", keyword="corvina")
    assert a.date.value == "2026-03-02", a.date  # last week, not the Friday it was said


def test_the_saying_date_is_past_even_for_a_future_clause(analyze_text):
    text = "The Lakeshore Data Authority said in December it would ban the Corvina app."
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Data Authority", keyword="corvina")
    assert a.date.value == "2025-12", a.date  # the December before publication, not the next one


# a year written on the event noun, and the day of the decision that announced it


def test_a_year_on_the_event_noun_dates_that_event(analyze_text):
    text = "Under the Lakeshore Data Authority's 2023 order, the Ministry of Health on Tuesday blocked the Corvina app."
    report = analyze_text(text, published=PUB)
    order = [a for a in report.actions if a.trigger == "order"]
    assert all(a.date.value == "2023" for a in order), [(a.trigger, a.date.value) for a in report.actions]
    assert one(report, actor="Ministry of Health", keyword="corvina").date.value == "2026-03-10"


def test_the_day_of_the_decision_that_announced_it(analyze_text):
    text = "The Lakeshore Data Authority fined Corvina Labs in a decision published on Wednesday."
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Data Authority", keyword="corvina")
    assert a.date.value == "2026-03-11", a.date


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeshore Data Authority banned the Corvina app in a decision dated March 2.",
        "The Lakeshore Data Authority's March 2 decision banned the Corvina app.",
    ],
)
def test_the_instrument_s_date_is_the_act_s_date(analyze_text, text):
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Data Authority", keyword="corvina")
    assert a.date.value == "2026-03-02", a.date


def test_an_earlier_instrument_as_object_keeps_its_own_date(analyze_text):
    text = "The Lakeshore Data Authority on Tuesday revoked the ministry's 2023 order banning the Corvina app."
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Data Authority", keyword="order")
    assert a.date.value == "2026-03-10", a.date


def test_an_existing_event_named_with_its_owner_is_not_dated_by_the_verb_above(analyze_text):
    # the investigation is older than the day its next steps are set out
    text = "The Lakeshore Data Authority today outlined what comes next in its investigation into Corvina Labs."
    report = analyze_text(text, published=PUB)
    for a in report.actions:
        if "investigation" in a.trigger:
            assert a.date.value != "2026-03-13", a.date


def test_someone_else_s_statement_is_not_the_announcement(analyze_text):
    text = (
        "The Lakeshore Privacy Commission has closed its inquiry into Corvina Labs.\n\n"
        "Separately, ministers said on Wednesday they wanted lighter rules for start-ups."
    )
    a = one(analyze_text(text, published=PUB), actor="Lakeshore Privacy Commission", keyword="inquiry")
    assert a.date.value == "2026-03", a.date  # the story's recent past, not the ministers' Wednesday
