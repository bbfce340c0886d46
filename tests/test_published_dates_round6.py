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
    # not the year after 2027: only the weekday ("said on Wednesday", a Thursday dateline) dates it (round 8)
    assert report.published == "2026-03-12"


# 2. dates written with dots are day first wherever dots are used ("3. 11. 2026", "3.11.2026"), and a byline box
# that puts its author, publication and update in one element ("Author: X | Published: ... | Updated: ...") dates
# the page even when a cookie notice and a standfirst come before it


@pytest.mark.parametrize("written", ["3. 11. 2026", "3.11.2026", "03.11.2026"])
def test_a_dotted_date_is_day_first(written):
    from policyscan.load.dates import numeric_readings, parse_published

    assert numeric_readings(written) == [date(2026, 11, 3)]
    assert parse_published(f"{written} 14:20") == date(2026, 11, 3)


def test_a_slashed_date_stays_ambiguous():
    from policyscan.load.dates import numeric_readings

    assert numeric_readings("02/03/2026") == [date(2026, 2, 3), date(2026, 3, 2)]


@pytest.mark.parametrize(
    "box",
    [
        "Author: Ana Brel, KTA | Published: 3. 11. 2026 14:20 | Updated: 4. 11. 2026 09:05",
        "Autor: Ana Brel · Updated: 4. 11. 2026 09:05 · Published: 3. 11. 2026 14:20",
    ],
)
def test_a_byline_box_gives_its_publication_not_its_update(box):
    from policyscan.load.header import meta_line_date

    found = meta_line_date(box)
    assert found is not None and found[1] == date(2026, 11, 3)


@pytest.mark.parametrize("box_class", ["autor", "article-author", "byline"])
def test_an_html_byline_box_after_a_cookie_notice_and_a_standfirst_dates_the_page(box_class):
    cookie = "Tento web používá cookies. " + "This site uses cookies to measure traffic and show advertising. " * 3
    standfirst = "The Kestran data office says the Lomar developer may have to hand over logs. " * 3
    page = (
        f'<html><body><div class="cookie-bar"><p>{cookie}</p><button>OK</button></div>'
        f'<article><h1>Data office fines Lomar</h1><p class="perex">{standfirst}</p>'
        f'<div class="{box_class}">Author: Ana Brel | Published: 3. 11. 2026 14:20 | Updated: 4. 11. 2026</div>'
        f"<p>{BODY}</p></article></body></html>"
    )
    article = load_bytes(page.encode(), suffix=".html")
    assert article.published == date(2026, 11, 3)


# 3. "This story is from <date>" above a headline is the page's publication line
@pytest.mark.parametrize("line", ["This story is from March 4, 2024", "This article is from 4 March 2024"])
def test_a_this_story_is_from_line_dates_the_page(line):
    article = _load(f"{line}\n\nKestra lifts ban on loan apps\n\n{BODY}")
    assert article.published == date(2024, 3, 4)
