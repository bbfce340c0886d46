"""Publication dates, eighth round (issue 11, dates): the year of a wire dateline written without one, from the
weekdays the story names for what was done ("said on Tuesday", "fell on Thursday"). Those are the dateline's day or
the days just before it, so a year in which they would fall a week back is not the story's year; of the years
left, the latest one (since the ninth round never the run's own year: only the article decides). Every outlet,
body, company and place here is made up."""

from __future__ import annotations

import pytest


def _published(analyze_text, dateline: str, body: str) -> str | None:
    return analyze_text(f"Borovia acts on chip exports\n\n{dateline} - {body}\n").published


# 1. no past year in the story: the weekdays alone choose among the last few years (the latest that fits)


@pytest.mark.parametrize(
    ("dateline", "body", "want"),
    [
        (  # Thursday 9 October 2025: "on Wednesday" the day before, "on Tuesday" two days, "on Thursday" the day
            "KESTRA, Oct 9 (AP)",
            "Borovia on Wednesday revoked the export permits of two Kestra firms. On Tuesday the Ruritanian trade"
            " bureau added both firms to its blacklist. Shares in Kestra chip makers fell on Thursday.",
            "2025-10-09",
        ),
        (  # Wednesday 11 February 2026: "late on Tuesday", a passive "was suspended on Monday"
            "VALDORA, Feb 11 (Reuters)",
            "The Borovian telecoms office said late on Tuesday it had ordered operators to block the Zephyr app."
            " The app's voice feature was suspended on Monday by its maker, Zephyr Labs.",
            "2026-02-11",
        ),
        (  # Friday 3 July 2026: "announced on Friday", the dateline's own day
            "PORTO NERO, July 3 (AFP)",
            "The Ruritanian data authority announced on Friday that it had fined Kestrel Labs 2 million euros.",
            "2026-07-03",
        ),
    ],
)
def test_a_yearless_dateline_takes_the_latest_year_its_weekdays_fit(analyze_text, dateline, body, want):
    assert _published(analyze_text, dateline, body) == want


def test_weekdays_said_ahead_do_not_choose_the_year(analyze_text):
    body = "The Borovian telecoms office will meet operators next Friday and the rules will take effect on Monday."
    assert _published(analyze_text, "KESTRA, Oct 9 (AP)", body) is None


# 2. a past year in the story: the year after it or the one after that, whichever the weekdays fit


def test_weekdays_can_put_the_story_two_years_after_its_past(analyze_text):
    # 11 February 2025 is a Tuesday, so "on Wednesday" would be six days back; 2026 (a Wednesday) fits
    body = (
        "The Borovian telecoms office said on Tuesday it had ordered operators to block the Zephyr app. Vantel, the"
        " largest operator, said it had begun blocking the app on Wednesday. Borovia restricted mobile data in 2024."
    )
    assert _published(analyze_text, "VALDORA, Feb 11 (Reuters)", body) == "2026-02-11"


def test_when_both_years_fit_the_later_one_is_taken(analyze_text):
    # 25 November is a Tuesday in 2025 and a Wednesday in 2026: "said on Tuesday" fits both
    body = "The Borovian regulator said on Tuesday it had suspended the licence of Kofra Digital, founded in 2024."
    assert _published(analyze_text, "KESTRA, Nov 25 (Reuters)", body) == "2026-11-25"


def test_weekdays_that_fit_neither_year_keep_the_year_after_the_past(analyze_text):
    # 12 March is a Wednesday in 2025 and a Thursday in 2026; the story names Saturday as its first weekday
    body = "The Borovian data office said on Saturday it had fined Kestrel Labs, which it first fined in 2024."
    assert _published(analyze_text, "KESTRA, March 12 (Reuters)", body) == "2025-03-12"


# 3. a page's fields copied as a key/value list: a line that is only a date key, then a line that is only a date


@pytest.mark.parametrize(
    ("header", "suffix", "want"),
    [
        (
            "- headline\n- Borovia delays its AI act\n- author\n- Jan Novak\n- published\n- 2026-02-08T00:00:00Z\n",
            ".txt",
            "2026-02-08",
        ),
        ("Borovia delays its AI act\n\nPublished:\n12 March 2026\n\nBy Jan Novak\n", ".txt", "2026-03-12"),
        (
            "# Borovia delays its AI act\n\n* Posted on\n* March 3, 2026\n* Updated\n* March 5, 2026\n",
            ".md",
            "2026-03-03",
        ),
    ],
)
def test_a_date_key_on_its_own_line_dates_the_page_by_the_next_line(header, suffix, want):
    from policyscan.load import load_bytes

    body = "The Borovian parliament voted on Thursday to delay the AI act by six months.\n"
    assert str(load_bytes(f"{header}\n{body}".encode(), suffix=suffix).published) == want


def test_a_date_key_far_down_the_page_is_a_sidebar():
    from policyscan.load import load_bytes

    filler = "".join(f"Paragraph {i} of the story about the delayed act.\n\n" for i in range(45))
    text = f"Borovia delays its AI act\n\n{filler}Related\n- published\n- 2024-05-01\n"
    assert load_bytes(text.encode(), suffix=".txt").published is None
