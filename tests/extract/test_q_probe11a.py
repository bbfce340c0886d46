"""Round 11 real-text probe (q-probe11a): data-protection and consumer regulators outside the US acting on AI apps.

A court annulling, quashing or overturning an enforcing body's ruling ("annulled the watchdog's decision",
"overturned the Garante's ruling", "the decision of the data protection authority", "the decision against
Lumora Labs") undoes enforcement, which loosens; before, "decision" and "ruling" carried no restriction, so nothing
was reported, and a ruling "against" a company was read as the court holding the company back. A court's own
ruling and a ruling with its own content ("the decision to approve the merger") are left to the other rules.

A party filing a request ("filed a request for reconsideration with the agency", "file a notice of appeal") asks a
body to decide; it orders nothing ("file" refuses order nouns, as "orders placed" are purchases).

"lifted its temporary limitation on X", "a decree setting limitations on chip exports": a limitation is a restriction
(restriction_nouns, and a weak trigger noun like "limit"). Spain's data protection agency is in the gazetteer
("the AEPD" was no actor, "Spain's AEPD" was Spain).
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

PUB = date(2026, 9, 10)


def _acts(report):
    return [(a.actor, a.direction.value, a.status.value) for a in report.actions]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("The Court of Lisbon quashed the watchdog's decision on Tuesday.", "Court of Lisbon"),
        ("The Court of Lisbon overturned the data protection authority's ruling.", "Court of Lisbon"),
        ("A Milan tribunal annulled the Garante's ruling in its entirety.", "Milan tribunal"),
        ("The Court of Rome has annulled the decision of the data protection authority.", "Court of Rome"),
        ("The Court of Lisbon annulled the decision against Lumora Labs.", "Court of Lisbon"),
        (
            "On 18 March the Court of Lisbon annulled the data protection authority's decision against Lumora Labs.",
            "Court of Lisbon",
        ),
        ("The decision against Lumora Labs was annulled by the Court of Rome on Monday.", "Court of Rome"),
    ],
)
def test_a_court_undoing_an_enforcing_bodys_ruling_loosens(analyze_text, text, court):
    acts = _acts(analyze_text(text, published=PUB))
    assert (court, "loosen", "enacted") in acts, acts
    assert all(d != "tighten" for _, d, _ in acts), acts


def test_the_day_of_an_annulment_is_kept(analyze_text):
    report = analyze_text(
        "On 18 March the Court of Lisbon annulled the data protection authority's decision against Lumora Labs.",
        published=PUB,
    )
    days = [a.date.value for a in report.actions if a.direction.value == "loosen" and a.date is not None]
    assert days == ["2026-03-18"], days


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court overturned the lower court's decision.",
        "The Court of Lisbon overturned Lumora Labs' decision on pricing.",
    ],
)
def test_a_court_or_company_ruling_is_no_enforcement(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert all(d != "loosen" for _, d, _ in acts), acts


@pytest.mark.parametrize("key", ["enforcement_ruling_nouns", "enforcer_types"])
def test_probe11a_word_lists_are_distinct_lowercase_and_documented(key):
    data = json.loads(resources.files("policyscan.data").joinpath("action_words.json").read_text("utf-8"))
    words = data[key]
    assert words and len(words) == len(set(words)), key
    assert all(w == w.lower() and w.isalpha() for w in words), key
    assert key in data["_doc"], key


@pytest.mark.parametrize(
    "text",
    [
        "Vesto Platforms filed a request for reconsideration with the agency.",
        "Korvik Inc. has filed a request for review of the order.",
        "Lumora Labs filed an urgent request for reconsideration on Friday.",
        "Vesto Platforms filed a formal request for the decision to be reviewed.",
    ],
)
def test_a_party_filing_a_request_gives_no_order(analyze_text, text):
    acts = analyze_text(text, published=PUB).actions
    assert all(a.kind.value != "order" for a in acts), [(a.actor, a.kind.value, a.trigger) for a in acts]


def test_filing_a_lawsuit_is_still_an_act(analyze_text):
    acts = analyze_text("Vesto Platforms filed a lawsuit against the data protection authority.", published=PUB).actions
    assert [a.kind.value for a in acts] == ["sue"], acts


@pytest.mark.parametrize(
    "text",
    [
        "The Garante lifted its temporary limitation on Talvi in April.",
        "The Garante lifted the limitation on the processing of Italian users' data.",
    ],
)
def test_lifting_a_limitation_loosens(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert ("Garante per la protezione dei dati personali", "loosen", "enacted") in acts, acts


def test_a_decree_setting_limitations_is_its_issuers_act(analyze_text):
    text = "On March 8, the Vessian government adopted a decree setting limitations on exports of lithography tools."
    report = analyze_text(text, published=PUB)
    assert [(a.actor, a.direction.value) for a in report.actions] == [("Vessian government", "tighten")]


@pytest.mark.parametrize(
    "text",
    [
        "The AEPD opened an investigation into Lumora Labs on Monday.",
        "Spain's AEPD warned that it could ban the Talvi chatbot if Lumora Labs did not respond within 15 days.",
    ],
)
def test_spains_data_protection_agency_is_known_by_its_short_name(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert [a.actor for a in report.actions] == ["Agencia Española de Protección de Datos"], _acts(report)
    assert any(a.type.value == "regulator" for a in report.actors if a.name.startswith("Agencia")), report.actors
