"""Sentence-level tests (issue 11, round 9, several bodies): bodies that act with the subject through a
joint-work phrase, the agents of a noun a relative clause hangs on, and a place's lawmakers or a bare
legislature as the actor.

Every sentence is invented; the assertions are properties (an action by this actor in this direction
exists, no action by X), not spans.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find

from policyscan.report import Direction, Report

PUB = date(2026, 3, 13)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


def actors_of(report: Report, keyword: str, direction: Direction = Direction.TIGHTEN) -> set[str]:
    return {a.actor or "" for a in find(report, keyword=keyword, direction=direction)}


# --- 1. "A, in coordination with B and C, ordered ...": each named body acts -----------------------------


@pytest.mark.parametrize(
    ("text", "keyword", "bodies"),
    [
        (
            "The Department of Digital Affairs in coordination with the Cybercrime Center and the National "
            "Telecoms Board ordered internet providers to block Zephyr.",
            "internet providers",
            {"Department of Digital Affairs", "Cybercrime Center", "National Telecoms Board"},
        ),
        (
            "The Consumer Protection Agency, in cooperation with the Data Inspectorate, fined Orvane Systems "
            "on Tuesday.",
            "Orvane",
            {"Consumer Protection Agency", "Data Inspectorate"},
        ),
        (
            "The Competition Bureau jointly with the Privacy Commission opened an investigation into Kestrel "
            "Labs last week.",
            "investigation",
            {"Competition Bureau", "Privacy Commission"},
        ),
    ],
)
def test_a_body_working_with_the_subject_acts_too(run, text, keyword, bodies):
    got = actors_of(run(text), keyword)
    assert bodies <= got, got


def test_a_body_only_consulted_does_not_act(run):
    r = run(
        "The Department of Digital Affairs, in consultation with Orvane Labs, ordered internet providers to block "
        "Zephyr."
    )
    assert "Orvane Labs" not in actors_of(r, "internet providers")
    assert "Department of Digital Affairs" in actors_of(r, "internet providers")


# --- 2. "steps by A and B, which also blocked ...": every agent of the noun the clause hangs on -----------


def test_every_agent_of_the_noun_a_relative_clause_hangs_on_acts(run):
    r = run("The order echoes earlier measures by Norway and Denmark, which blocked the Zephyr app last year.")
    assert {"Norway", "Denmark"} <= actors_of(r, "Zephyr")


def test_the_object_of_such_a_clause_is_never_an_actor(run):
    r = run("The order echoes earlier measures by Norway and Denmark, which blocked the Zephyr app last year.")
    assert not any("Zephyr" in a for a in actors_of(r, "Zephyr"))


# --- 3. a place's lawmakers, a legislature named bare at the start of a sentence --------------------------


@pytest.mark.parametrize(
    ("text", "keyword", "place"),
    [
        ("Kenyan lawmakers passed the Online Harms Act in March.", "Online Harms Act", "Kenya"),
        ("Brazilian legislators voted on Tuesday to ban the Zephyr app in state schools.", "Zephyr", "Brazil"),
        (
            "Governor Ada Lin of Vermont has signed the Vela Act. State lawmakers approved the Vela Act in June.",
            "approved",
            "Vermont",
        ),
    ],
)
def test_lawmakers_of_a_place_act_as_its_legislature(run, text, keyword, place):
    got = actors_of(run(text), keyword)
    assert any(place in a for a in got), got


def test_lawmakers_of_a_party_are_no_place(run):
    r = run("Republican lawmakers passed the Online Harms Act in March.")
    assert not any("Republican" in a for a in actors_of(r, "Online Harms Act"))


def test_a_bare_legislature_opening_a_sentence_acts(run):
    r = run("Parliament passed the Online Safety Act in January 2024.")
    assert any("Parliament" in a for a in actors_of(r, "Online Safety Act")), r.actions


# --- 4. "orders from A, B and C": an instrument names its authors with "from" -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is the third time the company has been told to erase such data, following orders from Norway, Chile "
        "and Kenya in recent months.",
        "Orvane Systems deleted the recordings last year after separate orders from Norway, Chile and Kenya.",
    ],
)
def test_orders_from_several_places_give_each_place_its_order(run, text):
    got = actors_of(run(text), "")
    assert {"Norway", "Chile", "Kenya"} <= got, got


def test_a_block_from_a_month_has_no_author(run):
    assert not run("The block from May is still in force, the company said.").actions


# --- 5. a tracker row that opens with a case caption: the first party's act ---------------------------------


@pytest.mark.parametrize(
    ("text", "party", "keyword"),
    [
        (
            "States acting on chatbots:\n- Oregon v. Kestrel Labs — state lawsuit against Kestrel Labs, filed "
            "June 1, 2026.\n- Ohio v. Wendmark Systems — investigation opened, with a cease-and-desist notice sent "
            "in January 2026.\n",
            "Oregon",
            "lawsuit",
        ),
        (
            "States acting on chatbots:\n- Oregon v. Kestrel Labs — state lawsuit against Kestrel Labs, filed "
            "June 1, 2026.\n- Ohio v. Wendmark Systems — investigation opened, with a cease-and-desist notice sent "
            "in January 2026.\n",
            "Ohio",
            "investigation",
        ),
    ],
)
def test_a_caption_row_gives_its_event_to_the_first_party(run, text, party, keyword):
    assert party in actors_of(run(text), keyword)


def test_a_case_named_inside_a_sentence_is_no_row(run):
    r = run("In Oregon v. Kestrel Labs, a lawsuit was filed by two parents in 2025, and the court has not ruled.")
    assert "Oregon" not in actors_of(r, "lawsuit")


# --- 6. a body's name cut after its head word by a plural possessive ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Agency for the Protection of Consumers' Data (APCD) has opened an investigation into Kestrel Labs.",
        "The Agency for the Protection of Consumers' Data, which opened its own investigation into Kestrel Labs in "
        "April, said on Monday that the inquiry was continuing.",
    ],
)
def test_a_head_word_and_the_rest_of_its_name_are_one_body(run, text):
    got = actors_of(run(text), "investigation")
    assert "Agency for the Protection of Consumers' Data" in got, got


# --- 7. a bare head word after the body was named in full: "the board", "the ombudsman" -------


@pytest.mark.parametrize(
    ("text", "body", "keyword"),
    [
        (
            "Peru's National Electoral Board (JNE) welcomed the move. On Tuesday, the board ordered all providers "
            "to label synthetic election content.",
            "National Electoral Board",
            "providers",
        ),
        (
            "Finland's Data Protection Ombudsman said the case was open. Last week the ombudsman fined Orvane "
            "Systems €1 million.",
            "Data Protection Ombudsman",
            "fine",
        ),
    ],
)
def test_a_bare_head_word_is_the_body_named_before_with_it(run, text, body, keyword):
    assert body in actors_of(run(text), keyword)


def test_a_bare_board_is_never_another_kind_of_body(run):
    r = run("The Data Protection Authority opened a probe into Orvane Systems. The board then approved the sale.")
    assert not find(r, keyword="sale")


def test_a_caption_row_event_takes_the_row_date(run):
    r = run(
        "Cities acting on chatbots:\n- City of Salem v. Kestrel Labs — municipal consumer-protection lawsuit filed "
        "March 24, 2026. One of the first by any U.S. city.\n"
    )
    got = [a for a in find(r, keyword="lawsuit") if a.actor and "Salem" in a.actor]
    assert got and got[0].date.value == "2026-03-24", [(a.actor, a.date.value) for a in r.actions]


# --- 8. each name with its own relative clause keeps its own act ---------------------------------------------


def test_two_names_with_their_own_relative_clauses_do_not_share_acts(run):
    r = run("Chile, which banned Zephyr in May, and Peru, which fined Orvane Systems in June, are now drafting rules.")
    assert actors_of(r, "banned") == {"Chile"}
    assert actors_of(r, "fined") == {"Peru"}


def test_names_sharing_one_relative_clause_share_its_act(run):
    r = run("Manila's move mirrored steps by Vietnam and Cambodia, which also temporarily blocked access to Zephyr.")
    assert {"Vietnam", "Cambodia"} <= actors_of(r, "blocked")


# --- 9. an agentless passive told by the places it holds in ------------------------------------------------


def test_an_agentless_passive_in_several_places_is_each_places_act(run):
    r = run("The Data Authority of Norway opened a probe into Orvane. Zephyr has been banned in Chile, Peru and Kenya.")
    got = actors_of(r, "Zephyr")
    assert {"Chile", "Peru", "Kenya"} <= got, got
    assert "Data Authority of Norway" not in got


def test_a_place_is_no_agent_when_the_passive_names_one(run):
    r = run("Zephyr was banned in Chile by the Data Protection Authority last year.")
    assert actors_of(r, "Zephyr") == {"Data Protection Authority"}
