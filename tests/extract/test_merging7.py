"""One event, one record (issue 11, duplicates, seventh round): sentence-level tests of invented text.

Every body, company and product here is made up. The assertions are properties (how many actions of this
direction exist, who acts, their status), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan.report import Action, Direction, Report, Status

PUBLISHED = datetime.date(2026, 5, 20)


def by(report: Report, direction: Direction) -> list[Action]:
    return [a for a in report.actions if a.direction == direction]


def shown(report: Report) -> list[tuple[str | None, str, str, str]]:
    return [(a.actor, a.direction.value, a.trigger, a.status.value) for a in report.actions]


# a modal restatement ("could be restored", "may resume") of an event the same body is told to have done ------


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (  # the permission in the regulator's letter restates the lifting it reports
            "The Telecommunications Regulatory Authority lifted its block on the Kestrel chatbot on Tuesday.\n\n"
            "In a letter to internet providers, the authority said access to the app could be restored with"
            " immediate effect, as its maker had met the conditions set in April.\n",
            Direction.LOOSEN,
        ),
        (  # the modal gives the day the lifting takes effect, the account follows
            "Regulators in Norland have restored access to the Kestrel app. The Telecoms Agency said operators"
            " could restore Kestrel from Wednesday. It lifted the block on Kestrel on Tuesday.\n",
            Direction.LOOSEN,
        ),
        (  # an order, then the time it gives told with "could"
            "The Telecoms Agency ordered internet providers to block the Kestrel chatbot on Tuesday. Providers"
            " could block Kestrel within 48 hours, the agency said.\n",
            Direction.TIGHTEN,
        ),
        (  # a suspension, then its length told with "may"
            "The Ministry of Digital Affairs suspended the Kestrel chatbot on Tuesday. The ministry said Kestrel"
            " may be suspended for up to 30 days.\n",
            Direction.TIGHTEN,
        ),
    ],
)
def test_modal_restatement_is_the_same_event(analyze_text, text, direction):
    r = analyze_text(text, published=PUBLISHED)
    ours = by(r, direction)
    assert len(ours) == 1, shown(r)
    assert ours[0].status == Status.ENACTED, shown(r)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (  # a further event the body may take: "again"
            "The Telecommunications Regulatory Authority blocked the Kestrel chatbot on Tuesday. The authority"
            " said Kestrel could be blocked again if its maker failed to register within a month.\n",
            Direction.TIGHTEN,
        ),
        (  # another object: the modal names a product the account does not
            "The Data Inspectorate banned the Veloria face-matching app on 3 March. The Data Inspectorate said"
            " it could also ban the Mirela photo app, which uses the same engine.\n",
            Direction.TIGHTEN,
        ),
        (  # another body's modal mention
            "The Data Inspectorate banned the Veloria face-matching app on 3 March. The Consumer Ombudsman"
            " said it could ban Veloria too.\n",
            Direction.TIGHTEN,
        ),
    ],
)
def test_modal_mention_of_another_event_stays(analyze_text, text, direction):
    r = analyze_text(text, published=PUBLISHED)
    assert len(by(r, direction)) == 2, shown(r)


# one executive named two ways: "the White House" and "the <Name> administration" -------------------------------


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (  # a lifting told by the seat of government, then by the leader's administration
            "The White House has lifted export controls on the Orrin X4 accelerator, reversing a decision it took"
            " in March. Officials said the Harlan administration was lifting the controls after talks with"
            " chipmakers.\n",
            Direction.LOOSEN,
        ),
        (  # an order, then its terms under the administration's name
            "The White House on Tuesday ordered federal agencies to stop using the Mirela chatbot. The Harlan"
            " administration told agencies to remove Mirela from their devices within 30 days, a spokesperson"
            " said.\n",
            Direction.TIGHTEN,
        ),
    ],
)
def test_administration_and_its_government_tell_one_event(analyze_text, text, direction):
    r = analyze_text(text, published=PUBLISHED)
    ours = by(r, direction)
    assert len(ours) == 1, shown(r)
    assert ours[0].actor == "White House", shown(r)


def test_administration_of_another_country_stays(analyze_text):
    text = (
        "The White House on Tuesday ordered federal agencies to stop using the Mirela chatbot. In Brazil, the"
        " Souza administration told ministries to remove Mirela from their devices on Tuesday.\n"
    )
    r = analyze_text(text, published=PUBLISHED)
    assert len(by(r, Direction.TIGHTEN)) == 2, shown(r)


# a country and its official ("<country> Premier <name>") tell one event ---------------------------------------


@pytest.mark.parametrize(
    ("text", "direction", "official"),
    [
        (  # a demonym and the head of state
            "Chile on Monday banned government agencies from using the Kestrel chatbot over security risks.\n\n"
            "During a cabinet meeting, Chilean President Marta Quiroga said Kestrel was banned from use in all"
            " ministries.\n",
            Direction.TIGHTEN,
            "Marta Quiroga",
        ),
        (  # a possessive country and a cabinet office
            "Kenya has suspended the Adoma face-matching app for 30 days over its handling of biometric data.\n\n"
            "Kenya's Cabinet Secretary Grace Wanjiku said on Tuesday that Adoma had been suspended until it moved"
            " its servers.\n",
            Direction.TIGHTEN,
            "Grace Wanjiku",
        ),
        (  # a lifting
            "Portugal lifted its ban on the Tamsin chatbot on Friday after the company changed its privacy"
            " settings.\n\nPortuguese Prime Minister Rui Calado said the ban on Tamsin had been lifted because the"
            " app now met EU rules.\n",
            Direction.LOOSEN,
            "Rui Calado",
        ),
    ],
)
def test_country_and_its_official_tell_one_event(analyze_text, text, direction, official):
    r = analyze_text(text, published=PUBLISHED)
    ours = by(r, direction)
    assert len(ours) == 1, shown(r)
    assert ours[0].actor == official, shown(r)


@pytest.mark.parametrize(
    "text",
    [
        # another country's official
        "Chile on Monday banned government agencies from using the Kestrel chatbot over security risks.\n\n"
        "Peruvian President Marta Quiroga said on Monday that Kestrel was banned from use in all ministries of"
        " Peru.\n",
        # an official whose country the text does not give
        "Chile on Monday banned government agencies from using the Kestrel chatbot over security risks.\n\n"
        "President Marta Quiroga said Kestrel was banned from use in all ministries.\n",
    ],
)
def test_official_of_no_or_another_country_stays(analyze_text, text):
    r = analyze_text(text, published=PUBLISHED)
    assert len(by(r, Direction.TIGHTEN)) == 2, shown(r)


# the body's own country in what it acted on ("for all users in Tunisia") is its jurisdiction, not an object ----

_ORDER = (
    "Tunisia's National Authority for the Protection of Personal Data on Monday ordered Velda Labs to suspend the"
    " voice-cloning tool of its Velda app. The authority gave Velda a week to disable the tool for all users in"
    " {place} and to erase the recordings.\n"
)


def test_own_country_in_the_object_is_no_second_object(analyze_text):
    r = analyze_text(_ORDER.format(place="Tunisia"), published=PUBLISHED)
    assert len(by(r, Direction.TIGHTEN)) == 1, shown(r)


def test_another_country_in_the_object_stays_an_object(analyze_text):
    r = analyze_text(_ORDER.format(place="Algeria"), published=PUBLISHED)
    assert len(by(r, Direction.TIGHTEN)) == 2, shown(r)


# an order to a group, then the named members told: one event ----------------------------------------------------

_GROUP = (
    "Vietnam's Ministry of Industry and Trade has ordered {first} to stop buying the Orrin accelerator, a chip"
    " designed by U.S. chipmaker Velda Semiconductor.\n\nThe Ministry of Industry and Trade said on Tuesday that"
    " Saigon Cloud and Lotus Data had {also}been told to halt orders of the Orrin accelerator.\n"
)


def test_order_to_a_group_and_its_named_members_is_one_event(analyze_text):
    text = _GROUP.format(first="the country's biggest cloud companies", also="")
    r = analyze_text(text, published=PUBLISHED)
    assert len(by(r, Direction.TIGHTEN)) == 1, shown(r)


@pytest.mark.parametrize(
    ("first", "also"),
    [
        ("Mekong Cloud", ""),  # an order to another named firm
        ("the country's biggest cloud companies", "also "),  # "also": a further order
    ],
)
def test_orders_to_other_named_firms_stay(analyze_text, first, also):
    r = analyze_text(_GROUP.format(first=first, also=also), published=PUBLISHED)
    assert len(by(r, Direction.TIGHTEN)) == 2, shown(r)
