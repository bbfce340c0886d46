"""Ninth round, the lead's rules (issue 11).

A one-word product that shares its unknown maker's one-word name is a model when a product noun follows it
("the Halvex assistant") and the article calls the maker a company elsewhere ("the firm Halvex", "Halvex
said", "Halvex's chief executive"); "the Halvex model" is only the company's model.

A lower-case unit of a named body ("the sanctions board of the Data Ombudsman") acts for that body; an
organisation the tagger cut before its capitalised head ("Data" of "the Data Ombudsman") keeps the head. An
unknown name the tagger calls a nationality is a model's name right after "the" before a model noun ("the Tovin
video generator"), never a real nationality ("the Nordic model"). A listed body named with another country's
nationality or name ("the Zambian Supreme Court", "the Supreme Court of India") is that country's body. A
description with a name beside it is that named body ("Tunisia's telecoms regulator, INTT,"); a regulator
described is never the ministry named later; a description joins the one named body whose name holds its words
("Italy's competition authority" and the Italian Competition Authority); "the company's office" is no body. A
"Publish Date:" field dates the page; a year a state has lasted "since" does not place a yearless wire story; an
act "around the 2020 election" or "during its 2021 vote" takes that year.
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)
AI = "The new AI rules apply to banks and schools. "


def _model_names(report) -> set[str]:
    return {m.name for m in report.models}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The insurer Lovorika said it used the Halvex assistant from the firm Halvex.", "Halvex"),
        ("Schools were told to stop using the Quellin assistant, made by the start-up Quellin.", "Quellin"),
        ("Brannoc said the Brannoc chatbot would stay online for adult users.", "Brannoc"),
        ("The Ombri app was pulled from stores. Ombri's chief executive said it would return.", "Ombri"),
    ],
)
def test_a_product_that_shares_its_makers_one_word_name_is_a_model(analyze_text, text, name):
    report = analyze_text(AI + text, published=PUB)
    assert name in _model_names(report)


@pytest.mark.parametrize(
    "text",
    [
        "The regulator suspended the Nilvar model. Nilvar, a lending start-up, said it would appeal.",
        "The Senate assistant said the clerk Quellin had agreed to the timetable.",
    ],
)
def test_no_model_without_a_product_noun_or_a_company_named_elsewhere(analyze_text, text):
    report = analyze_text(AI + text, published=PUB)
    assert not (_model_names(report) & {"Nilvar", "Quellin", "Halvex"}), _model_names(report)


def _acts(report) -> set[tuple[str, str]]:
    return {(a.actor, a.direction.value) for a in report.actions}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Velora Bank was fined 40,000 euros by the sanctions board of the Data Ombudsman in March.", "Data Ombudsman"),
        ("The start-up was fined by the enforcement committee of the Financial Markets Authority.", "Authority"),
        ("Orvane Labs was ordered by the appeals chamber of the Competition Council to stop selling it.", "Council"),
        ("The enforcement division of the Kestrel Authority fined Orvane Labs on Monday.", "Kestrel Authority"),
    ],
)
def test_a_unit_of_a_named_body_acts_for_the_body(analyze_text, text, body):
    acts = _acts(analyze_text(text, published=PUB))
    assert any(body in actor and direction == "tighten" for actor, direction in acts), acts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Data Ombudsman fined Velora Bank over its AI credit model.", "Data Ombudsman"),
        ("Velora Bank was fined by the Data Ombudsman over its AI credit model.", "Data Ombudsman"),
    ],
)
def test_an_organisation_keeps_its_capitalised_head(analyze_text, text, name):
    report = analyze_text(text, published=PUB)
    names = {a.name for a in report.actors}
    assert name in names and "Data" not in names, names
    assert any(a.actor == name for a in report.actions)


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Authority blocked the Tovin video generator on Monday.",
        "The Kestrel Authority blocked the Tovin image generator on Monday.",
    ],
)
def test_an_unknown_name_tagged_a_nationality_before_a_model_noun_is_a_model(analyze_text, text):
    assert "Tovin" in _model_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    "text",
    [
        "The Nordic model of AI oversight relies on data regulators. The Kestrel Authority fined Orvane Labs.",
        "The Basque system of courts differs. The Kestrel Authority fined Orvane Labs over its AI tool.",
    ],
)
def test_a_nationality_before_a_model_noun_is_no_model(analyze_text, text):
    assert not _model_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Zambian Supreme Court on Friday struck down the AI surveillance law.", "Zambia"),
        ("India's Supreme Court on Friday struck down the AI surveillance law.", "India"),
        ("The Supreme Court of India on Friday struck down the AI surveillance law.", "India"),
        ("The U.S. Supreme Court on Friday struck down the AI surveillance law.", "United States"),
    ],
)
def test_a_listed_body_named_with_another_country_is_that_countrys(analyze_text, text, country):
    report = analyze_text(text, published=PUB)
    courts = [a for a in report.actors if a.name == "Supreme Court"]
    assert [a.country for a in courts] == [country]
    assert all(a.type.value != "company" for a in report.actors), report.actors


def _actor(report, name):
    return next((a for a in report.actors if a.name == name or name in a.aliases), None)


def test_a_description_with_a_name_beside_it_is_that_named_body(analyze_text):
    report = analyze_text(
        "Tunisia's telecommunications regulator, INTT, on Wednesday ordered internet providers to block the Sarvi "
        "chatbot. The Ministry of Communication Technologies said it supported the decision.",
        published=PUB,
    )
    intt = _actor(report, "INTT")
    assert intt is not None and intt.name == "INTT" and intt.type.value == "regulator"
    assert {a.actor for a in report.actions if a.direction.value == "tighten"} == {"INTT"}


def test_a_regulator_described_is_not_the_ministry_named_later(analyze_text):
    report = analyze_text(
        "Tunisia's telecommunications regulator on Wednesday ordered internet providers to block the Sarvi "
        "chatbot. The Ministry of Communication Technologies said it supported the decision.",
        published=PUB,
    )
    assert all("Ministry" not in a.actor for a in report.actions), report.actions


def test_a_description_joins_the_named_body_whose_name_holds_its_words(analyze_text):
    report = analyze_text(
        "Italy's competition authority opened an investigation into Corvane on Monday. The Italian Competition "
        "Authority said it would examine the app. The Garante per la protezione dei dati personali and AGCOM, "
        "Italy's communications regulator, declined to comment.",
        published=PUB,
    )
    body = _actor(report, "Italy's competition authority")
    assert body is not None and body.name == "Italian Competition Authority"


def test_a_companys_office_is_no_public_body(analyze_text):
    report = analyze_text(
        "Inspectors from the Kestrel Authority searched the company's Milan sales office on Tuesday.", published=PUB
    )
    assert all("office" not in a.name for a in report.actors), report.actors


@pytest.mark.parametrize(
    "header",
    ["Publish Date: 2026-06-15 09:40:00", "Publication date: 15 June 2026", "Date published: June 15, 2026"],
)
def test_a_publish_date_field_dates_the_page(header):
    from policyscan.load import load_bytes

    text = f"Kestrel Authority fines Orvane Labs\n{header}\n\nThe Kestrel Authority fined Orvane Labs on Monday.\n"
    assert load_bytes(text.encode(), suffix=".txt").published == date(2026, 6, 15)


def test_a_year_a_state_lasts_since_does_not_place_a_yearless_wire_story(analyze_text):
    text = (
        "LUSAKA, March 12 (Reuters) - The Kestrel Authority said on Thursday it had suspended the licence of "
        "Orvane Labs, whose chatbot told farmers to spray a pesticide banned in the country since 2019. The "
        "suspension took effect on Wednesday."
    )
    report = analyze_text(text, published=None)
    assert report.published == "2026-03-12"  # Thursday 12 March: 2026, not 2020 or 2021


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Tanzania restricted access to several platforms around the 2020 election.", "2020"),
        ("Uganda shut down the internet entirely during its 2021 vote.", "2021"),
    ],
)
def test_an_act_around_a_dated_event_takes_the_events_year(analyze_text, text, year):
    report = analyze_text(text, published=PUB)
    assert [a.date.value for a in report.actions] == [year]


def test_an_act_ahead_of_a_dated_event_keeps_its_own_date(analyze_text):
    report = analyze_text("The Kestrel Authority blocked the app ahead of the 2027 referendum.", published=PUB)
    assert all(a.date.value != "2027" for a in report.actions)
