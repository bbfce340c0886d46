"""Sentence-level tests (issue 11): newsroom boilerplate, complement clauses, several actors per
action, generic subjects, and the direction of an order to suspend a company's own practice.

Every sentence is invented (invented labs, models, countries and laws); the assertions are
properties (an action with this actor / direction / status exists, no action by X), not spans.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from action_lookup import find, one

from policyscan.extract.actions.words import action_words, boilerplate_re
from policyscan.report import Direction, Report, Status

PUB = date(2026, 11, 20)  # a Friday
FTC = "Federal Trade Commission"
TRADE = "Ruritanian Ministry of Trade"


def actor_names(report: Report) -> set[str]:
    return {a.actor or "" for a in report.actions}


@pytest.fixture
def run(analyze_text):
    def _run(text: str, published: date | None = PUB) -> Report:
        return analyze_text(text, published=published)

    return _run


# --- the data ----------------------------------------------------------------------------------


def test_boilerplate_patterns_compile_one_by_one():
    for pattern in action_words()["newsroom_boilerplate"]:
        re.compile(pattern)
    assert boilerplate_re().search("The agency declined to comment.")
    assert not boilerplate_re().search("The agency declined to approve the merger.")


def test_reported_future_maps_to_a_hedge_modal(nlp_loaded):
    from policyscan.extract.patterns import lexicon

    for modal, plain in action_words()["reported_future"].items():
        assert plain in lexicon()["hedge_modals"], modal


# --- 1. newsroom boilerplate is not policy ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Kestrel Labs engineer spoke on condition of anonymity because he was not authorised to speak publicly.",
        "A senior official at the Federal Trade Commission, who asked not to be named, said the agency "
        "was reviewing the case.",
        "The Federal Trade Commission declined to comment. Kestrel Labs did not respond to a request for comment.",
        "The Federal Trade Commission could not be reached on Friday.",
        "Two officials at the Federal Trade Commission were not authorized to discuss the matter.",
        "An official at the Federal Trade Commission, who was not authorised to brief journalists, "
        "confirmed the talks.",
        "The Federal Trade Commission declined to comment on whether it would ban the Wren app.",
    ],
)
def test_newsroom_boilerplate_gives_no_action(run, text):
    assert run(text).actions == []


def test_boilerplate_beside_a_real_action_keeps_the_action(run):
    r = run(
        "The Federal Trade Commission banned the Wren chatbot on Tuesday, an official who was not "
        "authorised to speak publicly said. Kestrel Labs declined to comment."
    )
    a = one(r, actor=FTC, keyword="Wren")
    assert a.direction == Direction.TIGHTEN
    assert not find(r, direction=Direction.LOOSEN)


# --- 2. complement clauses and reports ----------------------------------------------------------


def test_announced_that_will_be_delayed_is_a_loosening_dated_by_the_announcement(run):
    r = run("The European Commission announced on Tuesday that the rules will be delayed until the end of 2027.")
    a = one(r, actor="European Commission", direction=Direction.LOOSEN)
    assert a.status == Status.ANNOUNCED
    assert a.date.value is not None and a.date.value <= PUB.isoformat()  # the announcement, not the deadline


def test_said_they_were_blocking(run):
    r = run("The Ruritanian government said on Monday they were blocking access to the Wren chatbot.")
    a = one(r, actor="Ruritanian government", keyword="Wren")
    assert a.direction == Direction.TIGHTEN


def test_confirmed_it_had_barred(run):
    r = run("The Federal Trade Commission confirmed on Tuesday it had barred staff from using the Wren chatbot.")
    a = one(r, actor=FTC, keyword="Wren")
    assert (a.direction, a.status) == (Direction.TIGHTEN, Status.ENACTED)


def test_spokesperson_said_the_ministry_would_restrict_is_announced(run):
    r = run(f"A spokesperson for the {TRADE} said the ministry would restrict exports of AI chips.")
    a = one(r, actor=TRADE, keyword="exports")
    assert a.direction == Direction.TIGHTEN
    assert a.status == Status.ANNOUNCED  # reported "will", not a hypothetical "would"


def test_voted_to_push_back(run):
    r = run("The Westland legislature voted on Tuesday to push back the AI law by five months.")
    a = one(r, actor="Westland", direction=Direction.LOOSEN)
    assert a.date.value == "2026-11-17"


def test_saying_that_a_part_of_the_code_will_be_pushed_back(run):
    r = run(
        "The Council of Ruritania presented its reform plan on Monday, saying that the strict tier of "
        "the code will be pushed back to 2029."
    )
    a = one(r, direction=Direction.LOOSEN)
    assert a.actor is not None and "Council" in a.actor
    assert a.date.value is None or not a.date.value.startswith("2029")


def test_pushed_back_against_a_ban_is_no_loosening(run):
    r = run("The Federal Trade Commission pushed back against the ban on Monday.")
    assert not find(r, direction=Direction.LOOSEN)


def test_acted_by_suspending(run):
    r = run("The Federal Trade Commission acted swiftly on Friday by suspending the Wren app.")
    a = one(r, actor=FTC, keyword="Wren")
    assert a.direction == Direction.TIGHTEN


# --- 3. several actors, several actions ---------------------------------------------------------


def test_two_named_ministries_each_block(run):
    r = run("The Ruritanian Trade Ministry and the Ruritanian Defence Ministry have blocked the Wren app.")
    assert one(r, actor="Trade Ministry", keyword="Wren").direction == Direction.TIGHTEN
    assert one(r, actor="Defence Ministry", keyword="Wren").direction == Direction.TIGHTEN


def test_regulators_including_a_list_each_act(run):
    r = run(
        "Several regulators, including the Federal Trade Commission, the Securities and Exchange Commission "
        "and the Federal Communications Commission, have opened inquiries into Kestrel Labs."
    )
    for body in (FTC, "Securities and Exchange Commission", "Federal Communications Commission"):
        assert one(r, actor=body, keyword="Kestrel").direction == Direction.TIGHTEN
    assert "Kestrel Labs" not in actor_names(r)


def test_a_number_of_states_including(run):
    r = run(
        "A number of states, including Texas, Virginia and New York, already prohibit the Wren assistant "
        "on work phones."
    )
    for state in ("Texas", "Virginia", "New York"):
        assert one(r, actor=state, keyword="Wren").direction == Direction.TIGHTEN
    assert {a.name for a in r.actors} >= {"Texas", "Virginia", "New York"}


def test_two_agencies_sue_one_company(run):
    r = run("The Federal Trade Commission and the Department of Justice sued Kestrel Labs on Monday.")
    assert one(r, actor=FTC, keyword="Kestrel")
    assert one(r, actor="Department of Justice", keyword="Kestrel")
    assert "Kestrel Labs" not in actor_names(r)


def test_conjoined_objects_are_never_actors(run):
    r = run("The Federal Trade Commission blocked Kestrel Labs and Bluegum Inc from selling the Wren app.")
    assert one(r, actor=FTC).direction == Direction.TIGHTEN
    assert actor_names(r) <= {FTC}


# --- 4. generic or unnamed subjects -------------------------------------------------------------


def test_a_federal_judge_is_the_court_of_the_story(run):
    r = run(
        "Texas passed a deepfake law in March. On Wednesday the U.S. District Court for the Western "
        "District of Texas heard arguments. A federal judge on Thursday enjoined the law."
    )
    a = one(r, actor="Court", direction=Direction.LOOSEN)
    assert a.date.value == "2026-11-19"


def test_the_ministry_is_the_named_ministry(run):
    r = run(f"The {TRADE} met on Monday. The ministry lifted the export ban on Tuesday.")
    a = one(r, actor=TRADE, direction=Direction.LOOSEN)
    assert a.date.value == "2026-11-17"


def test_agentless_passive_goes_to_the_one_body_of_the_story(run):
    r = run("The Federal Trade Commission banned the Wren app on Monday. In parallel, a formal probe has been opened.")
    assert one(r, actor=FTC, keyword="probe").direction == Direction.TIGHTEN


def test_agentless_passive_is_not_guessed_between_two_bodies(run):
    r = run(f"The Federal Trade Commission and the {TRADE} met on Monday. A formal probe has been opened.")
    assert not find(r, keyword="probe")


# --- 5. an order to suspend the company's own practice ------------------------------------------


def test_ordered_to_suspend_its_own_policy_tightens(run):
    r = run("The Federal Trade Commission ordered Bluegum Inc to immediately suspend its new privacy policy.")
    assert one(r, actor=FTC, keyword="Bluegum").direction == Direction.TIGHTEN


def test_ordered_to_suspend_its_data_collection_tightens(run):
    r = run("The Federal Trade Commission on Friday ordered Kestrel Labs to suspend its data collection.")
    assert one(r, actor=FTC, keyword="Kestrel").direction == Direction.TIGHTEN


def test_ordered_to_suspend_a_public_rule_still_loosens(run):
    r = run("The Federal Trade Commission ordered Kestrel Labs to suspend the export rule.")
    assert one(r, actor=FTC, keyword="rule").direction == Direction.LOOSEN


def test_noun_event_by_two_bodies_gives_each_an_action(run):
    r = run(
        "The move follows an earlier ban on the Wren app by the Federal Trade Commission and the Department of Justice."
    )
    for body in (FTC, "Department of Justice"):
        a = one(r, actor=body, keyword="Wren")
        assert a.direction == Direction.TIGHTEN
        assert not any(body != other and other in a.objects for other in (FTC, "Department of Justice"))


# --- an instrument is not its own author ----------------------------------------------------------


def test_a_proposal_is_not_the_actor_its_author_is(run):
    r = run("The European Commission's omnibus proposal would push these duties back to 2027.")
    a = one(r, direction=Direction.LOOSEN)
    assert a.actor == "European Commission"


def test_a_named_instrument_never_acts(run):
    r = run(
        "The European Commission presented the Digital Omnibus in November. "
        "The Digital Omnibus would delay these obligations to February 2027."
    )
    assert all(a.actor is None or "Digital" not in a.actor for a in r.actions)


def test_a_name_with_and_after_of_is_one_body(run):
    r = run("The Ruritanian Ministry of Science and ICT on Monday banned the Wren app on government phones.")
    assert one(r, keyword="Wren").direction == Direction.TIGHTEN
    assert all(a.actor is None or a.actor.strip() != "ICT" for a in r.actions)


def test_including_list_with_a_serial_comma(run):
    r = run(
        "While the scope of the rules remains unclear, several states, including Virginia, Texas, and "
        "New York, have already banned the Wren app on state phones."
    )
    found = {a.actor for a in find(r, keyword="Wren", direction=Direction.TIGHTEN)}
    assert len(found) == 3, found


@pytest.mark.parametrize(
    "text",
    [
        "The Westland legislature voted Tuesday to push back implementation of the state's AI law by five months.",
        "The Westland legislature delayed enforcement of the AI law on Tuesday.",
    ],
)
def test_delaying_a_phase_of_a_law_loosens(run, text):
    assert one(run(text), actor="Westland", direction=Direction.LOOSEN).date.value == "2026-11-17"


@pytest.mark.parametrize("joined", ["along with", "together with", "alongside"])
def test_a_body_joined_before_the_verb_acts_too(run, joined):
    r = run(f"The Federal Trade Commission, {joined} the Department of Justice, sued Kestrel Labs on Monday.")
    for body in (FTC, "Department of Justice"):
        a = one(r, actor=body, keyword="Kestrel")
        assert a.direction == Direction.TIGHTEN
        assert not any("department of justice" in o.lower() for o in a.objects)


def test_a_company_joined_after_the_verb_is_an_object(run):
    r = run("The Federal Trade Commission sued Kestrel Labs along with Bluegum Inc on Monday.")
    assert actor_names(r) == {FTC}
