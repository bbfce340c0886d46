"""Sentence-level tests (issue 11, seventh round, recall): actions the grammar used to miss. Every sentence is
invented; the assertions are properties, not spans.

Categories: an instrument named with its author ("a directive from the ministry requiring X to V") inside a
sentence about something else (a court refusing to suspend it, a company complying with it, challenging it):
the content is the author's enacted action, whatever the outer verb does to the instrument.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import Direction, Report, Status

PUB = date(2026, 6, 12)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# --- an instrument "from" a named body: its content is that body's act ------------------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "The court refused to suspend a separate directive from the Ministry of Information requiring chatbot "
            "providers to keep logs of users' requests for six months.",
            "Ministry of Information",
            "logs",
        ),
        (
            "Veltra Labs said it would comply with a decree from the Central Bank of Ostravia requiring lenders "
            "to disclose their use of scoring models.",
            "Central Bank",
            "disclose",
        ),
        (
            "Kestrel Labs has challenged an order from the Lirania Data Authority requiring it to delete the "
            "voice recordings.",
            "Data Authority",
            "delete",
        ),
    ],
)
def test_an_instrument_from_a_named_body_is_that_bodys_action(run, text, actor, keyword):
    a = one(run(text), actor=actor, keyword=keyword)
    assert a.direction == Direction.TIGHTEN
    assert a.status == Status.ENACTED  # the outer "refused", "would comply" does not govern the directive


def test_the_party_challenging_the_instrument_is_not_its_author(run):
    r = run(
        "Kestrel Labs has challenged an order from the Lirania Data Authority requiring it to delete the recordings."
    )
    assert not find(r, actor="Kestrel", keyword="delete")


def test_a_law_with_a_content_participle_and_no_author_stays_one_action(run):
    r = run("The Senate of Lirania passed a law banning facial recognition in schools.")
    assert len(find(r, actor="Senate")) == 1
