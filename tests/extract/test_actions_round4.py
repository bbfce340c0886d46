"""Sentence-level tests (issue 11, fourth round of real-news patterns): who acts and in which direction when the
grammar turns a trigger's sense. Every sentence is invented; the assertions are properties, not spans.

Categories: a pronoun after a compound company name, a court order that holds a company back, idioms that are
not the action ("stopped short of", "passed them on"), a passive list verb owned by its list's author, a clause
with its own unnamed subject, a section label inside a roundup, approving a law or a resolution, a company's
own age check.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import Direction, Report

PUB = date(2026, 3, 13)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# --- a pronoun after a company name whose last word starts another body's name -----------------------------


def test_it_after_a_compound_company_name_is_that_company(run):
    r = run(
        "Vessel AI withdrew Vessel-4 Mini from its classroom product. The next date to watch is October 1. "
        "Vessel AI said last week that from that day it will block users under 18 in the European Union from "
        "Vessel-4 Mini. In Brussels, the European Commission's AI Office has not opened any proceedings."
    )
    assert one(r, keyword="block", direction=Direction.TIGHTEN).actor == "Vessel AI"
    assert not find(r, actor="AI Office", keyword="block")


# --- a court order against a company tightens; relief from a law loosens ------------------------------------


def test_an_injunction_restraining_a_company_tightens(run):
    r = run(
        "The Harwick High Court on Friday granted an interim injunction restraining Brelvan Technologies from "
        "using the voice of singer Tara Quell in songs made with its app."
    )
    got = one(r, actor="Harwick High Court", keyword="injunction")
    assert got.direction == Direction.TIGHTEN, got


def test_an_injunction_against_enforcing_a_law_still_loosens(run):
    r = run("The Harwick High Court granted an interim injunction blocking the state from enforcing the labelling law.")
    assert one(r, actor="Harwick High Court", keyword="injunction").direction == Direction.LOOSEN


# --- idioms that are not the action -------------------------------------------------------------------------


def test_stopped_short_of_is_not_a_restriction(run):
    r = run(
        "The Electoral Board has warned candidates that it may disqualify anyone who uses cloned voices, "
        "but it stopped short of a formal ban."
    )
    assert not find(r, keyword="stopped")


def test_a_trading_house_that_passed_goods_on_enacted_nothing(run):
    r = run("Velmar Systems shipped the servers to a Hong Kong trading house that passed them on to a buyer abroad.")
    assert not find(r, keyword="passed")


# --- a passive list verb: the list's owner acted -------------------------------------------------------------


def test_added_to_a_departments_entity_list_is_that_departments_act(run):
    r = run(
        "The Ostrava Customs Office opened an investigation into two other firms. Velmar Systems had already "
        "been added to the U.S. Commerce Department's Entity List in September."
    )
    added = one(r, keyword="added", direction=Direction.TIGHTEN)
    assert "Commerce" in (added.actor or ""), added
    assert not find(r, actor="Customs", keyword="added")


# --- a clause with its own unnamed subject is not the main clause's act -------------------------------------


def test_prosecutors_withdrawing_charges_is_not_the_police_act(run):
    r = run(
        "The Norland Data Office fined Kestrel Labs. Separately, Port Santo's police said on Friday they had "
        "closed an investigation into three men, after prosecutors withdrew the remaining fraud charges."
    )
    assert not find(r, keyword="withdrew")


# --- a section label names the event told below it ------------------------------------------------------------


def test_a_section_label_with_a_generic_subject_is_not_the_previous_bodys_act(run):
    r = run(
        "Election regulators moved against voice clones this month.\n\n"
        "Ruritania: commission warns candidates\n\n"
        "The Ruritanian Electoral Commission warned candidates that cloned voices are unlawful.\n\n"
        "Norland: regulator opens proceedings\n\n"
        "The Norland Network Agency has opened proceedings against Halvard Works over its face-swapping app."
    )
    assert not find(r, actor="Electoral Commission", keyword="proceedings")
    assert one(r, actor="Norland Network Agency", keyword="proceedings").direction == Direction.TIGHTEN


# --- approving a law or a resolution enacts it ----------------------------------------------------------------


def test_final_approval_to_a_law_enacts_it(run):
    r = run(
        "Ruritania's Senate gave final approval last week to the country's first national law on artificial "
        "intelligence, which sets out rules on parental consent."
    )
    got = one(r, keyword="approval")
    assert (got.kind, got.direction) == ("enact", Direction.TIGHTEN), got


def test_approving_a_resolution_that_bans_tightens(run):
    r = run(
        "Ruritania's Superior Electoral Court approved a resolution earlier this month that bans unlabelled "
        "synthetic audio in campaign material."
    )
    assert one(r, keyword="resolution").direction == Direction.TIGHTEN


def test_approving_a_merger_is_still_no_law(run):
    r = run("The Velmar Council approved the merger of two local broadcasters.")
    assert all(a.kind != "enact" for a in r.actions)


# --- a company's own age check ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Labs said it had already introduced an age check for new accounts last month.",
        "Orrin Labs said on Tuesday that it would require age verification for all new accounts.",
    ],
)
def test_a_company_introducing_an_age_check_restricts_itself(run, text):
    got = one(r := run(text), actor="Orrin Labs", direction=Direction.TIGHTEN)
    assert "age" in " ".join([got.trigger, got.target or "", *got.objects]).lower(), r.actions


# --- a plural body noun over portfolios: one action per named body --------------------------------------------


def test_the_defence_and_foreign_ministries_each_act(run):
    r = run(
        "The Ministry of National Defence said it was reviewing its devices. The Ministry of Foreign Affairs "
        "declined to comment. The defence and foreign ministries and the State Bank of Ruritania have barred "
        "staff from using Velmar on work devices."
    )
    got = {a.actor for a in find(r, keyword="Velmar", direction=Direction.TIGHTEN)}
    assert {"Ministry of National Defence", "Ministry of Foreign Affairs", "State Bank of Ruritania"} <= got, got


def test_the_finance_and_trade_ministries_jointly_impose_a_moratorium(run):
    r = run(
        "The Ministry of Finance and the Ministry of Investment, Trade and Industry met on Monday. Last week, "
        "the finance and trade ministries jointly imposed a six-month moratorium on new chip transshipment permits."
    )
    got = {a.actor for a in find(r, keyword="moratorium", direction=Direction.TIGHTEN)}
    assert {"Ministry of Finance", "Ministry of Investment, Trade and Industry"} <= got, got


# --- notices and inspections; the head of a body acts for it ------------------------------------------------------


def test_issuing_a_company_with_a_legal_notice_tightens(run):
    r = run("The Velmar Bureau issued Kestrel Labs with a legal notice requiring it to explain its age checks.")
    assert one(r, actor="Velmar Bureau", keyword="notice").direction == Direction.TIGHTEN


def test_the_president_of_an_office_initiating_an_inspection_is_the_office(run):
    r = run("In January, the President of the Data Protection Office initiated an inspection at Brzask AI.")
    got = one(r, keyword="inspection", direction=Direction.TIGHTEN)
    assert got.actor == "Data Protection Office", got


# --- a company holding back its own launch; what a party seeks to have done ----------------------------------------


def test_a_company_delaying_its_own_launch_tightens(run):
    r = run(
        "The Watchdog Board fined Kestrel Labs last year. Kestrel Labs said on Monday it would delay the launch "
        "of its Wren-5 model in Europe by three months."
    )
    got = one(r, actor="Kestrel Labs", keyword="launch")
    assert got.direction == Direction.TIGHTEN, got


def test_applying_to_have_a_licence_restored_is_no_restoration(run):
    r = run(
        "The Kestrel Authority suspended the licence of Velmar Compute for 90 days. Velmar Compute may apply to "
        "have the licence restored once it submits an independent audit, the authority said."
    )
    assert not find(r, direction=Direction.LOOSEN)
    assert one(r, actor="Kestrel Authority", keyword="licence").direction == Direction.TIGHTEN


# --- a pronoun that stands for a speaker who is no body of the story ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        (
            "The Norland Data Office fined Kestrel Labs in May. Separately, the island's police said on Friday "
            "they had closed an investigation into three men over server shipments.",
            "closed",
        ),
        ("The Norland Data Office fined Kestrel Labs in May. Critics said they would sue the office.", "sue"),
    ],
)
def test_they_after_an_unnamed_speaker_is_nobody_known(run, text, keyword):
    r = run(text)
    assert not find(r, keyword=keyword), r.actions


def test_a_company_word_heading_an_unknown_name_is_not_the_last_company(run):
    r = run("Velmar Labs cut prices last week. The Unity Party platform promised to repeal the decree it once backed.")
    assert not find(r, actor="Velmar Labs", keyword="repeal")
    r = run("OpenAI was sued in May. The ChatGPT maker said on Monday it would block users under 13.")
    assert one(r, keyword="block").actor == "OpenAI"


def test_refusing_to_order_a_block_is_no_block(run):
    r = run("The Harwick High Court refused to order the telecoms regulator to block the Brelvan app.")
    assert not [a for a in find(r, keyword="block") if a.status.value == "enacted"], r.actions
