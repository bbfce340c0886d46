"""One event, one record (issue 11, merging): sentence-level tests of invented text.

Every person, body, law and product here is made up or used only as a name. The assertions are
properties (how many actions of this actor and direction exist, which mentions they carry), never spans.
"""

from __future__ import annotations

import pytest

from policyscan.extract.actions.words import word_set
from policyscan.report import Action, Direction, Report


def by(report: Report, actor: str, direction: Direction = Direction.TIGHTEN) -> list[Action]:
    return [a for a in report.actions if a.actor and actor.lower() in a.actor.lower() and a.direction == direction]


# A24: a consequence clause restates the event it follows ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Dana Reyes signed the Chatbot Safety Act on Tuesday, making Colorado the second state"
        " to enact such a law.\n",
        "Senator Maria Lopez signed the bill on Tuesday, making Ohio the first state to adopt a"
        " comprehensive AI law.\n",
    ],
)
def test_consequence_clause_is_the_same_event(analyze_text, text):
    found = by(analyze_text(text), "Reyes") or by(analyze_text(text), "Lopez")
    assert len(found) == 1, [(a.actor, a.trigger) for a in found]


def test_two_laws_without_a_consequence_marker_stay_two(analyze_text):
    r = analyze_text(
        "Governor Dana Reyes signed the Chatbot Safety Act in March and later enacted a separate privacy law in June.\n"
    )
    assert len(by(r, "Reyes")) == 2, [(a.actor, a.trigger) for a in r.actions]


def test_consequence_marker_does_not_fuse_opposite_directions(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission lifted its ban on the Zephyr app on Tuesday, making it the first"
        " regulator to ban a rival app, the Quill chatbot, in the same week.\n"
    )
    assert by(r, "Federal Trade Commission", Direction.LOOSEN)
    assert by(r, "Federal Trade Commission", Direction.TIGHTEN)


def test_consequence_marker_does_not_fuse_a_different_kind_of_event(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission banned the Zephyr app on Tuesday, making it the first regulator"
        " to fine a chatbot maker.\n"
    )
    assert len(by(r, "Federal Trade Commission")) == 2, [(a.actor, a.trigger) for a in r.actions]


def test_consequence_markers_are_lowercase_data():
    markers = word_set("consequence_markers")
    assert markers and all(m == m.lower() and m.strip() == m for m in markers)


# A22: a person restating a body's event ("announced the ban") is that event ------------------------


def test_person_announcing_the_ban_is_the_bodys_ban(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission on Tuesday banned the Zephyr chatbot from federal devices.\n\n"
        "Chair Lina Khan announced the ban on Tuesday.\n"
    )
    bans = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(bans) == 1, [(a.actor, a.trigger) for a in bans]
    assert bans[0].actor and "Federal Trade Commission" in bans[0].actor
    assert len(bans[0].evidence) == 2


def test_person_lifting_the_ban_is_not_folded_into_the_ban(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission banned the Zephyr chatbot in March.\n\n"
        "Chair Lina Khan lifted the ban on Tuesday.\n"
    )
    assert by(r, "Federal Trade Commission")
    assert by(r, "Khan", Direction.LOOSEN)


def test_person_on_another_day_keeps_their_own_action(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission on Tuesday banned the Zephyr chatbot from federal devices.\n\n"
        "In Italy, Prime Minister Giorgia Meloni announced the ban on Wednesday.\n"
    )
    assert by(r, "Federal Trade Commission") and by(r, "Meloni")


def test_anaphoric_determiners_are_lowercase_data():
    words = word_set("anaphoric_determiners")
    assert "the" in words and all(w == w.lower() and " " not in w for w in words)
