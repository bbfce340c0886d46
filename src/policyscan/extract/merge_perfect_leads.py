"""A lead told in the present perfect and dated only by the day it was reported, and the later sentence that
gives the act its own day: "X's ministry has revoked two export licences held by Vessia Labs, officials said
Thursday. The ministry said it withdrew the licences from Vessia Labs on Tuesday ..." The perfect tells the news as
of the reporting day (the date beside a saying verb, ``action_words.json`` ``saying_forms`` / ``reporting_forms`` /
``disclosing_forms``); the past-tense mention a few days earlier, by the same body, in the same direction, status
and event family, sharing a named object, is the same act. The lead folds into that mention and takes its day.
Without the saying verb ("has revoked ... on Thursday") the lead's day is the act's own and nothing folds."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.merge_mentions import absorb, names_overlap
from policyscan.extract.merge_near import event_family
from policyscan.report import HEDGED

LEAD_DAYS = 7  # the act's own day at most a week before the day it was reported
LEAD_REACH = 1500  # characters from the lead's sentence to the sentence with the act's own day
DAY_LEN = len("2026-10-13")


@cache
def _reported_on_re() -> re.Pattern[str]:
    forms = word_set("saying_forms") | word_set("reporting_forms") | word_set("disclosing_forms")
    verbs = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+(?:on\s+)?$", re.I)


def _day(value: str | None) -> date | None:
    if not value or len(value) != DAY_LEN:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _reported_day(lead: RawAction, text: str) -> bool:
    """The lead's date is the day a saying verb reports it on ("officials said Thursday")."""
    start = lead.date.start
    if start is None or not any(s <= start < e for s, e in lead.sents):
        return False
    return _reported_on_re().search(text[max(0, start - 40) : start]) is not None


def _own_day_of(lead: RawAction, b: RawAction, text: str) -> bool:
    if lead.told != "perfect" or b.told != "past" or b.order <= lead.order or not lead.actor:
        return False
    if (lead.actor, lead.direction, lead.status) != (b.actor, b.direction, b.status) or lead.status in HEDGED:
        return False
    if event_family(lead) != event_family(b) or not (lead.object_keys and b.object_keys):
        return False
    told_on, done_on = _day(lead.date.value), _day(b.date.value)
    if told_on is None or done_on is None or not told_on - timedelta(days=LEAD_DAYS) <= done_on < told_on:
        return False
    gap = min(sb - ea for _, ea in lead.sents for sb, _ in b.sents)
    if not 0 <= gap <= LEAD_REACH or not names_overlap(lead.object_keys, b.object_keys):
        return False
    return _reported_day(lead, text)


def fold_perfect_leads(actions: list[RawAction], text: str) -> list[RawAction]:
    """Fold each reported-day perfect lead into the later mention giving the act's own day (see the module's doc)."""
    if not text:
        return actions
    out: list[RawAction] = []
    gone: set[int] = set()
    for i, lead in enumerate(actions):
        if i in gone:
            continue
        j = next((j for j in range(i + 1, len(actions)) if j not in gone and _own_day_of(lead, actions[j], text)), None)
        if j is not None:
            own = actions[j].date
            absorb(lead, actions[j])
            lead.date = own
            lead.sents.sort()
            gone.add(j)
        out.append(lead)
    return out
