"""When an action happened (issue 11, dates): sentence-level tests of invented text.

Every body, person, app and place here is made up. The assertions are properties: the action's date
falls inside a range (a month or year value must overlap it, as the evaluation scores it), never
exact spans.
"""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.extract import dates as dates_mod
from policyscan.extract.actions.words import action_words
from policyscan.extract.date_anchors import day_anchor, weekday_near
from policyscan.report import Action, Report

PUB = date(2026, 11, 20)  # a Friday


def in_range(value: str | None, lo: str, hi: str) -> bool:
    """An ISO day must fall inside [lo, hi]; a month or year value must overlap it."""
    if not value:
        return False
    return lo[: len(value)] <= value <= hi[: len(value)]


def action(report: Report, keyword: str, actor: str | None = None) -> Action:
    found = [
        a
        for a in report.actions
        if keyword in " ".join([a.trigger, a.target or "", *a.objects]).lower()
        and (actor is None or (a.actor and actor.lower() in a.actor.lower()))
    ]
    assert found, [(a.actor, a.trigger, a.date.value) for a in report.actions]
    return found[0]


# 1. present perfect / undated past told as news: the story's recent past, never null


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Trade Commission has banned the Zephyr chatbot from government phones.",
        "The Federal Trade Commission has opened an inquiry into Zephyr Labs over its data practices.",
        "The Federal Trade Commission said it has suspended new downloads of the Zephyr app.",
    ],
)
def test_present_perfect_takes_the_recent_past(analyze_text, text):
    a = action(analyze_text(text, published=PUB), "zephyr")
    assert in_range(a.date.value, "2026-11-01", "2026-11-20")


def test_present_perfect_without_publication_date_stays_undated(analyze_text):
    a = action(analyze_text("The Federal Trade Commission has banned the Zephyr chatbot."), "zephyr")
    assert a.date.value is None


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Trade Commission has proposed a ban on the Zephyr chatbot.",
        "The Federal Trade Commission said it has no plans to ban the Zephyr app.",
    ],
)
def test_proposals_and_denials_told_as_done_are_dated_when_said(analyze_text, text):
    a = action(analyze_text(text, published=PUB), "zephyr")
    assert in_range(a.date.value, "2026-11-01", "2026-11-20")


def test_plan_in_the_present_is_not_given_the_recent_past(analyze_text):
    report = analyze_text("The Federal Trade Commission plans to ban the Zephyr chatbot.", published=PUB)
    for a in report.actions:
        assert a.date.value is None


# 2. a date on any merged mention dates the event


def test_headline_event_takes_the_body_date(analyze_text):
    text = (
        "Trade regulator bans Zephyr chatbot\n\n"
        "The Federal Trade Commission on Tuesday banned the Zephyr chatbot from government phones, citing security."
    )
    report = analyze_text(text, published=PUB)
    bans = [a for a in report.actions if "zephyr" in " ".join([a.trigger, a.target or "", *a.objects]).lower()]
    assert bans
    assert all(in_range(a.date.value, "2026-11-17", "2026-11-17") for a in bans)


# 3. "X's 2023 order", "the 2019 law": that year dates the earlier thing, not this action


