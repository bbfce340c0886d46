"""Eleventh round b, duplicates (q-dups11b): one act told twice, the first mention dated by a day that is not its
own (the day it was reported, or the day of another body's event in the same sentence), and the later mention
giving the act's own day, is one action dated by that day.

Every sentence, body and name is invented; the tests assert properties (how many actions a body has in a
direction, and their date), and that distinct acts stay apart.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 10, 15)  # a Thursday


def _by(report, actor: str, direction: str = "tighten") -> list:
    return [a for a in report.actions if a.actor == actor and a.direction.value == direction]


def _day(a) -> str | None:
    return a.date.value if a.date else None


# --- a perfect lead dated by the reporting day, and the act's own day told after it ------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "day"),
    [
        (
            "Vandoria's Trade Ministry has revoked two export licences held by Korvel Systems, officials said "
            "Thursday. The ministry said it withdrew the licences from Korvel Systems on Tuesday after a customs "
            "inspection.",
            "Trade Ministry",
            "2026-10-13",
        ),
        (
            "The Data Inspectorate has banned Quillon Analytics from selling its Quill-2 model, the regulator said "
            "on Thursday. The inspectorate prohibited Quillon Analytics from selling Quill-2 on Monday, citing "
            "unlawful scraping.",
            "Data Inspectorate",
            "2026-10-12",
        ),
        (
            "The Communications Board has blocked the Tessaly chatbot, a spokesman confirmed on Thursday. The "
            "board said it ordered operators to block Tessaly on Wednesday after a wave of fraud complaints.",
            "Communications Board",
            "2026-10-14",
        ),
    ],
)
def test_a_perfect_lead_dated_by_the_report_takes_the_acts_own_day(analyze_text, text, actor, day):
    acts = _by(analyze_text(text, published=PUB), actor)
    assert len(acts) == 1, [(a.trigger, _day(a)) for a in acts]
    assert _day(acts[0]) == day


def test_a_perfect_lead_with_its_own_day_stays_apart_from_an_earlier_act(analyze_text):
    report = analyze_text(
        "Vandoria's Trade Ministry has revoked two export licences held by Korvel Systems on Thursday. "
        "The ministry said it suspended a licence held by Korvel Systems on Tuesday.",
        published=PUB,
    )
    assert len(_by(report, "Trade Ministry")) == 2


def test_a_later_act_more_than_a_week_before_the_report_stays_apart(analyze_text):
    report = analyze_text(
        "The Data Inspectorate has banned Quillon Analytics from selling its Quill-2 model, the regulator said "
        "on Thursday. The inspectorate banned Quillon Analytics from selling an older model on 2 September.",
        published=PUB,
    )
    assert len(_by(report, "Data Inspectorate")) == 2


# --- a measure mentioned inside another body's dated event, then told with its own date --------------------------


@pytest.mark.parametrize(
    ("text", "actor", "day"),
    [
        (
            "The High Court in Merrow on Wednesday rejected an application by Tallis Labs to suspend a fine imposed "
            "on the company by the Data Protection Office. Tallis Labs, which runs the Tallis assistant, was fined "
            "by the Data Protection Office in July after the regulator found that it stored voice notes abroad.",
            "Data Protection Office",
            "2026-07",
        ),
        (
            "The Supreme Court on Friday dismissed an appeal by Brenmark Retail against a fine imposed on the company "
            "by the Consumer Authority. The Consumer Authority fined Brenmark Retail in June over its pricing bot.",
            "Consumer Authority",
            "2026-06",
        ),
    ],
)
def test_a_measure_dated_by_another_bodys_event_takes_its_own_date(analyze_text, text, actor, day):
    acts = _by(analyze_text(text, published=PUB), actor)
    assert len(acts) == 1, [(a.trigger, _day(a)) for a in acts]
    assert (_day(acts[0]) or "").startswith(day)


def test_the_same_bodys_two_dated_fines_stay_apart(analyze_text):
    report = analyze_text(
        "The Data Protection Office on Wednesday fined Tallis Labs over its assistant. "
        "The Data Protection Office fined Tallis Labs in July over a different breach.",
        published=PUB,
    )
    assert len(_by(report, "Data Protection Office")) == 2
