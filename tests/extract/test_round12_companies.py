"""Twelfth round: companies named with a legal form or a firm's name word (issue 11).

A company's registered name ends in its legal form, and forms are written many ways: "Virmalised OÜ", "Drava Apps
d.o.o.", "Kavuk Teknoloji A.Ş.", "Kolmar Sp. z o.o.", "Tatrasoft a.s.". The tokenizer split the dotted lower-case
forms at their last full stop (and "Sp. z o.o." into a sentence break); the tagger then cut the name ("OÜ" alone)
or took it for a person, and the company's own acts (a suspension, a withdrawal, a feature switched off) were
lost. Names that end in a word firms end their names with ("Guaria Digital", "Drava Apps", "Kavuk Teknoloji",
"Harbourline Media") are companies whatever the tagger says. A suffix word alone ("Digital rights researchers") or a
sector ("divides Big Tech") is no company. Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.extract.patterns import actor_words, lexicon

PUB = date(2026, 11, 20)  # a Friday


def _company_acts(report, name: str) -> list[str]:
    return [a.trigger for a in report.actions if a.actor == name and a.direction.value == "tighten"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Virmalised OÜ suspended its Virma Screen service for Estonian clients in October.", "Virmalised OÜ"),
        ("Drava Apps d.o.o. withdrew its Drava Chat app from the Slovenian market on Monday.", "Drava Apps d.o.o."),
        ("Kavuk Teknoloji A.Ş. disabled the voice feature of its Kavuk 2 bot on Tuesday.", "Kavuk Teknoloji A.Ş."),
        ("Guaria Digital switched off its Guaria 4 Mini model for call centres on Friday.", "Guaria Digital"),
        ("Selvik Media removed the face-search tool from its Selvik Lens app on Wednesday.", "Selvik Media"),
    ],
)
def test_a_company_named_with_its_legal_form_or_a_firm_word_acts(analyze_text, text, company):
    report = analyze_text(text, published=PUB)
    types = {a.name: a.type.value for a in report.actors}
    assert types.get(company) == "company", types
    assert _company_acts(report, company), [(a.actor, a.trigger) for a in report.actions]


def test_a_dotted_legal_form_is_one_word_and_ends_no_sentence(nlp_loaded):
    doc = nlp_loaded.nlp("Kolmar Sp. z o.o. removed the tool. Tatrasoft a.s. was fined by the regulator.")
    words = [t.text for t in doc]
    assert "Sp." in words and "o.o." in words and "a.s." in words, words
    assert len(list(doc.sents)) == 2, [s.text for s in doc.sents]


def test_a_person_tagged_name_ending_in_a_dotted_form_is_a_company(analyze_text):
    text = "Kolmar Sp. z o.o. removed the face-search tool from its Kolmar Vision app in May."
    report = analyze_text(text, published=PUB)
    types = {a.name: a.type.value for a in report.actors}
    assert types and all(t == "company" for n, t in types.items() if n.startswith("Kolmar")), types


@pytest.mark.parametrize(
    "text",
    [
        "Digital rights researchers at the University of Kestrova said the restriction by a local firm was unusual.",
        "The Kestrova Data Authority fined a lender on Monday.\n\n"
        'Related: "Why the new code still divides Big Tech" (published 9 November 2026)',
    ],
)
def test_a_suffix_word_alone_or_a_sector_is_no_company(analyze_text, text):
    report = analyze_text(text, published=PUB)
    names = {a.name for a in report.actors}
    assert not names & {"Digital", "Big Tech"}, names
    assert not [a for a in report.actions if a.actor in ("Digital", "Big Tech")]


def test_every_legal_form_is_a_company_suffix():
    suffixes = {s.rstrip(".") for s in lexicon()["company_suffixes"]}
    missing = [f for f in actor_words()["legal_forms"] if f.rstrip(".") not in suffixes]
    assert not missing, missing


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Yulduz AI stopped selling its exam mode in Uzbekistan in October.", "Yulduz AI"),
        ("Ondra AI, a Prague start-up, withdrew its Ondra chatbot from schools on Tuesday.", "Ondra AI"),
    ],
)
def test_a_firm_named_name_ai_is_a_company_beside_its_namesake_model(analyze_text, text, company):
    report = analyze_text(text, published=PUB)
    assert company in {a.name for a in report.actors if a.type.value == "company"}, report.actors
    assert _company_acts(report, company), [(a.actor, a.trigger) for a in report.actions]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Kestrel Labs stopped selling its exam mode in Uzbekistan in October.", "exam mode"),
        ("Kestrel Labs ceased providing voice cloning to banks on Tuesday.", "voice cloning"),
        ("Kestrel Labs has ceased offering the Ondra chatbot to schools.", "Ondra"),
    ],
)
def test_what_a_ceased_activity_supplied_is_the_object(analyze_text, text, product):
    report = analyze_text(text, published=PUB)
    acts = [a for a in report.actions if a.actor == "Kestrel Labs" and a.direction.value == "tighten"]
    assert acts, [(a.actor, a.trigger) for a in report.actions]
    assert any(product in (a.target or "") for a in acts), [(a.trigger, a.target) for a in acts]


def test_a_second_verb_read_as_an_adjective_still_acts(analyze_text):
    text = (
        "In November the ministry lifted the block after Selvik Labs added visible watermarks and barred uploads"
        " of photos of minors."
    )
    report = analyze_text(text, published=PUB)
    assert _company_acts(report, "Selvik Labs"), [(a.actor, a.trigger) for a in report.actions]


def test_an_adjective_after_and_on_a_subject_is_left_alone(analyze_text):
    report = analyze_text("Kestrel Labs hired engineers and trained staff in Kestrova last year.", published=PUB)
    assert not report.actions, [(a.actor, a.trigger) for a in report.actions]
