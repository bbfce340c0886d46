"""Action recall and duplicates on text we did not write (issue 11, helper q-actions).

Each test stands for a category counted in the blind sets' misses, false positives and duplicates
(docs/quality.md). Every sentence is invented (invented bodies, labs and products); assertions are
properties: an action with this actor, direction or kind exists, or no second one does.
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


# --- a company or body restricting its own product: paused, disabled, switched off ----------------


@pytest.mark.parametrize(
    ("sentence", "keyword"),
    [
        ("In June, Orbix Labs paused plans to train its Vega models on posts from its users.", "vega"),
        ("Vantage AG said it had paused its premium tier, Vantage Pro, for public-sector customers.", "tier"),
        ("Mirus Labs said it had disabled the candidate feature nationwide.", "feature"),
        ("Mirus Labs switched off the video feature of its Mirus app on Monday.", "video"),
        ("Orbix Labs said it had put its Vega chatbot on hold.", "vega"),
    ],
)
def test_pausing_or_switching_off_a_product_restricts_it(run, sentence, keyword):
    a = one(run(sentence), keyword=keyword)
    assert a.direction == Direction.TIGHTEN


def test_pausing_a_restriction_still_loosens(run):
    r = run("The Valdorian Data Office paused its ban on the Orbix chatbot on Friday.")
    assert one(r, actor="Valdorian Data Office", keyword="ban").direction == Direction.LOOSEN


def test_a_disabled_person_is_not_an_action(run):
    r = run("Orbix Labs hired disabled workers to test the Vega app.")
    assert not find(r, keyword="disabled")
    assert not run("The Federal Trade Commission put pressure on Orbix Labs over its Vega chatbot.").actions


# --- sandboxes, conventions, delays of a requirement ---------------------------------------------


def test_admitting_a_product_into_a_sandbox_loosens(run):
    r = run("Last month the Valdorian Financial Authority admitted Orbix Credit into its regulatory sandbox.")
    a = one(r, actor="Valdorian Financial Authority", keyword="sandbox")
    assert (a.direction, a.kind) == (Direction.LOOSEN, "approve")
    assert not run("Orbix Labs admitted that its filters had failed.").actions


def test_ratifying_a_convention_is_an_agreement(run):
    r = run(
        "In February the Federal Council decided to ratify the Council of Europe's convention "
        "on artificial intelligence."
    )
    a = one(r, actor="Federal Council", keyword="convention")
    assert a.direction == Direction.NEUTRAL


def test_delaying_the_launch_of_a_mandatory_scheme_loosens(run):
    r = run(
        "The Digital Transactions Agency (DTA) said it would delay the launch of a mandatory labelling scheme "
        "for AI-generated advertising until the end of the year."
    )
    assert one(r, actor="Digital Transactions Agency", keyword="labelling").direction == Direction.LOOSEN


def test_delaying_an_ordinary_launch_is_not_a_loosening(run):
    r = run("The Digital Transactions Agency (DTA) delayed the launch of its new website until March.")
    assert not [a for a in r.actions if a.direction == Direction.LOOSEN]


# --- noun events with a relative clause that has no "that" ----------------------------------------


def test_proceedings_the_authority_opened_are_its_action(run):
    r = run(
        "The order was made as part of enforcement proceedings the Valdorian Markets Authority "
        "opened against Birch Quant in March."
    )
    a = one(r, actor="Valdorian Markets Authority", keyword="birch")
    assert (a.direction, a.kind) == (Direction.TIGHTEN, "investigate")


# --- duplicates: one event told again by the same body or under a loose name ----------------------


def test_a_body_announcing_the_penalty_restates_its_fine(run):
    r = run(
        "The Personal Data Protection Office of Valdoria has hit Orbix Labs with a fine of 9 million crowns "
        "over its Vega-2 model, the highest it has ever imposed.\n\n"
        "The office announced the penalty on Monday."
    )
    tighten = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(tighten) == 1, [(a.actor, a.trigger) for a in r.actions]


def test_a_body_opening_its_own_inquiry_after_a_fine_is_not_folded(run):
    r = run(
        "The Valdorian Markets Authority fined Orbix Labs 2 million crowns on Monday.\n\n"
        "The Valdorian Markets Authority also opened an investigation into Birch Quant."
    )
    assert len([a for a in r.actions if a.direction == Direction.TIGHTEN]) == 2


def test_a_lede_naming_the_regulator_loosely_restates_the_named_body(run):
    r = run(
        "Switzerland's financial markets regulator has ordered a Zurich asset manager to stop using an "
        "AI adviser.\n\n"
        "The Swiss Financial Market Supervisory Authority (FINMA) said on Tuesday that it had barred "
        "Birch Quant AG from using its Uetli model to advise clients."
    )
    tighten = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(tighten) == 1, [(a.actor, a.trigger) for a in r.actions]
    assert tighten[0].actor == "Swiss Financial Market Supervisory Authority"


def test_a_headline_country_restates_the_ministry_in_any_case(run):
    r = run(
        "Valdoria bars civil servants from the Aster chatbot\n\n"
        "Valdoria's Ministry of Digital Affairs has barred government agencies from using the Aster chatbot."
    )
    assert len([a for a in r.actions if a.direction == Direction.TIGHTEN]) == 1


# --- several bodies signing an agreement named with a possessor ----------------------------------


def test_each_signatory_of_a_possessed_convention_agrees(run):
    r = run(
        "Valdoria, Britain and the European Union on Thursday signed the Council of Europe's Framework "
        "Convention on Artificial Intelligence, the first binding international treaty on AI."
    )
    for body in ("Britain", "European Union"):
        assert one(r, actor=body, keyword="convention").direction == Direction.NEUTRAL


# --- what is not one more action: offences, labels, a court refusing relief -----------------------


def test_what_a_company_failed_to_do_is_not_an_action(run):
    r = run(
        "The Valdorian Consumer Office fined Orbix Labs $310,000 last month for failing to publish "
        "the bias audit of its Vega hiring model."
    )
    assert [a.kind for a in r.actions if a.actor and "Consumer Office" in a.actor] == ["fine"]


def test_a_section_label_naming_an_event_is_not_one_more(run):
    r = run(
        "The Federal Trade Commission opened an investigation into Birch Quant on Monday.\n\n"
        "New York's penalty\n\n"
        "New York City's Department of Consumer and Worker Protection fined Orbix Labs $310,000 last month "
        "over its Vega hiring model."
    )
    assert not [a for a in r.actions if a.trigger == "penalty"], [(a.actor, a.trigger) for a in r.actions]


def test_a_court_refusing_to_stop_an_order_denies_relief(run):
    r = run(
        "The Court of Appeals of Valdoria has refused to stop the country's privacy watchdog from enforcing "
        "an order against Orbix Labs."
    )
    a = one(r, keyword="stop")
    assert a.direction == Direction.LOOSEN
    assert a.status.value == "denied"


# --- the object is never the actor ------------------------------------------------------------------


def test_a_company_named_on_a_penalty_noun_is_its_target(run):
    r = run("This week a Valdorian tribunal backs the $220m Meta fine, and the central bank opens its sandbox.")
    assert not find(r, actor="Meta")
    r = run("An FTC probe into Orbix Labs was opened on Monday.")
    assert one(r, keyword="orbix").actor == "Federal Trade Commission"


# --- refusals, renewals, lists, private plaintiffs --------------------------------------------------


def test_refusing_or_turning_down_an_application_tightens(run):
    r = run("The National Privacy Commission refused Atlas Vision's application to run its cameras at tram stops.")
    assert one(r, actor="National Privacy Commission", keyword="application").direction == Direction.TIGHTEN
    r = run("The National Privacy Commission has turned down a request by Atlas Vision to deploy its cameras.")
    assert one(r, actor="National Privacy Commission", keyword="request").direction == Direction.TIGHTEN


def test_rejecting_calls_for_a_ban_is_not_an_action(run):
    assert not [a for a in run("The Senate rejected calls for a ban on Orbix Labs.").actions if a.trigger == "rejected"]


def test_renewing_a_contract_is_an_agreement(run):
    r = run("The city of Johannesburg in February renewed its contract with Sentinel Karoo for two years.")
    assert one(r, actor="Johannesburg", keyword="contract").direction == Direction.NEUTRAL


def test_adding_companies_to_a_list_of_entities_bans(run):
    r = run(
        "Taiwan's International Trade Administration in June added Huawei and SMIC to its list of entities "
        "that need a permit to buy strategic commodities."
    )
    assert one(r, actor="International Trade Administration", keyword="huawei").direction == Direction.TIGHTEN


def test_private_plaintiffs_file_one_lawsuit(run):
    r = run(
        "The lawsuit, filed in January by authors Helen Marsh, Oscar Delgado and Priya Natarajan, accuses "
        "Lantern AI of training its Lantern-4 model on pirated copies of their novels."
    )
    suits = [a for a in r.actions if a.kind == "sue"]
    assert len(suits) == 1 and suits[0].actor == "Helen Marsh"
    assert not {"Oscar Delgado", "Priya Natarajan"} & set(suits[0].objects)


def test_a_quoted_person_still_bans_nothing(run):
    r = run("Helen Marsh, a novelist, said Orbix Labs should ban the Vega chatbot.")
    assert not find(r, actor="Helen Marsh")


# --- an agentless passive restriction is not done by the subject of the clause beside it -----------


def test_a_block_lifted_after_the_company_registered_is_the_ministrys(run):
    r = run(
        "The Ministry of Digital Affairs blocked the Orbix chatbot on Tuesday. Orbix Labs completed the "
        "registration on Wednesday, the ministry said, and the block was lifted on Thursday morning."
    )
    lifted = one(r, keyword="block lifted")
    assert lifted.direction == Direction.LOOSEN and lifted.actor == "Ministry of Digital Affairs"


def test_operators_told_to_lift_keep_the_reported_authority(run):
    r = run(
        "The Pakistan Telecommunication Authority blocked the Dastan app on Monday. A spokesperson confirmed "
        "on Wednesday that the authority had complied with the ruling and that telecom operators had been "
        "told to lift the restriction."
    )
    assert one(r, keyword="lift").actor == "Pakistan Telecommunication Authority"


def test_a_timeline_label_dates_the_account_it_heads(run):
    r = run(
        "The city has a long record on surveillance.\n\n"
        "November 18, 2024 — Montreal's moratorium. Montreal's city council voted to impose a moratorium "
        "on facial recognition by the city's police service."
    )
    bans = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(bans) == 1, [(a.actor, a.trigger) for a in r.actions]
    assert bans[0].date.value == "2024-11-18"


def test_a_power_the_regulator_has_is_not_an_event(run):
    r = run("The Valdorian Markets Authority can ultimately withdraw a firm's licence or confiscate profits.")
    assert not r.actions


# --- conditions, idioms, and an order issued in a clause about someone else -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Orbix Labs said it would suffer irreparable harm if it had to switch off its main product.",
        "The Federal Trade Commission threatened to sue if Orbix Labs does not delete the data.",
    ],
)
def test_what_happens_only_under_a_condition_is_not_an_event(run, sentence):
    r = run(sentence)
    assert not [a for a in r.actions if a.trigger.split()[0] in ("switch", "not", "delete")]


def test_an_event_with_an_even_if_clause_still_counts(run):
    r = run("The Federal Trade Commission fined Orbix Labs $5 million even if the company appeals.")
    assert one(r, actor="Federal Trade Commission", keyword="orbix").direction == Direction.TIGHTEN


def test_clearing_the_way_is_not_an_approval(run):
    r = run("The High Court suspended the notice, clearing the way for Simba Analytics to resume using its model.")
    assert not [a for a in r.actions if a.trigger.startswith("clear")]
    assert one(r, actor="High Court", keyword="notice").direction == Direction.LOOSEN


def test_an_order_issued_in_a_clause_about_a_city_is_not_the_citys(run):
    r = run(
        "The city of Kobe, which suspended its own Corvid pilot in January after the order was issued, "
        "said on Tuesday that it would restart the service."
    )
    assert not [a for a in r.actions if "order" in a.trigger]


def test_ordering_a_ban_lifted_loosens(run):
    r = run(
        "The Court of Appeals of Valdoria said the circular had been issued without a hearing and ordered "
        "the ban lifted until it rules on the merits."
    )
    assert one(r, keyword="ban").direction == Direction.LOOSEN


def test_a_word_of_a_body_s_name_is_not_an_event(run):
    r = run(
        "On Monday the Ministry of Investment, Trade and Industry (MITI) announced that exporting AI chips "
        "requires a permit."
    )
    assert not [a for a in r.actions if a.kind == "fund"], [(a.actor, a.trigger) for a in r.actions]


# --- round 2 (q-actions2): pleas to courts, supply cut off, sandboxes, consequences, hyphen adjectives --


@pytest.mark.parametrize(
    "sentence",
    [
        "When Orbix Labs asked the Federal Court to put the regulator's direction on hold, its lawyers objected.",
        "Orbix Labs urged the court to suspend the Valdorian Data Office's order.",
        "Orbix Labs failed to convince a federal court on Thursday to block the state's disclosure law.",
        "Nine state attorneys general urged Congress to pass a law against the Vega app.",
    ],
)
def test_asking_a_court_or_legislature_to_act_is_not_an_action(run, sentence):
    assert not run(sentence).actions


def test_a_regulator_asking_a_company_still_counts(run):
    r = run("The Valdorian Data Office asked Orbix Labs to suspend the Vega chatbot.")
    assert one(r, actor="Valdorian Data Office", keyword="orbix").direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    ("sentence", "keyword"),
    [
        ("Mirus AI said it had stopped supplying Mirus-2 to Kestrel Bank until the review is complete.", "mirus-2"),
        ("Orbix Labs stopped selling its Vega chatbot in Valdoria on Monday.", "vega"),
    ],
)
def test_a_supplier_stopping_supply_of_its_product_restricts_it(run, sentence, keyword):
    assert one(run(sentence), keyword=keyword).direction == Direction.TIGHTEN


def test_stopping_an_activity_without_a_product_is_not_an_action(run):
    assert not run("Orbix Labs had already stopped shipping to both of them.").actions
    assert not run("Orbix Labs stopped working on its Vega chatbot.").actions


@pytest.mark.parametrize(
    "sentence",
    [
        "In May the Valdorian Central Bank and the Valdorian Markets Authority jointly admitted Orbix Credit "
        "into their fintech regulatory sandboxes.",
        "The Valdorian Data Office on Monday admitted Vega-4, a language model built by local start-up Orbix Labs, "
        "into its generative AI sandbox.",
    ],
)
def test_admitted_into_a_sandbox_with_plural_or_apposition_loosens(run, sentence):
    r = run(sentence)
    found = [a for a in r.actions if a.trigger.startswith("admit")]
    assert found and all(a.direction == Direction.LOOSEN for a in found)


def test_two_bodies_admitting_jointly_are_two_actions(run):
    r = run(
        "In May the Valdorian Central Bank and the Valdorian Markets Authority jointly admitted Orbix Credit "
        "into their fintech regulatory sandboxes."
    )
    assert find(r, actor="Valdorian Central Bank", keyword="sandbox")
    assert find(r, actor="Valdorian Markets Authority", keyword="sandbox")


def test_what_an_action_effectively_amounts_to_is_not_a_second_action(run):
    r = run(
        "The Valdorian Trade Directorate on Tuesday suspended the export licence of Orbix Labs, "
        "effectively barring it from foreign trade."
    )
    assert one(r, keyword="licence").direction == Direction.TIGHTEN
    assert not [a for a in r.actions if a.trigger.startswith("barr")]


def test_a_hyphenated_participle_is_an_adjective_not_an_event(run):
    r = run(
        "The Valdorian Finance Ministry exempted chips bought under the government-funded Orbix Mission "
        "from customs duty."
    )
    assert not [a for a in r.actions if a.kind == "fund"]
    assert one(r, keyword="exempt").direction == Direction.LOOSEN
    funded = run("The Valdorian Finance Ministry funded the Orbix lab with $5 million.")
    assert [a for a in funded.actions if a.kind == "fund"]


def test_directing_an_agency_not_to_enforce_a_rule_loosens(run):
    r = run("The Valdorian Trade Ministry directed the Export Bureau not to enforce the chip diffusion rule.")
    a = one(r, actor="Valdorian Trade Ministry")
    assert a.direction == Direction.LOOSEN
    banned = run("The Federal Trade Commission ordered Orbix Labs not to sell the Vega chatbot.")
    assert one(banned, actor="Federal Trade Commission").direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts said the view had spread that the Valdor government is trying to stop the sector's growth.",
        "The Federal Trade Commission tried to block the merger, but a judge refused.",
    ],
)
def test_an_attempt_is_not_an_event(run, sentence):
    assert not [a for a in run(sentence).actions if a.trigger.startswith(("halt", "block"))]


def test_what_a_party_asked_a_court_for_is_not_its_action(run):
    r = run("Judge Mara Quell on Thursday denied Orbix Labs' bid for a preliminary injunction blocking the law.")
    assert not find(r, actor="Orbix Labs")


def test_adding_a_company_to_a_sanctions_list_tightens(run):
    r = run("The European Union added Orbix Labs to its sanctions list in July.")
    assert one(r, actor="European Union", keyword="orbix").direction == Direction.TIGHTEN


@pytest.mark.parametrize(
    "sentence",
    [
        "The Valdorian Data Office restored access to the Vega app on April 2.",
        "The Valdorian Data Office restored the Vega app on April 2.",
    ],
)
def test_a_body_restoring_access_is_the_actor(run, sentence):
    a = one(run(sentence), actor="Valdorian Data Office")
    assert a.direction == Direction.LOOSEN


def test_access_restored_without_an_agent_goes_to_the_reporter(run):
    r = run("Access to the Vega app was restored on Monday, the Valdorian Data Office said.")
    assert one(r, actor="Valdorian Data Office").direction == Direction.LOOSEN


def test_a_noun_event_announced_by_a_body_is_that_body_s(run):
    r = run(
        "The rescission of the registration rule, announced by the Valdorian Data Office on August 14, "
        "pleased researchers."
    )
    assert one(r, actor="Valdorian Data Office", keyword="rule").direction == Direction.LOOSEN


@pytest.mark.parametrize(
    ("sentence", "forgone"),
    [
        ("The Valdorian Data Office closed its investigation into Orbix Labs without imposing a fine.", "fine"),
        (
            "The Valdorian Data Office closed its inquiries in September, saying it would monitor the company "
            "rather than open a formal investigation.",
            "open",
        ),
    ],
)
def test_what_a_body_chose_not_to_do_is_not_an_action(run, sentence, forgone):
    r = run(sentence)
    assert not [a for a in r.actions if forgone in a.trigger]
    assert one(r, actor="Valdorian Data Office").direction == Direction.LOOSEN


def test_a_company_introduces_no_bill(run):
    r = run(
        "Orbix Labs said it had suspended access to its Vega app. In the Senate, a group of senators said "
        "they would introduce a bill this month to make deepfakes a crime."
    )
    assert not find(r, actor="Orbix Labs", keyword="bill")
    assert not run("Orbix Labs said it would introduce a bill.").actions


def test_warning_staff_not_to_install_an_app_restricts_it(run):
    r = run("The Valdorian Cyber Agency warned government staff not to install the Vega app.")
    assert one(r, actor="Valdorian Cyber Agency").direction == Direction.TIGHTEN
    assert not run("The Valdorian Cyber Agency warned that the Vega app could leak data.").actions


def test_a_perfect_participle_tagged_as_adjective_is_still_the_verb(run):
    r = run("Mirus Ltd said it had disabled voice cloning for all users.")  # parsed: had -> disabled/JJ -> cloning
    assert one(r, actor="Mirus Ltd", keyword="voice").direction == Direction.TIGHTEN
