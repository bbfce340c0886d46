"""Sentence-level tests (issue 11, ninth round): court outcomes and companies' own acts on real-news typography.
Every sentence and name is invented; the assertions are properties, not spans.

Categories: a ruling on "a fine against X levied last July by the agency" keeps the fine as what the court acted
on (the small model reads the participle as a clause of its own); a court written with a typographic apostrophe
("Ghana’s Competition Tribunal") is one court, as with a straight one; a bullet glued to a judge's title
("•Judge Dana Whitlow issued ...") leaves the title a word of its own.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import ActorType, Direction, Report

PUB = date(2026, 3, 12)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# 1. "upheld a fine against X levied ... by Y": the fine is the court's object ------------------------------------


@pytest.mark.parametrize(
    ("text", "court", "keyword"),
    [
        (
            "A Kenyan court has upheld a $20 million (£15m) fine against Kestrel Labs levied last July by the"
            " competition agency for abusing its market position.",
            "court",
            "fine",
        ),
        (
            "The High Court in Accra upheld a ban on the Zeno app ordered in May by the communications authority.",
            "High Court",
            "ban",
        ),
        (
            "On Friday the Lima Superior Court upheld a penalty against Orvane Robotics imposed in 2025 by the"
            " consumer agency over its delivery robots.",
            "Court",
            "penalty",
        ),
    ],
)
def test_a_court_upholds_a_penalty_told_with_a_participle(run, text, court, keyword):
    r = run(text)
    upheld = one(r, keyword=keyword, direction=Direction.TIGHTEN)
    assert upheld.actor is not None and court in upheld.actor, [(a.actor, a.trigger) for a in r.actions]
    assert "upheld" in upheld.trigger


def test_a_participle_with_its_own_object_stays_a_clause(run):
    r = run("The court upheld the ruling, citing the authority the regulator had used when it fined Kestrel Labs.")
    assert not [a for a in r.actions if a.actor and "court" in a.actor.lower() and "kestrel" in a.trigger.lower()]


# 2. "Ghana’s Competition Tribunal": a typographic apostrophe reads like a straight one ---------------------------


@pytest.mark.parametrize("apostrophe", ["’", "'"])
@pytest.mark.parametrize(
    ("country", "court"),
    [
        ("Ghana", "Competition and Consumer Protection Tribunal"),
        ("Peru", "Constitutional Tribunal"),
        ("Zambia", "Competition and Consumer Protection Tribunal"),
    ],
)
def test_a_court_after_a_typographic_possessive_is_one_court(run, apostrophe, country, court):
    r = run(f"{country}{apostrophe}s {court} said on Friday that it had dismissed the appeal by Kestrel Labs.")
    courts = [a.name for a in r.actors if a.type == ActorType.COURT]
    assert courts and all(court.split()[-1] in n and len(n.split()) > 1 for n in courts), [
        (a.name, a.type) for a in r.actors
    ]
    assert not [a for a in r.actors if a.type == ActorType.PERSON], [(a.name, a.type) for a in r.actors]


def test_an_unnamed_court_and_the_tribunal_named_next_are_courts(run):
    r = run(
        "A Zambian court has upheld a $9 million fine against Kestrel Labs. Zambia’s Competition and Consumer"
        " Protection Tribunal said on Friday that the company’s appeal had failed."
    )
    courts = {a.name for a in r.actors if a.type == ActorType.COURT}
    assert one(r, keyword="fine", direction=Direction.TIGHTEN).actor in courts
    assert not [a for a in r.actors if a.type == ActorType.PERSON], [(a.name, a.type) for a in r.actors]


# 3. "•Judge Dana Whitlow issued ...": a bullet glued to a title ---------------------------------------------------


@pytest.mark.parametrize("bullet", ["•", "▪", "►"])
def test_a_judge_after_a_glued_bullet_is_a_court(run, bullet):
    r = run(
        "Key points\n"
        f"- {bullet}Judge Dana Whitlow issued a preliminary injunction against the Nevada AI law on April 27\n"
        f"- {bullet}Enforcement of the law is suspended for 14 days\n"
    )
    acts = find(r, actor="Whitlow", keyword="injunction")
    assert acts and acts[0].direction == Direction.LOOSEN, [(a.actor, a.trigger) for a in r.actions]
    assert [a.type for a in r.actors if "Whitlow" in a.name] == [ActorType.COURT]


# 4. a company adding a safeguard to its own product restricts it ("introduced a watermark", "corrective measures")


@pytest.mark.parametrize(
    ("text", "company", "keyword"),
    [
        (
            "Sonbird Labs, a Pune start-up, said it had already introduced an inaudible watermark on all Lyra Voice"
            " output.",
            "Sonbird Labs",
            "watermark",
        ),
        (
            "After the fine, Kavo Systems implemented corrective measures, including age checks and shorter data"
            " retention.",
            "Kavo Systems",
            "measures",
        ),
        (
            "Tessaly Robotics implemented protective measures for teenage users in May.",
            "Tessaly Robotics",
            "protective",
        ),
    ],
)
def test_a_company_adding_a_safeguard_restricts_its_product(run, text, company, keyword):
    r = run(text)
    assert one(r, keyword=keyword, direction=Direction.TIGHTEN).actor == company


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs added 500 jobs in Nairobi last year.",
        "The minister added that the rules would take effect in May.",
        "Kestrel Labs added a new voice to its assistant in May.",
        "The agency said it would look at the measures the company had announced.",
        "The regulator found that Kestrel Labs did not implement safeguards to protect children.",
    ],
)
def test_adding_anything_else_is_no_action(run, text):
    assert not run(text).actions


def test_adding_to_an_entity_list_still_bans(run):
    r = run("The Commerce Department added Kestrel Labs to the Entity List on Monday.")
    assert one(r, keyword="kestrel", direction=Direction.TIGHTEN).kind == "ban"


# 5. "the company also paused its voice-cloning feature": a part of a product is a new act, not an anaphor ------


@pytest.mark.parametrize(
    "text",
    [
        "Brisa Labs restricted its tools during the elections in Chile in 2025. Last year, the company also paused"
        " its voice-cloning feature worldwide for two months after a fraud case.",
        "Kavo Systems banned political images in its app in Peru for six weeks in 2025. Last year the company"
        " also suspended its face-swap tool for all users.",
    ],
)
def test_a_company_acting_on_a_part_of_its_product_is_a_second_act(run, text):
    r = run(text)
    company = "Brisa Labs" if "Brisa" in text else "Kavo Systems"
    acts = [a for a in r.actions if a.actor == company and a.direction == Direction.TIGHTEN]
    assert len(acts) == 2, [(a.actor, a.trigger, a.target) for a in r.actions]


# 6. "In May 2025, Tran Minh AI disabled face-swapping in ...": the verb the parser read as an adjective ---------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("In May 2025, Tran Minh AI disabled face-swapping in Tran Minh Studio for all users.", "Tran Minh AI"),
        ("Last week Bao Long Labs disabled face-swapping in its photo app for users in Vietnam.", "Bao Long Labs"),
    ],
)
def test_a_company_verb_read_as_an_adjective_acts(run, text, company):
    r = run(text)
    assert one(r, keyword="disabled", direction=Direction.TIGHTEN).actor == company


@pytest.mark.parametrize("text", ["The restricted zone near the border is closed.", "Banned books remain popular."])
def test_an_adjective_without_a_subject_stays_an_adjective(run, text):
    assert not run(text).actions
