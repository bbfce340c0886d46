"""One event, one record (issue 11, duplicates, fifth round): sentence-level tests of invented text.

Every person, body and product here is made up. The assertions are properties (how many actions of
this actor and direction exist), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan.report import Action, Direction, Report

PUBLISHED = datetime.date(2026, 4, 16)


def by(report: Report, actor: str, direction: Direction = Direction.TIGHTEN) -> list[Action]:
    return [a for a in report.actions if a.actor and actor.lower() in a.actor.lower() and a.direction == direction]


def shown(report: Report) -> list[tuple[str | None, str, str]]:
    return [(a.actor, a.direction.value, a.trigger) for a in report.actions]


# a headline names the body by the short name the body's own text gives it in brackets ---------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Norwegian regulator Lovtilsynet bans Tormund chatbot\n\n"
            "The Varnish Data Inspectorate (Lovtilsynet) on Wednesday imposed a ban on Tormund Labs, prohibiting the"
            " company from processing the data of children who use its Tormund chatbot.\n",
            "Varnish Data Inspectorate",
        ),
    ],
)
def test_headline_alias_is_the_bodys_event(analyze_text, text, body):
    r = analyze_text(text, published=PUBLISHED)
    ours = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(ours) == 1, shown(r)
    assert ours[0].actor and body.lower() in ours[0].actor.lower(), shown(r)


# a bare event noun dated a few days off ("the fine was decided on Wednesday") names the event -----------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Varnish Data Office has fined Ombra Systems 2 million euros for recording callers without"
            " consent, the regulator said on Thursday. The office said in a statement that the fine was decided"
            " on Wednesday after a six-month inquiry.\n",
            "Varnish Data Office",
        ),
        (
            "The Ostrava Data Office banned the Brightline chatbot from processing children's data, it announced"
            " on Wednesday. According to the office, the ban was agreed at a closed meeting on Monday.\n",
            "Ostrava Data Office",
        ),
    ],
)
def test_bare_mention_a_few_days_off_is_the_same_event(analyze_text, text, body):
    r = analyze_text(text, published=PUBLISHED)
    assert len(by(r, body)) == 1, shown(r)


def test_bare_mention_months_apart_stays_its_own_event(analyze_text):
    r = analyze_text(
        "The Ostrava Data Office banned the Brightline chatbot on 14 April. In January, the office had"
        " ordered Kellan Retail to stop selling the Velo toy robot.\n",
        published=PUBLISHED,
    )
    assert len(by(r, "Ostrava Data Office")) == 2, shown(r)


# a background gerund with a pronoun object ("after suspending it") restates the body's account --------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Peru is still weighing whether to readmit the Velo app after blocking it in February, officials"
            " said. The Peruvian Telecommunications Authority blocked the Velo app on 3 February after a wave"
            " of scams.\n",
            "Peruvian Telecommunications Authority",
        ),
        (
            "Indonesia has yet to decide when to restore the Brightline chatbot after suspending it last month"
            " over data concerns, a senior official said on Thursday. Indonesia's Data Protection Commission"
            " suspended new downloads of the app on 14 March, citing its data practices.\n",
            "Data Protection Commission",
        ),
        (
            "Varnia has yet to decide when to restore the Brightline chatbot after suspending it last month"
            " over data concerns, a senior official said on Thursday. The Varnian Data Protection Commission"
            " suspended new downloads of the app on 14 March, citing its data practices.\n",
            "Varnian Data Protection Commission",
        ),
    ],
)
def test_pronoun_background_is_the_bodys_event(analyze_text, text, body):
    r = analyze_text(text, published=PUBLISHED)
    tighten = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(tighten) == 1, shown(r)
    assert tighten[0].actor and body.lower() in tighten[0].actor.lower(), shown(r)


def test_pronoun_background_of_another_country_stays_apart(analyze_text):
    r = analyze_text(
        "Peru is still weighing whether to readmit the Velo app after blocking it in February, officials"
        " said. Chile's Telecommunications Authority blocked the Velo app on 3 February after a wave of scams.\n",
        published=PUBLISHED,
    )
    assert len([a for a in r.actions if a.direction == Direction.TIGHTEN]) == 2, shown(r)


# a court written short ("the High Court") is the one court of that name the story names in full -------


@pytest.mark.parametrize(
    "text",
    [
        "The Mombasa High Court on Monday barred the county government from using the Kito facial recognition"
        " system. In March the High Court had asked the county to stop using the system while it heard the case.\n",
        "The Kisumu High Court in March told the county to stop using the Kito facial recognition system while"
        " it heard the case. On Monday the High Court barred the county government from using it.\n",
    ],
)
def test_short_court_name_is_the_named_court(analyze_text, text):
    r = analyze_text(text, published=PUBLISHED)
    actors = {a.actor for a in r.actions if a.direction == Direction.TIGHTEN}
    assert len(actors) == 1 and all(a and a.endswith(" High Court") and a != "High Court" for a in actors), shown(r)


def test_short_court_name_with_two_candidates_stays_unlinked(analyze_text):
    r = analyze_text(
        "The Delhi High Court banned the Velo app on Monday, while the Madras High Court ordered operators to"
        " block the Quill chatbot. Later the High Court told schools to block the Velo app.\n",
        published=PUBLISHED,
    )
    assert "High Court" in {a.actor for a in r.actions}, shown(r)
