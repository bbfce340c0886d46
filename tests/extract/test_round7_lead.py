"""Seventh round, the lead's rules after reading the blind sets (issue 11).

A past-perfect clause on a noun is older than the clause around it; company words and foreign institution heads
type a name; languages are no actors; "shut down" restricts; two header forms date the page. Every sentence, body
and name is invented; the tests assert properties, not full outputs.
"""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.load import load_bytes
from policyscan.report import ActorType, Direction

PUB = date(2026, 3, 10)  # a Tuesday


def _tighten_dates(report) -> list[str | None]:
    return [a.date.value if a.date else None for a in report.actions if a.direction == Direction.TIGHTEN]


# 1. "lifted on Monday the ban it had imposed": the ban is older than Monday -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Data Authority on Monday lifted the ban it had imposed on the Velo chat app.",
        "The Kestrel Data Authority on Monday eased the restrictions it had imposed on the Velo chat app.",
        "On Monday the Marrow Telecoms Board lifted the block that it had imposed on the Orla chatbot.",
    ],
)
def test_a_past_perfect_clause_on_a_noun_does_not_take_the_outer_date(analyze_text, text):
    report = analyze_text(text, published=PUB)
    loosened = [a for a in report.actions if a.direction == Direction.LOOSEN]
    assert loosened and all(a.date and a.date.value == "2026-03-09" for a in loosened)
    assert "2026-03-09" not in _tighten_dates(report)


def test_a_past_perfect_clause_keeps_its_own_date(analyze_text):
    report = analyze_text(
        "The Kestrel Data Authority on Monday lifted the ban that it had imposed on the Velo chat app in January.",
        published=PUB,
    )
    assert "2026-01" in _tighten_dates(report)


def test_a_simple_past_in_one_clause_still_shares_the_date(analyze_text):
    report = analyze_text("The Kestrel Data Authority on Monday banned the Velo chat app.", published=PUB)
    assert _tighten_dates(report) == ["2026-03-09"]


# 2. Company words end a company's name even when the tagger calls it a person ---------------------------


@pytest.mark.parametrize("name", ["Kovra Retail", "Tamsin Logistics", "Orvane Airlines", "Belcourt Industries"])
def test_a_company_word_types_a_name_as_a_company(analyze_text, name):
    report = analyze_text(
        f"{name} suspended the facial recognition system at its stores on Monday.",
        published=PUB,
    )
    types = {a.name: a.type for a in report.actors}
    assert types.get(name) == ActorType.COMPANY


# 3. Foreign-language institution heads type a body --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Autorite de Regulation des Postes", ActorType.REGULATOR),
        ("Autoridad de Supervisión Digital", ActorType.REGULATOR),
        ("Ministerio de Transformación Digital", ActorType.AGENCY),
    ],
)
def test_a_foreign_institution_head_types_the_body(analyze_text, name, kind):
    report = analyze_text(f"The {name} said on Monday it had blocked the Velo chat app.", published=PUB)
    types = {a.name: a.type for a in report.actors}
    assert types.get(name) == kind


# 4. A language is no actor ------------------------------------------------------------------------------


def test_languages_are_no_actors(analyze_text):
    report = analyze_text(
        "Varo AI makes voice tools in Pulaar, Serer and French. The company said it had suspended the"
        " voice-cloning feature of its Varo 2 app on Monday.",
        published=PUB,
    )
    names = {a.name for a in report.actors}
    assert not names & {"Pulaar", "Serer"}
    assert all(a.actor not in ("Pulaar", "Serer") for a in report.actions)


# 5. "shut down" restricts ------------------------------------------------------------------------------


def test_shut_down_restricts(analyze_text):
    report = analyze_text("The Marrow Telecoms Board shut down the Orla chatbot on Monday.", published=PUB)
    assert any(a.direction == Direction.TIGHTEN and a.actor == "Marrow Telecoms Board" for a in report.actions)


def test_shut_alone_is_no_action(analyze_text):
    report = analyze_text("The Marrow Telecoms Board shut its offices on Monday for a holiday.", published=PUB)
    assert not report.actions


# 6. Header forms ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "want"),
    [
        ("Port Lerin, December 26, 2025.", date(2025, 12, 26)),
        ("Santa Vela, 3 March 2026.", date(2026, 3, 3)),
        ("  • PublishedMarch 27, 2025", date(2025, 3, 27)),
        ("Last updatedJune 2, 2026", date(2026, 6, 2)),
    ],
)
def test_header_forms_date_the_page(first, want):
    text = f"Regulator blocks chatbot\n\n{first}\n\nThe Borovia Data Office blocked the Zephyr chatbot on Monday.\n"
    assert load_bytes(text.encode(), suffix=".txt").published == want


@pytest.mark.parametrize(
    "first",
    [
        "Port Lerin, the capital, is quiet.",  # a place and no date: no dateline
        "Publishedby the Borovia Data Office",  # glued to a lower-case word: not a date line
    ],
)
def test_header_forms_need_a_date(first):
    text = f"Regulator blocks chatbot\n\n{first}\n\nThe Borovia Data Office blocked the Zephyr chatbot on Monday.\n"
    assert load_bytes(text.encode(), suffix=".txt").published is None
