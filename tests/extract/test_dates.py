"""Unit tests of dates.resolve: relative phrases resolve against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.extract.dates import resolve
from policyscan.report import Granularity

BASE = date(2026, 11, 20)  # a Friday
ANCHOR = date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(
    ("text", "future", "value"),
    [
        ("on Tuesday", False, "2026-11-17"),
        ("Tuesday", False, "2026-11-17"),
        ("on Tuesday", True, "2026-11-24"),
        ("next Tuesday", False, "2026-11-24"),
        ("last Friday", False, "2026-11-13"),
        ("on Friday", False, "2026-11-20"),
    ],
)
def test_weekday_resolves_to_past_or_future_day(text, future, value):
    res = resolve(text, BASE, future=future)
    assert res.value == value
    assert res.granularity == Granularity.DAY


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("last week", "2026-11-09", Granularity.WEEK),
        ("this week", "2026-11-16", Granularity.WEEK),
        ("next week", "2026-11-23", Granularity.WEEK),
        ("last month", "2026-10", Granularity.MONTH),
        ("this month", "2026-11", Granularity.MONTH),
        ("next month", "2026-12", Granularity.MONTH),
        ("earlier this month", "2026-11", Granularity.MONTH),
        ("last year", "2025", Granularity.YEAR),
        ("this year", "2026", Granularity.YEAR),
        ("earlier this year", "2026", Granularity.YEAR),
        ("next year", "2027", Granularity.YEAR),
        ("yesterday", "2026-11-19", Granularity.DAY),
        ("three days ago", "2026-11-17", Granularity.DAY),
    ],
)
def test_relative_periods(text, value, granularity):
    res = resolve(text, BASE)
    assert (res.value, res.granularity) == (value, granularity)


def test_later_needs_an_anchor():
    assert resolve("two weeks later", BASE, anchor=ANCHOR).value == "2026-03-16"
    assert resolve("two weeks later", BASE).value is None


def test_following_day_needs_an_anchor():
    assert resolve("the following day", BASE, anchor=ANCHOR).value == "2026-03-03"
    assert resolve("the following day", BASE).value is None


@pytest.mark.parametrize(
    ("text", "future", "value"),
    [
        ("March", False, "2026-03"),  # before the base month: this year
        ("December", False, "2025-12"),  # after the base month in a past context: last year
        ("December", True, "2026-12"),
        ("March", True, "2027-03"),
        ("in July", False, "2026-07"),
    ],
)
def test_month_alone(text, future, value):
    res = resolve(text, BASE, future=future)
    assert res.value == value
    assert res.granularity == Granularity.MONTH


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("December 2022", "2022-12", Granularity.MONTH),
        ("March 3, 2025", "2025-03-03", Granularity.DAY),
        ("3 March 2025", "2025-03-03", Granularity.DAY),
        ("2025-03-03", "2025-03-03", Granularity.DAY),
        ("2024", "2024", Granularity.YEAR),
        ("mid-2025", "2025", Granularity.YEAR),
    ],
)
def test_absolute_dates_keep_their_granularity(text, value, granularity):
    res = resolve(text, BASE)
    assert (res.value, res.granularity) == (value, granularity)


@pytest.mark.parametrize("text", ["three months", "the past two years", "several weeks", "30 days"])
def test_durations_are_not_dates(text):
    assert resolve(text, BASE).value is None


@pytest.mark.parametrize("text", ["the 1990s", "the 2020s"])
def test_decades_are_not_dates(text):
    assert resolve(text, BASE).value is None


def test_without_a_base_only_absolute_dates_resolve():
    assert resolve("March 3, 2025", None).value == "2025-03-03"
    assert resolve("December 2022", None).value == "2022-12"
    assert resolve("2024", None).value == "2024"
    for text in ("last week", "on Tuesday", "March", "last month", "earlier this year"):
        assert resolve(text, None).value is None, text


# Issue 12 item 8: phrases that point outside years 1-9999 resolve to no value with a warning.
@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("2100 years ago", date(2026, 1, 1)),
        ("2026 years ago", date(2026, 5, 1)),
        ("1000000 days ago", date(2026, 1, 1)),
        ("99999999999999999999 days ago", date(2026, 1, 1)),
        ("9" * 5000 + " years ago", date(2026, 1, 1)),
        ("yesterday", date(1, 1, 1)),
        ("last week", date(1, 1, 1)),
        ("3 weeks ago", date(1, 1, 5)),
        ("last March", date(1, 1, 1)),
        ("last year", date(1, 6, 1)),
        ("tomorrow", date(9999, 12, 31)),
        ("next Friday", date(9999, 12, 31)),
        ("next month", date(9999, 12, 31)),
        ("next March", date(9999, 12, 1)),
        ("next year", date(9999, 6, 1)),
        ("the end of next year", date(9999, 1, 1)),
    ],
)
def test_out_of_range_dates_are_null_with_a_warning(text, base):
    res = resolve(text, base)
    assert res.value is None and res.granularity is None
    assert res.warning and "outside years 1-9999" in res.warning
    assert base.isoformat() in res.warning


@pytest.mark.parametrize(
    ("text", "base", "value"),
    [
        ("2025 years ago", date(2026, 1, 1), "0001"),
        ("yesterday", date(1, 1, 2), "0001-01-01"),
        ("tomorrow", date(9999, 12, 30), "9999-12-31"),
        ("next month", date(9999, 11, 30), "9999-12"),
    ],
)
def test_the_calendar_edges_still_resolve(text, base, value):
    res = resolve(text, base)
    assert res.value == value
    assert res.warning is None


def test_out_of_range_in_every_direction_and_tense_never_raises():
    import re

    iso = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
    phrases = [
        f"{n} {unit} {way}"
        for n in ("1", "12", "2100", "1000000", "a few")
        for unit in ("days", "weeks", "months", "years")
        for way in ("ago", "earlier", "later", "before")
    ]
    phrases += ["yesterday", "tomorrow", "today", "last week", "next week", "this month", "on Monday", "next Monday"]
    phrases += ["last May", "next December", "the following day", "the day before", "end of last year"]
    bases = [date(1, 1, 1), date(1, 1, 7), date(9999, 12, 31), date(9999, 12, 25), None]
    anchors = [None, date(1, 1, 1), date(9999, 12, 31)]
    for text in phrases:
        for base in bases:
            for anchor in anchors:
                for future in (False, True):
                    res = resolve(text, base, future=future, anchor=anchor)
                    assert res.value is None or iso.fullmatch(res.value), (text, base, anchor, res)
                    assert res.value is None or not res.value.startswith("-")


@pytest.mark.parametrize("season", ["spring", "summer", "autumn", "fall", "winter"])
def test_a_season_is_never_dated_and_dateparser_agrees(season):
    """Seasons skip dateparser (its first call costs ~0.3 s, issue 16) because it dates none of them."""
    from policyscan.extract.dates import _dateparser

    phrases = [
        season,
        f"last {season}",
        f"this {season}",
        f"next {season} 2026",
        f"the {season} of 2025",
        f"early {season}",
        f"mid-{season}",
        f"March 3 last {season}",
        f"2 weeks ago in {season}",
    ]
    for base in (date(2024, 2, 29), date(2025, 7, 9), date(2026, 12, 28)):
        for future in (False, True):
            for text in phrases:
                assert _dateparser.__wrapped__(text, base, future).value is None, (text, base, future)
            assert resolve(f"last {season}", base, future=future).value is None
