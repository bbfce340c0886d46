"""One event, one record (issue 11, duplicates, tenth round): sentence-level tests of invented text.

Every body, company, place and product here is made up. The assertions are properties (how many actions of a
direction the body has, which kinds and keywords survive), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan.report import Action, Direction, Report

PUBLISHED = datetime.date(2026, 9, 24)


def tightened_by(report: Report, actor_word: str) -> list[Action]:
    return [a for a in report.actions if a.direction == Direction.TIGHTEN and actor_word in (a.actor or "")]


def words_of(action: Action) -> str:
    return " ".join([action.trigger, action.target or "", *action.objects]).lower()


# an instrument and the participle that says what it does, a date between them ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor_word", "keyword"),
    [
        (
            "Veloria's Council of Ministers adopted a resolution last Friday requiring every firm that sells chatbot"
            " services to keep copies of user records on servers inside Veloria.",
            "Council of Ministers",
            "chatbot",
        ),
        (
            "The Ostrian parliament adopted a law in June banning emotion-recognition cameras in primary schools.",
            "parliament",
            "cameras",
        ),
    ],
)
def test_an_instruments_participle_after_a_date_is_the_instrument(
    analyze_text, text: str, actor_word: str, keyword: str
) -> None:
    acts = tightened_by(analyze_text(text, published=PUBLISHED), actor_word)
    assert len(acts) == 1
    assert keyword in words_of(acts[0])


def test_a_participle_after_a_comma_is_not_the_instruments(analyze_text) -> None:
    text = "The Ostrian Data Office fined Pellatec last week, requiring it to delete the recordings."
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Data Office")
    assert [a.kind.value for a in acts] == ["fine"]