@pytest.mark.parametrize(
    "text",
    [
        "President Ruhl repealed Governor Amsel's 2023 order on algorithms.",
        "The Federal Trade Commission revoked the 2019 licence of Zephyr Labs.",
    ],
)
def test_year_of_an_earlier_instrument_does_not_date_this_action(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert report.actions
    for a in report.actions:
        assert a.date.value is None or a.date.value.startswith("2026")


def test_participle_date_dates_its_own_event(analyze_text):
    text = "The Federal Trade Commission banned the Zephyr app, which it had approved in May."
    report = analyze_text(text, published=PUB)
    assert in_range(action(report, "approv").date.value, "2026-05-01", "2026-05-31")
    assert not in_range(action(report, "bann").date.value, "2026-05-01", "2026-05-31")


def test_date_inside_a_subjectless_complement(analyze_text):
    text = "Ostrava's Ministry of Digital Affairs banned government agencies from using the Zephyr app in May."
    a = action(analyze_text(text, published=PUB), "bann")
    assert in_range(a.date.value, "2026-05-01", "2026-05-31")


# 4. nothing done is dated after publication; weekdays in a past story are on or before it


def test_weekday_under_a_past_verb_is_before_publication(analyze_text):
    text = (
        "That plan became harder on Monday, when the Trade Ministry announced that exports of chips "
        "would require a permit."
    )
    a = action(analyze_text(text, published=PUB), "permit")
    assert in_range(a.date.value, "2026-11-16", "2026-11-16")


def test_new_deadline_is_not_the_date_of_the_announcement(analyze_text):
    text = "The European Commission announced that the AI rules will be delayed until the end of 2027."
    a = action(analyze_text(text, published=PUB), "rules")
    assert in_range(a.date.value, "2026-11-01", "2026-11-20")


def test_past_event_never_after_publication(analyze_text):
    text = "The Federal Trade Commission fined Zephyr Labs on 3 December 2026 for recording callers."
    a = action(analyze_text(text, published=PUB), "zephyr")
    assert a.date.value is None or a.date.value <= "2026-11-20"


def test_future_event_may_be_after_publication(analyze_text):
    text = "The Federal Trade Commission will ban the Zephyr app on Tuesday."
    a = action(analyze_text(text, published=PUB), "zephyr")
    assert in_range(a.date.value, "2026-11-21", "2026-11-30")


# 6. relative phrases


def test_days_after_counts_back_from_the_main_event(analyze_text):
    text = "The Trade Ministry restored access to the Zephyr app on Thursday, two days after blocking it."
    report = analyze_text(text, published=PUB)
    a = next(a for a in report.actions if a.trigger.startswith("block"))  # the restore is an action too
    assert in_range(a.date.value, "2026-11-17", "2026-11-17")


def test_a_day_after_a_clause(analyze_text):
    text = "Access was restored on Wednesday, a day after the Federal Trade Commission suspended the order."
    a = action(analyze_text(text, published=PUB), "suspend")
    assert in_range(a.date.value, "2026-11-17", "2026-11-17")


def test_weeks_later_counts_from_the_previous_event(analyze_text):
    text = "On 2 March the Federal Trade Commission banned the Zephyr app. Three weeks later it lifted the ban."
    report = analyze_text(text, published=PUB)
    assert in_range(action(report, "lift").date.value, "2026-03-23", "2026-03-29")


def test_amounts_and_durations_do_not_date_an_action(analyze_text):
    text = "Last month the Federal Trade Commission fined Zephyr Labs 85 units for recording voices."
    a = action(analyze_text(text, published=PUB), "zephyr")
    assert in_range(a.date.value, "2026-10-01", "2026-10-31")
    text = "The Federal Trade Commission signed a three-year agreement with Zephyr Labs on Tuesday."
    a = action(analyze_text(text, published=PUB), "agreement")
    assert in_range(a.date.value, "2026-11-17", "2026-11-17")


@pytest.mark.parametrize(
    ("phrase", "lo", "hi"),
    [
        ("in recent days", "2026-11-13", "2026-11-20"),
        ("in recent weeks", "2026-10-20", "2026-11-20"),
        ("recently", "2026-10-20", "2026-11-20"),
        ("earlier this month", "2026-11-01", "2026-11-20"),
        ("this week", "2026-11-16", "2026-11-20"),
    ],
)
def test_recent_phrases_resolve_before_publication(phrase, lo, hi):
    res = dates_mod.resolve(phrase, PUB)
    assert res.value is not None
    assert res.value[:10] <= hi and (res.value >= lo[: len(res.value)] or res.value[:7] == lo[:7])


@pytest.mark.parametrize("phrase", ["85", "27", "a 12-month", "three-year", "12-month"])
def test_bare_numbers_and_hyphenated_durations_are_not_dates(phrase):
    assert dates_mod.resolve(phrase, PUB).value is None


def test_shift_keeps_granularity():
    day = dates_mod.resolve("on Thursday", PUB)
    assert dates_mod.shift(day, -2, "day").value == "2026-11-17"
    month = dates_mod.resolve("last month", PUB)
    assert dates_mod.shift(month, -2, "day") == month


def test_date_word_lists_are_lower_case_words():
    for key in ("deadline_preps", "perfect_auxiliaries", "offset_preps", "future_auxiliaries"):
        words = action_words()[key]
        assert words and all(isinstance(w, str) and w == w.lower().strip() and w for w in words)


def test_relative_clause_on_a_dated_noun_keeps_its_date(analyze_text):
    text = "The new rule builds on a December 2022 directive in which Governor Amsel banned the Zephyr app."
    a = action(analyze_text(text, published=PUB), "bann")
    assert in_range(a.date.value, "2022-12-01", "2022-12-31")


def test_text_without_publication_date_takes_the_year_from_its_own_dates(analyze_text):
    text = (
        "The Federal Trade Commission fined Zephyr Labs on 3 September for recording callers. "
        "Zephyr Labs appealed the decision in October 2024."
    )
    a = action(analyze_text(text), "fined")
    assert in_range(a.date.value, "2024-09-03", "2024-09-03")


def test_year_anchor_ignores_deadlines_and_relative_phrases():
    assert dates_mod.year_anchor(["last year", "Tuesday", "the 2020s"]) is None
    assert dates_mod.year_anchor(["March 24, 2025", "October 2024"]) == date(2025, 3, 24)
    assert dates_mod.resolve("last week", None, year_from=date(2025, 3, 24)).value is None
    assert dates_mod.resolve("on May 13", None, year_from=date(2025, 1, 15)).value == "2025-05-13"


def test_bare_weekday_without_publication_date_is_the_nearest_such_day_to_the_texts_full_date(analyze_text):
    text = (
        "Peru's Ministry of Communications blocked the Kelvo chatbot on Saturday. The minister, Ana Ruiz, "
        "defended the move in a statement on Saturday, March 7, 2026. On Sunday, Chile's telecoms regulator "
        "Subtel followed suit and blocked Kelvo as well."
    )
    report = analyze_text(text)
    assert report.published is None
    assert in_range(action(report, "block", "Ministry of Communications").date.value, "2026-03-07", "2026-03-07")
    assert in_range(action(report, "block", "Subtel").date.value, "2026-03-08", "2026-03-08")


def test_day_anchor_needs_a_day_and_a_year():
    assert day_anchor(["October 2024", "Tuesday", "2025"]) is None
    assert day_anchor(["Thursday, May 14, 2026", "March 2, 2025"]) == date(2026, 5, 14)
    anchor = date(2019, 4, 24)  # a Wednesday
    assert weekday_near("on Monday", anchor).value == "2019-04-22"
    assert weekday_near("Saturday", anchor).value == "2019-04-27"
    assert weekday_near("last Monday", anchor).value is None  # "last": not a bare weekday


def test_last_year_without_publication_date_uses_the_text_year():
    anchor = date(2025, 3, 24)
    assert dates_mod.resolve("last year", None, year_from=anchor).value == "2024"
    assert dates_mod.resolve("earlier this year", None, year_from=anchor).value == "2025"
    assert dates_mod.resolve("last year", None).value is None


def test_participle_of_an_object_does_not_take_the_main_date(analyze_text):
    text = (
        "Access was restored on Wednesday, a day after the Ostrava High Court suspended "
        "the Telecom Authority's order blocking the Zephyr app."
    )
    report = analyze_text(text, published=PUB)
    assert in_range(action(report, "suspend").date.value, "2026-11-17", "2026-11-17")
    for a in report.actions:
        if a.trigger.startswith("block"):
            assert not in_range(a.date.value, "2026-11-18", "2026-11-18")


def test_subject_participle_dates_the_proposal(analyze_text):
    text = (
        "The European Commission's Ostrava package proposal, presented on November 19, 2025, "
        "would delay several compliance deadlines of the Zephyr rules to 2 February 2027."
    )
    report = analyze_text(text, published=date(2025, 12, 1))
    a = action(report, "delay")
    assert in_range(a.date.value, "2025-11-19", "2025-11-19")


def test_directive_date_on_its_embedded_verb(analyze_text):
    text = (
        "Ostrava's regulator suspended new downloads of the Zephyr app in February 2025 and allowed them to "
        "resume in April after the company changed its policy, while Valdoria's Data Protection Authority "
        "ordered Zephyr blocked in January 2025."
    )
    a = action(analyze_text(text, published=PUB), "block", actor="Data Protection")
    assert in_range(a.date.value, "2025-01-01", "2025-01-31")


def test_counterfactual_is_not_given_the_recent_past(analyze_text):
    text = "The Federal Trade Commission said the rule would have banned the Zephyr app in all schools."
    for a in analyze_text(text, published=PUB).actions:
        if "zephyr" in " ".join([a.trigger, a.target or "", *a.objects]).lower() and a.trigger.startswith("ban"):
            assert a.date.value is None


# headline, section heading or teaser line: the body's date for the same event


def test_section_heading_event_takes_the_body_date(analyze_text):
    text = (
        "Two states act on hiring algorithms\n\n"
        "Valdor sues\n\n"
        "In Valdor, the Attorney General last week filed a lawsuit against Quillmark Analytics over its "
        "Heron-2 hiring model.\n"
    )
    report = analyze_text(text, published=PUB)
    for a in report.actions:
        if a.trigger.lower().startswith(("sue", "filed")):
            assert in_range(a.date.value, "2026-11-09", "2026-11-15"), (a.trigger, a.date.value)


def test_teaser_line_event_takes_the_body_date(analyze_text):
    text = (
        "In this issue: Ostrava cuts its chip tariff · Valdor's data bill clears the Senate\n\n"
        "Ostrava's Economy Ministry on Monday cut the import tariff on servers and graphics processors to zero.\n"
    )
    report = analyze_text(text, published=PUB)
    cuts = [a for a in report.actions if "tariff" in " ".join([a.trigger, *a.objects]).lower()]
    assert cuts
    for a in cuts:
        assert in_range(a.date.value, "2026-11-16", "2026-11-16"), (a.trigger, a.date.value)


# a timeline entry: "May 14, 2024 — Title. Body." dates the body's actions


def test_timeline_entry_date_dates_its_paragraph(analyze_text):
    text = (
        "A timeline of the province's AI rules\n\n"
        "May 14, 2024 — Cameras in stores. The Data Access Commission ordered Larchwood Stores to stop using "
        "facial recognition cameras at its entrances.\n\n"
        "August 11, 2025 — Staff told to stop. The Ministry of Digital Affairs barred public servants from "
        "using the Zephyr chatbot on government devices.\n\n"
        "October 2025 — A partial reversal. Two months later, the same ministry eased that ban.\n"
    )
    report = analyze_text(text, published=PUB)
    assert in_range(action(report, "larchwood").date.value, "2024-05-14", "2024-05-14")
    assert in_range(action(report, "barred").date.value, "2025-08-11", "2025-08-11")
    assert in_range(action(report, "eased").date.value, "2025-10-01", "2025-10-31")


def test_a_stamp_dates_only_its_own_paragraph(analyze_text):
    text = (
        "May 14, 2024 — Cameras in stores. The Data Access Commission ordered Larchwood Stores to stop using "
        "facial recognition cameras.\n\n"
        "The Ministry of Digital Affairs has barred public servants from using the Zephyr chatbot.\n"
    )
    a = action(analyze_text(text, published=PUB), "barred")
    assert in_range(a.date.value, "2026-11-01", "2026-11-20")


# a past perfect on the object noun ("a notice the office had served") is older than the clause around it


def test_past_perfect_on_the_object_is_not_dated_by_the_outer_verb(analyze_text):
    text = (
        "Ostrava's High Court on Wednesday suspended an enforcement notice that the Office of the Data "
        "Commissioner had served on Larchwood Analytics. The data commissioner issued the notice last month, "
        "ordering the company to stop scoring loan applicants with its Heron-13B model."
    )
    report = analyze_text(text, published=PUB)
    for a in report.actions:
        if a.actor and "Commissioner" in a.actor and a.direction.value == "tighten":
            assert in_range(a.date.value, "2026-10-01", "2026-10-31"), (a.trigger, a.date.value)


# an offset with no count: "weeks after", "just days before"


@pytest.mark.parametrize(
    "text",
    [
        "The court's block comes weeks after the Competition Authority approved Kestrel's takeover of Wrenfield.",
        "The measures came weeks after the Trade Office announced that planned tariffs on Kestrel servers will be "
        "delayed until March.",
    ],
)
def test_weeks_after_the_story_is_the_month_before(analyze_text, text):
    published = date(2026, 10, 8)
    report = analyze_text(text, published=published)
    found = [a for a in report.actions if a.actor and ("Authority" in a.actor or "Trade Office" in a.actor)]
    assert found, [(a.actor, a.trigger) for a in report.actions]
    for a in found:
        assert in_range(a.date.value, "2026-09-01", "2026-09-30"), (a.trigger, a.date.value)


def test_weeks_after_a_dated_event_counts_from_it(analyze_text):
    text = (
        "The Ministry of Digital Affairs lifted its ban on the Zephyr app on March 30, 2026, weeks after the Data "
        "Commission had fined Kestrel Labs over it."
    )
    a = action(analyze_text(text, published=PUB), "fined")
    assert in_range(a.date.value, "2026-03-01", "2026-03-31")


def test_an_announced_action_without_a_date_is_dated_to_the_announcement(analyze_text):
    text = (
        "Velmar to lift Zeno ban\n\n"
        "Peru will lift its ban on the Zeno messaging app, and three provincial data commissioners "
        "will jointly investigate the company behind it.\n\nThe app has 2 million users."
    )
    report = analyze_text(text, published=PUB)
    lifted = action(report, "lift")
    assert lifted.status.value == "announced"
    assert in_range(lifted.date.value, "2026-10-21", "2026-11-20")


def test_an_announced_action_keeps_its_own_future_date(analyze_text):
    text = "Peru's Ministry of Transport will lift its ban on the Zeno app on January 4, 2027, the ministry said."
    assert in_range(action(analyze_text(text, published=PUB), "lift").date.value, "2027-01-04", "2027-01-04")
