"""Publication dates as real pages write them (issue 11, dates): sentence-level tests of invented pages.

Every outlet, body and person here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.load import load_bytes
from policyscan.load.dates import numeric_readings

LEDE = (
    "The Lakeshore Data Authority on Tuesday ordered the Corvina chatbot app removed from app stores in the province,"
    " citing complaints from parents.\n"
)


def _load(text: str):
    return load_bytes(text.encode(), suffix=".txt")


@pytest.mark.parametrize(
    "stamp",
    [
        "March 3, 2026 11:42 AM GMT+3 Updated 2 hours ago",
        "March 3, 2026 | Updated 2 hours ago",
        "3 March 2026 09:05 Last updated 40 minutes ago",
    ],
)
def test_a_date_line_that_also_says_when_it_was_updated(stamp):
    art = _load(f"Lakeshore orders Corvina app pulled\n\nBy Ana Ruiz\n\n{stamp}\n\n{LEDE}")
    assert art.published == date(2026, 3, 3)


def test_a_lede_paragraph_opening_with_the_date_after_a_caption():
    text = (
        "Governor signs the Corvina Act\n\n"
        "Governor Mara Quill, above, signed the bill into law earlier today at a school in the capital.\n\n"
        "Sept. 29, 2025 — In a long-awaited step, Governor Mara Quill today signed into law the Corvina Act, which"
        " requires chatbot providers to publish safety reports.\n"
    )
    assert _load(text).published == date(2025, 9, 29)


def test_a_timeline_is_not_a_lede_stamp():
    text = (
        "How the Corvina dispute unfolded\n\n"
        "May 14, 2024 — The Lakeshore Data Authority ordered stores to stop selling the Corvina speaker, citing the"
        " way it stored children's voices.\n\n"
        "June 2, 2024 — The maker appealed the order in the provincial court, saying it had already changed the"
        " product.\n"
    )
    assert _load(text).published is None


def test_a_short_dated_line_after_the_body_started_is_not_the_publication_date():
    text = "Lakeshore orders app pulled\n\n" + LEDE + "\nMay 14, 2024 — an earlier order.\n"
    assert _load(text).published is None


@pytest.mark.parametrize(
    ("line", "body", "expected"),
    [
        # both orders are dates: the one soonest after the latest day the text names
        ("02/03/2026 | Press release", "The authority opened its inquiry on 12 January.", date(2026, 2, 3)),
        ("02/03/2026 | Press release", "The authority opened its inquiry on 20 February.", date(2026, 3, 2)),
        # one order only
        ("17/02/2026 | Press release", "The authority opened its inquiry last month.", date(2026, 2, 17)),
    ],
)
def test_numeric_date_lines(line, body, expected):
    art = _load(f"Lakeshore authority sets out next steps\n\n{line}\n\n{LEDE}{body}\n")
    assert art.published == expected


def test_an_ambiguous_numeric_date_without_any_named_day_is_left_out():
    art = _load(f"Lakeshore authority sets out next steps\n\n02/03/2026 | Press release\n\n{LEDE}")
    assert art.published is None


def test_numeric_readings():
    assert numeric_readings("02/03/2026") == [date(2026, 2, 3), date(2026, 3, 2)]
    assert numeric_readings("17/02/2026") == [date(2026, 2, 17)]
    assert numeric_readings("12/12/2026") == [date(2026, 12, 12)]
    assert numeric_readings("31/31/2026") == []


def test_a_footnote_marker_does_not_hide_the_date(analyze_text):
    text = (
        "We have worked closely with the Lakeshore Data Authority, which is launching its own investigation into"
        " Corvina Labs today.[2]\n"
    )
    report = analyze_text(text, published=date(2026, 2, 3))
    found = [a for a in report.actions if "investigation" in a.trigger]
    assert found and found[0].date.value == "2026-02-03", [(a.trigger, a.date.value) for a in report.actions]


@pytest.mark.parametrize(
    "line", ["Ana Ruiz / Mar 4, 2026", "Ana Ruiz and Tom Vale / 4 March 2026", "Policy / Mar 4, 2026"]
)
def test_an_author_and_date_line_split_by_a_slash(line):
    art = _load(f"Lakeshore orders Corvina app pulled\n{line}\n{LEDE}")
    assert art.published == date(2026, 3, 4)


def test_a_slash_inside_a_headline_is_not_a_date_line():
    art = _load(f"Lakeshore / Corvina: the app is pulled\n{LEDE}")
    assert art.published is None


WIRE_LEDE = (
    "QARVIA CITY, Qarvia (AP) — The Qarvia privacy commission on Tuesday fined Kestrel Labs 2 billion crowns for"
    " storing the chats of children without consent, officials said.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "By Ana Ruiz | AP\nOctober 14, 2026 at 10:42 a.m. EDT",
        "Ana Ruiz, Associated Press\nTue, October 14, 2026 at 10:42 AM GMT+9·2 min read",
        "PUBLISHED: October 14, 2026 | UPDATED: October 15, 2026",
        "By ANA RUIZ\nPublished 10:42 AM GMT+9, October 14, 2026\nUpdated 11:05 AM GMT+9, October 14, 2026",
    ],
)
def test_a_wire_story_header_gives_the_date(header):
    art = _load(f"Kestrel fined over children's chats\n\n{header}\n\n{WIRE_LEDE}")
    assert art.published == date(2026, 10, 14)
    assert art.dateline is None or "PUBLISHED" not in art.dateline


def _page(date_div: str, related: str = "") -> str:
    return (
        "<html><head><title>Kestrel fined over children's chats | Wire</title></head><body>"
        "<h1>Kestrel fined over children's chats</h1><div class='byline'>By ANA RUIZ</div>"
        f"{date_div}<div class='story'><p>{WIRE_LEDE}</p><p>The commission also ordered Kestrel Labs to delete the"
        " data of every user it cannot verify as an adult, and said it would check compliance in January next"
        " year.</p></div>"
        f"<div class='related'><h2>More stories</h2><ul><li>Other story {related}</li></ul></div></body></html>"
    )


@pytest.mark.parametrize(
    "date_div",
    [
        "<div class='Page-dateModified'><span>Updated 10:42 PM GMT+9, October 14, 2026</span></div>",
        "<div class='published-time'>Published 10:42 AM, October 14, 2026</div>",
    ],
)
def test_a_page_without_date_metadata_gives_the_date_element_before_the_story(date_div):
    art = load_bytes(_page(date_div).encode(), suffix=".html")
    assert art.published == date(2026, 10, 14)


def test_a_related_story_date_is_never_the_pages_date():
    art = load_bytes(_page("", "<span class='date'>Oct. 9, 2026</span>").encode(), suffix=".html")
    assert art.published is None
