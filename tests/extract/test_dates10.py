"""Action and publication dates, tenth round (issue 11, dates): sentences we wrote, invented bodies, apps and places.

Categories: a weekday and its day cut in two by the tagger ("announced on Monday, 18 May"); a year that completes
a law's name ("the Consumer Protection Act of 1986"); a simple past in a relative clause on what the governing verb
undoes ("lifted the block it imposed"), which is older than that verb's date; byline lines ("user iconJane Doe 07
October 2024 Big Law", "Posted by X on March 5, 2026", "(Updated: ...)", "Updated ... | Published ..."); an undated
page's related-link dates as the anchor of its weekdays; "two months later" in an undated story; days in numbers,
seasons, quarters, "the start of the year"; the date of the decision an act was told in; the date of the act's own
noun in the next or the previous sentence."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.test_action_dates import action

from policyscan import load

PUBLISHED = date(2026, 7, 15)


def test_a_weekday_and_its_day_are_one_date_in_an_undated_story(analyze_text):
    text = (
        "Velmora lifts block on Tovin chatbot\n\n"
        "The Velmoran Telecoms Board approved the Tovin licence on 3 March 2026, after a review.\n\n"
        "The Velmoran Telecoms Board lifted its block on the Tovin chatbot after the developer agreed to add"
        " filters, the board announced on Monday, 18 May.\n"
    )
    report = analyze_text(text)
    lifted = [a for a in report.actions if a.direction.value == "loosen" and "lift" in a.trigger]
    assert lifted and lifted[0].date.value == "2026-05-18", [(a.trigger, a.date.value) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "Under the Consumer Protection Act of 1986, the Borvian Trade Office fined Kestrel Labs $2 million.",
        "The Borvian Trade Office fined Kestrel Labs $2 million under the Fair Trading Law of 1994.",
    ],
)
def test_the_year_of_a_law_name_does_not_date_the_act(analyze_text, text):
    a = action(analyze_text(text, published=PUBLISHED), "kestrel")
    assert a.date.value is None or not a.date.value.startswith(("1986", "1994")), a.date.value


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("The Borvian Media Authority on Monday lifted the block it imposed on the Tovin app.", "block"),
        ("The Borvian Media Authority on Monday lifted the ban that it placed on the Tovin app.", "ban"),
    ],
)
def test_what_a_lifting_undoes_is_older_than_the_lifting(analyze_text, text, keyword):
    report = analyze_text(text, published=PUBLISHED)
    lifted = [a for a in report.actions if a.direction.value == "loosen"]
    imposed = [a for a in report.actions if a.direction.value == "tighten"]
    assert lifted and lifted[0].date.value == "2026-07-13", [(a.trigger, a.date.value) for a in report.actions]
    assert imposed and imposed[0].date.value != "2026-07-13", [(a.trigger, a.date.value) for a in report.actions]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("user iconMarta Kovalenko 07 October 2025 Courts", date(2025, 10, 7)),
        ("Marta Kovalenko 12 March 2026 Tech Policy", date(2026, 3, 12)),
    ],
)
def test_an_author_date_and_section_line_dates_the_page(analyze_text, line, want):
    text = (
        "Kestrel Labs loses appeal over Borvian fine\n\n"
        "A court upheld the fine the Borvian Data Office imposed on Kestrel Labs over its chatbot.\n\n"
        f"{line}\n\n"
        "The Borvian Data Office fined Kestrel Labs $3 million in 2024 for collecting children's data.\n"
    )
    report = analyze_text(text)
    assert report.published == want.isoformat(), report.published
    assert not any("Kovalenko" in a.name for a in report.actors), [a.name for a in report.actors]


def test_an_undated_page_counts_its_weekdays_from_the_dates_of_its_related_links(analyze_text):
    text = (
        "Borvia fines Kestrel Labs over chatbot data\n\n"
        "VELMORA (Wire) — Kestrel Labs was fined 2 million crowns by Borvia's data office on Wednesday for storing"
        " the chats of children without consent.\n\n"
        "The office said the company had also failed to tell users where their data was kept. A separate inquiry"
        " by the Borvian Media Board, opened in August, is still running.\n\n"
        "MORE FROM WIRE\n"
        "- Borvian central bank holds rates — Oct. 6, 2026\n"
        "- Velmora port strike ends — Oct. 13, 2026\n"
    )
    report = analyze_text(text)
    fined = [a for a in report.actions if "fine" in a.trigger]
    assert fined and fined[0].date.value == "2026-10-14", [(a.trigger, a.date.value) for a in report.actions]
    assert report.published is None  # the related links do not date the page itself


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In February 2026, the Borvian Data Office suspended new downloads of the Tovin app pending a review,"
            " a restriction it lifted two months later.",
            "2026-04",
        ),
        (
            "The Borvian Media Board blocked the Tovin app on 3 March 2026 and lifted the block the next day.",
            "2026-03-04",
        ),
    ],
)
def test_an_undated_story_counts_later_and_next_day_from_the_event_just_told(analyze_text, text, want):
    lifted = [a for a in analyze_text(text).actions if a.direction.value == "loosen"]
    assert lifted and lifted[0].date.value == want, [(a.trigger, a.date.value) for a in lifted]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Posted by Marta Kovalenko on March 5, 2026", date(2026, 3, 5)),
        ("Written by Marta Kovalenko on 5 March 2026 at 10:42 am", date(2026, 3, 5)),
        ("05 Mar 2026 10:42AM (Updated: 06 Mar 2026 08:00AM)", date(2026, 3, 5)),
    ],
)
def test_a_byline_with_its_date_after_on_or_an_update_in_brackets_dates_the_page(analyze_text, line, want):
    text = (
        "Borvia fines Kestrel Labs over chatbot data\n\n"
        f"{line}\n\n"
        "The Borvian Data Office fined Kestrel Labs $2 million for storing children's chats without consent.\n"
    )
    assert analyze_text(text).published == want.isoformat()


@pytest.mark.parametrize(
    ("when", "want"),
    [
        ("on 13.07.2026", "2026-07-13"),
        ("on 3.7.2026", "2026-07-03"),
        ("on 03/14/2026", "2026-03-14"),
        ("last summer", "2025"),
        ("last spring", "2026"),
        ("in the second quarter", "2026-04"),
        ("at the start of the year", "2026"),
        ("on July 3 last year", "2025-07-03"),
    ],
)
def test_days_in_numbers_seasons_and_quarters_date_the_act(analyze_text, when, want):
    text = f"The Borvian Data Office fined Kestrel Labs 2 million crowns {when} for storing children's chats."
    a = action(analyze_text(text, published=PUBLISHED), "kestrel")
    assert a.date.value == want, a.date.value


def test_the_date_of_the_decision_an_act_was_told_in_dates_it_after_an_amount(analyze_text):
    text = "The Borvian Data Office fined Kestrel Labs 2 million crowns in a decision dated 3 July."
    a = action(analyze_text(text, published=PUBLISHED), "kestrel")
    assert a.date.value == "2026-07-03", a.date.value


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Borvian Media Board has banned the Tovin app over deepfakes. The ban, announced on Monday, applies"
            " to all networks.",
            "2026-07-13",
        ),
        (
            "The Borvian Data Office fined Kestrel Labs 2 million crowns. The fine, issued on 9 July, is the largest"
            " this year.",
            "2026-07-09",
        ),
    ],
)
def test_an_undated_act_takes_the_day_its_noun_was_announced_in_the_next_sentence(analyze_text, text, want):
    a = action(analyze_text(text, published=PUBLISHED), "tovin" if "Tovin" in text else "kestrel")
    assert a.date.value == want, a.date.value


def test_an_undated_act_takes_the_date_of_its_noun_with_the_same_agent_in_the_sentence_before(analyze_text):
    text = (
        "A Velmora court on Tuesday rejected a request from Tovin Labs to suspend a 40 million crown fine imposed by"
        " the Borvian Media Board in May. The Borvian Media Board fined the company after its chatbot renewed"
        " paid plans without consent."
    )
    fined = [a for a in analyze_text(text, published=PUBLISHED).actions if a.actor and "Media Board" in a.actor]
    assert fined and fined[0].date.value == "2026-05", [(a.actor, a.trigger, a.date.value) for a in fined]


def test_a_page_line_that_says_updated_then_published_is_dated_by_the_publication():
    html = (
        "<html><head></head><body><h1>Borvia fines Kestrel Labs</h1>"
        '<p class="byline">Updated March 9, 2026 | Published March 5, 2026</p>'
        "<p>The Borvian Data Office fined Kestrel Labs 2 million crowns for storing children's chats without"
        " consent, the office said on Tuesday.</p></body></html>"
    )
    article = load.load_bytes(html.encode("utf-8"), path="t.html", suffix=".html")
    assert article.published == date(2026, 3, 5), (article.published, article.published_from)
