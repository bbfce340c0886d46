"""Action dates, sixth round (issue 11, dates): sentences we wrote, invented bodies, models and places.

Categories: an undated present perfect (the story's news) taking the date of an older event by the same body;
a number word duration ("for thirty days") read as a date."""

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
