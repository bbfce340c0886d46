"""Action recall and precision, third round (issue 11, helper q-recall3).

Each test stands for a category counted in the misses and false positives of the blind sets, the held-out set
and real news (docs/quality.md). Every sentence is invented (invented bodies, firms and products); assertions are
properties: an action with this actor, direction or kind exists, or no such action does.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import find, one

from policyscan.report import Direction, Report

PUB = date(2026, 5, 20)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# --- office holders of several places: one action per place ---------------------------------------------------


def test_attorneys_general_of_two_states_each_sue(run):
    r = run("The attorneys general of Vermont and New Mexico sued Quillfield Inc. on Wednesday over its companion app.")
    for place in ("Vermont", "New Mexico"):
        a = one(r, actor=place, keyword="Quillfield")
        assert (a.kind, a.direction) == ("sue", Direction.TIGHTEN)


def test_attorney_general_of_one_state_sues(run):
    r = run("The attorney general of Texas sued Quillfield Inc. on Wednesday.")
    assert one(r, actor="Texas", keyword="Quillfield").kind == "sue"


# --- policy nouns missing from the lexicon ------------------------------------------------------------------


def test_administrative_proceeding_singular_is_an_investigation(run):
    r = run("Last month the National Consumer Office opened an administrative proceeding into complaints about Vela.")
    a = one(r, actor="National Consumer Office", keyword="proceeding")
    assert (a.kind, a.direction) == ("investigate", Direction.TIGHTEN)


def test_a_legal_proceeding_alone_is_not_an_investigation(run):
    r = run("Quillfield Inc. said a proceeding in Delaware had delayed its listing.")
    assert not find(r, keyword="proceeding")


def test_sending_a_formal_inquiry_is_an_investigation(run):
    r = run("In January, the Data Commission sent a formal inquiry to Kestrel Labs seeking clarification.")
    a = one(r, actor="Data Commission", keyword="inquiry")
    assert (a.kind, a.direction) == ("investigate", Direction.TIGHTEN)


def test_a_directive_sent_to_operators_is_the_instrument_not_an_event(run):
    r = run("The Telecoms Authority said in a directive sent to Velo Mobile that the block would remain in place.")
    assert not find(r, keyword="directive")


def test_sending_a_bill_is_not_a_proposal(run):
    r = run("The Harlow Assembly sent the bill to the governor on Monday.")
    assert not find(r, actor="Harlow Assembly")


def test_statement_of_objections_is_an_accusation(run):
    r = run("In January the Competition Authority issued a formal statement of objections to Kestrel Labs.")
    a = one(r, actor="Competition Authority", keyword="objections")
    assert (a.kind, a.direction, a.plover) == ("sue", Direction.TIGHTEN, "ACCUSE")


# --- a circular the tagger reads as an adjective ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "In May, the Banking Authority issued a circular requiring banks that use AI for credit decisions to tell"
            " customers.",
            "require",
        ),
        (
            "The Digital Agency in April issued a circular barring federal ministries from using chatbots whose servers"
            " are abroad.",
            "ban",
        ),
    ],
)
def test_a_circular_requiring_or_barring_is_the_issuers_action(run, sentence, kind):
    r = run(sentence)
    a = one(r, keyword="circular")
    assert a.actor in ("Banking Authority", "Digital Agency")
    assert (a.kind, a.direction) == (kind, Direction.TIGHTEN)
    assert a.date.value in ("2026-05", "2026-04")  # the issuing verb's date


# --- particle verbs parsed with the particle as a preposition ----------------------------------------------------


def test_switched_off_with_off_as_a_preposition(run):
    r = run("Rawley Capital said it would fully comply and had switched off the adviser pending a review.")
    a = one(r, actor="Rawley Capital", keyword="adviser")
    assert a.direction == Direction.TIGHTEN


# --- direction: a code held by a firm is its registration, not a law --------------------------------------------


def test_suspending_a_firms_code_tightens(run):
    r = run("The Foreign Trade Office on Tuesday suspended the importer-exporter code of Vantor Datatech, a trader.")
    assert one(r, actor="Foreign Trade Office", keyword="Vantor").direction == Direction.TIGHTEN


def test_suspending_a_code_of_practice_still_loosens(run):
    r = run("The European Commission suspended the Code of Practice on Disinformation on Monday.")
    assert one(r, actor="European Commission", keyword="code").direction == Direction.LOOSEN


# --- a signed order whose own clause revokes policies loosens; quoting the order is no new event -----------------


def test_order_that_revokes_policies_loosens_and_its_quote_adds_nothing(run):
    r = run(
        "Governor Amsel signed an order on Tuesday that revokes the state's AI policies.\n\n"
        '"We must build systems free from bias," Amsel\'s order says.'
    )
    assert one(r, actor="Amsel", keyword="order").direction == Direction.LOOSEN
    assert not find(r, actor="Amsel", direction=Direction.TIGHTEN)


# --- enforcement letters and demands ----------------------------------------------------------------------------


def test_civil_investigative_demands_are_an_investigation(run):
    r = run("The Ohio Attorney General sent civil investigative demands to Kestrel Labs in March.")
    a = one(r, actor="Ohio Attorney General", keyword="demands")
    assert (a.kind, a.direction) == ("investigate", Direction.TIGHTEN)


def test_a_cease_and_desist_letter_is_an_order(run):
    r = run("The California Attorney General sent a cease-and-desist letter to Kestrel Labs over its Vega chatbot.")
    a = one(r, actor="California Attorney General", keyword="letter")
    assert (a.kind, a.direction) == ("order", Direction.TIGHTEN)


def test_a_plain_letter_or_demand_is_no_action(run):
    r = run("Kestrel Labs sent a letter to its customers and said it would meet the demands of its partners.")
    assert not r.actions


# --- subjects that are not a name themselves ---------------------------------------------------------------------


def test_a_countrys_unnamed_authorities_act_for_it(run):
    r = run("Guinea's transitional authorities on Sunday lifted the night curfew in the capital.")
    a = one(r, actor="Guinea", keyword="curfew")
    assert a.direction == Direction.LOOSEN


def test_a_named_body_conjoined_to_unnamed_ones_acts(run):
    r = run("The defence and foreign ministries and the State Bank of Arvalia have barred staff from using Vega.")
    a = one(r, actor="State Bank of Arvalia", keyword="staff")
    assert (a.kind, a.direction) == ("ban", Direction.TIGHTEN)


def test_a_subject_the_parser_hung_on_an_opening_phrase_still_acts(run):
    # the small model hangs "the Colorado General Assembly" on "dispute" here: "passed" has no subject of its own
    r = run(
        "At a hearing held largely to settle a budget dispute, the Colorado General Assembly on Monday passed a bill"
        " delaying the Harlow AI Act."
    )
    a = one(r, actor="Colorado General Assembly", keyword="bill")
    assert (a.kind, a.direction) == ("enact", Direction.LOOSEN)


# --- a bill named again by "the measure" keeps the direction its content gave it ---------------------------------


def test_signing_the_measure_that_delays_a_law_loosens(run):
    r = run(
        "On Tuesday the Harlow General Assembly passed a bill delaying the Harlow AI Act to June 30, 2027."
        " Governor Dana Amsel signed the measure on Thursday."
    )
    assert one(r, actor="Amsel", keyword="measure").direction == Direction.LOOSEN


def test_signing_the_measure_far_from_a_delaying_bill_keeps_its_own_direction(run):
    r = run(
        "On Tuesday the Harlow General Assembly passed a bill delaying the Harlow AI Act."
        " Separately, lawmakers debated water rights. Critics spoke at length."
        " Governor Dana Amsel signed the measure on Thursday."
    )
    assert one(r, actor="Amsel", keyword="measure").direction == Direction.TIGHTEN


# --- a label before a dash parsed as a second subject ----------------------------------------------------------


def test_a_label_before_a_dash_is_not_the_subject(run):
    r = run("- Ohio probe — the Ohio Attorney General sent civil investigative demands to Kestrel Labs.")
    a = one(r, actor="Ohio Attorney General", keyword="demands")
    assert a.kind == "investigate"


# --- courts voiding a law: upend, annul, invalidate (CAMEO 081 as court relief) ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Constitutional Court invalidated the Harlow data law on Tuesday.",
        "The Supreme Court on Friday annulled the Harlow decree banning the Vega chatbot.",
        "A federal judge, Judge Ana Ruiz, has upended a Harlow law that requires platforms to take down deepfakes.",
    ],
)
def test_a_court_voiding_a_law_loosens(run, sentence):
    r = run(sentence)
    assert find(r, direction=Direction.LOOSEN), [(a.actor, a.trigger, a.direction) for a in r.actions]
    assert not find(r, direction=Direction.TIGHTEN)


def test_upended_by_a_scandal_is_no_action(run):
    assert not run("The Harlow election was upended by a scandal on Monday.").actions


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Valdor eSafety Office issued Kestrel Labs with a notice on 3 October. The company answered the "
            "notice late and was fined $40,000 on 19 December.",
            "Valdor eSafety Office",
        ),
        (
            "The Marrow Data Authority opened an inquiry into Quill Systems in May. Quill Systems missed two "
            "deadlines and was ordered to suspend its chatbot on Friday.",
            "Marrow Data Authority",
        ),
    ],
)
def test_a_firm_that_acted_and_was_then_punished_is_not_the_punisher(analyze_text, text, body):
    r = analyze_text(text, published=PUB)
    passive = [a for a in r.actions if a.trigger.split()[0] in ("fined", "ordered")]
    assert passive and all(a.actor == body for a in passive), [(a.actor, a.trigger) for a in r.actions]
