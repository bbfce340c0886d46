"""Round 11, missed actions (q-recall11): courts undoing a measure, infinitives the small model tags as
adjectives, and a possessive pronoun bound by its clause's subject.

A verb that only undoes what it names ("set aside", "overturn", "strike down", "quash") lifts a ban, fine or
suspension even when the measure names the company it was against ("the ban on Tarn", "the fine against Tarn"):
the court does not hold that company back. "its decision to fine X" is the decision of the clause's subject.
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)


def _acts(report) -> list[tuple[str | None, str, str]]:
    return [(a.actor, a.direction.value, a.status.value) for a in report.actions]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "The Borvian Data Authority suspended the Quellio app in May. "
            "The Velmar High Court set aside the ban on Quellio on Tuesday.",
            "Velmar High Court",
        ),
        ("The Velmar High Court has set aside the suspension of the Tarnwell chatbot.", "Velmar High Court"),
        ("The ban on the Quellio app was set aside by the Velmar High Court on Tuesday.", "Velmar High Court"),
        ("The Supreme Court of Orvale overturned the regulator's fine against Tarn.", "Supreme Court of Orvale"),
        ("The Velmar Court of Appeal struck down the ban on Quellio.", "Velmar Court of Appeal"),
        (
            "The Velmar High Court set aside the block on Quellio and ordered the regulator to restore access.",
            "Velmar High Court",
        ),
    ],
)
def test_a_court_undoing_a_measure_loosens(analyze_text, text, court):
    acts = _acts(analyze_text(text, published=PUB))
    assert (court, "loosen", "enacted") in acts, acts
    assert all(not (a == court and d == "tighten") for a, d, _ in acts), acts


def test_setting_aside_something_else_is_no_act(analyze_text):
    acts = _acts(analyze_text("The Velmar High Court set aside its own schedule for the hearing.", published=PUB))
    assert acts == [], acts


@pytest.mark.parametrize(
    "text",
    [
        "Tarn Systems released Quellio in Borvia last year. "
        "The Borvian Data Authority announced its decision to fine Tarn Systems €2 million.",
        'Tarn Systems makes chatbots. On 3 May the Borvian Data Authority ("BDA"), the Borvian privacy regulator, '
        'finalised its decision to fine Tarn Systems Limited ("Tarn") €5 million.',
    ],
)
def test_a_decision_to_fine_is_the_deciding_body_s_fine(analyze_text, text):
    report = analyze_text(text, published=PUB)
    fines = [a for a in report.actions if a.kind == "fine"]
    assert fines and all(a.actor == "Borvian Data Authority" for a in fines), _acts(report)
    assert all(a.direction.value == "tighten" and a.status.value == "enacted" for a in fines), _acts(report)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Borvian Data Authority announced a plan to fine Tarn Systems €2 million.", "proposed"),
        ("The Borvian Data Authority threatened last week to fine AI providers that ignore the rules.", None),
    ],
)
def test_a_fine_only_planned_or_threatened_is_not_enacted(analyze_text, text, status):
    acts = _acts(analyze_text(text, published=PUB))
    assert all(s != "enacted" for _, _, s in acts), acts
    if status:
        assert ("Borvian Data Authority", "tighten", status) in acts, acts


def test_fine_tune_is_no_fine(analyze_text):
    assert _acts(analyze_text("The lab used the chats to fine-tune Quellio.", published=PUB)) == []


def test_its_decision_belongs_to_the_subject_not_the_company_named_before(analyze_text):
    text = (
        "Borvian regulator fines Quellio Labs\n\n"
        "The Borvian privacy watchdog on Friday published its decision to fine Quellio Labs €410 million."
    )
    acts = _acts(analyze_text(text, published=PUB))
    assert all(a != "Quellio Labs" for a, _, _ in acts), acts


# An agentless past passive in a shutdown timeline told after the one authority is named: "restored",
# "reactivated" (a new lexicon verb) and a participle the small model tags as an adjective ("was disabled").
CUT = "The Orvale Telecom Authority ordered operators to cut mobile internet on 3 July. "


@pytest.mark.parametrize(
    ("text", "direction", "word"),
    [
        (CUT + "Fixed broadband was partly restored on July 23.", "loosen", "broadband"),
        (
            CUT + "Mobile data was reactivated across the country on July 28 following a ten-day outage.",
            "loosen",
            "mobile data",
        ),
        (
            "The Orvale Telecom Authority blocked the Kestrel app on 3 July. Kestrel was restored on 9 July.",
            "loosen",
            "kestrel",
        ),
        (
            "The Orvale Telecom Authority restricted social media on 3 July. "
            "Access to Kestrel was disabled on August 2.",
            "tighten",
            "kestrel",
        ),
    ],
)
def test_an_agentless_passive_in_a_timeline_is_the_authority_s_act(analyze_text, text, direction, word):
    report = analyze_text(text, published=PUB)
    hits = [
        a
        for a in report.actions
        if a.direction.value == direction and word in " ".join([a.target or "", *map(str, a.objects)]).lower()
    ]
    assert hits and hits[0].actor == "Orvale Telecom Authority", _acts(report)
    assert hits[0].status.value == "enacted", _acts(report)


@pytest.mark.parametrize(
    "text",
    [
        CUT + "The ministry said mobile internet had not been restored.",
        CUT + "Mobile internet will be restored on Friday.",
    ],
)
def test_a_restoration_denied_or_to_come_is_not_enacted(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert all(not (d == "loosen" and s == "enacted") for _, d, s in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "The Borvian Data Commission fined Lumora 12 million euros on Monday. "
        "The decision closes an inquiry that the watchdog opened in 2025 after complaints from users.",
        "The Borvian Data Commission fined Lumora 12 million euros on Monday. "
        "The decision follows an inquiry that the commission opened in 2025.",
    ],
)
def test_an_inquiry_that_the_body_opened_is_its_act(analyze_text, text):
    report = analyze_text(text, published=PUB)
    probes = [a for a in report.actions if a.kind == "investigate"]
    assert probes and probes[0].actor == "Borvian Data Commission", _acts(report)
    assert probes[0].status.value == "enacted" and probes[0].date is not None, _acts(report)
    assert probes[0].date.value.startswith("2025"), probes[0].date


# A registered company name is written again without its legal form; a particle misparsed with an object.
@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month the Borvian Data Commission fined Tarnis Pte Ltd $310,000. "
        "Tarnis has since paused the rollout of its new assistant.",
        "The Borvian Data Commission fined Tarnis GmbH on Monday. Tarnis later suspended its voice feature in Borvia.",
    ],
)
def test_a_company_s_short_name_is_the_company(analyze_text, text):
    report = analyze_text(text, published=PUB)
    own = [a for a in report.actions if a.actor and a.actor.startswith("Tarnis")]
    assert own and own[0].direction.value == "tighten" and own[0].status.value == "enacted", _acts(report)


@pytest.mark.parametrize(
    "text",
    [
        "Regulators questioned Tarn Systems about its voice app. "
        "The company said it switched off the voice-cloning part of the app for Borvian users last week.",
        "Tarn Systems said it switched off the voice-cloning part of its app for Borvian users last week.",
    ],
)
def test_switched_off_with_its_object_under_the_particle(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert ("Tarn Systems", "tighten", "enacted") in acts, acts
