"""Sentence-level tests (issue 11, eighth round): a company's own restrictions and private parties' lawsuits.
Every sentence and name is invented; the assertions are properties, not spans.

Categories: a company name the tagger takes for a person ("X, which runs ...", "the start-up X", "a representative
of X", "X said it had suspended ...") is a company, so its own restrictions count; "the developer, X," is X, not the
last company named; "the company" of a story that has not named one is never a company named paragraphs later;
the maker named after "made by" is a company even where the tagger calls it a place.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import ActorType, Direction, Report, Status

PUB = date(2026, 3, 12)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


def _type(report: Report, name: str) -> ActorType | None:
    return next((a.type for a in report.actors if a.name == name), None)


# 1. a company the tagger took for a person: the grammar around the name says it is an organisation -----------


@pytest.mark.parametrize(
    ("text", "name", "keyword"),
    [
        (
            "The watchdog fined the operator last week. Sava Retail Parks, which operates four of the centres,"
            " said it had suspended the use of the cameras at all of its sites pending the appeal.",
            "Sava Retail Parks",
            "cameras",
        ),
        (
            "The court barred the app on Tuesday. Lusaro said in a statement that it would appeal and that it had"
            " already suspended the sale of celebrity voice profiles in Spain and Italy in January.",
            "Lusaro",
            "voice profiles",
        ),
        (
            "The ministry ordered app stores to drop the Lumio app. A representative of Halvard Digital told a"
            " local newspaper that the company had disabled voice cloning for Vietnamese-language recordings.",
            "Halvard Digital",
            "voice cloning",
        ),
    ],
)
def test_a_company_taken_for_a_person_restricts_itself(run, text, name, keyword):
    r = run(text)
    assert _type(r, name) == ActorType.COMPANY, [(a.name, a.type) for a in r.actors]
    assert one(r, keyword=keyword, direction=Direction.TIGHTEN).actor == name


def test_a_person_stays_a_person(run):
    r = run("Maria Costa, who chairs the consumer group, said the ban was overdue and that it had come too late.")
    assert _type(r, "Maria Costa") in (ActorType.PERSON, None)


# 2. "the developer, Lentera Digital,": the generic noun is the name beside it ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kavo Systems was fined in May. The regulator restored access a week later once the developer, Brisa"
        " Digital, removed the feature.",
        "Orvane Labs welcomed the ruling. In June the company, Tessaly Robotics, disabled the face-swap tool for"
        " users in Chile.",
    ],
)
def test_a_generic_subject_is_its_named_apposition(run, text):
    r = run(text)
    acts = find(r, direction=Direction.TIGHTEN)
    named = [a for a in acts if a.actor and ("Brisa" in a.actor or "Tessaly" in a.actor)]
    assert named and not [a for a in acts if a.actor and ("Kavo" in a.actor or "Orvane" in a.actor)], [
        (a.actor, a.trigger) for a in r.actions
    ]


# 3. "the company" with no company named before is never one named paragraphs later ------------------------


def test_the_company_is_not_a_company_named_much_later(run):
    r = run(
        "Regulators in Norland ordered operators to block the Pellu chatbot on Monday.\n\n"
        "The company said it had suspended the voice feature of the app before the order.\n\n"
        "The order drew criticism from lawyers.\n\n"
        "Kora Systems, a rival developer, said the block was disproportionate."
    )
    assert not [a for a in r.actions if a.actor and "Kora" in a.actor], [(a.actor, a.trigger) for a in r.actions]


# 5. "said it would appeal and that it had suspended X": the second clause keeps its own tense ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Lusaro said in a statement that it would appeal and that it had already suspended the sale of voice"
        " profiles in Spain in January.",
        "The Ministry of Digital Affairs said it would review the rules and that it had blocked the Pellu app in"
        " February.",
    ],
)
def test_a_conjunct_with_its_own_auxiliary_keeps_its_tense(run, text):
    r = run(text)
    a = one(r, direction=Direction.TIGHTEN, keyword="spain" if "Spain" in text else "pellu")
    assert a.status == Status.ENACTED and a.date.value is not None and a.date.value <= PUB.isoformat(), a


# 4. "made by X, a Y start-up": the maker is a company whatever the tagger calls it ---------------------------


def test_the_maker_of_a_product_is_the_company(run):
    r = run(
        "Talibo is made by Talibo AI, a Dakar start-up founded in 2023. The company said it had suspended the"
        " voice-cloning feature of the app on Monday."
    )
    assert one(r, keyword="voice-cloning", direction=Direction.TIGHTEN).actor == "Talibo AI"


# 6. lawsuits by a described party or by several parties ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        ("A second lawsuit was filed against Mavik on Monday by the publisher Editorial Cobalto.", "Cobalto"),
        (
            "On Monday another suit was filed against the company, this time by the Madrid publisher Editorial"
            " Cobalto, which accuses Mavik of training its model on its books.",
            "Cobalto",
        ),
        ("The singers, together with the Guild of Session Musicians, sued Tarn Robotics in October.", "Guild"),
        (
            "The main case, a lawsuit filed by the four singers together with the Guild of Session Musicians in"
            " October, asks for damages from Tarn Robotics.",
            "Guild",
        ),
        ("The novelist Ana Ruiz and the Writers Union sued Mavik in March over the use of their books.", "Writers"),
    ],
)
def test_a_described_or_accompanied_plaintiff_sues(run, text, plaintiff):
    r = run(text)
    suits = [a for a in r.actions if a.kind == "sue"]
    assert suits and all(a.actor and plaintiff in a.actor for a in suits), [(a.actor, a.trigger) for a in r.actions]
    assert all(len(a.objects) == len(set(a.objects)) for a in suits)


# 7. "X’s agreement to suspend ...": the owner of the agreement acts, not the body that welcomed it ----------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "The Data Protection Commission has welcomed Kestrel Labs’ agreement to suspend its use of"
            " customer records for training its chatbot.",
            "Kestrel Labs",
        ),
        (
            "Regulators opened a probe into X, the social network, in May. The Data Protection Commission said"
            " it had noted X’s agreement to suspend its handling of user data for training its chatbot.",
            "X",
        ),
    ],
)
def test_the_owner_of_an_agreement_to_suspend_acts(run, text, company):
    r = run(text)
    a = one(r, keyword="suspend", direction=Direction.TIGHTEN)
    assert a.actor == company, [(a.actor, a.trigger) for a in r.actions]


def test_an_agreement_to_suspend_is_the_suspension_only(run):
    r = run(
        "The Data Protection Commission has welcomed Kestrel Labs’ agreement to suspend its use of"
        " customer records for training its chatbot."
    )
    assert [a.kind for a in r.actions if a.actor == "Kestrel Labs"] == ["suspend"], [
        (a.actor, a.kind, a.trigger) for a in r.actions
    ]
    deal = run("Kestrel Labs signed an agreement with the Ministry of Digital Affairs on Monday.")
    assert [a for a in deal.actions if a.kind == "agree"], [(a.actor, a.kind) for a in deal.actions]
