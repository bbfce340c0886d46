"""Action dates, fifth round (issue 11, dates): sentences we wrote, invented bodies, models and places.

Categories: a start date inside a reported clause ("confirmed that from August 1, X will be required") is the
clause's own future date, not the saying's."""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.report import Action, Report


def in_range(value: str | None, lo: str, hi: str) -> bool:
    if not value:
        return False
    return lo[: len(value)] <= value <= hi[: len(value)]


def action(report: Report, keyword: str, actor: str | None = None) -> Action:
    found = [
        a
        for a in report.actions
        if keyword in " ".join([a.trigger, a.target or "", *a.objects]).lower()
        and (actor is None or (a.actor and actor.lower() in a.actor.lower()))
    ]
    assert found, [(a.actor, a.trigger, a.date.value) for a in report.actions]
    return found[0]


# 1. a start date inside a reported clause is the clause's date (published 22 July: August 1 is ahead)


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Trade confirmed that from August 1, a licence will be required to export Zephyr chips.",
        "The Ministry of Trade has confirmed that from August 1, Zephyr chips will be banned from export"
        " without a permit.",
        "In a statement, the Ministry of Trade announced that from 1 August a licence will be required for"
        " Zephyr chip exports.",
    ],
)
def test_a_start_date_in_a_reported_clause_is_ahead(analyze_text, text):
    a = action(analyze_text(text, published=date(2026, 7, 22)), "zephyr")
    assert a.date.value == "2026-08-01"
