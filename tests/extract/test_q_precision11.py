"""Eleventh round, false actions (issue 11): statements that tell no single event, and acts told of the wrong
body or with the wrong object.

A power ("can order processing to stop and impose fines", also for a verb joined to the modal one), a habit
("has restricted online platforms before"), a membership told in the present ("is one of several countries to
restrict ...") and a ranked summary after a comma ("..., one of the largest penalties the office has imposed")
are not acts of their own. A measure a court reviews ("ruled that a block imposed last month was ...", "upheld
the fine imposed on X") is not the court's act. "reversing a measure it had imposed" restates the measure the
main verb lifted, and "ordered the regulator to lift it" lifts the restriction "it" stands for. The event they
sit beside, a dated past act, a past membership and a reviewed measure with its author are kept. Every
sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

PUB = date(2026, 3, 10)


def _acts(report) -> list[tuple[str | None, str, str, str]]:
    return [(a.actor, a.kind.value, a.direction.value, a.status.value) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "The Varnholt Data Authority can order processing to stop and impose fines.",
        "Under the 2024 law the Telecom Office of Dravia can suspend an app and fine its operator.",
        "The Telecom Office of Dravia can order operators to block an app and impose penalties of up to 4% of sales.",
        "Kestria's Competition Board can open inquiries, demand documents and fine companies that do not cooperate.",
    ],
)
def test_a_power_joined_to_the_modal_verb_is_no_event(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert acts == [], acts


def test_an_act_joined_to_a_plain_past_verb_stays(analyze_text):
    text = "The Varnholt Data Authority ordered Pellan Labs to stop processing data and imposed a fine."
    acts = _acts(analyze_text(text, published=PUB))
    assert ("Varnholt Data Authority", "fine", "tighten", "enacted") in acts, acts


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Residents said the outage hurt shops. Nigeria has restricted online platforms before. In 2024 the "
            "commission ordered operators to block the messaging app Kolanut in three states.",
            "Nigeria",
        ),
        (
            "Residents said the curfew hurt shops. Kenya has blocked messaging apps before. The Communications "
            "Authority of Kenya lifted the curfew on Friday.",
            "Kenya",
        ),
        (
            "Residents said the curfew hurt shops. Uganda has banned social media platforms before, activists noted.",
            "Uganda",
        ),
    ],
)
def test_a_habit_told_with_before_is_no_event(analyze_text, text, actor):
    acts = _acts(analyze_text(text, published=PUB))
    assert all(a != actor for a, *_ in acts), acts


def test_a_dated_earlier_act_with_before_stays(analyze_text):
    text = "Residents said the block hurt shops. Kenya has blocked messaging apps before, during the 2021 protests."
    acts = _acts(analyze_text(text, published=PUB))
    assert ("Kenya", "block", "tighten", "enacted") in acts, acts


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Experts said the ban was overdue. North Macedonia is one of several countries in the region to restrict "
            "AI tools in government. Officials say neighbouring governments have asked for a copy of the decision.",
            "North Macedonia",
        ),
        (
            "Experts said the ban was overdue. Kenya is among a growing number of states to have banned the Orrin "
            "app. Officials say other governments have asked for a copy.",
            "Kenya",
        ),
        (
            "Experts said the ban was overdue. Peru is one of a handful of countries to restrict the Orrin chatbot "
            "in schools.",
            "Peru",
        ),
    ],
)
def test_a_present_membership_is_no_event(analyze_text, text, actor):
    acts = _acts(analyze_text(text, published=PUB))
    assert all(a != actor for a, *_ in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "Kenya was one of the first countries to ban the Orrin app, in March 2024.",
        "Kenya became the first country to ban the Orrin app on Monday.",
    ],
)
def test_a_past_membership_stays(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert ("Kenya", "ban", "tighten", "enacted") in acts, acts


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        (
            "In 2025 the Data Office fined Tessel Digital 5 million baht for failing to tell users, one of the "
            "largest penalties the office has imposed.",
            "Data Office",
            "fine",
        ),
        (
            "Korvia banned Pellan from government phones, the latest restriction imposed on the app after similar "
            "moves by Daltia.",
            "Korvia",
            "ban",
        ),
    ],
)
def test_a_ranked_summary_after_a_comma_is_not_a_second_act(analyze_text, text, actor, kind):
    acts = _acts(analyze_text(text, published=PUB))
    assert len(acts) == 1 and acts[0][:2] == (actor, kind), acts


def test_a_ranked_act_that_is_the_sentence_stays(analyze_text):
    text = "The largest fine imposed by the Data Office came on Monday against Tessel Digital."
    acts = _acts(analyze_text(text, published=PUB))
    assert ("Data Office", "fine", "tighten", "enacted") in acts, acts


@pytest.mark.parametrize(
    "text",
    [
        "The Varnia Telecom Authority restored access to the Pellan chatbot on Friday, a day after the Northern High "
        "Court ruled that a nationwide block imposed last month was disproportionate.",
        "The Northern High Court upheld the fine imposed on Pellan Labs in May.",
        "The Northern High Court on Thursday suspended the ban imposed on the Pellan app in May.",
    ],
)
def test_a_measure_a_court_reviews_is_not_the_courts_act(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert all(not (a == "Northern High Court" and k in ("ban", "block", "fine")) for a, k, *_ in acts), acts


def test_a_reviewed_measure_with_its_author_stays_that_authors(analyze_text):
    text = "The Northern High Court upheld the fine imposed on Pellan Labs by the Data Office."
    acts = _acts(analyze_text(text, published=PUB))
    assert ("Data Office", "fine", "tighten", "enacted") in acts, acts
    assert ("Northern High Court", "uphold", "tighten", "enacted") in acts, acts


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "The Varnia Data Agency on Wednesday lifted the ban on the Pellan assistant in government offices, "
            "reversing a measure it had imposed in June.",
            "ban",
        ),
        (
            "The Telecom Office of Dravia lifted the block on the Quorra app on Friday, reversing a decision it had "
            "imposed in April.",
            "block",
        ),
        (
            "The Varnia Data Agency on Wednesday eased the curfew on the Pellan chatbot, reversing a measure it "
            "imposed in May.",
            "curfew",
        ),
    ],
)
def test_a_measure_a_reversal_restates_is_the_lifted_one(analyze_text, text, measure):
    report = analyze_text(text, published=PUB)
    earlier = [a for a in report.actions if a.direction.value == "tighten"]
    assert earlier and all(measure in a.trigger for a in earlier), [(a.trigger, a.objects) for a in earlier]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Varnia Telecom Authority blocked the Pellan app in May. On Thursday the Northern High Court set "
            "aside the block and ordered the regulator to lift it within 24 hours.",
            "Northern High Court",
        ),
        (
            "The Varnia Telecom Authority imposed restrictions on the Pellan app in May and eased them in June.",
            "Varnia Telecom Authority",
        ),
        (
            "The Varnia Telecom Authority imposed a ban on the Pellan app in May. It lifted it on Friday.",
            "Varnia Telecom Authority",
        ),
    ],
)
def test_lifting_a_pronoun_that_stands_for_a_restriction_loosens(analyze_text, text, actor):
    acts = _acts(analyze_text(text, published=PUB))
    assert any(a == actor and d == "loosen" for a, _, d, _ in acts), acts


@pytest.mark.parametrize(
    "key",
    ["habit_adverbs", "membership_heads", "member_nouns", "stand_in_nouns", "pronoun_lifting_kinds"],
)
def test_round11_word_lists_are_distinct_lowercase_and_documented(key):
    data = json.loads(resources.files("policyscan.data").joinpath("action_words.json").read_text("utf-8"))
    words = data[key]
    assert words and len(words) == len(set(words)), key
    assert all(w == w.lower() and w.isalpha() for w in words), key
    assert key in data["_doc"], key
