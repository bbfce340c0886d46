"""Sentence-level tests (issue 11, sixth round, recall): actions the grammar used to hide. Every sentence is
invented; the assertions are properties, not spans.

Categories: an instrument issued with its content as a participle ("issued a decree requiring X to V") when the
issuing verb makes no frame of its own; the rescission or withdrawal of a permission (an exemption, a licence)
tightens; a present-tense directive the small model reads as a plural noun after a parenthesised name ("The
Ministry of X (ABC) orders providers to block Y"); investigations "commenced"; exports "choked off".
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import Direction, Report

PUB = date(2026, 6, 12)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# --- an issued instrument's content clause is the action --------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "The Media Council of Ostravia issued a decree on 25 February requiring news websites to label "
            "AI-generated images.",
            "Media Council",
            "label",
        ),
        (
            "Lirania's Transport Ministry published a regulation last week obliging drone operators to register "
            "every flight.",
            "Transport Ministry",
            "register",
        ),
        (
            "The Varnian Data Agency issued a circular in May requiring banks to disclose their use of chatbots.",
            "Varnian Data Agency",
            "disclose",
        ),
    ],
)
def test_an_issued_instrument_with_a_content_participle_is_the_issuers_action(run, text, actor, keyword):
    a = one(run(text), actor=actor, keyword=keyword)
    assert a.direction == Direction.TIGHTEN


def test_the_issued_instrument_takes_the_issuing_date(run):
    a = one(
        run("The Media Council of Ostravia issued a decree on 25 February requiring news websites to label images."),
        actor="Media Council",
    )
    assert a.date.value == "2026-02-25"


def test_a_decree_issued_by_two_bodies_is_one_action_each(run):
    r = run(
        "Ostravia's Media Council (OMC) and the National Telecom Authority (NTA) jointly issued a decree in "
        "March requiring news websites to label synthetic video."
    )
    assert find(r, actor="Media Council", keyword="label")
    assert find(r, actor="National Telecom Authority", keyword="label")


def test_an_enacted_law_with_a_content_participle_stays_one_action(run):
    r = run("The Senate of Lirania passed a law banning facial recognition in schools.")
    assert len(find(r, actor="Senate")) == 1


# --- revoking a permission tightens -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "The Telecom Authority of Lirania confirmed the rescission of the 2024 exemption under which chatbot "
            "services could run without a licence.",
            "Telecom Authority",
            "exemption",
        ),
        (
            "The Varnian Gaming Commission announced the withdrawal of Kestrel Labs' operating licence on Monday.",
            "Gaming Commission",
            "licence",
        ),
        (
            "The Energy Regulator of Ostravia ordered the revocation of Brightpine's export permit.",
            "Energy Regulator",
            "permit",
        ),
    ],
)
def test_the_rescission_of_a_permission_tightens(run, text, actor, keyword):
    r = run(text)
    assert one(r, actor=actor, keyword=keyword).direction == Direction.TIGHTEN
    assert not find(r, actor=actor, direction=Direction.LOOSEN)


def test_withdrawing_ones_own_application_is_no_restriction(run):
    assert not find(run("Kestrel Labs confirmed the withdrawal of its application for a licence."))


# --- a present-tense directive misread as a noun after a parenthesis --------------------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "The Ministry of Communication and Digital Affairs (Kominfo) orders internet providers to block the "
            "Sarvo chatbot.",
            "Ministry of Communication",
            "Sarvo",
        ),
        (
            "12 May 2025 — The Comptroller General's Office (Contraloría General) orders ministries and public "
            "services to suspend the use of the Quetzal app.",
            "Comptroller General",
            "Quetzal",
        ),
    ],
)
def test_a_present_directive_after_a_parenthesis_is_read(run, text, actor, keyword):
    a = one(run(text), actor=actor, keyword=keyword)
    assert a.direction == Direction.TIGHTEN


def test_orders_as_a_noun_after_a_parenthesis_is_no_action(run):
    assert not run("The High Court of Westland (HCW) orders were ignored by the ministry.").actions


# --- vocabulary: commencing an investigation, choking off exports ----------------------------------------------


def test_a_commenced_investigation_is_an_investigation(run):
    a = one(run("The Privacy Authority of Lirania commenced an investigation into Kestrel Labs in March."))
    assert (a.kind, a.direction) == ("investigate", Direction.TIGHTEN)


def test_commencing_anything_else_is_no_action(run):
    assert not run("The Privacy Authority of Lirania commenced work on its new headquarters in March.").actions


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Argentina choked off lithium exports to Lirania in April.", "Argentina"),
        ("The sanctions came after Vietnam effectively choked off gallium exports last year.", "Vietnam"),
    ],
)
def test_choking_off_exports_restricts(run, text, actor):
    assert one(run(text), actor=actor, keyword="exports").direction == Direction.TIGHTEN


def test_choke_without_off_is_no_action(run):
    assert not run("Protesters in Ostravia choked the roads to the ministry on Monday.").actions


# --- a list of bodies, one action each --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, bodies",
    [
        (
            "Australia, Canada, and Japan have also banned the Corvo app on government devices.",
            ["Australia", "Canada", "Japan"],
        ),
        (
            "Norway, Denmark, and Finland have restricted the use of the Wren chatbot in schools.",
            ["Norway", "Denmark", "Finland"],
        ),
    ],
)
def test_every_body_of_a_comma_list_acts(run, text, bodies):
    r = run(text)
    for body in bodies:
        assert find(r, actor=body, direction=Direction.TIGHTEN), body


def test_an_apposition_describing_the_subject_adds_no_body(run):
    r = run("Kestrel Labs, the maker of Wren, and Orvane Labs have paused sales to the police.")
    assert {a.actor for a in r.actions} == {"Kestrel Labs", "Orvane Labs"}


# --- a merger inquiry opened by inviting comments ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "The Competition and Markets Authority on Monday began seeking comments from rivals on whether "
            "the partnership between Kestrel Labs and Orvane amounts to a merger.",
            "Competition and Markets Authority",
        ),
        (
            "The Fair Trade Commission invited views on whether Kestrel Labs' hiring of Orvane staff was a merger.",
            "Fair Trade Commission",
        ),
    ],
)
def test_inviting_comments_on_whether_a_deal_is_a_merger_is_an_inquiry(run, text, actor):
    a = one(run(text), actor=actor)
    assert (a.kind, a.direction) == ("investigate", Direction.TIGHTEN)


@pytest.mark.parametrize(
    "text",
    [
        "The Fair Trade Commission invited views on its new merger guidelines.",
        "The Fair Trade Commission is seeking comments on its draft rules for chatbots.",
        "Kestrel Labs declined to comment on whether the deal was a merger.",
    ],
)
def test_other_comments_are_no_inquiry(run, text):
    assert not find(run(text), direction=Direction.TIGHTEN)


# --- "the ruling orders X to V": the court that ruled ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, court",
    [
        (
            "A Munich court ruled on Tuesday that Kestrel Labs had infringed copyright. The ruling orders Kestrel "
            "Labs to pay damages.",
            "Munich court",
        ),
        (
            "The High Court of Lirania sided with the authors on Monday. The judgment orders Orvane to delete "
            "the recordings.",
            "High Court",
        ),
    ],
)
def test_a_ruling_that_orders_is_the_courts_order(run, text, court):
    a = one(run(text), actor=court)
    assert a.direction == Direction.TIGHTEN


def test_a_ruling_orders_nobody_without_a_court(run):
    r = run("The Data Protection Authority fined Kestrel Labs in May. The ruling orders the company to delete data.")
    assert len(r.actions) == 1


# --- a move from one standard to another ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, direction",
    [
        (
            "The Bureau of Export Control published a rule in March 2027, which moved its licence policy for "
            "Tarn-9 chips from a presumption of denial to case-by-case decisions.",
            "Bureau of Export Control",
            Direction.LOOSEN,
        ),
        (
            "In March the Commerce Ministry of Lirania shifted its policy on chip exports from case-by-case "
            "review to a presumption of denial.",
            "Commerce Ministry",
            Direction.TIGHTEN,
        ),
        (
            "The Trade Ministry of Lirania replaced the blanket ban on drone imports with case-by-case approval "
            "in May.",
            "Trade Ministry",
            Direction.LOOSEN,
        ),
    ],
)
def test_a_move_between_standards_takes_its_direction_from_them(run, text, actor, direction):
    r = run(text)
    assert one(r, actor=actor).direction == direction
    assert not find(r, actor=actor, direction=Direction.LOOSEN if direction == Direction.TIGHTEN else Direction.TIGHTEN)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs changed its name from Wren AI to Kestrel in 2024.",
        "The Trade Ministry of Lirania moved the hearing from Monday to Friday.",
    ],
)
def test_other_moves_are_no_action(run, text):
    assert not run(text).actions


def test_a_standard_after_another_from_phrase_is_found(run):
    r = run(
        "The Bureau of Export Control published a rule in May, which moved its policy on chip exports from "
        "Lirania from a presumption of denial to case-by-case review."
    )
    assert one(r, actor="Bureau of Export Control").direction == Direction.LOOSEN


# --- an extended deadline loosens -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Data Agency of Lirania has extended by six months the compliance deadline for data transfers.",
        "The Data Agency of Lirania extended the registration deadline for chatbot providers to September.",
    ],
)
def test_an_extended_deadline_loosens(run, text):
    a = one(run(text), actor="Data Agency", keyword="deadline")
    assert a.direction == Direction.LOOSEN


@pytest.mark.parametrize(
    "text",
    [
        "The Data Agency of Lirania set a deadline of September for chatbot providers to register.",
        "The Data Agency of Lirania announced a deadline of May for comments.",
    ],
)
def test_setting_a_deadline_is_no_action(run, text):
    assert not run(text).actions


# --- "It was imposed by X": the restriction the previous sentence names -----------------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "The June ban on the Tero assistant was one of the first of its kind. It was imposed by AGESIC on "
            "June 9, after a leak.",
            "AGESIC",
            "ban",
        ),
        (
            "The ban on the Wren chatbot was lifted on Monday. It had been imposed by the Data Agency of Lirania "
            "in March.",
            "Data Agency",
            "Wren",
        ),
    ],
)
def test_a_pronoun_opening_a_sentence_stands_for_the_restriction_before(run, text, actor, keyword):
    assert one(run(text), actor=actor, keyword=keyword, direction=Direction.TIGHTEN)


# --- an age bound belongs to the object ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("Kestrel Labs announced that it would bar users under 18 from its Wren chatbot.", "users under 18"),
        ("The Lirania Data Agency banned children under 13 from the Wren app.", "children under 13"),
    ],
)
def test_an_age_bound_stays_with_the_object(run, text, words):
    assert one(run(text), keyword=words).direction == Direction.TIGHTEN


# a quantifier over a relative pronoun ("both of which have restricted", "all of which banned") stands for its
# antecedents: each named body acts
@pytest.mark.parametrize(
    "text",
    [
        "The law puts Kestra in line with Norland and Valdoria, all of which have restricted AI therapy bots.",
        "Kestra joins Norland and Valdoria, all of which banned the Lomar chatbot on official phones last year.",
    ],
)
def test_both_of_which_gives_each_antecedent_the_action(run, text):
    report = run(text)
    actors = {a.actor for a in report.actions if a.direction == Direction.TIGHTEN}
    assert {"Norland", "Valdoria"} <= actors, actors
