"""Action dates, fifth round (issue 11, dates): sentences we wrote, invented bodies, models and places.

Categories: a start date inside a reported clause ("confirmed that from August 1, X will be required") is the
clause's own future date, not the saying's."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.test_action_dates import action, in_range

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


# 2. an undated story: an event told as done with no date of its own takes the month of the latest day the text
#    writes in full (as it would take the publication month); a bare weekday counts from that day


@pytest.mark.parametrize(
    "text",
    [
        "In a statement on Thursday, 14 May 2026, the Borovia Data Office said the Zephyr app posed risks."
        " The Borovia Data Office has suspended the Zephyr app for thirty days.",
        "The Borovia Data Office has suspended the Zephyr app. Its chair told reporters on May 14, 2026 that the"
        " measure was temporary.",
        "Lawmakers met on 12 May 2026 to discuss the matter. Separately, Kestrel Telecom blocked the Zephyr app"
        " for its customers, the company said.",
    ],
)
def test_undated_story_done_event_takes_the_month_of_its_latest_full_date(analyze_text, text):
    a = action(analyze_text(text), "zephyr")
    assert in_range(a.date.value, "2026-05-01", "2026-05-31")


def test_undated_story_without_any_full_date_stays_undated(analyze_text):
    a = action(analyze_text("The Borovia Data Office has suspended the Zephyr app for thirty days."), "zephyr")
    assert a.date.value is None


# 3. a day written in numbers ("24.04.2019", "17/02/2026") anchors an undated story's weekdays and yearless dates


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        (
            "The Borovia High Court on Monday struck down the ban on the Zephyr app."
            " It will hear the appeal on 16.09.2025.",
            "2025-09-15",
            "2025-09-15",
        ),
        (
            "The appeal was heard on 17/09/2025. The Borovia High Court on Tuesday lifted the ban on the Zephyr app.",
            "2025-09-16",
            "2025-09-16",
        ),
        (
            "The Borovia Data Office on March 3 banned the Zephyr app, a filing dated 20.03.2025 shows.",
            "2025-03-03",
            "2025-03-03",
        ),
    ],
)
def test_a_day_written_in_numbers_anchors_an_undated_story(analyze_text, text, lo, hi):
    a = action(analyze_text(text), "zephyr")
    assert in_range(a.date.value, lo, hi)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("on 24.04.2019", ["2019-04-24"]),
        ("filed 17/02/2026 and 02/17/2026", ["2026-02-17", "2026-02-17"]),
        ("02/03/2026", []),  # either order: no anchor
        ("version 1.2.2024.5", []),
        ("31.02.2026", []),
    ],
)
def test_numeric_days(text, want):
    from policyscan.extract.date_anchors import numeric_days

    assert numeric_days(text) == want


# 4. a relative clause hung on the author of a dated event noun: "a July 9 ruling by a court that blocked X"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "This comes weeks after a July 9 ruling by a Borovia court that blocked 50 posts on the Zephyr account.",
            "2025-07-09",
        ),
        ("A June 3 decision by the Borovia Data Office, which suspended the Zephyr app, was upheld.", "2025-06-03"),
        (
            "Officials cited the March 4 decision from the Borovia regulator that suspended the Zephyr app.",
            "2025-03-04",
        ),
    ],
)
def test_relative_clause_on_the_author_of_a_dated_event_noun(analyze_text, text, want):
    a = action(analyze_text(text, published=date(2025, 9, 11)), "zephyr")
    assert a.date.value == want


# 5. relative phrases a wire story uses: the weekend, a weekday of last week, earlier in the month


@pytest.mark.parametrize(
    ("phrase", "future", "want"),
    [
        ("over the weekend", False, "2026-11-21"),  # published Monday 23 November
        ("at the weekend", False, "2026-11-21"),
        ("last weekend", False, "2026-11-21"),
        ("this past weekend", True, "2026-11-21"),
        ("this weekend", True, "2026-11-28"),
        ("next weekend", False, "2026-11-28"),
        ("on Tuesday last week", False, "2026-11-17"),
        ("Friday of last week", False, "2026-11-20"),
        ("last week on Wednesday", False, "2026-11-18"),
        ("Monday of next week", True, "2026-11-30"),
        ("earlier in the month", False, "2026-11"),
    ],
)
def test_weekend_and_weekday_of_a_named_week(phrase, future, want):
    from policyscan.extract import dates as dates_mod

    assert dates_mod.resolve(phrase, date(2026, 11, 23), future=future).value == want


@pytest.mark.parametrize(
    "text",
    [
        "The Borovia Data Office suspended the Zephyr app over the weekend, officials said.",
        "Over the weekend, the Borovia Data Office blocked the Zephyr app.",
        "The Borovia Data Office last weekend fined Kestrel Labs over the Zephyr app.",
    ],
)
def test_an_event_over_the_weekend_is_the_saturday_before(analyze_text, text):
    a = action(analyze_text(text, published=date(2026, 11, 23)), "zephyr")
    assert a.date.value == "2026-11-21"


@pytest.mark.parametrize(
    "later",
    [
        "The court will hear the appeal on 3 May 2027.",
        "The appeal is scheduled for 3 May 2027.",
        "A hearing is due on 3 May 2027.",
    ],
)
def test_undated_story_a_date_looked_forward_to_is_not_its_latest_news(analyze_text, later):
    text = f"The Borovia Data Office has suspended the Zephyr app. {later} It acted on 14 April 2026."
    a = action(analyze_text(text), "zephyr")
    assert in_range(a.date.value, "2026-04-01", "2026-04-30")


def test_undated_story_with_a_verbless_dated_line_is_analysed(analyze_text):
    # a date whose sentence has no verb at all (a heading, a caption): the look-ahead check stops at its root
    text = (
        "Zephyr App Block 2026: Review Halted\nThe Borovia Data Office has suspended the Zephyr app on 14 April 2026."
    )
    a = action(analyze_text(text), "zephyr")
    assert in_range(a.date.value, "2026-04-01", "2026-04-30")
