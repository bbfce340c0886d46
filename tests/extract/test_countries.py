"""Countries and their governments as actors, on invented sentences about many different countries.

A country named as the one doing a policy act is its government, whatever the tagger made of the name;
"the Nepali government", "Kenya's government" and "Zambian authorities" are that country's government; a
country named only as a place, in a dateline or as the owner of something that does not act is not an actor,
and neither is a region; a bare "the government" in a story about one country is that country's."""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import ActorType, Direction

PUB = date(2026, 5, 15)


def _actor(report, name: str):
    return next((a for a in report.actors if a.name == name), None)


def _all_names(report) -> set[str]:
    return {n.lower() for a in report.actors for n in (a.name, *a.aliases)}


@pytest.mark.parametrize(
    ("text", "country", "keyword", "direction"),
    [
        ("Nepal on Friday lifted its block on Kestrel Chat, a minister said.", "Nepal", "Kestrel", Direction.LOOSEN),
        ("Nepal had suspended Kestrel Chat in November last year.", "Nepal", "Kestrel", Direction.TIGHTEN),
        ("Laos on Monday blocked the Wren messaging app, state media said.", "Laos", "blocked", Direction.TIGHTEN),
        ("Malawi banned Pellucid Pay on Tuesday over data concerns.", "Malawi", "Pellucid", Direction.TIGHTEN),
        ("Bhutan has suspended the Tarn-2 chatbot in schools.", "Bhutan", "Tarn", Direction.TIGHTEN),
    ],
)
def test_a_country_that_acts_is_the_actor_whatever_it_was_tagged(analyze_text, text, country, keyword, direction):
    r = analyze_text(text, published=PUB)
    a = one(r, actor=country, keyword=keyword, direction=direction)
    assert a.actor == country


@pytest.mark.parametrize(
    ("text", "country", "keyword"),
    [
        ("The Nepali government ordered Kestrel Labs to open a local office.", "Nepal", "Kestrel"),
        ("Zambian authorities suspended Orrin Pay's operations on Monday.", "Zambia", "Orrin"),
        ("Uruguay's government fined Ceibo Data for breaking the privacy law.", "Uruguay", "Ceibo"),
        ("The government of Mongolia blocked the Steppe AI app last week.", "Mongolia", "Steppe"),
        ("Guinea's transitional authorities imposed a night curfew in the capital.", "Guinea", "curfew"),
        ("Emirati authorities barred the Falcon Chat app from government phones.", "United Arab Emirates", "Falcon"),
        ("Authorities in Cambodia blocked the Angkor Chat app on Monday.", "Cambodia", "Angkor"),
    ],
)
def test_a_government_named_by_its_country_is_that_countrys_government(analyze_text, text, country, keyword):
    r = analyze_text(text, published=PUB)
    a = one(r, keyword=keyword, direction=Direction.TIGHTEN)
    rec = _actor(r, a.actor)
    assert rec is not None and rec.type == ActorType.GOVERNMENT and rec.country == country


def test_one_country_one_government(analyze_text):
    r = analyze_text(
        "The Sri Lankan government banned Kestrel Chat on Monday. On Friday Sri Lanka's government lifted the ban.",
        published=PUB,
    )
    govs = [a for a in r.actors if a.country == "Sri Lanka" and a.type == ActorType.GOVERNMENT]
    assert len(govs) == 1
    assert {a.actor for a in r.actions} == {govs[0].name}


def test_some_local_bodies_are_not_the_government(analyze_text):
    r = analyze_text(
        "Several Danish local authorities use the Skarv model to draft letters. The health ministry banned it.",
        published=PUB,
    )
    assert not [a for a in r.actors if a.country == "Denmark" and a.type == ActorType.GOVERNMENT]


def test_a_country_named_only_as_a_place_is_not_an_actor(analyze_text):
    r = analyze_text(
        "Users in Latvia have flocked to the Riga Talk app. Estonia's economy grew by 2 percent. "
        "The Federal Trade Commission fined Kestrel Labs on Tuesday.",
        published=PUB,
    )
    assert not {"latvia", "estonia"} & _all_names(r)
    assert one(r, actor="Federal Trade Commission", keyword="Kestrel")


def test_a_dateline_country_is_not_an_actor(analyze_text):
    r = analyze_text(
        "ULAANBAATAR, Mongolia (AFP) — The communications regulator fined the Steppe AI app on Friday.",
        published=PUB,
    )
    assert "mongolia" not in _all_names(r)
    assert not find(r, actor="Mongolia")


def test_regions_never_act(analyze_text):
    r = analyze_text(
        "The European Economic Area and Asia-Pacific markets will get the Kestrel assistant next year, "
        "after the European Commission approved the plan.",
        published=PUB,
    )
    assert not {"european economic area", "asia-pacific"} & _all_names(r)
    assert not find(r, actor="European Economic Area") and not find(r, actor="Asia-Pacific")


def test_the_government_of_a_one_country_story_is_that_countrys(analyze_text):
    r = analyze_text(
        "Security dominates the campaign in Paraguay. The government extended the state of emergency in "
        "Asunción for another 30 days last week.",
        published=PUB,
    )
    a = one(r, keyword="emergency", direction=Direction.TIGHTEN)
    assert "Paraguay" in a.actor
    assert "government" not in {x.name.lower() for x in r.actors}


def test_nationality_gives_the_story_its_country(analyze_text):
    r = analyze_text(
        "Tanzanians queued for hours to sign up. The government on Wednesday suspended Orbis ID in the country.",
        published=PUB,
    )
    a = one(r, keyword="Orbis", direction=Direction.TIGHTEN)
    assert "Tanzania" in a.actor


def test_the_government_of_a_story_about_several_countries_is_not_guessed(analyze_text):
    r = analyze_text(
        "Kestrel Labs operates in Chile and Peru. The government suspended its licence on Monday.",
        published=PUB,
    )
    assert not [a for a in r.actors if a.name in ("Chile government", "Peru government")]


def test_a_government_the_tagger_named_joins_the_countrys_other_names(analyze_text):
    r = analyze_text(
        "The Government of Ghana on Friday banned the Adinkra Chat app. Ghana's government said the ban "
        "protects children.",
        published=PUB,
    )
    govs = [a for a in r.actors if a.country == "Ghana" and a.type == ActorType.GOVERNMENT]
    assert len(govs) == 1 and "Ghana's government" in govs[0].aliases
    assert one(r, keyword="Adinkra", direction=Direction.TIGHTEN).actor == govs[0].name


def test_a_kind_of_authority_of_a_country_is_not_its_government(analyze_text):
    r = analyze_text(
        "The competition authorities of Uruguay opened an inquiry into Kestrel Labs on Monday.", published=PUB
    )
    assert not [a for a in r.actors if a.type == ActorType.GOVERNMENT and a.country == "Uruguay"]


def test_authorities_of_several_countries_are_no_one_government(analyze_text):
    r = analyze_text("The authorities of Latvia and Estonia suspended the Kestrel app on Monday.", published=PUB)
    assert not [a for a in r.actors if "Latvia and Estonia" in a.name]
