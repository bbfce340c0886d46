"""Sentence-level tests (issue 11, eighth round, recall): actions the grammar used to miss. Every sentence and name
is invented; the assertions are properties, not spans.

Categories: a timeline table whose rows are written in the present tense ("Bans the use of ...", "Opens an
investigation into ..."); a body's name repeated where the tagger gave it no label (the verb it is the subject of
had no actor); amendments, decrees and directives in the plural adopted or passed by a legislature; a company taken
off a restriction list (entity list, sanctions list) loosens, and the list's owner acts when no agent is named.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from action_lookup import find, one

from policyscan import load, pipeline
from policyscan.load.table_rows import timeline_rows
from policyscan.report import Direction, Report

PUB = date(2026, 6, 12)


@pytest.fixture
def run(analyze_text):
    def _run(text: str) -> Report:
        return analyze_text(text, published=PUB)

    return _run


# --- a timeline table in the present tense ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "event, sentence",
    [
        ("Bans the use of face matching in schools.", "On 4 May 2025, Kestran Data Office bans the use of face"),
        ("Opens an investigation into Lomar Labs.", "On 4 May 2025, Kestran Data Office opens an investigation"),
        ("Fines Tarsel Labs 2 million marks.", "On 4 May 2025, Kestran Data Office fines Tarsel Labs"),
        ("Approves 3 new sandbox entrants.", "On 4 May 2025, Kestran Data Office approves 3 new"),
    ],
)
def test_a_present_tense_row_is_read_as_its_sentence(event: str, sentence: str) -> None:
    rows = ["| Date | Body | Event |", "| --- | --- | --- |", f"| 4 May 2025 | Kestran Data Office | {event} |"]
    assert timeline_rows(rows)[2].startswith(sentence)


@pytest.mark.parametrize(
    "event",
    [
        "Fines of up to 2 million marks for Lomar",
        "Rules take effect for chatbot makers",
        "Talks with Lomar Labs on age checks",
        "Lawmakers in the capital debate a ban",
    ],
)
def test_a_row_opening_with_a_plural_noun_is_left_alone(event: str) -> None:
    rows = ["| Date | Body | Event |", f"| 4 May 2025 | Kestran Data Office | {event} |"]
    assert timeline_rows(rows) == rows


def _page(rows: list[tuple[str, str, str]]) -> bytes:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    intro = "Ostravia's agencies have acted against chatbot and grading tools many times since 2024. " * 3
    return (
        f"<html><body><article><h1>How Ostravia regulates AI</h1><p>{intro}</p><h2>Timeline</h2>"
        "<table><thead><tr><th>Date</th><th>Agency</th><th>What happened</th></tr></thead>"
        f"<tbody>{body}</tbody></table><p>{intro}</p></article></body></html>"
    ).encode()


def test_present_tense_rows_give_their_bodies_dated_actions(nlp_loaded) -> None:
    rows = [
        ("January 19, 2026", "Ministry of Schools of Ostravia", "Bans the use of automated essay scoring in exams."),
        ("March 2, 2026", "Ministry of Schools of Ostravia", "Lifts the scoring ban for audited tools."),
    ]
    article = load.load_bytes(_page(rows), path="t.html", suffix=".html")
    report = pipeline.analyze(dataclasses.replace(article, published=date(2026, 11, 20)))
    ban = one(report, actor="Ministry of Schools", keyword="essay scoring", direction=Direction.TIGHTEN)
    assert ban.date.value == "2026-01-19"
    lift = one(report, actor="Ministry of Schools", keyword="ban", direction=Direction.LOOSEN)
    assert lift.date.value == "2026-03-02"


# --- a known body's name repeated without a label -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, keyword",
    [
        (
            "Consavi, the consumer and competition agency, polices advertising claims. In March, Consavi opened an "
            "investigation into Brellin Health over claims that its triage chatbot never errs.",
            "Consavi",
            "investigation",
        ),
        (
            "Arkova, the data protection authority, publishes its decisions online. On Monday, Arkova fined Tarsel "
            "Labs 2 million marks for training its chatbot on call recordings.",
            "Arkova",
            "Tarsel",
        ),
    ],
)
def test_a_name_the_tagger_left_bare_is_still_the_actor(run, text: str, actor: str, keyword: str) -> None:
    assert find(run(text), actor=actor, keyword=keyword, direction=Direction.TIGHTEN), run(text).actions


def test_a_word_cut_from_a_longer_name_is_not_a_mention(run) -> None:
    text = (
        "Lomar Labs will appeal to the Communications and Media Appeals Board. Information, Communications and "
        "Digital Economy Secretary Ana Velo ruled out a wider ban on chatbots on Tuesday."
    )
    assert not find(run(text), actor="Appeals Board", keyword="ban")


# --- plural instruments adopted by a legislature -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The Storvik Assembly adopted amendments to the Labour Code on Tuesday.", "Storvik Assembly"),
        ("The Kestran Senate approved two decrees on facial recognition in May.", "Kestran Senate"),
        ("The Storting has passed amendments to the Hiring Act that oblige employers to disclose AI.", "Storting"),
    ],
)
def test_plural_amendments_and_decrees_are_enacted(run, text: str, actor: str) -> None:
    a = one(run(text), actor=actor, direction=Direction.TIGHTEN)
    assert a.kind == "enact"


# --- restriction lists: taken off loosens, the list's owner acts ----------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The Commerce Department removed Kestrel Labs from the Entity List on Monday.", "Commerce"),
        ("Kestrel Labs was removed from China's unreliable entity list in May.", "China"),
        (
            "The Entity List bars US suppliers from selling to listed firms. Firms are rarely taken off it, but the "
            "US removed a Kestran laboratory from the list under a trade deal in March.",
            "US",
        ),
    ],
)
def test_taking_a_company_off_a_restriction_list_loosens(run, text: str, actor: str) -> None:
    report = run(text)
    assert find(report, actor=actor, keyword="list", direction=Direction.LOOSEN), report.actions
    assert not find(report, actor=actor, keyword="list", direction=Direction.TIGHTEN)


def test_another_list_is_no_restriction(run) -> None:
    report = run("The Kestran minister removed two speakers from the list of guests at the summit on Friday.")
    assert not find(report, keyword="list", direction=Direction.LOOSEN)


def test_a_list_owner_named_with_its_short_name_still_acts(run) -> None:
    report = run(
        "Brightwell Edu makes tutoring apps. The company was admitted to the Kestran Media Authority's (KMA) "
        "generative AI sandbox in August."
    )
    assert one(report, actor="Kestran Media Authority", direction=Direction.LOOSEN).kind == "approve"


def test_a_verb_deep_in_the_amendments_content_does_not_make_them_loosen(run) -> None:
    report = run(
        "The Storting has passed amendments to the Hiring Act that oblige employers to tell applicants when AI "
        "is used to rank or reject them."
    )
    assert one(report, actor="Storting").direction == Direction.TIGHTEN
    assert not find(report, actor="Storting", direction=Direction.LOOSEN)
    delay = run("The Kestran Assembly passed a bill that delays the AI Act by two years.")
    assert one(delay, actor="Kestran Assembly").direction == Direction.LOOSEN
