"""Sentence-level tests of the action grammar.

Each case is a short invented sentence with invented labs and models. The
assertions are properties that should survive a model upgrade (direction,
status, who acted, what it was about, when), never exact spans. Cases the
grammar gets wrong today are kept as non-strict xfails that say what is missing.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import Direction, Report, Status

PUB = date(2026, 11, 20)  # a Friday
FTC = "Federal Trade Commission"


@pytest.fixture
def run(analyze_text):
    def _run(text: str, published: date | None = PUB) -> Report:
        return analyze_text(text, published=published)

    return _run


# --- clause shapes --------------------------------------------------------------------------


def test_active_voice(run):
    r = run("The Federal Trade Commission fined Kestrel Labs on Tuesday over its Wren-7B chatbot.")
    a = one(r, actor=FTC, keyword="Kestrel")
    assert a.direction == Direction.TIGHTEN
    assert a.status == Status.ENACTED
    assert "fin" in a.trigger.lower()
    assert a.date.value == "2026-11-17"


def test_passive_with_agent(run):
    r = run("Kestrel Labs was fined by the Federal Trade Commission on Monday.")
    a = one(r, keyword="Kestrel")
    assert a.actor is not None and "Federal Trade Commission" in a.actor
    assert a.direction == Direction.TIGHTEN
    assert a.date.value == "2026-11-16"


def test_nominal_imposed_a_ban_on(run):
    r = run("Italy's data protection authority imposed a ban on Wren-7B, the chatbot made by Kestrel Labs.")
    a = one(r, keyword="Wren-7B")
    assert a.actor is not None and "authority" in a.actor.lower()
    assert a.direction == Direction.TIGHTEN
    assert "ban" in a.trigger.lower()


def test_nominal_opened_an_investigation_into(run):
    r = run("The Federal Trade Commission opened an investigation into Kestrel Labs over its Wren-7B model.")
    a = one(r, actor=FTC, keyword="Kestrel")
    assert a.direction == Direction.TIGHTEN
    assert "investigat" in a.trigger.lower()


def test_nominal_lifting_of_requirement_with_actor(run):
    r = run(
        "The Department for Science, Innovation and Technology announced the lifting of the "
        "licence requirement for Wren-7B."
    )
    a = one(r, actor="Department for Science", keyword="licence")
    assert a.direction == Direction.LOOSEN


def test_nominal_lifting_with_by_agent(run):
    r = run(
        "The lifting of the licence requirement for Wren-7B by the Department for Science, "
        "Innovation and Technology surprised developers."
    )
    a = one(r, actor="Department for Science", keyword="licence")
    assert a.direction == Direction.LOOSEN


# --- control verbs ----------------------------------------------------------------------------


def test_ordered_the_company_to_suspend_access(run):
    r = run("The Federal Trade Commission ordered Kestrel Labs to suspend access to Wren-7B.")
    a = one(r, actor=FTC, keyword="Wren-7B")
    assert a.direction == Direction.TIGHTEN
    assert a.status == Status.ENACTED
    assert "Kestrel" in (a.target or "") or any("Kestrel" in o for o in a.objects)


def test_moved_to_block(run):
    r = run("The European Commission moved to block Kestrel Labs from offering Wren-7B in the bloc.")
    a = one(r, actor="European Commission", keyword="Wren-7B")
    assert a.direction == Direction.TIGHTEN
    assert "block" in a.trigger.lower()


def test_voted_to_pass(run):
    r = run("The U.S. Senate voted to pass the Artificial Intelligence Safety Act on Wednesday.")
    a = one(r, actor="Senate", keyword="Safety Act")
    assert a.status == Status.ENACTED
    assert a.date.value == "2026-11-18"


def test_voted_to_pass_bare_senate(run):
    r = run("The Senate voted on Wednesday to pass the AI Safety Act.")
    a = one(r, actor="Senate", keyword="Safety Act")
    assert a.status == Status.ENACTED


# --- coordination, reported speech, relative clauses ----------------------------------------


def test_conjoined_verbs_give_two_actions(run):
    r = run("The Federal Trade Commission banned and fined Kestrel Labs over Wren-7B.")
    triggers = " ".join(a.trigger.lower() for a in find(r, actor=FTC, direction=Direction.TIGHTEN))
    assert "ban" in triggers
    assert "fine" in triggers


def test_reported_speech(run):
    r = run("The Federal Trade Commission said on Monday that it had approved Wren-7B for use by agencies.")
    a = one(r, actor=FTC, keyword="Wren-7B")
    assert a.direction == Direction.LOOSEN
    assert a.status == Status.ENACTED
    assert a.date.value == "2026-11-16"


def test_relative_clause_keeps_its_own_date(run):
    r = run("The Federal Trade Commission lifted a ban on Wren-7B that it had imposed in July.")
    tight = one(r, actor=FTC, keyword="Wren-7B", direction=Direction.TIGHTEN)
    assert tight.date.value == "2026-07"
    loose = one(r, actor=FTC, keyword="Wren-7B", direction=Direction.LOOSEN)
    assert "lift" in loose.trigger.lower()


# --- hedges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Federal Trade Commission is weighing a ban on Wren-7B.", Status.CONSIDERED),
        (
            "The Federal Trade Commission threatened to impose a fine on Kestrel Labs over Wren-7B.",
            Status.THREATENED,
        ),
        ("The Federal Trade Commission plans to restrict Wren-7B.", Status.PROPOSED),
        ("The Federal Trade Commission denied it would ban Wren-7B.", Status.DENIED),
    ],
)
def test_hedged_actions_are_not_enacted(run, sentence, status):
    a = one(run(sentence), actor=FTC, keyword="Wren-7B")
    assert a.status == status
    assert a.direction == Direction.TIGHTEN


# --- directions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor", "keyword"),
    [
        ("The Federal Trade Commission lifted the ban on Wren-7B.", FTC, "Wren-7B"),
        ("The Federal Trade Commission eased restrictions on Wren-7B.", FTC, "Wren-7B"),
        ("The Federal Trade Commission rescinded its restrictions on Wren-7B.", FTC, "Wren-7B"),
        ("The Federal Trade Commission revoked the restriction on Wren-7B.", FTC, "Wren-7B"),
        (
            "Governor Gavin Newsom vetoed a bill that would have restricted companion chatbots such as Wren-7B.",
            "Newsom",
            "bill",
        ),
        (
            "The U.S. District Court for the Northern District of Georgia blocked the state law that "
            "restricts chatbots for minors.",
            "Court",
            "law",
        ),
        (
            "The European Commission delayed obligations for general-purpose models such as Wren-7B by a year.",
            "European Commission",
            "obligations",
        ),
        ("The Federal Trade Commission granted approval to Wren-7B.", FTC, "Wren-7B"),
        ("The Federal Trade Commission approved Wren-7B for use in schools.", FTC, "Wren-7B"),
    ],
)
def test_loosening(run, sentence, actor, keyword):
    a = one(run(sentence), actor=actor, keyword=keyword)
    assert a.direction == Direction.LOOSEN


def test_judge_enjoining_a_law_loosens(run):
    r = run("A federal judge in Atlanta enjoined Georgia's law restricting chatbots for minors on Tuesday.")
    a = one(r, keyword="law")
    assert a.direction == Direction.LOOSEN
    assert a.date.value == "2026-11-17"


@pytest.mark.parametrize(
    ("sentence", "keyword"),
    [
        ("The Federal Trade Commission restricted sales of Wren-7B.", "Wren-7B"),
        ("The Federal Trade Commission banned Kestrel Labs from selling Wren-7B.", "Wren-7B"),
        ("The Federal Trade Commission suspended Wren-7B in the United States.", "Wren-7B"),
        ("The Federal Trade Commission is investigating Kestrel Labs over Wren-7B.", "Kestrel"),
        ("The Federal Trade Commission fined Kestrel Labs $5 million over Wren-7B.", "Kestrel"),
        ("The Federal Trade Commission sued Kestrel Labs over Wren-7B.", "Kestrel"),
    ],
)
def test_tightening(run, sentence, keyword):
    a = one(run(sentence), actor=FTC, keyword=keyword)
    assert a.direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    ("sentence", "actor", "keyword"),
    [
        (
            "The European Commission will fund Kestrel Labs to build Wren-7B with 20 million euros.",
            "European Commission",
            "Kestrel",
        ),
        (
            "The European Commission agreed a partnership with Kestrel Labs on Wren-7B.",
            "European Commission",
            "Wren",
        ),
        (
            "Senator Jane Ortiz proposed legislation to govern chatbots such as Wren-7B.",
            "Ortiz",
            "legislation",
        ),
    ],
)
def test_neutral(run, sentence, actor, keyword):
    a = one(run(sentence), actor=actor, keyword=keyword)
    assert a.direction == Direction.NEUTRAL


# --- events: merging, reversals -------------------------------------------------------------------


def test_repeated_mention_merges_into_one_action(run):
    r = run(
        "The Federal Trade Commission banned Wren-7B on Tuesday.\n\n"
        "The ban on Wren-7B by the Federal Trade Commission was the first of its kind.\n"
    )
    found = find(r, actor=FTC, keyword="Wren-7B", direction=Direction.TIGHTEN)
    assert len(found) == 1
    assert len(found[0].evidence) == 2
    assert found[0].date.value == "2026-11-17"


def test_reversal_by_same_actor_on_same_model(run):
    r = run(
        "The Federal Trade Commission banned Wren-7B in March.\n\n"
        "The Federal Trade Commission lifted the ban on Wren-7B on Tuesday.\n"
    )
    assert len(r.reversals) == 1
    rev = r.reversals[0]
    assert "Federal Trade Commission" in rev.actor
    assert any("wren-7b" in o.lower() for o in rev.objects)
    ids = {a.id: a for a in r.actions}
    assert ids[rev.first].direction == Direction.TIGHTEN
    assert ids[rev.second].direction == Direction.LOOSEN


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "value"),
    [
        ("on Tuesday", "2026-11-17"),
        ("last month", "2026-10"),
        ("earlier this year", "2026"),
        ("in July", "2026-07"),
        ("on March 3, 2025", "2025-03-03"),
    ],
)
def test_action_dates_resolve_against_publication(run, when, value):
    a = one(run(f"The Federal Trade Commission fined Kestrel Labs {when} over Wren-7B."), actor=FTC)
    assert a.date.value == value


def test_no_publication_date_leaves_relative_dates_unresolved(run):
    a = one(run("The Federal Trade Commission fined Kestrel Labs on Tuesday.", published=None), actor=FTC)
    assert a.date.value is None


def test_reported_speech_by_a_resolved_regulator(run):
    r = run(
        "The Federal Trade Commission reviewed Wren-7B for six months.\n\n"
        "The regulator said on Monday that it had approved Wren-7B.\n"
    )
    a = one(r, keyword="Wren-7B", direction=Direction.LOOSEN)
    assert a.actor is not None and "Federal Trade Commission" in a.actor
    assert a.date.value == "2026-11-16"
