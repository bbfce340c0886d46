"""Tenth round, the lead's rules (issue 11): courts turning down challenges, instruments withdrawn, and
passive acts named through the decision behind them.

A body that dismisses or rejects a challenge to a restriction ("dismissed the firm's challenge to the penalty",
"rejected its objections to the fine imposed by Y") upholds the restriction: a tightening act, and Y's fine is
not denied. Revoking or withdrawing an instrument whose content restricts ("its letter suspending the app", "its
notice concerning the block on X") loosens, and the restriction inside is not a second act. A passive
act done "following a decision by X", "on the orders of X" or "under an order from X" is X's one act.
Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

PUB = date(2026, 3, 10)


def _acts(report) -> list[tuple[str | None, str, str]]:
    return [(a.actor, a.direction.value, a.status.value) for a in report.actions]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Federal Court dismissed Quillon Ltd's challenge to the $400,000 penalty.", "Federal Court"),
    ],
)
def test_turning_down_a_challenge_to_a_restriction_upholds_it(analyze_text, text, actor):
    acts = _acts(analyze_text(text, published=PUB))
    assert (actor, "tighten", "enacted") in acts, acts
    assert all(not (a == actor and d == "loosen") for a, d, _ in acts), acts


def test_the_fine_a_rejected_objection_attacked_is_not_denied(analyze_text):
    report = analyze_text(
        "The Appeals Tribunal rejected Zentra's objections to the $12 million fine imposed by the Competition"
        " Commission of Norland.",
        published=PUB,
    )
    fines = [a for a in report.actions if a.actor == "Competition Commission of Norland"]
    assert fines and all(a.status.value == "enacted" for a in fines), _acts(report)


@pytest.mark.parametrize(
    "text",
    [
        "The High Court revoked the regulator's letter suspending the Pellia app.",
        "The Telecom Authority has withdrawn its notice concerning the block on Pellia services.",
        "On April 17, the High Court told the Ministry of Home Affairs to revoke its letter suspending the Pellia"
        " app within a week.",
    ],
)
def test_withdrawing_an_instrument_that_restricts_loosens_as_one_act(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert [d for _, d, _ in acts] == ["loosen"], acts


def test_revoking_a_permission_still_tightens(analyze_text):
    acts = _acts(analyze_text("The Telecom Authority revoked the licence of Pellia Networks.", published=PUB))
    assert [d for _, d, _ in acts] == ["tighten"], acts


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Pellia app has been blocked since August 30, following a decision by Justice Arturo Mendes.",
            "Arturo Mendes",
        ),
        (
            "The Data Office fined Pellia in January. The Pellia service was blocked on the orders of the Telecoms"
            " Regulatory Authority in March.",
            "Telecoms Regulatory Authority",
        ),
        ("Pellia was banned after a ruling by the Constitutional Court of Norland.", None),
    ],
)
def test_a_passive_act_is_done_by_the_author_of_its_decision(analyze_text, text, actor):
    report = analyze_text(text, published=PUB)
    acts = _acts(report)
    named = actor or next(a.name for a in report.actors if a.name != "Pellia")
    blocks = [a for a in report.actions if a.actor == named and ("blocked" in a.trigger or "banned" in a.trigger)]
    assert blocks and all(a.direction.value == "tighten" for a in blocks), acts


def test_an_act_under_an_order_from_a_body_is_one_act(analyze_text):
    report = analyze_text(
        "The Pellia platform has been suspended since May 2 under an order from the Communications Authority.",
        published=PUB,
    )
    assert len(report.actions) == 1, _acts(report)
    assert report.actions[0].actor == "Communications Authority"
    assert "suspended" in report.actions[0].trigger  # the act, not the order as a second event


def test_a_court_acting_on_its_own_decision_is_no_court_relief(analyze_text):
    acts = _acts(
        analyze_text(
            "The Pellia app has been blocked since August 30, following a decision by Justice Arturo Mendes"
            " endorsed by a panel of the Supreme Court.",
            published=PUB,
        )
    )
    assert acts and all(d == "tighten" for _, d, _ in acts), acts


def test_an_agentless_passive_without_a_decision_names_nobody(analyze_text):
    acts = _acts(analyze_text("Pellia was banned in Norland after a long debate.", published=PUB))
    assert acts == [], acts


def test_dismissing_calls_for_a_ban_enacts_no_loosening(analyze_text):
    acts = _acts(analyze_text("The Telecom Authority dismissed calls to ban the Pellia app.", published=PUB))
    assert all(d != "loosen" or s != "enacted" for _, d, s in acts), acts


@pytest.mark.parametrize(
    "key",
    [
        "restricting_instrument_nouns",
        "instrument_topic_preps",
    ],
)
def test_round10_word_lists_are_distinct_lowercase_and_documented(key):
    data = json.loads(resources.files("policyscan.data").joinpath("action_words.json").read_text("utf-8"))
    words = data[key]
    assert words and len(words) == len(set(words)), key
    assert all(w == w.lower() and w.replace("-", "").isalpha() for w in words), key
    assert key in data["_doc"], key


def test_a_petition_seeking_a_ban_is_not_a_challenge_to_one(analyze_text):
    report = analyze_text("The Federal Court dismissed a petition seeking a ban on the Pellia app.", published=PUB)
    assert all(a.kind.value != "uphold" for a in report.actions), _acts(report)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The Telecom Authority cancelled the licence of Pellia Networks.", "tighten"),
        ("The Telecom Authority is cancelling the licence of Pellia Networks.", "tighten"),
        ("The Telecom Authority cancelled the order against Pellia Networks.", "loosen"),
    ],
)
def test_british_doubled_l_forms_are_the_same_verb(analyze_text, text, direction):
    acts = _acts(analyze_text(text, published=PUB))
    assert [d for _, d, _ in acts] == [direction], acts


def test_doubled_l_forms_are_generated_for_any_such_lemma():
    from policyscan.extract.patterns import verb_forms

    forms = verb_forms()
    assert forms.get("cancelled") == forms.get("canceled") == "cancel"
    assert forms.get("compelled") == "compel"
    assert "repealled" not in forms and "pulled" in forms  # vowel pairs and double l keep their own forms


@pytest.mark.parametrize(
    "text",
    [
        "The High Court of Norland quashed the order.",
        "The Court of Appeal vacated the injunction against Pellia Networks.",
        "The High Court quashed the regulator's decision to suspend the Pellia app.",
    ],
)
def test_quashing_or_withdrawing_a_restricting_instrument_is_one_loosening(analyze_text, text):
    acts = _acts(analyze_text(text, published=PUB))
    assert [d for _, d, _ in acts] == ["loosen"], acts


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The Supreme Court of Norland threw out Quillon Ltd's challenge to the fine.", "tighten"),
        ("The Supreme Court of Norland shot down Quillon Ltd's appeal of the 40 million euro fine.", "tighten"),
    ],
)
def test_throwing_out_and_shooting_down_turn_down_what_they_name(analyze_text, text, direction):
    acts = _acts(analyze_text(text, published=PUB))
    assert [d for _, d, _ in acts] == [direction], acts


def test_a_shot_without_its_particle_is_no_act(analyze_text):
    acts = _acts(analyze_text("The Supreme Court of Norland shot a video about the Pellia app.", published=PUB))
    assert acts == [], acts


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Ministry of Culture announced on Tuesday that it had lifted the ban on Pellia.", "enacted"),
        ("The Ministry of Culture has announced it has lifted the ban on Pellia.", "enacted"),
        ("The Ministry of Culture announced that it lifted the ban on Pellia on Monday.", "enacted"),
        ("The Ministry of Culture announced on Tuesday that it would lift the ban on Pellia.", "announced"),
    ],
)
def test_an_announced_act_told_as_done_is_enacted(analyze_text, text, status):
    report = analyze_text(text, published=PUB)
    assert [a.status.value for a in report.actions] == [status], _acts(report)


@pytest.mark.parametrize(
    "text",
    [
        "On October 17, 2025, the Bureau of Export Control of Norland issued a Final Rule adding two Vellan"
        " entities to the Entity List.",
        "Effective December 16, 2024, the Bureau of Export Control issued a Final Rule adding 36 Vellan entities to"
        " its Entity List.",
    ],
)
def test_a_final_rule_adding_firms_to_a_list_is_its_issuers_enacted_act(analyze_text, text):
    report = analyze_text(text, published=PUB)
    acts = [a for a in report.actions if a.actor.startswith("Bureau of Export Control")]
    assert acts and all(a.direction.value == "tighten" and a.status.value == "enacted" for a in acts), _acts(report)


def test_adding_firms_to_an_export_blacklist_restricts(analyze_text):
    report = analyze_text(
        "The Government of Norland is adding four Vellan companies to an export blacklist, an official said.",
        published=PUB,
    )
    assert ("Government of Norland", "tighten", "enacted") in _acts(report)


def test_firms_added_to_a_countrys_blacklist_in_a_clause_are_that_countrys_act(analyze_text):
    report = analyze_text(
        "The Ministry of Trade of Norland said on Wednesday it had suspended the export licences of Lintang"
        " Compute, one of two Penang companies added to a US trade blacklist last week. The US said the"
        " two companies had helped a sanctioned firm.",
        published=PUB,
    )
    listed = [a for a in report.actions if "added" in a.trigger]
    assert listed and all(a.actor != "Ministry of Trade of Norland" for a in listed), _acts(report)


def test_a_bills_number_is_not_a_year(analyze_text):
    report = analyze_text("Governor Arlen Voss declined to approve AB 1064.", published=PUB)
    assert report.actions and all(a.date.value != "1064" for a in report.actions), _acts(report)


def test_a_bare_number_is_a_year_only_where_a_year_can_be():
    from policyscan.extract import dates

    assert dates.resolve("1064", PUB).value is None
    assert dates.resolve("12345", PUB).value is None
    assert dates.resolve("2019", PUB).value == "2019"


def test_signed_into_law_before_its_object_enacts_it(analyze_text):
    report = analyze_text(
        "Governor Arlen Voss on Monday signed into law a first-of-its-kind law regulating artificial intelligence"
        " chatbots.",
        published=PUB,
    )
    assert ("Arlen Voss", "tighten", "enacted") in _acts(report)
    assert report.actions[0].date.value == "2026-03-09"


@pytest.mark.parametrize(
    ("text", "directions"),
    [
        (
            "The Markets Authority of Norland today confirmed the closure of its examination into Kestrel's"
            " alliance with Pellia Labs.",
            ["loosen"],
        ),
        ("The Markets Authority of Norland ordered the closure of 20 gambling websites.", ["tighten"]),
    ],
)
def test_the_closure_of_an_inquiry_loosens_the_closure_of_sites_does_not(analyze_text, text, directions):
    acts = _acts(analyze_text(text, published=PUB))
    assert [d for _, d, _ in acts] == directions, acts


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # 12 March is a Thursday in 2026 and a Friday in 2027: both fit "on Thursday"; the later is past 2026
            "Borovian office fines Kestrel Labs\n\nKESTRA, March 12 (Reuters) - The Borovian data office fined Kestrel"
            " Labs on Thursday. The decision closes an inquiry that the office opened in 2025.\n",
            "2026-03-12",
        ),
        (  # 22 October 2026 is a Thursday: "on Wednesday" the day before, "on Saturday" five days back
            "Borovia restores mobile data\n\nVALDORA, Oct 22 (Reuters) - The Borovian telecoms bureau on Wednesday"
            " allowed operators to restore mobile data. The bureau had ordered operators on Saturday to suspend mobile"
            " internet. Protests began after the 2024 election.\n",
            "2026-10-22",
        ),
    ],
)
def test_a_wire_datelines_year_prefers_the_reference_year_and_a_weeks_weekdays(analyze_text, text, want):
    assert analyze_text(text).published == want


@pytest.mark.parametrize("reading", ["~5 min read", "about 5 min read", "≈ 4 minutes"])
def test_a_newsletter_date_line_with_an_approximate_reading_time_dates_the_page(reading):
    from policyscan.load import load_bytes

    text = f"# The Borovia Wire\n\n**Wednesday, 15 April 2026** · Five capitals · {reading}\n\nThe office fined X.\n"
    assert str(load_bytes(text.encode(), suffix=".md").published) == "2026-04-15"
