"""Action dates, sixth round (issue 11, dates): sentences we wrote, invented bodies, models and places.

Categories: an undated present perfect (the story's news) taking the date of an older event by the same body;
a number word duration ("for thirty days") read as a date; "earlier in the week" left undated or given the saying's
day; a bare mention's decision day ("the fine was decided on Wednesday") losing to the day the event was told."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.test_action_dates import action, in_range

# 1. an undated present perfect is the story's recent past: never the same event as, nor dated by, a mention of
#    the same body dated well before the story ("previously ... in 2025", "since 2019", "in late 2024")


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        (
            "Kestrel Labs has paused image generation in its Wren assistant for users in Borovia. Kestrel Labs"
            " previously restricted its tools during elections in Ruritania, where it limited image generation for six"
            " weeks in 2025.",
            "wren",
        ),
        (
            "The Borovia Data Office has blocked access to the Zephyr chatbot app."
            " The Borovia Data Office has blocked more than 3,000 websites since 2019, a rights group said.",
            "zephyr",
        ),
        (
            "Borovia has temporarily blocked the Zephyr chatbot over deepfake images."
            " In late 2024, Borovia pressured a phone maker to build a local plant by blocking sales of its phones.",
            "zephyr",
        ),
    ],
)
def test_an_undated_perfect_is_not_dated_by_an_older_event_of_the_same_body(analyze_text, text, keyword):
    a = action(analyze_text(text, published=date(2026, 3, 10)), keyword)
    assert in_range(a.date.value, "2026-02-08", "2026-03-10"), a.date.value


def test_an_undated_perfect_still_takes_a_recent_date_of_the_same_event(analyze_text):
    text = (
        "The Borovia Data Office has blocked the Zephyr chatbot app. The office ordered internet providers on"
        " Monday to block the Zephyr app within 48 hours."
    )
    a = action(analyze_text(text, published=date(2026, 3, 12)), "zephyr")
    assert a.date.value == "2026-03-09"


# 2. a number word above twelve with a unit says how long ("for thirty days"), not when ("thirty days ago")


@pytest.mark.parametrize("length", ["thirty days", "ninety days", "fifteen days", "sixty days"])
def test_a_number_word_duration_is_not_a_date(analyze_text, length):
    text = f"The Borovia Data Office said on Tuesday it had suspended the Zephyr app for {length}."
    a = action(analyze_text(text, published=date(2026, 3, 12)), "zephyr")
    assert a.date.value == "2026-03-10"


# 3. "earlier in the week" (often tagged as "the week" alone) is the publication week, not the saying's day


@pytest.mark.parametrize(
    "text",
    [
        "Earlier in the week the Borovia Data Office suspended the Zephyr app, a spokesman said on Thursday.",
        "The Borovia Data Office suspended the Zephyr app earlier in the week, its chair told reporters on Thursday.",
        "Kestrel Telecom said on Thursday that earlier in the week it had blocked the Zephyr app for its customers.",
    ],
)
def test_earlier_in_the_week_is_the_publication_week(analyze_text, text):
    a = action(analyze_text(text, published=date(2026, 3, 13)), "zephyr")
    assert a.date.value == "2026-03-09" and a.date.granularity == "week", a.date


# 4. a bare mention that says when the event was decided ("The fine was decided on Tuesday") dates it over the
#    day the event was told, a few days later


@pytest.mark.parametrize(
    "text",
    [
        "The Borovia Data Office has fined Zephyr Labs 2 million crowns, the office said on Thursday."
        " The office said the fine was decided on Tuesday after a hearing.",
        "The Borovia Data Office has banned the Zephyr app from school tablets, the office said on Thursday."
        " It said the ban was decided on Tuesday.",
    ],
)
def test_a_bare_mentions_decision_day_dates_the_event(analyze_text, text):
    a = action(analyze_text(text, published=date(2026, 3, 12)), "zephyr")
    assert a.date.value == "2026-03-10", a.date


# 5. a date on the instrument whose participle clause holds the action ("the office's March 3 directive instructing
#    providers to block X") dates that action, not the later challenge to it


@pytest.mark.parametrize(
    "text",
    [
        "The court quashed the Borovia Data Office's March 3 directive instructing internet providers to block the"
        " Zephyr app.",
        "Kestrel Telecom has challenged the Borovia Data Office's March 3 order telling operators to block the Zephyr"
        " app.",
        "Lawyers for Zephyr Labs asked the judge to set aside the Borovia Data Office's March 3 letter instructing"
        " mobile operators to suspend the Zephyr app.",
    ],
)
def test_an_instruments_date_dates_the_action_in_its_clause(analyze_text, text):
    a = action(analyze_text(text, published=date(2026, 4, 20)), "zephyr", actor="Borovia Data Office")
    assert a.date.value == "2026-03-03", a.date


# 6. a delay's "from X to Y" names the schedule it moves, not the day of the delay


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "On August 28, 2025, Governor Ana Rell signed SB 7, delaying Borovia's AI Act from March 1 to July 31,"
            " 2026, because the legislature could not agree.",
            "2025-08-28",
        ),
        (
            "The Borovia Data Office on Tuesday published an order, delaying its chatbot labelling rules from August 1"
            " until November 30.",
            "2026-05-19",
        ),
    ],
)
def test_a_delays_from_to_dates_are_its_schedule(analyze_text, text, when):
    a = next(a for a in analyze_text(text, published=date(2026, 5, 20)).actions if a.kind == "delay")
    assert a.date.value == when, a.date


def test_a_delays_old_start_date_is_never_its_date(analyze_text):
    text = "On 4 May 2026 the Borovia Data Office issued a notice postponing its bot rules from 1 July to 1 December."
    a = next(a for a in analyze_text(text, published=date(2026, 5, 20)).actions if a.kind == "delay")
    assert a.date.value in (None, "2026-05-04"), a.date
