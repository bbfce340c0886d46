"""Sentence-level tests (issue 11, tenth round, recall on real text): actions the grammar used to miss. Every
sentence and name is invented; the assertions are properties, not spans.

Categories: a court or tribunal throwing out a company's claim ("dismissed the company's objections", "denied a
petition by X", "dismissed proceedings brought by X") upholds the measure the company fought.
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


# --- a body throwing out a company's claim upholds the measure it fought -----------------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "Kestrel Labs had contested a $2 million penalty from the Borvian Data Authority. On Friday the Borvian "
            "Appeals Tribunal dismissed Kestrel Labs' objections, ruling that the authority acted within its powers.",
            "Appeals Tribunal",
            "objections",
        ),
        (
            "The Court of Appeal of Lusaka on Monday denied a petition by Tovin Robotics Inc. to suspend the "
            "licence revocation ordered by the telecoms regulator in March.",
            "Court of Appeal",
            "petition",
        ),
        (
            "Judge Marta Okafor of the Federal Court of Ruvia dismissed proceedings brought by Halvex Systems, "
            "which argued that it owed nothing under a fine issued by the Ruvian Online Safety Office.",
            "Okafor",
            "dismissed",
        ),
        (
            "The Constitutional Court of Malawi threw out Quilla Networks' challenge to the data localisation rule "
            "last week.",
            "Constitutional Court",
            "challenge",
        ),
    ],
)
def test_a_company_claim_thrown_out_upholds_the_measure(run, text, actor, keyword):
    act = one(run(text), actor=actor, keyword=keyword)
    assert act.direction == Direction.TIGHTEN
    assert act.status == Status.ENACTED


@pytest.mark.parametrize(
    "text",
    [
        # the claimant is no company: what losing means depends on what they asked for
        "Judge Marta Okafor denied the authors' motion for a preliminary injunction against Halvex Systems.",
        "The Court of Appeal of Lusaka rejected a petition by a local residents' group asking it to annul the curfew.",
        # not done
        "The Borvian Appeals Tribunal did not dismiss Kestrel Labs' appeal against the penalty.",
    ],
)
def test_no_upholding_without_a_company_claim_thrown_out(run, text):
    assert not [a for a in run(text).actions if a.trigger.lower().split()[0] in ("denied", "rejected", "dismiss")]


def test_a_company_dismissing_a_request_upholds_nothing(run):
    report = run("Kestrel Labs dismissed a request by Tovin Robotics Inc. to share its training data.")
    assert not find(report, actor="Kestrel", keyword="dismissed")


# --- "strengthen" takes its kind from a restriction noun, like "expand" -------------------------------------------


@pytest.mark.parametrize(
    "text, keyword",
    [
        ("The Ruvian Trade Ministry strengthened export controls on AI accelerators on Monday.", "export controls"),
        (
            "The Ruvian Trade Ministry today announced steps to strengthen export controls on advanced chips.",
            "export controls",
        ),
    ],
)
def test_strengthening_controls_tightens(run, text, keyword):
    act = one(run(text), actor="Trade Ministry", keyword=keyword)
    assert act.direction == Direction.TIGHTEN


def test_strengthening_cooperation_is_no_action(run):
    assert not run("The Ruvian Trade Ministry strengthened its cooperation with Borvian regulators.").actions


def test_a_refusal_and_the_dismissal_that_tells_it_are_one_event(run):
    report = run(
        "A Borvian appeals court has refused to stop the country's data watchdog from enforcing an order against "
        "Kestrel Labs. The Court of Appeals on Tuesday denied a petition by Kestrel Labs Inc. for a preliminary "
        "injunction against the Data Protection Office."
    )
    court = [a for a in report.actions if a.actor and "Court of Appeals" in a.actor]
    assert len(court) == 1
    assert court[0].direction == Direction.TIGHTEN


# --- a short code is a number, not a code of law: blocking it restricts --------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "The Ruvian Utilities Regulatory Authority last week ordered mobile operators to suspend the USSD short "
            "code that let people without smartphones reach the Tovin chatbot.",
            "Utilities Regulatory Authority",
        ),
        (
            "The Borvian Communications Authority blocked the short code used by the Kestrel farm-advice service.",
            "Communications Authority",
        ),
    ],
)
def test_blocking_a_short_code_tightens(run, text, actor):
    act = one(run(text), actor=actor)
    assert act.direction == Direction.TIGHTEN


def test_suspending_a_code_of_conduct_still_loosens(run):
    report = run("The Borvian Communications Authority suspended the code of conduct for chatbot providers.")
    assert one(report, actor="Communications Authority", keyword="code").direction == Direction.LOOSEN


# --- internet shutdowns, a blocking and an enactment as nouns -----------------------------------------------------


def test_lifting_an_internet_shutdown_loosens(run):
    report = run("The Ruvian government on Wednesday lifted the internet shutdown it imposed on June 29.")
    assert one(report, actor="Ruvian government", keyword="shutdown", direction=Direction.LOOSEN)
    imposed = one(report, actor="Ruvian government", keyword="shutdown", direction=Direction.TIGHTEN)
    assert imposed.date.value is not None and imposed.date.value.endswith("-06-29")


def test_ending_a_shutdown_loosens(run):
    report = run("The Ruvian government ended a two-week internet shutdown on Wednesday.")
    assert one(report, actor="Ruvian government", keyword="shutdown").direction == Direction.LOOSEN


@pytest.mark.parametrize(
    "text, actor, keyword, year",
    [
        ("The move recalls Jordan's 2022 blocking of TikTok.", "Jordan", "blocking", "2022"),
        ("The move recalls Uganda's 2021 internet shutdown.", "Uganda", "shutdown", "2021"),
        (
            "Following Ohio's enactment of its Chatbot Safety Act in 2024, other states have passed similar statutes.",
            "Ohio",
            "enactment",
            "2024",
        ),
    ],
)
def test_a_countrys_earlier_act_as_a_noun_with_its_name(run, text, actor, keyword, year):
    act = one(run(text), actor=actor, keyword=keyword)
    assert act.direction == Direction.TIGHTEN
    assert act.date.value == year


def test_a_shutdown_without_an_author_is_no_event(run):
    assert not run("Amid the nationwide shutdown, only a few embassies could still get online.").actions


# --- a passive made by an instrument is the instrument's author's act ---------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Telegram was banned by order of the Ruvian Communications Ministry in April 2018.", "Ministry"),
        ("Telegram was banned by a decision of the Ruvian Communications Ministry in April 2018.", "Ministry"),
        (
            "The Supreme Court of Ruvia heard the case in March. Chirp was banned by a court order in May 2019.",
            "Supreme Court of Ruvia",
        ),
        (
            "The messaging network has been suspended in Ruvia since August 30, following a decision by Judge Anna "
            "Morel endorsed by the Supreme Court.",
            "Anna Morel",
        ),
    ],
)
def test_a_passive_made_by_an_instrument_is_its_authors_act(run, text, actor):
    act = one(run(text), actor=actor)
    assert act.direction == Direction.TIGHTEN


def test_a_bare_court_order_names_no_one(run):
    assert not run("Chirp was banned by a court order in May 2019.").actions


def test_a_regulator_turning_down_an_application_upholds_nothing(run):
    report = run("The Borvian Data Authority rejected Kestrel Labs' application for a data-transfer licence.")
    assert not [a for a in report.actions if a.kind == "uphold"]
