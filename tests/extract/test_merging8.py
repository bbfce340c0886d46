"""One event, one record (issue 11, duplicates, eighth round): sentence-level tests of invented text.

Every body, company and product here is made up. The assertions are properties (how many actions of this
direction exist, who acts, their kind), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan.report import Action, Direction, Report

PUBLISHED = datetime.date(2026, 5, 20)


def by(report: Report, direction: Direction) -> list[Action]:
    return [a for a in report.actions if a.direction == direction]


def shown(report: Report) -> list[tuple[str | None, str, str, str]]:
    return [(a.actor, a.direction.value, a.trigger, a.status.value) for a in report.actions]


# a bare light verb ("the largest it has imposed") restating the event its own sentence names --------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (  # a noun event, the relative clause's gap is the fine
            "The Data Office's March fine against Kestrel Labs remains the largest it has imposed on a technology"
            " company.\n",
            "fine",
        ),
        (  # a verb event, then an appositive superlative and a second relative clause
            "The Valdor Competition Board fined Orlin Systems 3 million euros on Monday; it was the biggest penalty"
            " the board has imposed on any software company, which it imposed after a two-year inquiry.\n",
            "fine",
        ),
        (  # a noun event in a reported clause, the superlative between commas
            "The Norland Telecoms Agency said on Monday that its ban on the Wren chatbot, the first it has imposed"
            " on an AI service, would last six months.\n",
            "ban",
        ),
    ],
)
def test_bare_light_verb_restates_its_sentence_event(analyze_text, text, kind):
    r = analyze_text(text, published=PUBLISHED)
    ours = by(r, Direction.TIGHTEN)
    assert len(ours) == 1, shown(r)
    assert ours[0].kind == kind, shown(r)


def test_light_verb_with_its_own_noun_stays_an_event(analyze_text):
    r = analyze_text(
        "The Norland Telecoms Agency imposed a curfew on the app's night-time use and fined Kestrel Labs on Monday.\n",
        published=PUBLISHED,
    )
    assert sorted(a.kind for a in by(r, Direction.TIGHTEN)) == ["curfew", "fine"], shown(r)
