"""Publication dates, fifth round (issue 11, dates): a masthead line with taglines beside its date, a time written
after "@". Every outlet, body and person here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.load import load_bytes

LEDE = (
    "The Lakeshore Data Authority on Tuesday ordered the Corvina chatbot app removed from app stores in the province,"
    " citing complaints from parents.\n"
)


def _load(text: str, suffix: str = ".txt"):
    return load_bytes(text.encode(), suffix=suffix)


@pytest.mark.parametrize(
    "line",
    [
        "Thursday, 12 February 2026 · Four regulators, three fines, one week · View in browser",
        "February 12, 2026 | The week in platform rules | Forward to a friend",
        "**12 Feb 2026** · Issue 31 · Read online · Unsubscribe",
    ],
)
def test_a_masthead_line_with_taglines_beside_its_date(line):
    art = _load(f"# The Lakeshore Letter\n\n{line}\n\n{LEDE}", suffix=".md")
    assert art.published == date(2026, 2, 12)


def test_taglines_without_a_date_give_no_date():
    art = _load(f"# The Lakeshore Letter\n\nFour regulators, three fines · View in browser\n\n{LEDE}", suffix=".md")
    assert art.published is None


def test_a_sentence_beside_a_date_is_not_a_masthead():
    line = "March 3, 2026 · The authority said on Monday it would act. Officials declined to comment."
    art = _load(f"Lakeshore acts on Corvina\n\n{line}\n\n{LEDE}")
    assert art.published != date(2026, 3, 3) or art.published is None


@pytest.mark.parametrize("stamp", ["July 9, 2026 @ 4:15pm", "9 July 2026 @ 16:15", "July 9, 2026 @4:15 PM"])
def test_a_time_after_an_at_sign(stamp):
    art = _load(f"Lakeshore orders Corvina app pulled\n\nBy Ana Ruiz\n{stamp}\n\n{LEDE}")
    assert art.published == date(2026, 7, 9)


@pytest.mark.parametrize(
    "stamp",
    [
        "February 12, 2026 - 3:45 PM",
        "12 February 2026 – 09:15",
        "2026/02/12",
        "2026-02-12T09:15:00Z",
        "2026-02-12T09:15+01:00",
    ],
)
def test_bare_date_lines_with_a_dash_before_the_time_or_written_year_first(stamp):
    art = _load(f"Lakeshore orders Corvina app pulled\n\nBy Ana Ruiz\n\n{stamp}\n\n{LEDE}")
    assert art.published == date(2026, 2, 12)


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("Published: 12/02/2026", date(2026, 2, 12)),  # the text names 10 February: 12 February follows it
        ("Date: 02/12/2026", date(2026, 2, 12)),
        ("Posted 17/02/2026 09:15", date(2026, 2, 17)),
    ],
)
def test_a_labelled_numeric_date_is_read_in_the_order_the_text_supports(stamp, want):
    lede = "The Lakeshore Data Authority on 10 February ordered the Corvina app removed, citing complaints.\n"
    art = _load(f"Lakeshore orders Corvina app pulled\n\n{stamp}\n\n{lede}")
    assert art.published == want


@pytest.mark.parametrize(
    "line",
    [
        "19.02.2026, 08:15 — aktualizacja 10:40",
        "19.02.2026, 08:15",
        "19.02.2026, 08:15 | updated 10:40",
        "Anna Kowal, PAP / Gazeta Nadodrza\n19.02.2026, 08:15 — mis à jour 10:40",
    ],
)
def test_a_numeric_date_with_a_comma_before_its_time_and_a_worded_update(line):
    art = _load(f"Regulator fines Wroclaw start-up\n\n{line}\n\n{LEDE}")
    assert art.published == date(2026, 2, 19)


def test_a_worded_time_alone_is_no_date():
    art = _load(f"Regulator fines Wroclaw start-up\n\naktualizacja 10:40\n\n{LEDE}")
    assert art.published is None
