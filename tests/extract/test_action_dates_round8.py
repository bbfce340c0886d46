"""Action dates, eighth round (issue 11, dates): sentences we wrote, invented bodies, apps and places.

Category: a day told with a part of the day ("on Tuesday morning", "late on Monday night", "on Wednesday evening",
"on the evening of 3 November"). The tagger makes the weekday a compound of "morning" (or the whole phrase a TIME),
so the day hung on no verb and the action went undated or took the publication month."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.test_action_dates import action

PUBLISHED = date(2025, 11, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "keyword", "want"),
    [
        (
            "On Tuesday morning the Borovian culture ministry sent a circular to theatre owners telling them to stop"
            " using the Kestra Tutor app on stage.",
            "kestra",
            "2025-11-04",
        ),
        ("The Borovian data office fined Kestrel Labs 3 million crowns late on Monday night.", "kestrel", "2025-11-03"),
        (
            "Ofcom suspended the Zephyr app on Wednesday evening, a spokesperson for the regulator said.",
            "zephyr",
            "2025-11-05",
        ),
        (
            "On Thursday afternoon, the Ruritanian communications regulator ordered operators to block the Zephyr"
            " chatbot.",
            "zephyr",
            "2025-11-06",
        ),
        (
            "The European Commission opened an investigation into Orbex Cloud on the evening of"
            " 3 November, two people familiar with the matter said.",
            "orbex",
            "2025-11-03",
        ),
    ],
)
def test_a_day_told_with_its_part_of_the_day_dates_the_action(analyze_text, text, keyword, want):
    a = action(analyze_text(text, published=PUBLISHED), keyword)
    assert a.date.value == want, a.date.value


def test_a_part_of_the_day_on_a_noun_still_dates_only_that_noun(analyze_text):
    text = "The ministry's Tuesday morning briefing was cancelled. Ofcom has blocked the Zephyr app."
    a = action(analyze_text(text, published=PUBLISHED), "zephyr")
    assert a.date.value != "2025-11-04"


# a month written without its year after a month and year in the same sentence: that year (the next one for an
# earlier month), not the latest such month before publication


@pytest.mark.parametrize(
    ("text", "keyword", "want"),
    [
        (
            "South Korea's PIPC suspended new downloads of the Zephyr chatbot app in February 2025 and allowed them"
            " to resume in April after the maker fixed its privacy policy.",
            "resume",
            "2025-04",
        ),
        (
            "Ruritania's Ministry of Digital Affairs blocked the Kestra chatbot in November 2024 before it lifted the"
            " block in February.",
            "lifted",
            "2025-02",
        ),
        (
            "After a first fine on 3 March 2025, Ofcom fined Orbex Cloud again in September, the regulator said.",
            "orbex",
            "2025-09",
        ),
    ],
)
def test_a_bare_month_takes_the_year_of_the_dated_month_before_it(analyze_text, text, keyword, want):
    a = action(analyze_text(text, published=date(2026, 6, 25)), keyword)
    assert a.date.value == want, a.date.value


def test_a_bare_month_before_the_dated_one_keeps_the_stories_year(analyze_text):
    text = "Ofcom fined Orbex Cloud in April, after it had warned the firm in September 2025."
    a = action(analyze_text(text, published=date(2026, 6, 25)), "orbex")
    assert a.date.value == "2026-04"


# a decision already taken, told as a noun ("X's decision to veto the bill", "the regulator's move to block"):
# the story's recent past, like any done event without a date of its own


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("Borovian President Ana Kestrel's decision to veto the Zephyr labelling bill creates a void.", "bill"),
        ("The Ruritanian data office's move to block the Orbex chatbot drew criticism from rights groups.", "orbex"),
        ("Critics said the European Commission's decision to ban the Zephyr app went too far.", "zephyr"),
    ],
)
def test_a_decision_told_as_a_noun_is_the_storys_recent_past(analyze_text, text, keyword):
    a = action(analyze_text(text, published=date(2024, 9, 30)), keyword)
    assert a.date.value == "2024-09", a.date.value


def test_a_decision_still_to_be_taken_is_not_a_done_event(analyze_text):
    report = analyze_text(
        "A decision to ban the Zephyr app will be taken by the Valdoran cabinet.", published=date(2024, 9, 30)
    )
    assert all(a.date.value != "2024-09" for a in report.actions)


# a circular sent with its content as a participle ("sent a circular to banks instructing them to stop"): the
# sending's date is the circular's, whatever the parser hangs the participle on


@pytest.mark.parametrize(
    ("text", "keyword", "want"),
    [
        (
            "On 3 March the Ruritanian Ministry of Finance sent a circular to banks instructing them to stop using"
            " the Orbex scoring model.",
            "orbex",
            "2025-03-03",
        ),
        (
            "Late on Monday the Ministry of Culture, Sport, Tourism and Heritage sent a circular to museum directors"
            " telling them to stop using the Kestra Guide app in exhibitions.",
            "kestra",
            "2025-11-03",
        ),
    ],
)
def test_a_sent_circular_is_dated_by_its_sending(analyze_text, text, keyword, want):
    a = action(analyze_text(text, published=date(2025, 11, 4)), keyword)
    assert a.date.value == want, a.date.value
