"""Actor fragments, ninth round (issue 11): an institution's name the tagger cut in the middle ("the Association
of Journalists of" + "Costa Rica", "Constitutional Chamber of the" + "Supreme Court", "the Office of the Information
and Privacy" + "Commissioner for ...") is the whole name, and a company name cut at "and" before a second company
("Orvane Compute and") is the name before "and".

Every sentence is invented; assertions are properties (the full name is an actor, no name ends on a glue word).
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 6, 10)
GLUE_ENDS = (" of", " of the", " for", " and", " &", " the")


def names(report) -> set[str]:
    return {a.name for a in report.actors}


def cut(report) -> set[str]:
    found = names(report) | {a.actor or "" for a in report.actions}
    return {n for n in found if n.endswith(GLUE_ENDS)}


@pytest.mark.parametrize(
    ("sentence", "full"),
    [
        (
            "The suit was filed in May by the Association of Journalists of Costa Rica and two reporters.",
            "Association of Journalists of Costa Rica",
        ),
        (
            "The Union of Taxi Drivers of Nigeria sued the ministry on Monday over the ride-hailing rules.",
            "Union of Taxi Drivers of Nigeria",
        ),
        (
            "Honduras's Constitutional Chamber of the Supreme Court on Tuesday suspended the decree.",
            "Constitutional Chamber of the Supreme Court",
        ),
        (
            "The Communications Authority of Kenya, which licenses the service, said it had suspended the Tembo app.",
            "Communications Authority of Kenya",
        ),
    ],
)
def test_a_name_cut_at_a_glue_word_is_completed(analyze_text, sentence: str, full: str) -> None:
    r = analyze_text(sentence, published=PUB)
    assert full in names(r)
    assert not cut(r)


def test_a_head_word_left_out_of_a_name_joins_it(analyze_text) -> None:
    r = analyze_text(
        "Kestrel Labs faces a joint inquiry by the Office of the Information and Privacy Commissioner for British"
        " Columbia and its federal counterpart.",
        published=PUB,
    )
    assert "Office of the Information and Privacy Commissioner for British Columbia" in names(r)
    assert "Office of the Information and Privacy" not in names(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry on Wednesday added Orvane Compute and Meridel Systems to its list of export-restricted entities.",
        "Orvane Compute and Meridel Systems were added to the list by the Ministry of Economic Affairs.",
    ],
)
def test_a_company_cut_at_and_is_the_name_before_it(analyze_text, sentence: str) -> None:
    r = analyze_text(sentence, published=PUB)
    assert "Orvane Compute" in names(r)
    assert not cut(r)


def test_a_long_name_with_and_inside_stays_whole(analyze_text) -> None:
    r = analyze_text("The Department of Consumer and Worker Protection fined Kestrel Labs.", published=PUB)
    assert "Department of Consumer and Worker Protection" in names(r)


# page furniture and places that are no actors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ta spletna stran uporablja piškotke / This website uses cookies",
        "Diese Webseite nutzt Cookies / We use cookies to improve your experience.",
        "© Kestrel Media Group 2026. Reproduction without consent is prohibited.",
        "ⓒ Dravski Media Group 2026. Reproduction without consent is prohibited.",
    ],
)
def test_a_bilingual_cookie_line_or_a_copyright_line_names_no_actor(analyze_text, line: str) -> None:
    text = f"{line}\n\nThe Competition Office fined Halvard Systems on Monday over misleading adverts.\n"
    r = analyze_text(text, published=PUB)
    assert {a.name for a in r.actors} == {"Competition Office", "Halvard Systems"}


@pytest.mark.parametrize(
    "sentence",
    [
        "- End-user checks for the South Caucasus and Central Asia are under closer scrutiny across the region.",
        "Vesta Compute said it had stopped licensing its servers to resellers in the South Caucasus and the Levant.",
    ],
)
def test_a_world_region_is_no_actor(analyze_text, sentence: str) -> None:
    r = analyze_text(sentence, published=PUB)
    assert not {a.name for a in r.actors} & {"South Caucasus", "Central Asia", "Levant", "the South Caucasus"}


@pytest.mark.parametrize(
    ("sentence", "not_actor"),
    [
        ("The bureau placed both Orlin units on its Unverified List in March.", "Unverified List"),
        (
            "The commission said Kestrel Labs did not appoint a Data Protection Compliance Organisation or file audits"
            " for two years.",
            "Data Protection Compliance Organisation",
        ),
    ],
)
def test_a_list_or_a_class_of_bodies_is_no_actor(analyze_text, sentence: str, not_actor: str) -> None:
    r = analyze_text(sentence, published=PUB)
    assert not_actor not in names(r)


def test_a_body_named_before_its_spokesperson_is_still_an_actor(analyze_text) -> None:
    r = analyze_text("A European Commission spokesperson said the Commission had fined Kestrel Labs.", published=PUB)
    assert "European Commission" in names(r)


def test_a_name_headed_by_list_is_a_list(nlp_loaded) -> None:
    from spacy.tokens import Span

    from policyscan.extract.actors.class_names import list_name

    doc = nlp_loaded.nlp("Last year Washington put Tarvik on the Entity List of Chinese chip firms.")
    start = next(t.i for t in doc if t.text == "Entity")
    assert list_name(Span(doc, start, start + 4, label="ORG"))
    assert not list_name(Span(doc, 3, 4, label="ORG"))  # "Tarvik"
