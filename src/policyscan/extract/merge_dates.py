"""Whether two mentions' dates let them be one event (issue 11, dates).

"Quorin Labs has disabled image generation in Ecuador" is the story's news; "it limited image generation in Peru
in 2025" is an older event by the same company. An undated present perfect is the recent past of the story, so
it is never the same event as a mention dated well before the story's day (``mark_stale`` runs before merging).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from policyscan.extract.actions import RawAction
from policyscan.extract.dates import compatible, date_to_iso
from policyscan.report import DateRef, Granularity

STALE_DAYS = 92  # a dated mention that starts more than about three months before the story is not its news


def mark_stale(actions: Iterable[RawAction], told_on: date | None) -> None:
    """Flag the mentions dated (from their first day) more than ``STALE_DAYS`` before the story's day."""
    if told_on is None:
        return
    for a in actions:
        first = date_to_iso(a.date.value)
        a.stale = first is not None and first < told_on - timedelta(days=STALE_DAYS)


def _news(a: RawAction) -> bool:
    return a.told == "perfect" and not a.date.value


def in_week(day: DateRef, week: DateRef) -> bool:
    """ "voted last week" and "approved the bill on 8 October": a day inside the week one mention is dated by."""
    if week.granularity != Granularity.WEEK or not day.value or len(day.value) != len("2025-10-08"):
        return False
    return bool(week.first_day and week.last_day and week.first_day <= day.value <= week.last_day)


def fit_values(a: DateRef, b: DateRef) -> bool:
    """Two mentions' dates that can be one event's: compatible values, or a day inside the other's week."""
    return compatible(a.value, b.value) or in_week(a, b) or in_week(b, a)


def dates_fit(a: RawAction, b: RawAction) -> bool:
    """Compatible dates, and not an undated present perfect beside a mention dated well before the story."""
    if not fit_values(a.date, b.date):
        return False
    return not ((_news(a) and b.stale) or (_news(b) and a.stale))
