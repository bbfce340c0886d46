"""One event, one record (issue 11, duplicates, tenth round): sentence-level tests of invented text.

Every body, company, place and product here is made up (a few real countries say where a body is). The assertions
are properties (how many actions of a direction the body has, which kinds and keywords survive), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan.report import Action, Direction, Report

PUBLISHED = datetime.date(2026, 9, 24)


def tightened_by(report: Report, actor_word: str) -> list[Action]:
    return [a for a in report.actions if a.direction == Direction.TIGHTEN and actor_word in (a.actor or "")]


def words_of(action: Action) -> str:
    return " ".join([action.trigger, action.target or "", *action.objects]).lower()


# an instrument and the participle that says what it does, a date between them ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor_word", "keyword"),
    [
        (
            "Veloria's Council of Ministers adopted a resolution last Friday requiring every firm that sells chatbot"
            " services to keep copies of user records on servers inside Veloria.",
            "Council of Ministers",
            "chatbot",
        ),
        (
            "The Ostrian parliament adopted a law in June banning emotion-recognition cameras in primary schools.",
            "parliament",
            "cameras",
        ),
    ],
)
def test_an_instruments_participle_after_a_date_is_the_instrument(
    analyze_text, text: str, actor_word: str, keyword: str
) -> None:
    acts = tightened_by(analyze_text(text, published=PUBLISHED), actor_word)
    assert len(acts) == 1
    assert keyword in words_of(acts[0])
    # a participle after a comma is no instrument's content (and a fine is no instrument)
    text = "The Ostrian Data Office fined Pellatec last week, requiring it to delete the recordings."
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Data Office")
    assert [a.kind.value for a in acts] == ["fine"]


# a day inside the week another mention is dated by ------------------------------------------------------------


def test_a_day_inside_last_week_is_that_weeks_event(analyze_text) -> None:
    text = (
        "The Ostrian Data Office fined Pellatec last week over its Pella tutor, officials said. In a statement, the"
        " Ostrian Data Office said it had fined Pellatec on 16 September for sending pupils' essays abroad."
    )
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Data Office")
    assert len(acts) == 1
    assert acts[0].date.value == "2026-09-16"  # the day, not the week's first day
    # a day outside that week is another event
    text = (
        "The Ostrian Data Office fined Pellatec last week over its Pella tutor, officials said. The Ostrian Data"
        " Office had also fined Pellatec on 2 March for sending pupils' essays abroad."
    )
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Data Office")
    assert len(acts) == 2


# a penalty told with its agent inside a clause that hopes or argues ----------------------------------------------


def test_a_penalty_issued_by_a_body_is_done_inside_an_argument(analyze_text) -> None:
    text = (
        "The Ostrian Media Authority fined Pellatec 2 million crowns in July over its Pella tutor. Pellatec argued"
        " in court that it should not have to pay the 2 million crown penalty issued by the Ostrian Media Authority."
    )
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Media Authority")
    assert len(acts) == 1
    assert acts[0].status.value == "enacted"
    # "any" penalty is no particular act
    text = "Pellatec said it would appeal any penalty issued by the Ostrian Media Authority."
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Media Authority")
    assert all(a.status.value != "enacted" for a in acts)


def test_a_notice_a_court_left_standing_is_not_a_later_audit(analyze_text) -> None:
    text = (
        "In a separate ruling, the judge declined to suspend an enforcement notice issued in June by the Ostrian"
        " Privacy Office over stored call logs. The OPO welcomed the ruling and said it had begun an audit of four"
        " other firms that sell voice assistants."
    )
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Privacy Office")
    assert sorted(a.kind.value for a in acts) == ["investigate", "order"]
    assert next(a for a in acts if a.kind.value == "order").status.value == "enacted"


# what a lifting verb undoes is older than the lifting ------------------------------------------------------------


def test_the_block_a_lifting_undoes_is_not_dated_by_the_lifting(analyze_text) -> None:
    text = (
        "The Ostrian Telecom Authority on Monday lifted the block it imposed on the Pella chatbot. The authority had"
        " ordered providers to block the Pella app on 2 September 2026."
    )
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Telecom Authority")
    assert len(acts) == 1
    assert acts[0].date.value == "2026-09-02"
    # a date written on the noun a lifting undoes still dates the clause on it
    text = "The decree reverses a June increase, when the Ostrian Trade Ministry raised the duty on GPU servers to 30%."
    acts = tightened_by(analyze_text(text, published=PUBLISHED), "Trade Ministry")
    assert [a.date.value for a in acts] == ["2026-06"]


# a minister's portfolio after "and" is part of the title, not a firm the story's "its maker" could be -----------


def test_a_portfolio_after_and_in_a_ministers_title_is_no_actor(analyze_text) -> None:
    text = (
        "A spokesperson for the Minister of Commerce and Consumer Affairs said Thursday that Ostria would not ban"
        " the Pella app, even as the Ostrian Fair Trade Bureau opened an inquiry into the health claims its"
        " developer makes in adverts. The same day, the Ostrian Fair Trade Bureau said it had opened an inquiry"
        " into whether Pellatec misled parents."
    )
    report = analyze_text(text, published=PUBLISHED)
    assert not any("Affairs" in a.name for a in report.actors)
    assert len([a for a in report.actions if a.kind.value == "investigate"]) == 1
    # a firm named beside a title stays an actor
    report = analyze_text("A letter from the Secretary of Commerce and Kestrel Labs said the deal would close.")
    assert any(a.name == "Kestrel Labs" for a in report.actors)


# "the <place> company": where a firm named before is from, not a second party ----------------------------------


def test_a_one_word_origin_before_company_is_no_actor(analyze_text) -> None:
    text = (
        "The Ostrian Data Office fined Pellatec 12 million crowns on Tuesday after finding that its tutoring"
        " assistant sent pupils' essays abroad. The authority also ordered the Akureyri company to delete the essays."
    )
    report = analyze_text(text, published=PUBLISHED)
    assert not any(a.name == "Akureyri" for a in report.actors)
    assert len(tightened_by(report, "Data Office")) == 1
    # a firm's own name written on its own elsewhere stays the firm
    report = analyze_text("Kestrel said on Monday that it would appeal. The Kestrel company has 40 staff.")
    assert any(a.name == "Kestrel" for a in report.actors)


# one regulator described twice; a headline tells the latest of its acts -----------------------------------------


def test_one_countrys_regulator_described_twice_in_one_field_is_one_body(analyze_text) -> None:
    text = (
        "Moldova's data watchdog freezes voice-scoring AI in call centres\n\n"
        "The watchdog's moratorium comes weeks after it ordered Chisinau start-up Vocalia to stop scoring callers'"
        " moods.\n\n"
        "Moldova's data-protection authority on Wednesday announced a moratorium on the use of software that scores"
        " the voices of callers in call centres, saying operators had no legal basis for it."
    )
    report = analyze_text(text, published=datetime.date(2026, 4, 16))
    assert len([a for a in report.actors if "Moldova" in a.name]) == 1
    assert len([a for a in report.actions if a.kind.value == "ban"]) == 1


def test_a_headline_joins_the_latest_act_of_its_family(analyze_text) -> None:
    text = (
        "Ostrian data office freezes voice-scoring AI in call centres\n\n"
        "The freeze hits an industry of 40,000 workers, after the Ostrian Data Office in March ordered the start-up"
        " Vocalia to stop scoring callers' moods.\n\n"
        "The Ostrian Data Office on Wednesday announced a moratorium on software that scores the voices of callers"
        " in call centres."
    )
    report = analyze_text(text, published=datetime.date(2026, 4, 16))
    headline = [a for a in report.actions if any(e.start == 0 for e in a.evidence)]
    assert [a.kind.value for a in headline] == ["ban"]
    # an undated present perfect is the story's news: a headline does not pass it for an act dated years before
    text = (
        "Ostrian data office bans Pella chatbot\n\n"
        "The Ostrian Data Office has banned the Pella chatbot, saying it stored the voices of children.\n\n"
        "The office banned the Zefir app in March 2019 over similar failings."
    )
    report = analyze_text(text, published=datetime.date(2026, 4, 16))
    headline = [a for a in report.actions if any(e.start == 0 for e in a.evidence)]
    assert [a.target for a in headline] == ["the Pella chatbot"]


# a described chamber is the named chamber of its side ----------------------------------------------------------


def test_a_lower_house_is_the_named_lower_chamber_not_the_senate(analyze_text) -> None:
    text = (
        "Peru's lower house voted last week to pass a national law on delivery drones. The Chamber of Deputies"
        " passed the drone bill on 8 October and sent it to the Senate. The government wants the Senate to pass the"
        " law before March."
    )
    report = analyze_text(text, published=datetime.date(2025, 10, 13))
    senate = [a for a in report.actors if "Senate" in a.name]
    assert senate and not any("lower house" in alias for a in senate for alias in a.aliases)
    enacted = [a for a in report.actions if a.kind.value == "enact"]
    assert [a.actor for a in enacted] == ["Chamber of Deputies"]
