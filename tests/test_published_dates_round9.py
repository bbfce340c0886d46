"""Publication dates, ninth round (issue 11, dates): the year of a wire dateline written without one depends only
on the article, never on the day policyscan is run, so the same story gives the same date next year. Every
outlet, body, company and place here is made up."""

from __future__ import annotations

import pytest

from policyscan.extract import story_year


def _published(analyze_text, dateline: str, body: str) -> str | None:
    return analyze_text(f"Borovia acts on chip exports\n\n{dateline} - {body}\n").published


def test_the_run_day_plays_no_part():
    assert not hasattr(story_year, "run_day")
    assert "datetime" not in vars(story_year)


@pytest.mark.parametrize(
    ("dateline", "body", "want"),
    [
        (  # 25 November is a Thursday in 2027 and a Saturday in 2028: only 2028 puts "on Friday" the day before
            "KESTRA, Nov 25 (Reuters)",
            "The Borovian data office said on Friday it had fined Kestrel Labs, which it first fined in 2026.",
            "2028-11-25",
        ),
        (  # a past year two years back and a weekday that only fits the second year after it
            "VALDORA, June 4 (AP)",
            "Ruritania's telecoms bureau said on Sunday it had blocked the Zephyr app. The bureau was set up in 2027.",
            "2029-06-04",
        ),
    ],
)
def test_the_years_after_the_storys_past_are_not_capped_by_the_clock(analyze_text, dateline, body, want):
    assert _published(analyze_text, dateline, body) == want


@pytest.mark.parametrize(
    ("dateline", "body", "want"),
    [
        (  # no past year; "will take effect in 2028": told in 2027 or before; 12 March 2027 is a Friday
            "KESTRA, March 12 (Reuters)",
            "The Borovian data office said on Friday it had fined Kestrel Labs. The new labelling rules will take"
            " effect in 2028.",
            "2027-03-12",
        ),
        (  # a far target ("by 2040") says little: the story stays among the last few years
            "KESTRA, March 12 (Reuters)",
            "The Borovian data office said on Thursday it had fined Kestrel Labs. The office said all chatbots will"
            " be licensed by 2040.",
            "2026-03-12",
        ),
    ],
)
def test_a_year_written_for_what_is_to_come_bounds_the_story(analyze_text, dateline, body, want):
    assert _published(analyze_text, dateline, body) == want
