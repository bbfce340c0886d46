"""Sentence-level tests (issue 11, seventh round, recall): actions the grammar used to miss. Every sentence is
invented; the assertions are properties, not spans.

Categories: an instrument named with its author ("a directive from the ministry requiring X to V", "a decree the
bank issued in May requiring X to V") inside a sentence about something else (a court refusing to suspend it, a
company complying with it or challenging it) is the author's enacted action; a court's or regulator's finding that
a party broke a rule; investigations told as "looking into", "inspected", "raided"; advice to the public sector not
to use a product; a regulatory sandbox launched or opened.
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
        (
            "The suspension follows a decree the Central Bank of Ostravia issued in February requiring lenders to "
            "block voice payments.",
            "Central Bank",
            "block",
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


# --- a finding that a party broke a rule is the finder's action against that party ------------------------------


@pytest.mark.parametrize(
    "text, actor, party",
    [
        (
            "In its judgment, the High Court of Lirania found that Veltra Labs had infringed Kestrel's trademarks.",
            "High Court",
            "Veltra",
        ),
        (
            "The Ostravia Data Authority concluded on Monday that Kestrel Labs had breached the data protection act.",
            "Data Authority",
            "Kestrel",
        ),
        (
            "The Federal Court of Norland held that Veltra Labs violated consumer law with its chatbot ads.",
            "Federal Court",
            "Veltra",
        ),
        (
            "The Privacy Commissioner of Ostravia found that the police's use of the Kestrel database was illegal.",
            "Privacy Commissioner",
            "database",
        ),
    ],
)
def test_a_finding_of_a_breach_is_the_finders_action(run, text, actor, party):
    a = one(run(text), actor=actor, keyword=party)
    assert a.direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Court of Norland found that Veltra Labs had not violated consumer law.",
        "The Federal Court of Norland ruled that the ban on the Kestrel app was unlawful.",
        "Veltra Labs said the regulator's fine was illegal.",
    ],
)
def test_no_breach_found_against_a_party_is_no_finding(run, text):
    assert not [a for a in run(text).actions if a.kind == "breach-finding"]


# --- investigations told with other verbs: "looking into", "inspected", "raided" ---------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "The Lirania Data Authority is looking into whether Veltra Labs breached the law.",
            "Data Authority",
            "Veltra",
        ),
        (
            "The Competition Commission of Ostravia said on Monday it was looking into Kestrel's purchase of Veltra.",
            "Competition Commission",
            "purchase",
        ),
        (
            "Officials of the Lirania Data Authority inspected four chatbot services in May.",
            "Data Authority",
            "inspected",
        ),
        (
            "The Ostravia Competition Authority raided the offices of Veltra Labs on Tuesday.",
            "Competition Authority",
            "Veltra",
        ),
    ],
)
def test_an_investigation_told_with_another_verb_is_an_investigation(run, text, actor, keyword):
    a = one(run(text), actor=actor, keyword=keyword)
    assert a.kind == "investigate"
    assert a.direction == Direction.TIGHTEN


def test_looking_at_or_to_something_is_no_investigation(run):
    r = run("Analysts look to the Lirania Data Authority for guidance on the new rules.")
    assert not [a for a in r.actions if a.kind == "investigate"]


# --- advice to the public sector not to use a product restricts it -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Digital Affairs of Ostravia said on Friday that departments should not use Kestrel.",
        "The Ministry of Digital Affairs of Ostravia said Kestrel should not be used by government departments.",
        "The Lirania Cyber Agency warned that public bodies must not install Kestrel on official phones.",
    ],
)
def test_advice_to_the_public_sector_not_to_use_a_product_restricts_it(run, text):
    a = one(run(text), keyword="kestrel")
    assert a.direction == Direction.TIGHTEN
    assert a.status == Status.ENACTED  # the negation is the advice, not a denial


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Digital Affairs of Ostravia said the Senate should not use Kestrel.",
        "Veltra Labs said users should not use Kestrel for medical advice.",
        "The Ministry of Digital Affairs of Ostravia said government departments should use Kestrel.",
    ],
)
def test_a_recommendation_or_a_product_warning_is_no_restriction(run, text):
    assert not find(run(text), keyword="kestrel", direction=Direction.TIGHTEN)


# --- a regulatory sandbox launched or opened eases the rules for those in it ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On April 2, the Ministry of Science of Ostravia launched a two-year regulatory sandbox for AI start-ups.",
        "The Ministry of Science of Ostravia opens a regulatory sandbox in which eight firms can test chatbots.",
    ],
)
def test_a_launched_sandbox_loosens(run, text):
    a = one(run(text), actor="Ministry of Science", keyword="sandbox")
    assert a.direction == Direction.LOOSEN


def test_a_sandbox_only_mentioned_is_no_action(run):
    r = run("Veltra Labs tested its chatbot in a sandbox run by the Ostravia Data Authority.")
    assert not find(r, keyword="sandbox")


# --- "allowed X to resume / go ahead": a permission whose object is the infinitive clause's subject -------------


@pytest.mark.parametrize(
    "text, keyword",
    [
        (
            "The Lirania Data Authority suspended new downloads of the Kestrel app in February and allowed them to "
            "resume in April.",
            "resume",
        ),
        (
            "In July the Lirania Data Authority suspended Veltra's plan to train its models on posts, and it allowed "
            "the company to go ahead at the end of August.",
            "allowed",
        ),
        ("The Ostravia Media Council allowed Veltra Labs to resume sales of its chatbot in April.", "resume"),
    ],
)
def test_allowing_a_party_to_resume_loosens(run, text, keyword):
    a = one(run(text), keyword=keyword, direction=Direction.LOOSEN)
    assert a.actor is not None and ("Data Authority" in a.actor or "Media Council" in a.actor)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs allowed users to create images of politicians.",
        "Judge Amsel of the Lirania High Court allowed the core of the authors' case to proceed.",
    ],
)
def test_a_product_feature_or_a_case_allowed_to_proceed_is_no_permission(run, text):
    assert not find(run(text), direction=Direction.LOOSEN)
