"""One event, one record (issue 11, duplicates, eighth round): sentence-level tests of invented text.

Every body, company and product here is made up. The assertions are properties (how many actions of this
direction exist, who acts, their kind), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan.extract.merge_names import _longer_name, country_head_fits
from policyscan.report import Action, Direction, Report, Status

PUBLISHED = datetime.date(2026, 5, 20)


def by(report: Report, direction: Direction) -> list[Action]:
    return [a for a in report.actions if a.direction == direction]


def shown(report: Report) -> list[tuple[str | None, str, str, str]]:
    return [(a.actor, a.direction.value, a.trigger, a.status.value) for a in report.actions]


# a bare light verb ("the largest it has imposed") restating the event its own sentence names --------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (  # a noun event, the relative clause's gap is the fine
            "The Data Office's March fine against Kestrel Labs remains the largest it has imposed on a technology"
            " company.\n",
            "fine",
        ),
        (  # a verb event, then an appositive superlative and a second relative clause
            "The Valdor Competition Board fined Orlin Systems 3 million euros on Monday; it was the biggest penalty"
            " the board has imposed on any software company, which it imposed after a two-year inquiry.\n",
            "fine",
        ),
        (  # a noun event in a reported clause, the superlative between commas
            "The Norland Telecoms Agency said on Monday that its ban on the Wren chatbot, the first it has imposed"
            " on an AI service, would last six months.\n",
            "ban",
        ),
    ],
)
def test_bare_light_verb_restates_its_sentence_event(analyze_text, text, kind):
    r = analyze_text(text, published=PUBLISHED)
    ours = by(r, Direction.TIGHTEN)
    assert len(ours) == 1, shown(r)
    assert ours[0].kind == kind, shown(r)


def test_light_verb_with_its_own_noun_stays_an_event(analyze_text):
    r = analyze_text(
        "The Norland Telecoms Agency imposed a curfew on the app's night-time use and fined Kestrel Labs on Monday.\n",
        published=PUBLISHED,
    )
    assert sorted(a.kind for a in by(r, Direction.TIGHTEN)) == ["curfew", "fine"], shown(r)


# one body, two names: a surname, a name without its polity, a country adjective and a regulator's head ----------


@pytest.mark.parametrize(
    ("text", "direction", "actor"),
    [
        (  # a person's surname after the full name
            "Premier Tomas Lindqvist on Monday vetoed the Kestrel Safety Act passed by the regional assembly.\n\n"
            "Industry groups welcomed Lindqvist's decision to veto the act, which would have required audits of"
            " large models.\n",
            Direction.LOOSEN,
            "Tomas Lindqvist",
        ),
        (  # the body's name without the country its full name ends on
            "The Competition Authority opened an investigation into Orlin Systems on Monday over its Wren"
            " assistant.\n\nOrlin Systems said it would cooperate. The Competition Authority of Finland said its"
            " investigation into Orlin Systems had opened after complaints from two rivals.\n",
            Direction.TIGHTEN,
            "Competition Authority of Finland",
        ),
        (  # the country's adjective and a regulator's generic head, after the full name
            "Kestrel app faces month-long suspension\n\nChile's Undersecretariat of Telecommunications (Subtel) on"
            " Monday suspended the Kestrel voice-cloning app made by Santiago-based Kestrel SpA for 30 days after a"
            " wave of fraud complaints.\n\nConsumer groups welcomed the decision. The Chilean regulator suspended"
            " the app after more than 200 complaints, a spokesperson said.\n",
            Direction.TIGHTEN,
            "Undersecretariat of Telecommunications",
        ),
        (  # the same with a field word between the adjective and the head
            "Brazil's data authority widens probe into Kestrel chatbot\n\nBrazil's National Data Protection"
            " Authority (ANPD) on Tuesday opened an investigation into Orlin Sistemas over its Kestrel chatbot.\n\n"
            "The Brazilian data authority opened the investigation after complaints from parents, the agency said.\n",
            Direction.TIGHTEN,
            "National Data Protection Authority",
        ),
    ],
)
def test_short_and_loose_names_of_one_body_are_one_event(analyze_text, text, direction, actor):
    r = analyze_text(text, published=PUBLISHED)
    ours = by(r, direction)
    assert len(ours) == 1, shown(r)
    assert ours[0].actor == actor, shown(r)


def test_another_country_adjective_is_another_body(analyze_text):
    r = analyze_text(
        "Chile's Undersecretariat of Telecommunications on Monday suspended the Kestrel voice-cloning app for 30"
        " days.\n\nThe Peruvian regulator suspended the app on Monday as well, a spokesperson in Lima said.\n",
        published=PUBLISHED,
    )
    assert len(by(r, Direction.TIGHTEN)) == 2, shown(r)


def test_a_short_name_links_only_to_one_long_name():
    acting = {"Ana Ruiz", "Luis Ruiz", "Ruiz", "Sudan", "South Sudan", "Data Office", "Data Office of Chile"}
    assert _longer_name("Ruiz", acting) is None  # two people of that surname
    assert _longer_name("Sudan", acting) is None  # a country is never a short name
    assert _longer_name("Data Office", acting) == "Data Office of Chile"
    assert _longer_name("Data Office", acting | {"Data Office of Peru"}) is None


def test_country_head_fits_only_its_own_country_and_field():
    agency = "Personal Data Protection Agency"
    assert country_head_fits("Croatian watchdog", agency, {"HR", "Croatia"})
    assert country_head_fits("the UK data regulator", agency, {"United Kingdom"})
    assert not country_head_fits("Croatian watchdog", agency, {"Slovenia"})
    assert not country_head_fits("Croatian firm", agency, {"Croatia"})  # a company's head names no public body
    assert not country_head_fits("Croatian Telecom Agency", agency, {"Croatia"})  # a proper name, not a loose one
    assert not country_head_fits("Britain's competition regulator", "Ofcom", {"United Kingdom"})
    assert not country_head_fits("Iranian government", "Iran", {"Iran"})  # the country's own government


# "had done X and would do Y": a step the body says it will add to what it did, told in the same sentence --------


@pytest.mark.parametrize(
    "text",
    [
        (  # a company's own restriction and the next step it announces
            "Orlin Labs said on Thursday it had switched off image generation of election candidates in its Wren"
            " assistant in Ghana, and would block users under 18 from the app's open chat mode.\n"
        ),
        (  # a regulator's suspension and the condition it will set
            "The Telecoms Agency said on Monday it had suspended the Wren chatbot for 30 days and would require"
            " Orlin Labs to verify users' ages before restoring it.\n"
        ),
    ],
)
def test_planned_step_in_the_deeds_sentence_is_one_event(analyze_text, text):
    r = analyze_text(text, published=PUBLISHED)
    ours = by(r, Direction.TIGHTEN)
    assert len(ours) == 1, shown(r)
    assert ours[0].status == Status.ENACTED, shown(r)


@pytest.mark.parametrize(
    "text",
    [
        # the same verb again on another named thing
        "The Telecoms Agency said on Monday it had blocked the Kestrel app and would block the Wren chatbot soon.\n",
        # another family: a fine, then an investigation it plans
        "The Data Office said on Monday it had fined Orlin Labs and would open an investigation into Kestrel Studio.\n",
        # a repetition marker
        "The Telecoms Agency said on Monday it had blocked the Kestrel app and would also block the Wren chatbot.\n",
    ],
)
def test_other_planned_steps_stay_events(analyze_text, text):
    r = analyze_text(text, published=PUBLISHED)
    assert len(by(r, Direction.TIGHTEN)) == 2, shown(r)


# a modal restatement naming the body by its country ------------------------------------------------------------


def test_modal_restatement_by_the_bodys_country_is_the_same_event(analyze_text):
    r = analyze_text(
        "Norway's Ministry of Trade and Industry has lifted its export curbs on chip design software, three"
        " software companies said on Tuesday.\n\nUnder the trade deal, Norway would lift its curbs on chip"
        " software and on industrial chemicals.\n",
        published=PUBLISHED,
    )
    ours = by(r, Direction.LOOSEN)
    assert len(ours) == 1, shown(r)
    assert ours[0].status == Status.ENACTED, shown(r)


def test_modal_mention_by_another_country_stays_its_own(analyze_text):
    r = analyze_text(
        "Norway's Ministry of Trade and Industry has lifted its export curbs on chip design software, three"
        " software companies said on Tuesday.\n\nUnder a separate accord, Sweden could lift its curbs on chip"
        " software as well.\n",
        published=PUBLISHED,
    )
    assert len(by(r, Direction.LOOSEN)) == 2, shown(r)
