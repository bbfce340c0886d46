"""Precision, ninth round (issue 11): what a rule says is no act of the body named beside it.

Every sentence is invented; assertions are properties (which triggers and actors come out).
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 1, 22)


def _seen(report) -> list[tuple[str | None, str, str, str]]:
    return [(a.actor, a.trigger, a.kind, a.direction.value) for a in report.actions]


def _triggered(report, *words: str) -> list:
    return [a for a in report.actions if any(w in a.trigger.split() for w in words)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Section 12 of the Data Act allows the Valdor Data Office to apply to the court for an order requiring "
            "a company to suspend or ban the processing of personal data.",
            ("suspend", "prohibit"),
        ),
        (
            "Article 40 of the decree empowers the Marovian Communications Authority to block any service that "
            "fails to register.",
            ("block",),
        ),
        (
            "The new provision enables the Trade Ministry to revoke export licences of firms that breach sanctions.",
            ("revoke",),
        ),
    ],
)
def test_a_power_a_law_confers_is_no_act(analyze_text, text: str, words: tuple[str, ...]) -> None:
    report = analyze_text(text, published=PUB)
    assert not _triggered(report, *words), _seen(report)


def test_a_body_allowing_another_body_to_act_is_still_told(analyze_text) -> None:
    report = analyze_text("The Ostrava court allowed the Trade Ministry to suspend the Kestrel app.", published=PUB)
    assert _triggered(report, "suspend"), _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Valdor Data Office said ministries could again use the Wren tool, provided they run it on local "
        "servers and disable the memory function.",
        "The Marovian Telecom Regulator lifted the block on Monday, providing the operators disable the voice "
        "feature for minors.",
    ],
)
def test_a_proviso_is_no_second_act(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not _triggered(report, "disable"), _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Marovian Telecom Regulator has published a draft decree. It would require providers to register and "
        "to remove illegal content within 12 hours.",
        "The Ostrava Data Office issued its guidance on Monday. It would oblige platforms to delete biometric "
        "templates within a month.",
    ],
)
def test_a_duty_a_draft_lays_on_anyone_is_no_act_of_the_body(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not _triggered(report, "remove", "delete", "require", "oblige"), _seen(report)


def test_a_body_saying_it_would_require_something_is_its_plan(analyze_text) -> None:
    report = analyze_text(
        "The Bank of Ghana said in a notice that it would require mobile-money providers to add a second "
        "confirmation step for transfers.",
        published=PUB,
    )
    assert [a for a in report.actions if a.actor and "Bank of Ghana" in a.actor], _seen(report)


@pytest.mark.parametrize(
    "text",
    [
        "The Marovian telecoms regulator on Thursday lifted the block it had imposed on the Wren app, after the "
        "app's developer introduced age verification and a panic button.",
        "The Valdor Communications Authority restored access to the Orla chatbot once the developer added age "
        "checks for new accounts.",
    ],
)
def test_a_subordinate_clause_with_its_own_subject_is_not_the_main_bodys_act(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert not _triggered(report, "introduced", "added"), _seen(report)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The Office of the Data Protection Commissioner fined Kestrel Labs last week. A central bank official "
            "said the bank would not approve wider use of the model.",
            "Office",
        ),
        (
            "The Valdor Data Office fined Kestrel Labs last week. A ministry official said the ministry would ban "
            "the model from public offices.",
            "Data Office",
        ),
        (
            "The Ostrava Privacy Commission opened an inquiry into Pellow Systems. Separately, the government said "
            "it would propose a national law implementing the AI Act.",
            "Commission",
        ),
    ],
)
def test_a_description_of_another_kind_of_body_is_not_the_body_named_before(
    analyze_text, text: str, wrong: str
) -> None:
    report = analyze_text(text, published=PUB)
    first_act = report.actions[0].trigger if report.actions else None
    stray = [a for a in report.actions if a.actor and wrong in a.actor and a.trigger != first_act]
    assert not stray, _seen(report)


def test_a_description_matching_the_named_body_still_resolves(analyze_text) -> None:
    report = analyze_text(
        "The Central Bank of Valdor fined Kestrel Labs last week. A central bank official said the bank would "
        "not approve wider use of the model.",
        published=PUB,
    )
    assert [a for a in report.actions if a.actor and "Central Bank" in a.actor and "approve" in a.trigger]


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        (
            "The Marovian Digital Agency issued registration rules for chatbot providers on Monday. The Ministry of "
            "Economy welcomed the rules. The agency said it would suspend unregistered services from March.",
            "suspend",
            "Digital Agency",
        ),
        (
            "The Ostrava Competition Commission opened an inquiry into Pellow Systems. The Ministry of Trade of "
            "Ostrava said it supported the review. The commission said it would fine the company if it refused to "
            "cooperate.",
            "fine",
            "Competition Commission",
        ),
    ],
)
def test_the_agency_is_the_body_named_an_agency_not_the_last_body(analyze_text, text: str, word: str, body: str):
    report = analyze_text(text, published=PUB)
    acts = _triggered(report, word)
    assert acts and all(a.actor and body in a.actor for a in acts), _seen(report)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The Marovian Cyber Agency warned ministries about the Orla chatbot on Monday. Lawmakers in the European "
            "Parliament are still arguing over the Commission's proposal to delay parts of the AI Act.",
            "Cyber Agency",
        ),
        (
            "The Ostrava Traffic Police fined Pellow Systems on Monday. Separately, the Agency for the Protection of "
            "Citizens' Data (APCD) has opened an investigation into Pellow Systems.",
            "Traffic Police",
        ),
        (
            "The Valdor Data Office ordered Kestrel Labs to stop training on user chats. The Commission said on "
            "Tuesday it would fine the company if it continued.",
            "Data Office",
        ),
    ],
)
def test_a_capitalised_body_word_or_possessor_is_never_another_body(analyze_text, text: str, wrong: str) -> None:
    report = analyze_text(text, published=PUB)
    stray = [
        a
        for a in report.actions
        if a.actor and wrong in a.actor and a.trigger.split()[0] in ("delay", "opened", "fine")
    ]
    assert not stray, _seen(report)


def test_a_bodys_standing_role_in_a_relative_clause_is_no_act(analyze_text) -> None:
    report = analyze_text(
        "Valdor's Ministry for Foreign Affairs, which licenses dual-use exports from Valdor, said it had refused a "
        "similar application in the autumn. The Marovian Communications Authority, which bans unlicensed lenders, "
        "said on Monday it would review the rules.",
        published=PUB,
    )
    assert not _triggered(report, "licenses", "bans"), _seen(report)


def test_a_past_act_in_a_relative_clause_is_still_told(analyze_text) -> None:
    report = analyze_text(
        "The Marovian Communications Authority, which blocked the Orla app in May, lifted the block on Monday.",
        published=PUB,
    )
    assert _triggered(report, "blocked"), _seen(report)


def test_a_body_named_through_for_acts_in_its_relative_clause(analyze_text) -> None:
    report = analyze_text(
        "Costa Rica lifted its block on the Orla app on Monday. The Agency for the Protection of Inhabitants' Data "
        "(PRODHAB), which opened its own investigation in April into how Orla stored chats, said its inquiry was "
        "continuing.",
        published=PUB,
    )
    assert [a for a in report.actions if a.trigger.startswith("opened") and a.actor and "Protection" in a.actor], _seen(
        report
    )
