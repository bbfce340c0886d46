"""Publication dates, sixth round (issue 11, dates): the year of a wire dateline written without one
("KESTRA, March 12 (Reuters) -"). Wire style writes the current year's dates without their year, so a year the
page does write is another year. Every outlet, body and place here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.load import load_bytes

BODY = (
    "The Borovia Data Office said on Wednesday it had suspended the Zephyr chatbot app for thirty days after"
    " complaints from parents.\n\nThe office said the suspension took effect at midnight.\n"
)


def _load(text: str):
    return load_bytes(text.encode(), suffix=".txt")


# 1. a related list that dates some items without a year and others with one: the items with a year are older


@pytest.mark.parametrize(
    "sidebar",
    [
        "Read more\n- Kestra cabinet approves data bill (Oct 2)\n- Port strike ends (Sept 29)\n"
        "- Zephyr maker raises funds (April 24, 2024)\n",
        "More news\n* Telecoms fined - Oct 2\n* Central bank warns lenders - Sep 30\n"
        "* Chip plant opens - Mar 3, 2024\n",
    ],
)
def test_a_list_with_bare_and_full_dates_puts_the_dateline_after_the_full_ones(sidebar):
    art = _load(f"Borovia suspends Zephyr app\n\nKESTRA, Oct 16 (Reuters) - {BODY}\n{sidebar}")
    assert art.published == date(2025, 10, 16)


def test_a_list_dated_in_full_keeps_its_own_year():
    sidebar = "Related\n- Telecoms fined - Oct 2, 2025\n- Central bank warns lenders - Sep 30, 2025\n"
    art = _load(f"Borovia suspends Zephyr app\n\nKESTRA, Oct 16 (Reuters) - {BODY}\n{sidebar}")
    assert art.published == date(2025, 10, 16)


# 2. no year on the page at all but a past year in the story: the dateline is in the year after it


@pytest.mark.parametrize(
    "past",
    [
        "The company was fined 2 million crowns by the same office in 2025 for missing a filing deadline.",
        "The office blocked a rival app, Ventro, in 2025 before lifting the block two months later.",
        "Zephyr Labs, which the office first investigated in 2024 and again in 2025, said it would appeal.",
    ],
)
def test_a_yearless_dateline_follows_the_storys_latest_past_year(analyze_text, past):
    report = analyze_text(f"Borovia suspends Zephyr app\n\nKESTRA, March 12 (Reuters) - {BODY}\n{past}\n")
    assert report.published == "2026-03-12"
    suspended = next(a for a in report.actions if "suspend" in a.trigger.lower())
    assert suspended.date.value == "2026-03-11"  # "on Wednesday": the day before the dateline


def test_a_future_year_does_not_date_the_story(analyze_text):
    future = "The office said the new labelling rules will take effect in 2027."
    report = analyze_text(f"Borovia suspends Zephyr app\n\nKESTRA, March 12 (Reuters) - {BODY}\n{future}\n")
    assert report.published is None
