"""Policy vocabulary beyond AI, events written as nouns, and status (issue 11).

Every sentence is invented (invented countries, bodies, labs and people). The assertions are
properties: an action with this actor, direction, kind, status or codes exists, or no action
does; never exact spans. CAMEO and PLOVER codes follow the CAMEO codebook (v0.7b) and the
CAMEO-to-PLOVER table (2021): 1723 impose curfew / 0813 ease curfew, 1724 impose a state of
emergency / 0814 ease it, 163 embargo or sanctions / 085 ease them, 173 charge, 174 expel,
120 reject, 129 veto.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import about, find, one

from policyscan.report import Direction, Report, Status

PUB = date(2026, 11, 20)
FTC = "Federal Trade Commission"


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# --- curfews and states of emergency --------------------------------------------------------


def test_lifting_a_night_curfew_loosens_with_ease_curfew_codes(run):
    a = one(run("The Interior Ministry of Valdoria lifted a night curfew on Tuesday."), keyword="curfew")
    assert a.direction == Direction.LOOSEN
    assert (a.cameo, a.plover) == ("0813", "RETREAT")


def test_imposing_and_extending_a_curfew_tighten(run):
    imposed = one(run("The Valdorian government imposed a curfew in the capital on Monday."), keyword="curfew")
    assert (imposed.kind, imposed.direction, imposed.cameo) == ("curfew", Direction.TIGHTEN, "1723")
    extended = one(run("The Valdorian government extended the curfew on Monday."), keyword="curfew")
    assert extended.direction == Direction.TIGHTEN


def test_ending_a_curfew_loosens(run):
    a = one(run("The Valdorian government ended the curfew on Monday."), keyword="curfew")
    assert a.direction == Direction.LOOSEN


def test_state_of_emergency_declared_and_lifted(run):
    declared = one(run("The government of Valdoria declared a state of emergency on Monday."), keyword="emergency")
    assert (declared.kind, declared.direction, declared.cameo, declared.plover) == (
        "emergency",
        Direction.TIGHTEN,
        "1724",
        "COERCE",
    )
    lifted = one(run("The government of Valdoria lifted the state of emergency on Monday."), keyword="emergency")
    assert (lifted.direction, lifted.cameo) == (Direction.LOOSEN, "0814")


def test_the_state_alone_is_not_an_emergency(run):
    r = run("The Valdorian government declared the state a partner of Kestrel Labs on Monday.")
    assert not [a for a in r.actions if a.kind == "emergency"]


# --- sanctions, embargoes, tariffs ----------------------------------------------------------


def test_embargo_imposed_and_lifted(run):
    imposed = one(run("The European Union imposed an embargo on Valdoria on Monday."), keyword="embargo")
    assert (imposed.direction, imposed.cameo) == (Direction.TIGHTEN, "163")
    lifted = one(run("The European Union lifted its embargo on Valdoria on Monday."), keyword="embargo")
    assert (lifted.direction, lifted.cameo, lifted.plover) == (Direction.LOOSEN, "085", "RETREAT")


def test_sanctions_imposed_tighten(run):
    a = one(run("The European Union imposed sanctions on Valdoria on Monday."), keyword="sanction")
    assert a.direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    ("verb", "direction"),
    [
        ("imposed", Direction.TIGHTEN),
        ("raised", Direction.TIGHTEN),
        ("cut", Direction.LOOSEN),
        ("lowered", Direction.LOOSEN),
        ("reversed", Direction.LOOSEN),
    ],
)
def test_tariffs(run, verb, direction):
    a = one(run(f"The United States {verb} tariffs on Valdorian chips on Monday."), keyword="tariff")
    assert a.direction == direction


def test_raising_money_or_concerns_is_not_a_tariff(run):
    r = run("The Valdorian government raised concerns on Monday after Kestrel Labs raised $5 million.")
    assert not find(r, keyword="raised")


# --- licences, investigations, charges, expulsions, moratoriums -----------------------------


def test_licences_granted_revoked_suspended(run):
    revoked = one(
        run("The Ofcom regulator revoked the broadcasting licence of Kestrel TV on Monday."), keyword="licence"
    )
    assert revoked.direction == Direction.TIGHTEN
    suspended = one(run("The Ofcom regulator suspended the licence of Kestrel TV on Monday."), keyword="licence")
    assert suspended.direction == Direction.TIGHTEN
    granted = one(run("The Ofcom regulator granted a licence to Kestrel TV on Monday."), keyword="licence")
    assert granted.direction == Direction.LOOSEN


@pytest.mark.parametrize("verb", ["launched an investigation into", "opened an inquiry into"])
def test_opening_an_investigation_tightens(run, verb):
    a = one(run(f"The Federal Trade Commission {verb} Kestrel Labs on Tuesday."), actor=FTC)
    assert (a.kind, a.direction) == ("investigate", Direction.TIGHTEN)


@pytest.mark.parametrize("verb", ["closed its investigation into", "dropped its probe of"])
def test_closing_an_investigation_loosens(run, verb):
    a = one(run(f"The Federal Trade Commission {verb} Kestrel Labs on Tuesday."), actor=FTC)
    assert a.direction == Direction.LOOSEN


def test_closing_a_loophole_is_not_a_loosening(run):
    r = run("The Federal Trade Commission closed a loophole in its reporting rules on Tuesday.")
    assert not [a for a in r.actions if a.direction == Direction.LOOSEN]


def test_market_study_is_an_investigation(run):
    r = run("The Competition and Markets Authority launched a market study into cloud services on Monday.")
    a = one(r, keyword="study")
    assert (a.kind, a.direction) == ("investigate", Direction.TIGHTEN)


def test_charges_filed_are_criminal_charges(run):
    a = one(run("The Justice Department filed charges against Kestrel Labs on Monday."), keyword="Kestrel")
    assert (a.kind, a.direction, a.cameo) == ("charge", Direction.TIGHTEN, "173")


def test_expelling_diplomats_is_an_expulsion(run):
    a = one(run("The government of Valdoria expelled two Ruritanian diplomats on Monday."), keyword="diplomats")
    assert (a.kind, a.direction, a.cameo) == ("expel", Direction.TIGHTEN, "174")


def test_moratorium_imposed_and_lifted(run):
    imposed = run("The Valdorian parliament imposed a moratorium on facial recognition on Monday.")
    assert one(imposed, keyword="moratorium").direction == Direction.TIGHTEN
    lifted = run("The Valdorian parliament lifted the moratorium on facial recognition on Monday.")
    assert one(lifted, keyword="moratorium").direction == Direction.LOOSEN


def test_entity_list_and_permits(run):
    listed = run("The Commerce Department added Kestrel Labs to the entity list on Monday.")
    assert one(listed, keyword="Kestrel").direction == Direction.TIGHTEN
    permits = run("The Commerce Department required permits for exports of chips to Valdoria on Monday.")
    assert one(permits, keyword="permit").direction == Direction.TIGHTEN


def test_shelving_a_proposed_act_loosens(run):
    a = one(run("The Valdorian parliament shelved its proposed AI act on Monday."), keyword="act")
    assert a.direction == Direction.LOOSEN


def test_implementing_a_ban_tightens(run):
    a = one(run("The Trade Ministry implemented a ban on the Zephyr chatbot on Monday."), keyword="ban")
    assert (a.kind, a.direction, a.status) == ("ban", Direction.TIGHTEN, Status.ENACTED)


def test_issuing_a_company_with_a_fine(run):
    r = run("The Data Protection Commission issued Kestrel Labs with a fine of 3 million euros on Monday.")
    a = one(r, keyword="fine")
    assert (a.kind, a.direction) == ("fine", Direction.TIGHTEN)
    assert "kestrel" in about(a)


def test_preliminary_injunction_granted_is_an_enacted_loosening(run):
    r = run(
        "Judge Ann Roe of the Westland District Court granted a preliminary injunction against the "
        "Westland deepfake law on Monday."
    )
    a = one(r, keyword="injunction")
    assert (a.direction, a.status) == (Direction.LOOSEN, Status.ENACTED)


# --- events written as nouns ----------------------------------------------------------------


def test_a_block_by_a_named_body_is_an_event(run):
    r = run("The new restrictions follow an April block by the Valdorian Trade Ministry.")
    a = one(r, actor="Trade Ministry")
    assert (a.kind, a.direction) == ("block", Direction.TIGHTEN)
    assert a.date.value is not None and a.date.value.startswith("2026-04")


def test_a_block_of_shares_is_not_an_event(run):
    assert not run("Kestrel Labs sold a block of shares to investors on Monday.").actions


@pytest.mark.parametrize("noun", ["revocation", "rescission", "reversal"])
def test_announcing_the_revocation_of_a_rule_loosens(run, noun):
    r = run(f"The Trade Ministry announced the {noun} of the export rule on Tuesday.")
    a = one(r, actor="Trade Ministry")
    assert a.direction == Direction.LOOSEN


def test_a_lawsuit_filed_by_unnamed_authors_is_not_the_defendants(run):
    r = run("Kestrel Labs faces a lawsuit filed by three authors in March.")
    assert not find(r, actor="Kestrel Labs")


def test_a_ruling_that_upheld_the_law_is_the_courts(run):
    r = run("The fine follows a ruling by the Westland Supreme Court that upheld the deepfake law on Friday.")
    a = one(r, keyword="upheld")
    assert a.actor is not None and "court" in a.actor.lower()
    assert a.direction == Direction.TIGHTEN


def test_bill_passed_in_a_relative_clause(run):
    r = run("The bill, which the Westland legislature passed in August, bans deepfakes.")
    a = one(r, actor="legislature")
    assert a.direction == Direction.TIGHTEN
    assert a.date.value is not None and a.date.value.startswith("2026-08")


# --- status ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese government said on Friday that it had no plans to restrict the Zephyr chatbot.",
        "The Japanese government ruled out a ban on the Zephyr chatbot on Friday.",
        "The Japanese government rejected calls to ban the Zephyr chatbot on Friday.",
        "The Japanese government declined to ban the Zephyr chatbot on Friday.",
    ],
)
def test_denials_are_denied(run, text):
    r = run(text)
    a = one(r, keyword="Zephyr")
    assert a.status == Status.DENIED
    assert (a.cameo, a.plover) == ("120", "REJECT")
    assert not [x for x in r.actions if x.status == Status.ENACTED]


@pytest.mark.parametrize(
    "text",
    [
        "Without the veto, the Westland legislature would have banned the Zephyr chatbot.",
        "If the Trade Ministry banned the Zephyr chatbot, exports would fall.",
    ],
)
def test_hypotheticals_are_not_enacted(run, text):
    assert not [a for a in run(text).actions if a.status == Status.ENACTED]


def test_what_an_order_contains_is_not_a_second_action(run):
    r = run("The Federal Trade Commission on Tuesday finalized an order that imposes a ban on Kestrel Labs.")
    assert len(find(r, actor=FTC)) <= 1


def test_a_headline_verb_misparsed_as_a_noun_is_not_a_noun_event(run):
    r = run("Westland's top court orders Kestrel Labs to purge faces from Wren-7B")
    assert not [a for a in r.actions if a.actor == "Westland" and a.trigger.lower() == "orders"]


def test_a_participle_on_a_law_is_its_content_not_a_new_action(run):
    r = run("The Westland legislature on Monday passed a bill requiring landlords to disclose automated screening.")
    assert one(r, actor="legislature").direction == Direction.TIGHTEN
    assert len(find(r, actor="legislature")) == 1
    headline = run("Federal judge blocks Westland law banning election deepfakes")
    assert not [a for a in headline.actions if a.trigger.lower().startswith("banning")]


def test_extending_a_grace_period_loosens(run):
    r = run("The Ministry of Science extended the grace period for fines under the AI Basic Act on Monday.")
    a = one(r, keyword="grace period")
    assert (a.kind, a.direction) == ("delay", Direction.LOOSEN)


def test_closing_a_review_loosens(run):
    r = run("The Competition and Markets Authority closed its review of Northgate's purchase of Kestrel Labs.")
    assert one(r, keyword="review").direction == Direction.LOOSEN


@pytest.mark.parametrize(
    "text",
    [
        "The Information Commissioner's Office issued a reprimand to the Westland hospital trust on Monday.",
        "The Information Commissioner's Office reprimanded the Westland hospital trust on Monday.",
    ],
)
def test_a_reprimand_is_an_administrative_sanction(run, text):
    a = one(run(text), keyword="reprimand")
    assert (a.kind, a.direction, a.cameo) == ("sanction", Direction.TIGHTEN, "172")


def test_refusing_to_lift_a_curfew_is_a_denied_easing(run):
    a = one(run("The Trade Ministry refused to lift the curfew on Friday."), keyword="curfew")
    assert (a.direction, a.status) == (Direction.LOOSEN, Status.DENIED)
    assert (a.cameo, a.plover) == ("1241", "REJECT")


def test_restrictions_imposed_under_a_named_administration_are_its_own(run):
    r = run("The new rules reverse export curbs imposed under the Valdorian Trade Ministry in 2023.")
    a = one(r, actor="Trade Ministry", keyword="curbs")
    assert a.direction == Direction.TIGHTEN
    assert a.date.value is not None and a.date.value.startswith("2023")
    assert not run("Exports were restricted under the 2023 law.").actions
