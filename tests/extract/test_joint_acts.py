"""Sentence-level tests (issue 11, real-news patterns): joint acts by a list of bodies, a regulator's request
that holds a company back, a company's own restriction dated, and a plea that is not an act.

Every sentence is invented; the assertions are properties (an action by this actor in this direction
exists, no action by X), not spans.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import Direction, Report

PUB = date(2026, 3, 13)  # a Friday


@pytest.fixture
def run(analyze_text):
    def _run(text: str, published: date | None = PUB) -> Report:
        return analyze_text(text, published=published)

    return _run


def actors_of(report: Report, keyword: str) -> set[str]:
    return {a.actor or "" for a in find(report, keyword=keyword, direction=Direction.TIGHTEN)}


# --- 1. a joint act by a list of bodies: one action per named body ---------------------------------------


def test_a_list_that_runs_through_appositions_gives_each_body_its_action(run):
    # the parser hangs the second name on the first as an apposition and the third on the second as a conjunct
    r = run(
        "The Commission nationale de l'informatique et des libertés (CNIL), the Garante per la protezione dei dati "
        "personali, and the Autoriteit Persoonsgegevens will carry out the investigation into Kestrel Labs."
    )
    got = actors_of(r, "investigation")
    assert any("informatique" in a for a in got), got
    assert any("Garante" in a for a in got), got
    assert any("Autoriteit" in a for a in got), got


def test_conduct_and_carry_out_an_investigation_are_investigations(run):
    r = run("Ofcom and the Information Commissioner's Office will conduct a joint review of Wendmark Systems.")
    assert {"Ofcom", "Information Commissioner's Office"} <= actors_of(r, "review")
    r = run("The Federal Trade Commission carried out an inquiry into Wendmark Systems last year.")
    assert one(r, actor="Federal Trade Commission", keyword="inquiry").direction == Direction.TIGHTEN


def test_carrying_out_an_order_is_compliance_not_an_order(run):
    r = run("The authority told internet providers to carry out the order within four hours.")
    assert not find(r, keyword="carry")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The data protection authorities of Portugal, Greece and Poland will jointly investigate Wendmark Systems.",
            {"Portugal", "Greece", "Poland"},
        ),
        ("The attorneys general of Ohio and Oregon sued Wendmark Systems on Wednesday.", {"Ohio", "Oregon"}),
        ("The regulators in Norway and Denmark opened a joint inquiry into Wendmark Systems on Monday.", set()),
    ],
)
def test_a_plural_body_before_places_acts_for_each_place(run, text, places):
    r = run(text)
    got = {a.actor for a in r.actions if a.direction == Direction.TIGHTEN}
    assert places <= got or (not places and {"Norway", "Denmark"} <= got), got


def test_counterparts_in_places_join_the_named_body(run):
    r = run("The Federal Trade Commission and its counterparts in Mexico and Brazil will jointly investigate Wendmark.")
    got = actors_of(r, "Wendmark")
    assert {"Federal Trade Commission", "Mexico", "Brazil"} <= got, got


def test_a_place_stands_for_the_body_the_text_names_for_it(run):
    r = run(
        "The data protection authorities of France and Portugal will jointly investigate Wendmark Systems, "
        "the CNIL said."
    )
    got = actors_of(r, "Wendmark")
    assert "Portugal" in got and any("informatique" in a for a in got) and "France" not in got, got


def test_a_named_conjunct_in_brackets_joins_the_act(run):
    r = run(
        "In April, Ofcom and the Dutch data protection office (Autoriteit Persoonsgegevens) launched a joint "
        "investigation into Wendmark Systems."
    )
    got = actors_of(r, "investigation")
    assert "Ofcom" in got and any("Autoriteit" in a for a in got), got


def test_one_description_in_apposition_adds_no_second_actor(run):
    r = run("The Garante, Italy's data protection authority, opened an investigation into Wendmark on Monday.")
    assert len(find(r, keyword="investigation")) == 1


# --- 3. a regulator's request that holds a company back ------------------------------------------------


def test_asking_a_company_to_postpone_is_the_regulators_tightening(run):
    r = run("The Datatilsynet asked Wendmark Systems to postpone fine-tuning its translation model on customer emails.")
    a = one(r, actor="Datatilsynet", keyword="postpone")
    assert a.direction == Direction.TIGHTEN
    r = run("The Ministry of Digital Affairs ordered Wendmark Systems to delay the launch of its chatbot.")
    assert find(r, keyword="delay", direction=Direction.TIGHTEN)


def test_delaying_a_restriction_still_loosens(run):
    r = run("The Federal Council asked the agency to delay the AI rules by a year.")
    assert not find(r, keyword="rules", direction=Direction.TIGHTEN)


# --- 4. a company's own restriction, told in the present progressive, is dated ------------------------


def test_a_company_pausing_now_is_dated_in_the_stories_present(run):
    r = run("Wendmark Systems is pausing sales of its smart glasses in Chile while the consumer watchdog reviews them.")
    a = one(r, actor="Wendmark", keyword="sales")
    assert a.direction == Direction.TIGHTEN
    assert a.date.value is not None and a.date.value.startswith("2026-03"), a.date


def test_a_past_progressive_is_not_the_present(run):
    r = run("Wendmark Systems was pausing sales of its smart glasses in Chile.")
    a = one(r, actor="Wendmark", keyword="sales")
    assert a.date.value is None or a.date.value.startswith("2026-03")


# --- 5. a plea by a company is not an act ------------------------------------------------------------------


def test_a_company_requesting_that_a_ban_be_lifted_does_not_lift_it(run):
    r = run(
        "Wendmark Systems wrote to parliament in July, urging that the block on its app be lifted. "
        "The Ministry of Communications of Kenya lifted its ban on Wendmark on Thursday."
    )
    assert not find(r, actor="Wendmark", direction=Direction.LOOSEN)
    assert find(r, actor="Ministry of Communications", direction=Direction.LOOSEN)


def test_a_company_asking_the_regulator_to_delay_is_a_plea(run):
    r = run("Wendmark Systems asked the regulator to delay the AI rules.")
    assert not find(r, actor="Wendmark")


def test_a_company_telling_its_own_staff_to_stop_still_restricts(run):
    r = run("Wendmark Systems asked its staff to stop using the Corvid chatbot on work laptops.")
    assert find(r, actor="Wendmark", direction=Direction.TIGHTEN)


def test_authorities_in_a_region_of_a_country_are_not_the_country(run):
    r = run("Authorities in southern Peru lifted a nighttime curfew in the city of Arequipa on Tuesday.")
    assert not find(r, actor="Peru")


# --- 2. a named official acts for an unnamed government --------------------------------------------------


def test_an_unnamed_government_is_its_one_named_minister(run):
    r = run(
        "On Tuesday the government suspended every Wendmark kiosk nationwide. Interior Minister Amina Wekesa "
        "told parliament that two smaller firms running similar kiosks had been suspended as well."
    )
    a = one(r, keyword="Wendmark", direction=Direction.TIGHTEN)
    assert a.actor == "Amina Wekesa"


def test_a_named_minister_acts_herself(run):
    r = run("Health Cabinet Secretary Amina Wekesa on Friday suspended Wendmark's licence to run clinics.")
    assert one(r, keyword="Wendmark").actor == "Amina Wekesa"


def test_two_ministers_leave_the_government_unnamed(run):
    r = run(
        "On Tuesday the government suspended every Wendmark kiosk nationwide. Interior Minister Amina Wekesa "
        "and Finance Minister Joseph Mwangi said more checks would follow."
    )
    assert not find(r, actor="Wekesa") and not find(r, actor="Mwangi")


def test_a_minister_far_from_the_sentence_does_not_speak_for_the_government(run):
    r = run(
        "At the time, Deputy Minister Amina Wekesa said the order would stay. The rollout was slow. Few users came.\n\n"
        "In 2024 the government approved a roadmap for digital health records."
    )
    assert not find(r, actor="Wekesa", keyword="roadmap")


# --- 4. a company's own restriction told with a participle the tagger reads as an adjective ------------------


def test_had_disabled_parsed_as_an_adjective_is_still_the_act(run):
    # the small model tags "disabled" as an adjective on "search" here
    r = run("Kestrel Labs said in a statement that it had disabled voice search for all users.")
    a = one(r, actor="Kestrel", keyword="voice search")
    assert a.direction == Direction.TIGHTEN


def test_an_adjective_without_a_perfect_is_not_an_act(run):
    r = run("Kestrel Labs said the disabled accounts would be restored next week.")
    assert not [a for a in r.actions if a.trigger == "disabled"]


# --- 3b. the request that prompted a company's pause ---------------------------------------------------------


def test_a_regulators_request_that_prompted_a_pause_is_its_act(run):
    r = run("In May, Kestrel Labs paused the launch of its voice assistant in Italy after a request from the Garante.")
    assert find(r, actor="Garante", keyword="request", direction=Direction.TIGHTEN)
    assert find(r, actor="Kestrel", keyword="paused", direction=Direction.TIGHTEN)


def test_a_companys_request_is_never_an_act(run):
    r = run("Kestrel Labs paused the feature after a request from Wendmark Systems.")
    assert not find(r, actor="Wendmark")
    r = run("The court rejected a request from Kestrel Labs to suspend the fine.")
    assert not find(r, actor="Kestrel", keyword="request")


def test_it_after_a_short_company_name_is_that_company_not_the_last_regulator(run):
    r = run(
        "The Office of the Data Protection Commissioner opened an investigation into Zorvex Ltd on Monday. "
        "Zorvex said in a statement that it had disabled voice search for all users."
    )
    assert not find(r, actor="Data Protection", keyword="voice search")
    assert find(r, actor="Zorvex", keyword="voice search", direction=Direction.TIGHTEN)


def test_a_later_bare_acronym_names_the_body_it_abbreviates(run):
    r = run(
        "The Data Protection Commission (DPC) regulates Kestrel Labs. In May, Kestrel Labs paused the launch of its "
        "voice assistant in Ireland after a request from the DPC."
    )
    assert find(r, actor="Data Protection Commission", keyword="request", direction=Direction.TIGHTEN)


# --- 5b. an agentless participle inside another clause's phrase has no author there -----------------------


def test_rules_brought_in_are_not_brought_in_by_the_company_that_faces_them(run):
    r = run("Kestrel Labs will need export licences for its sensors under new rules brought in last spring.")
    assert not find(r, actor="Kestrel")


def test_a_participle_with_its_own_agent_keeps_it(run):
    r = run("Kestrel Labs will face controls under new rules imposed by the Federal Trade Commission.")
    assert not find(r, actor="Kestrel")


def test_a_proposal_that_a_body_do_something_is_not_that_bodys_act(run):
    r = run(
        "The Communications Authority (CA) suspended Zorvex on Monday. A senator suggested that every deepfake "
        "app be banned by the CA."
    )
    assert not find(r, keyword="deepfake")
    assert find(r, actor="Communications Authority", keyword="suspended")
