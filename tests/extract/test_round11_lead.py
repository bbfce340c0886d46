"""Eleventh round, the lead's rules (issue 11), found by reading real news and writing its shapes anew.

"will require importers to hold licences ..., under a decree issued on Wednesday by the ministries", "bans the
app under rules adopted on Tuesday": the act is the instrument's, so its day is the day the sentence gives the
instrument, even when the parser hangs the "under" phrase on the wrong word. A sentence with two dated
instruments gives neither.

A body named by its head and remit ("the Office of Science and Technology Policy", "the Center for Digital Policy",
"the Ministry of Interior and Public Order") is a body even though its name ends in a word laws end in.

A name glued by a full stop to "AI" ("Kestrel.AI") is one word: split, its full stop ended a sentence in the middle
of the name, and neither the company nor its chatbot was found.

Courts: undoing relief that held a law back ("vacated the injunction against the law", "stayed the lower court's
injunction blocking the ban") puts the law back, which tightens; granting or issuing that relief still loosens, and
so does a court overturning or annulling a ban "on the app" (the app is no party the court held back). What a
claim aims at ("sued to block the law", "appealed to overturn the fine", "went to court to stop the ban") is not
done by whoever makes the claim.

A settlement with an authority ("settled with the commission for $240,000", "agreed to pay $2 million to settle the
commission's charges") is the authority's penalty; a settlement with no authority named is no act. Every
sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

PUB = date(2026, 3, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Borvia will require platforms to verify users' ages under a decree issued on Wednesday by the digital"
            " ministry.",
            "2026-03-04",
        ),
        (
            "Borvia will require firms to obtain licences before importing Quillon chips and the servers built"
            " around them, under a joint decree issued on Monday by the trade and finance ministries.",
            "2026-03-09",
        ),
        ("The Borvian Data Authority banned the Kestrel chatbot under an order published on Monday.", "2026-03-09"),
    ],
)
def test_an_act_under_a_dated_instrument_takes_its_date(analyze_text, text, day):
    report = analyze_text(text, published=PUB)
    dated = [a.date.value for a in report.actions if a.direction.value == "tighten" and a.date is not None]
    assert dated, [(a.trigger, a.date) for a in report.actions]
    assert all(d == day for d in dated), dated


def test_two_dated_instruments_date_nothing_by_themselves(analyze_text):
    text = (
        "Borvia will require platforms to verify ages under a decree issued on Monday, and the Vessian ministry"
        " will require the same under an order published on Friday."
    )
    report = analyze_text(text, published=PUB)
    first = [a for a in report.actions if a.actor == "Borvia"]
    assert all(a.date is None or a.date.value != "2026-03-06" for a in first), [(a.actor, a.date) for a in first]


def test_the_carrier_words_are_documented_data():
    words = json.loads(resources.files("policyscan.data").joinpath("action_words.json").read_text("utf-8"))
    for key in ("carried_instrument_nouns", "instrument_carrier_preps"):
        assert words[key] == sorted(set(words[key]), key=words[key].index), key
        assert all(w == w.lower() and w.strip() == w for w in words[key]), key
        assert key in words["_doc"], key


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Office of Science and Technology Policy ordered agencies to stop using the Kestrel chatbot.",
            "Office of Science and Technology Policy",
        ),
        (
            "On Monday, the Center for Digital Policy filed a complaint against Kestrel Labs.",
            "Center for Digital Policy",
        ),
        (
            "The Ministry of Interior and Public Order banned the Kestrel app on Monday.",
            "Ministry of Interior and Public Order",
        ),
    ],
)
def test_a_body_whose_remit_ends_in_a_law_word_is_an_actor(analyze_text, text, actor):
    report = analyze_text(text, published=PUB)
    assert actor in [a.name for a in report.actors], [a.name for a in report.actors]
    assert actor in [a.actor for a in report.actions], [(a.actor, a.trigger) for a in report.actions]


@pytest.mark.parametrize(
    "text",
    [
        "The Online Safety Act requires platforms to check ages.",
        "The Regulation on Personal Data Transfer bans exports of records.",
    ],
)
def test_laws_stay_laws(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert not any(n in a.name for a in report.actors for n in ("Online Safety Act", "Regulation on")), report.actors


@pytest.mark.parametrize(
    ("text", "actor", "model"),
    [
        ("Kestrel.AI said it would bar users under 18 from its chatbot.", "Kestrel.AI", None),
        (
            "The Kenyan attorney general sued Vantor Technologies, the maker of the Vantor.AI chatbot.",
            "Kenyan attorney general",
            "Vantor.AI",
        ),
    ],
)
def test_a_name_glued_to_ai_by_a_full_stop_is_one_word(analyze_text, text, actor, model):
    report = analyze_text(text, published=PUB)
    assert actor in [a.actor for a in report.actions], [(a.actor, a.trigger) for a in report.actions]
    if model is not None:
        assert model in [m.name for m in report.models], report.models


def test_a_glued_name_does_not_end_a_sentence(nlp_loaded):
    doc = nlp_loaded.nlp("The regulator named Kestrel.AI in its order on Monday.")
    assert len(list(doc.sents)) == 1
    assert "Kestrel.AI" in [t.text for t in doc]


@pytest.mark.parametrize(
    "text",
    [
        "The Ninth Circuit vacated the injunction against the Idaho age-verification law.",
        "The Supreme Court stayed the lower court's injunction blocking the law.",
        "The Ninth Circuit overturned the injunction that had blocked the law.",
        "The Ninth Circuit reversed the district court's order blocking the Kestrel ban.",
    ],
)
def test_undoing_relief_against_a_law_tightens(analyze_text, text):
    acts = [(a.actor, a.direction.value) for a in analyze_text(text, published=PUB).actions]
    court = "Supreme Court" if "Supreme" in text else "Ninth Circuit"
    assert (court, "tighten") in acts, acts
    assert (court, "loosen") not in acts, acts


@pytest.mark.parametrize(
    "text",
    [
        "Judge Dana Olsen issued a preliminary injunction against the Idaho age-verification law.",
        "The Ninth Circuit stayed the ban on the Kestrel app.",
        "The Ninth Circuit overturned the ban on the Kestrel app.",
        "The Ninth Circuit annulled the ban on the Kestrel app.",
    ],
)
def test_granting_relief_or_staying_a_ban_still_loosens(analyze_text, text):
    acts = [a.direction.value for a in analyze_text(text, published=PUB).actions]
    assert acts and set(acts) == {"loosen"}, acts


@pytest.mark.parametrize(
    "text",
    [
        "WebAlliance sued to block the law in December.",
        "Kestrel Labs appealed to overturn the fine.",
        "WebAlliance went to court to block the law.",
        "WebAlliance petitioned the court to block the law.",
    ],
)
def test_the_aim_of_a_claim_is_not_done(analyze_text, text):
    acts = analyze_text(text, published=PUB).actions
    assert not [a for a in acts if a.direction.value == "loosen"], [(a.actor, a.trigger) for a in acts]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kestrel Labs has settled with the Federal Trade Commission for $240,000.", "Federal Trade Commission"),
        (
            "Kestrel Labs agreed to pay $2 million to settle the Federal Trade Commission's claims over its app.",
            "Federal Trade Commission",
        ),
        (
            "Vantor Inc will pay $1.4 million to settle charges brought by the Federal Trade Commission.",
            "Federal Trade Commission",
        ),
    ],
)
def test_a_settlement_with_an_authority_is_its_penalty(analyze_text, text, actor):
    acts = [(a.actor, a.direction.value) for a in analyze_text(text, published=PUB).actions]
    assert (actor, "tighten") in acts, acts
    assert all(a in (actor,) for a, _ in acts), acts


def test_a_settlement_between_parties_is_no_act(analyze_text):
    text = "Kestrel Labs settled the authors' lawsuit over its training data for $3 million."
    acts = analyze_text(text, published=PUB).actions
    assert not [a for a in acts if a.kind.value == "fine"], [(a.actor, a.trigger) for a in acts]
