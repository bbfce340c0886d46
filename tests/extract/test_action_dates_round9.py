"""Action dates, ninth round (issue 11, dates): sentences we wrote, invented bodies, apps and places.

Category: a month or year written on the event noun of a verb that only says the thing was made ("imposed the
May block", "The May block was imposed by ...", "opened a March 2025 inquiry", "issued its 2024 order"). The
tagger hangs the month on the noun, not the verb, so the action took the publication month; the noun's date is
the event's. A verb that changes something older ("extended its March ban", "lifted the April block") keeps
its own date."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.test_action_dates import action

PUBLISHED = date(2026, 7, 15)


@pytest.mark.parametrize(
    ("text", "keyword", "want"),
    [
        (
            "The May block on the Pixora app was imposed by the Borovian Telecoms Commission at the request of"
            " the police.",
            "block",
            "2026-05",
        ),
        ("The Borovian Telecoms Commission imposed the May block after complaints from parents.", "block", "2026-05"),
        (
            "The Borovian Data Office opened a March 2025 inquiry into Kestrel Labs, which is still running.",
            "inquiry",
            "2025-03",
        ),
        (
            "The Borovian Data Office issued its 2024 order against Kestrel Labs after a complaint from parents.",
            "order",
            "2024",
        ),
        (
            "Ruritania's Trade Ministry imposed the April export ban on Vantel chips after a leak to a rival.",
            "ban",
            "2026-04",
        ),
    ],
)
def test_the_month_on_a_made_event_noun_dates_the_event(analyze_text, text, keyword, want):
    a = action(analyze_text(text, published=PUBLISHED), keyword)
    assert a.date.value == want, a.date.value


@pytest.mark.parametrize(
    ("text", "keyword", "older"),
    [
        ("The Borovian Telecoms Commission extended its March ban on the Zephyr app.", "ban", "2026-03"),
        ("The Borovian Telecoms Commission lifted the April block on the Zephyr app.", "block", "2026-04"),
    ],
)
def test_a_verb_that_changes_an_older_thing_keeps_its_own_date(analyze_text, text, keyword, older):
    a = action(analyze_text(text, published=PUBLISHED), keyword)
    assert a.date.value != older


def test_the_verbs_own_date_comes_first(analyze_text):
    text = "The Borovian Data Office opened its March inquiry into Kestrel Labs on 2 June, the office said."
    a = action(analyze_text(text, published=PUBLISHED), "inquiry")
    assert a.date.value == "2026-06-02"


def test_every_noun_dated_verb_is_a_light_verb():
    from policyscan.extract.actions.words import verb_entry, word_set

    for verb in word_set("noun_dated_light_verbs"):
        assert verb_entry(verb)["class"] == "light", verb


# Category: a past perfect the small model reads as an adjective on the next noun ("told reporters that it had
# disabled voice cloning": "disabled" an adjective on "cloning"). Its auxiliary still says the event is done and
# reported, so it is the story's recent past (the publication month), as "said it had suspended" is; it was null.


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs told the Kestra Daily that it had disabled voice cloning for Borovian recordings.",
        "Vantel told regulators that it had disabled voice cloning for Ruritanian numbers.",
    ],
)
def test_a_misread_past_perfect_is_the_reported_recent_past(analyze_text, text):
    a = action(analyze_text(text, published=PUBLISHED), "disabled")
    assert a.date.value == "2026-07", a.date.value


def test_a_misread_past_perfect_in_a_longer_report(analyze_text):
    text = (
        "Borovia orders removal of Lumio app\n\nThe Borovian Ministry of Science on Monday asked app stores to"
        " remove the Lumio chatbot, made by Halvard Digital.\n\nA representative of Halvard Digital told Kestra"
        " Daily Online that the company had disabled voice cloning for Borovian-language recordings and had"
        ' "fully cooperated" with the authorities.'
    )
    a = action(analyze_text(text, published=PUBLISHED), "disabled")
    assert a.date.value == "2026-07", a.date.value


# Category: a date that points back at the one just told ("the same day", "that week", "later that month", "that
# year"). It named no day of its own and the action took the publication month; it is the earlier phrase's period.


@pytest.mark.parametrize(
    ("period", "want"),
    [
        ("the same day", "2026-03-03"),
        ("on the same day", "2026-03-03"),
        ("that day", "2026-03-03"),
        ("later that month", "2026-03"),
        ("the same month", "2026-03"),
        ("that year", "2026"),
    ],
)
def test_a_period_pointing_back_takes_the_date_just_told(analyze_text, period, want):
    text = (
        "On 3 March 2026, the Ruritanian Data Office fined Kestrel Labs 90,000 euros. The Ruritanian Education"
        f" Ministry banned the Kestra Tutor app in schools {period}."
    )
    a = action(analyze_text(text, published=date(2026, 5, 20)), "kestra")
    assert a.date.value == want, a.date.value


def test_a_period_pointing_back_opening_a_sentence(analyze_text):
    text = (
        "The Borovian Supreme Court upheld the data office's fine against Vantel on 12 January 2026. On the same"
        " day, the Borovian Telecoms Commission lifted its order blocking the Zephyr app."
    )
    a = action(analyze_text(text, published=date(2026, 2, 20)), "zephyr")
    assert a.date.value == "2026-01-12", a.date.value


# Category: a timeline entry told in the present ("In September 2025, the council approves the regulation. The
# secretariat also requires impact assessments."): the entry's opening date dates its later present-tense sentences
# (a timeline table row is rendered so by the loader); a paragraph opened in the past is prose and is not read so.


def test_a_present_tense_timeline_entry_dates_its_later_sentences(analyze_text):
    text = (
        "Timeline\n\nIn September 2025, the Borovian Council of Ministers approves the implementing regulation,"
        " drafted by the Secretariat of Digital Transformation (SDT). The SDT also requires impact assessments for"
        " hiring tools.\n"
    )
    a = action(analyze_text(text, published=date(2026, 3, 20)), "requires", actor="Secretariat")
    assert a.date.value == "2025-09", a.date.value


def test_a_paragraph_opened_in_the_past_does_not_date_a_present_rule(analyze_text):
    text = (
        "In 2023, the Borovian Data Office fined Vantel over its chatbot. The Borovian Telecoms Commission requires"
        " operators to block unlicensed chatbots."
    )
    a = action(analyze_text(text, published=date(2026, 3, 20)), "requires")
    assert a.date.value != "2023", a.date.value


# Category: an act told as after the one just before it ("has since opened", "later lifted", "subsequently"). It took
# the earlier act's date from the neighbour it follows (events.carry_dates); it is later than that date.


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        (
            "Kestrel Labs was fined 2 million crowns by the Borovian Data Office in October for failing to register."
            " The Borovian Data Office has since opened a fresh investigation into how the company stored voice"
            " recordings.",
            "investigation",
        ),
        ("The Borovian Data Office fined Kestrel Labs in October. It has since lifted the fine.", "lifted"),
        (
            "The Ruritanian Telecoms Bureau blocked the Zephyr app in November. It subsequently suspended the licence"
            " of Vantel.",
            "licence",
        ),
        ("The Ruritanian Telecoms Bureau blocked the Zephyr app in November. It later lifted the block.", "lifted"),
    ],
)
def test_an_act_told_as_later_does_not_take_the_earlier_date(analyze_text, text, keyword):
    a = action(analyze_text(text, published=date(2026, 3, 12)), keyword)
    assert a.date.value not in ("2025-10", "2025-11"), a.date.value


def test_every_after_adverb_is_one_word():
    from policyscan.extract.actions.words import word_set

    assert all(w.isalpha() and w.islower() for w in word_set("after_adverbs"))
