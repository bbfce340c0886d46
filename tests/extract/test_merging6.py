"""One event, one record (issue 11, duplicates, sixth round): sentence-level tests of invented text.

Every body, company and product here is made up (the countries are real: a country is only read as one when
the country table knows it). The assertions are properties (how many actions of this direction exist, who
acts), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan import load
from policyscan.extract.actions import RawAction
from policyscan.extract.merge_links import clause_restates
from policyscan.extract.merge_mentions import stem_fits
from policyscan.report import Action, DateRef, Direction, Report, Status

PUBLISHED = datetime.date(2026, 4, 16)


def by(report: Report, direction: Direction) -> list[Action]:
    return [a for a in report.actions if a.direction == direction]


def shown(report: Report) -> list[tuple[str | None, str, str]]:
    return [(a.actor, a.direction.value, a.trigger) for a in report.actions]


# a country in the lede, its ministry or regulator in the body: one event -----------------------------------


@pytest.mark.parametrize(
    ("text", "direction", "body"),
    [
        (  # a future lede, the agency's own statement in the body; the text never says whose agency it is
            "Moldova will lift its ban on the Kestrel messaging app after two years of failed attempts to block"
            " it.\n\nThe announcement was made by the National Media Service, which enforces the country's"
            " censorship rules. The National Media Service withdrew its demand to restrict access to Kestrel,"
            " the agency said in a statement on Tuesday.\n",
            Direction.LOOSEN,
            "National Media Service",
        ),
        (  # a background gerund ("weeks after suspending it") told before the regulator's dated account
            "Paraguay has yet to decide when the Quillo chatbot may return after suspending it last month over"
            " concerns about its data handling, a senior official in Asuncion said.\n\nThe Data Protection Agency"
            " suspended new downloads of Quillo on March 3, citing its collection of location data.\n",
            Direction.TIGHTEN,
            "Data Protection Agency",
        ),
        (  # "the X government" in the lede, a ministry's lifting under another verb in the body
            "The Bolivian government has restored access to the Wayra chatbot, ending a two-week block.\n\n"
            "The Ministry of Digital Affairs said on Monday that the blocking order had been withdrawn after the"
            " company registered with the authorities.\n",
            Direction.LOOSEN,
            "Ministry of Digital Affairs",
        ),
    ],
)
def test_country_and_its_body_tell_one_event(analyze_text, text, direction, body):
    r = analyze_text(text, published=PUBLISHED)
    ours = by(r, direction)
    assert len(ours) == 1, shown(r)
    assert ours[0].actor and body.lower() in ours[0].actor.lower(), shown(r)


@pytest.mark.parametrize(
    "text",
    [
        # another country's regulator: two events
        "Peru suspended the Quillo app on Monday over its data handling.\n\nEcuador's Telecommunications Agency"
        " also suspended the Quillo app on Monday.\n",
        # a company pausing its own product is not the country's ban
        "Peru banned the Quillo app on Monday over its data handling.\n\nQuillo Labs suspended new sign-ups in"
        " the country the same day.\n",
        # a reversal by the country's body stays two actions: the ban, then its lifting
        "Peru banned the Quillo app on Monday.\n\nThe Telecommunications Agency lifted the ban on Friday after"
        " the company registered.\n",
    ],
)
def test_other_bodies_and_reversals_stay_apart(analyze_text, text):
    r = analyze_text(text, published=PUBLISHED)
    assert len(r.actions) >= 2, shown(r)


# a row of section labels above the headline ------------------------------------------------------------------


@pytest.mark.parametrize("kicker", ["CHIP TRADE | CENTRAL ASIA", "WORLD / ASIA-PACIFIC", "TECH · POLICY"])
def test_section_labels_above_the_headline_are_not_the_title(kicker):
    text = (
        f"{kicker}\n\nMoldova freezes chip re-export licences\n\nBy Ana Rusu\nSeptember 24, 2026\n\n"
        "The Ministry of Economic Development said on Wednesday it had suspended all licences for the re-export"
        " of graphics processors pending a review.\n"
    )
    art = load.load_bytes(text.encode("utf-8"), path="t.txt", suffix=".txt")
    assert art.title == "Moldova freezes chip re-export licences"
    assert kicker not in art.text


def test_an_all_caps_headline_is_still_the_title():
    text = "MOLDOVA FREEZES CHIP LICENCES\n\nThe Ministry of Economic Development suspended the licences.\n"
    art = load.load_bytes(text.encode("utf-8"), path="t.txt", suffix=".txt")
    assert art.title == "MOLDOVA FREEZES CHIP LICENCES"


def test_headline_under_section_labels_folds_into_the_ministrys_account(analyze_text):
    text = (
        "CHIP TRADE | CENTRAL ASIA\n\nMoldova freezes chip re-export licences\n\nBy Ana Rusu\nSeptember 24, 2026\n\n"
        "Moldova's Ministry of Economic Development said on Wednesday it had suspended all licences for the"
        " re-export of graphics processors pending a review.\n"
    )
    r = analyze_text(text)
    ours = by(r, Direction.TIGHTEN)
    assert len(ours) == 1, shown(r)
    assert ours[0].actor and "ministry" in ours[0].actor.lower(), shown(r)


# a directive and the infinitive it governs, found apart: one order ---------------------------------------------


def _raw(trigger: str, kind: str, status: Status, sent: tuple[int, int]) -> RawAction:
    return RawAction(
        trigger=trigger,
        kind=kind,
        direction=Direction.TIGHTEN,
        status=status,
        actor="National Cyber Office",
        target=None,
        objects=[],
        object_keys=set(),
        date=DateRef(text=None, value=None, granularity=None),
        sents=[sent],
        order=0,
    )


@pytest.mark.parametrize(
    ("sentence", "directive", "infinitive", "statuses"),
    [
        (  # an apposition between the directive's object and its infinitive
            "The National Cyber Office on Monday ordered Pellmark, a payments and lending app with four million"
            " users, to suspend its Quorra scoring model pending an inspection.",
            "ordered lending",
            "suspend",
            (Status.ENACTED, Status.ENACTED),
        ),
        (  # a second infinitive read as firmer than the directive reported around it
            "Shares fell after media reports of the National Cyber Office ordering retailers to halt purchases of"
            " Kestrel chips and cancel existing orders.",
            "ordering halt",
            "cancel existing orders",
            (Status.CONSIDERED, Status.ENACTED),
        ),
    ],
)
def test_directive_and_its_infinitive_are_one_order(sentence, directive, infinitive, statuses):
    span = (0, len(sentence))
    a = _raw(directive, "order", statuses[0], span)
    b = _raw(infinitive, "suspend", statuses[1], span)
    assert clause_restates(a, b, sentence)


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        # a penalty and an order: two decisions
        ("The National Cyber Office fined Pellmark and ordered it to suspend its Quorra model.", "fined", "suspend"),
        # two directives to two addressees, with a full stop of a clause between them
        (
            "The National Cyber Office ordered Pellmark to suspend Quorra; it told Brightline to stop selling Lyra.",
            "ordered suspend",
            "stop",
        ),
    ],
)
def test_other_orders_in_one_sentence_stay_two(sentence, first, second):
    span = (0, len(sentence))
    a = _raw(first, "fine" if first == "fined" else "order", Status.ENACTED, span)
    b = _raw(second, "suspend", Status.CONSIDERED, span)
    assert not clause_restates(a, b, sentence)


# a headline names the regulator by the field it watches over ----------------------------------------------------


@pytest.mark.parametrize(
    ("loose", "named", "fits"),
    [
        ("UK data watchdog", "Information Commissioner", True),
        ("Varnish privacy regulator", "Data Inspectorate", True),
        ("the country's antitrust authority", "Competition and Markets Board", True),
        ("UK competition watchdog", "Information Commissioner", False),
        ("Varnish data ministry", "Information Commissioner", False),  # not a regulator's head
    ],
)
def test_headline_watchdog_by_its_field_is_the_named_body(loose, named, fits):
    assert stem_fits(loose, named) is fits


# an object named once in full and once by its initials is one object -------------------------------------------


def test_ruling_told_twice_with_the_body_by_its_initials(analyze_text):
    r = analyze_text(
        "The Kestrel High Court on Tuesday granted an interim injunction suspending the National Telecoms"
        " Authority's order that had blocked the Lumo chatbot app. The court also directed the NTA to restore"
        " access to the app within 24 hours.\n",
        published=PUBLISHED,
    )
    assert len(by(r, Direction.LOOSEN)) == 1, shown(r)
