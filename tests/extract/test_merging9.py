"""One event, one record (issue 11, duplicates, ninth round): sentence-level tests of invented text.

Every body, company and product here is made up. The assertions are properties (how many tightening actions the
body has, which kinds survive), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan.report import Action, Direction, Report

PUBLISHED = datetime.date(2026, 5, 20)


def tightened_by(report: Report, actor_word: str) -> list[Action]:
    return [a for a in report.actions if a.direction == Direction.TIGHTEN and actor_word in (a.actor or "")]


# a penalty and the order that comes with it: one decision --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor_word", "penalty"),
    [
        (
            "The Valdor Fair Trade Commission on Tuesday fined Orlin Systems 9 billion won and ordered it to change"
            " its licensing terms.",
            "Fair Trade",
            "fine",
        ),
        (
            "Ghana's Data Protection Commission on Monday fined Korvala Technologies 2.4 million cedis and ordered it"
            " to halt new sign-ups.",
            "Data Protection",
            "fine",
        ),
        (
            "The European Union imposed sanctions on the Tarvik founder, Ilya Sorin, and froze his assets in the bloc.",
            "European Union",
            "sanction",
        ),
    ],
)
def test_an_order_told_after_a_penalty_is_part_of_it(analyze_text, text: str, actor_word: str, penalty: str) -> None:
    acts = tightened_by(analyze_text(text, published=PUBLISHED), actor_word)
    assert len(acts) == 1
    assert acts[0].kind.value == penalty


def test_an_order_told_before_the_penalty_stays_its_own_event(analyze_text) -> None:
    text = "The Medicines Agency banned and fined Coolabah Health for supplying an unapproved symptom checker."
    kinds = {a.kind.value for a in tightened_by(analyze_text(text, published=PUBLISHED), "Medicines")}
    assert kinds == {"ban", "fine"}


def test_an_investigation_and_a_later_order_stay_two(analyze_text) -> None:
    text = (
        "The Data Protection Commission opened an investigation into Ijara Systems in June and has since ordered it"
        " to notify every affected customer."
    )
    assert len(tightened_by(analyze_text(text, published=PUBLISHED), "Data Protection")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Privacy Commission on Tuesday fined Tamsin Dynamics 2 billion won and ordered the developer to suspend"
        " downloads of its Wren-9B model in the country.",
        "The Data Protection Office fined Kestrel Labs 3 million euros on Monday and ordered Zephyr Systems to stop"
        " selling the app.",
    ],
)
def test_an_order_on_a_named_product_or_party_stays_its_own_event(analyze_text, text: str) -> None:
    acts = [a for a in analyze_text(text, published=PUBLISHED).actions if a.direction == Direction.TIGHTEN]
    assert len(acts) == 2


# a consequence told again in a second sentence that tells the deed again ----------------------------------------


def test_a_consequence_told_twice_restates_the_signing(analyze_text) -> None:
    text = (
        "Governor Dana Whitlow has signed the SAFE Models Act, making Vermont the third state to adopt rules on"
        " frontier AI.\n\nThe law takes effect next year.\n\nGovernor Dana Whitlow on Friday signed the SAFE Models"
        " Act, making Vermont the third state to pass rules on frontier AI.\n"
    )
    acts = [a for a in analyze_text(text, published=PUBLISHED).actions if a.actor == "Dana Whitlow"]
    assert [a.kind.value for a in acts] == ["sign"]


# one deed told twice in the same words, the second naming only the bodies it was done for --------------------------


def test_a_deed_told_again_naming_only_bodies_is_one_event(analyze_text) -> None:
    text = (
        "Economy Minister Karel Dvorak said on Wednesday he was suspending his decree to seize control of Orlin"
        " Semiconductors.\n\nDvorak said he was suspending the decree as a gesture to Beijing after talks with Chinese"
        " authorities.\n"
    )
    acts = [a for a in analyze_text(text, published=PUBLISHED).actions if a.actor == "Karel Dvorak"]
    assert len(acts) == 1


def test_the_same_deed_on_two_companies_stays_two(analyze_text) -> None:
    text = (
        "The Varnian Trade Ministry on Monday suspended the export licence of Orlin Semiconductors.\n\n"
        "The Varnian Trade Ministry also suspended the export licence of Tamsin Compute on Monday.\n"
    )
    acts = [a for a in analyze_text(text, published=PUBLISHED).actions if a.direction == Direction.TIGHTEN]
    assert len(acts) == 2
