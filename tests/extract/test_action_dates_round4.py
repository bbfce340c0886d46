"""When an action happened, fourth round (issue 11, dates): sentence-level tests of invented text.

Every body, firm, app and place here is made up. Assertions are properties: the action's date overlaps a range."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.action_lookup import one

PUB = date(2026, 9, 8)  # a Tuesday


def in_range(value: str | None, lo: str, hi: str) -> bool:
    if not value:
        return False
    return lo[: len(value)] <= value <= hi[: len(value)]


# a timeline entry's own stamp: at the start of its paragraph, list item or table row, however the tagger splits it

INTRO = "How regulators caught up with Ferrow AI\n\nRegulators in four countries have acted against the firm.\n\n"


@pytest.mark.parametrize(
    "entry",
    [
        "14 July 2025 — Qarvia. The Data Protection Board of Qarvia opened an inquiry into Ferrow AI's training data.",
        "- 14 July 2025: The Data Protection Board of Qarvia opened an inquiry into Ferrow AI's training data.",
        "* July 14, 2025 – The Data Protection Board of Qarvia opened an inquiry into Ferrow AI's training data.",
        "| 14 July 2025 | The Data Protection Board of Qarvia opened an inquiry into Ferrow AI's training data. |",
        "**Jul. 14, 2025** — The Data Protection Board of Qarvia opened an inquiry into Ferrow AI's training data.",
    ],
)
def test_a_timeline_entry_takes_the_stamp_at_its_start(analyze_text, entry):
    text = INTRO + entry + "\n\nThe firm said it would keep working with regulators.\n"
    a = one(analyze_text(text, published=PUB), actor="Data Protection Board", keyword="inquiry")
    assert in_range(a.date.value, "2025-07-14", "2025-07-14"), a.date


def test_each_table_row_keeps_its_own_date(analyze_text):
    text = INTRO + (
        "| Date | What happened |\n\n"
        "| 9 March 2026 | The Zembla Data Office ordered Ferrow AI to suspend training on local users' data. |\n\n"
        "| May 2026 | The Zembla Data Office lifted the suspension after the firm published a new notice. |\n\n"
        "| 1 June 2026 | The Ostland Privacy Office ordered Ferrow AI to stop collecting photographs of users. |\n"
    )
    report = analyze_text(text, published=PUB)
    assert in_range(one(report, actor="Zembla", keyword="suspend").date.value, "2026-03-09", "2026-03-09")
    assert in_range(one(report, actor="Zembla", keyword="lifted").date.value, "2026-05-01", "2026-05-31")
    assert in_range(one(report, actor="Ostland", keyword="stop").date.value, "2026-06-01", "2026-06-01")


def test_a_date_inside_a_sentence_is_not_a_stamp(analyze_text):
    text = INTRO + "The Zembla Data Office, which opened its inquiry in 2024, on Monday fined Ferrow AI 2 million."
    a = one(analyze_text(text, published=PUB), actor="Zembla", keyword="fine")
    assert in_range(a.date.value, "2026-09-07", "2026-09-07"), a.date


# what a body says it will, may or will not do is said as the story is told: the story's recent past, not null


@pytest.mark.parametrize(
    ("text", "actor", "keyword"),
    [
        (
            "The privacy commissioners of Qarvia and Zembla will jointly investigate Ferrow AI over its chatbot's"
            " handling of children's data.",
            "Qarvia",
            "investigat",
        ),
        (
            "The Ostland Competition Office will open an investigation into Larkspur Systems, the office said.",
            "Ostland Competition Office",
            "investigation",
        ),
        (
            "The Ostland Ministry of Digital Affairs said it had no plans to ban the Zephyr chatbot in schools.",
            "Ministry of Digital Affairs",
            "ban",
        ),
    ],
)
def test_an_undated_announcement_takes_the_story_month(analyze_text, text, actor, keyword):
    a = one(analyze_text(text, published=PUB), actor=actor, keyword=keyword)
    assert in_range(a.date.value, "2026-08-09", "2026-09-08"), (a.status, a.date)


def test_an_announcement_with_its_own_date_keeps_it(analyze_text):
    text = "The Ostland Competition Office will open an investigation into Larkspur Systems in January."
    a = one(analyze_text(text, published=PUB), actor="Ostland Competition Office", keyword="investigation")
    assert in_range(a.date.value, "2027-01-01", "2027-01-31"), a.date


# a month with "last year": that month of the year before; an event "days after/before" it is near that month


def test_a_month_of_last_year_is_that_month():
    from policyscan.extract.dates import resolve

    assert resolve("November last year", PUB).value == "2025-11"
    assert resolve("in March of next year", PUB).value == "2027-03"


@pytest.mark.xfail(
    strict=True,
    reason="merging keeps 'X, days after issuing a directive' in the suspension's event when the directive "
    "shares a sentence the suspension was merged from; splitting it there also split 'stop using X and remove it' "
    "(tests/extract/test_merging.py) and the founding sample's order, so the split is not made (session 4)",
)
def test_an_offset_from_a_month_of_last_year_keeps_its_own_event(analyze_text):
    text = (
        "The Ostland government on Monday lifted its ban on the Zephyr app, ten months after suspending it. "
        "Ostland had suspended the Zephyr app "
        "in November last year, days after issuing a directive that obliged video platforms to register "
        "with the communications ministry.\n"
    )
    report = analyze_text(text, published=PUB)
    directive = next(a for a in report.actions if "directive" in a.trigger)
    assert in_range(directive.date.value, "2025-10-01", "2025-11-30"), directive.date
    suspended = next(a for a in report.actions if "suspend" in a.trigger)
    assert suspended.date.value == "2025-11", suspended.date


# "opened an investigation into the leak in June": the parser hangs the date on the object's own phrase


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        (
            "The Ostland Data Protection Commission (ODPC) opened an investigation into the pension data exposure in"
            " June and has since ordered Larkspur Systems to notify affected people.",
            "investigation",
        ),
        ("The Ostland Data Commission started a probe into the exposure of pension data in June.", "probe"),
    ],
)
def test_a_date_in_the_objects_phrase_dates_the_opening(analyze_text, text, keyword):
    a = one(analyze_text(text, published=PUB), actor="Ostland Data", keyword=keyword)
    assert in_range(a.date.value, "2026-06-01", "2026-06-30"), a.date


def test_a_date_on_a_clause_inside_the_object_does_not(analyze_text):
    text = "The Ostland Data Commission on Monday fined Larkspur Systems over records that it leaked in 2024."
    a = one(analyze_text(text, published=PUB), actor="Ostland Data Commission", keyword="fine")
    assert in_range(a.date.value, "2026-09-07", "2026-09-07"), a.date


# a headline event the body never tells again with a date is the story's news


def test_a_headline_event_without_a_dated_body_telling_takes_the_story_month(analyze_text):
    text = (
        "Electoral court bans unlabelled synthetic media in Ostland\n\n"
        "Ostland's Superior Electoral Court (OSEC) approved a resolution earlier this month that bans the use of"
        " unlabelled synthetic audio in campaign material.\n"
    )
    report = analyze_text(text, published=PUB)
    assert report.actions  # the headline's ban, on its own or merged into the body's approval of the resolution
    for a in report.actions:
        assert in_range(a.date.value, "2026-08-09", "2026-09-08"), (a.trigger, a.date)
