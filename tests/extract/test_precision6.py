"""False positives, sixth round (issue 11): rankings that only describe an event told elsewhere.

Every sentence is invented; assertions are properties (how many actions of a kind, who acts), not full outputs.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.action_lookup import find

PUB = date(2026, 11, 20)


@pytest.mark.parametrize(
    "ranking",
    [
        "It is the second-largest penalty imposed by the Valdor Data Office on a domestic technology firm.",
        "The Kestrel case is the Valdor Data Office's largest fine against an AI company.",
        "It was the first time the Valdor Data Office had fined a chatbot maker over children's data.",
        "The decision marks the first time the Valdor Data Office has penalised a firm for training on pupils' data.",
        "A lawyer said it was the only time a European regulator had fined a start-up so heavily.",
    ],
)
def test_a_ranking_sentence_adds_no_second_fine(analyze_text, ranking: str) -> None:
    text = (
        "The Valdor Data Office on Monday fined Kestrel Labs 4 million euros for processing pupils' data "
        f"without consent. {ranking} Kestrel Labs said it would appeal."
    )
    report = analyze_text(text, published=PUB)
    fines = [a for a in report.actions if a.kind == "fine"]
    assert len(fines) == 1, [(a.actor, a.trigger) for a in report.actions]
    assert fines[0].date.value == "2026-11-16"


@pytest.mark.parametrize(
    "text",
    [
        # the ranking names the body another way (its own-language name): not a second body's fine
        "Valdor's Data Protection Office (VDPO) on Monday fined Kestrel Labs 4 million euros over pupils' data. "
        "It is the second-largest penalty imposed by the Urząd Ochrony Danych on a technology firm.",
        # "the regulator" in the ranking clause is not the place named beside it
        "The Dubai Markets Authority on Monday approved Saqr AI's application to offer its model to banks in the "
        "Gulf Finance Centre, the first time the regulator has authorised a local model for finance.",
    ],
)
def test_a_ranking_never_gives_another_body_the_event(analyze_text, text: str) -> None:
    report = analyze_text(text, published=PUB)
    assert len(report.actions) == 1, [(a.actor, a.trigger) for a in report.actions]


def test_the_event_told_with_its_ranking_is_kept(analyze_text) -> None:
    text = "The Valdor Data Office on Monday fined Kestrel Labs 4 million euros, its largest penalty so far."
    assert find(analyze_text(text, published=PUB), actor="Valdor Data Office", keyword="fined")


def test_a_precedent_cited_in_a_ranking_sentence_is_kept(analyze_text) -> None:
    text = (
        "The Valdor Data Office on Monday fined Kestrel Labs 4 million euros over pupils' data. "
        "It is the office's largest penalty since the Marlow Competition Board fined Wren Systems in 2024."
    )
    report = analyze_text(text, published=PUB)
    assert find(report, actor="Marlow Competition Board", keyword="fined")


def _names(report) -> set[str]:
    return {n for a in report.actors for n in (a.name, *a.aliases)}


def test_a_stock_ticker_is_no_actor(analyze_text) -> None:
    text = (
        "In May, Valdor Robotics (NASDAQ: VLDR) said it would stop selling the chip. "
        "Kestrel (NYSE: KST) and Wren (LSE: WRN.L) said nothing."
    )
    names = _names(analyze_text(text, published=PUB))
    assert not names & {"NASDAQ", "NYSE", "LSE", "KST", "WRN.L", "NASDAQ: VLDR", "NYSE: KST"}
    assert {"Valdor Robotics", "Kestrel"} <= names


@pytest.mark.parametrize(
    "heading", ["## Rules for AI-Based Companies and Their Users", "## What Kestrel-Based Developers Must Do"]
)
def test_a_plural_common_noun_in_a_title_case_heading_is_no_actor(analyze_md, heading: str) -> None:
    text = f"{heading}\n\nThe Valdor attorney general on Monday fined Kestrel Labs over its chatbot.\n"
    names = _names(analyze_md(text))
    assert not names & {"Companies", "Developers"}
    assert "Kestrel Labs" in names


@pytest.mark.parametrize(
    "sentence",
    [
        "citing Kestran state-run news agency Korvo in a report last spring.",
        "according to Valdorian public broadcaster Radio Nordvik.",
    ],
)
def test_a_description_before_a_name_is_no_body_of_its_own(analyze_text, sentence: str) -> None:
    text = f"The three firms control most of the chip market, {sentence}"
    names = _names(analyze_text(text, published=PUB))
    assert not any(n.lower().startswith(("chinese state-run", "valdorian public")) for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "As protests spread from Tashkent to Kandy, the interior ministry imposed a night curfew.",
        "Flights from Samarkand to Tashkent were halted by the Transport Ministry on Monday.",
    ],
)
def test_the_other_end_of_a_range_of_places_is_a_place(analyze_text, sentence: str) -> None:
    names = _names(analyze_text(sentence, published=PUB))
    assert not names & {"Kandy", "Samarkand"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The bloc is also weighing sanctions on Kestrel Labs, though no proposal has been tabled.",
        "The Valdor Data Office imposed no fine on Kestrel Labs after its audit.",
        "No ban was ordered by the Marlow Competition Board, which closed its file on Tuesday.",
    ],
)
def test_an_event_determined_by_no_is_no_action(analyze_text, sentence: str) -> None:
    report = analyze_text(sentence, published=PUB)
    assert not [a for a in report.actions if a.kind in ("propose", "fine", "ban")], report.actions


def test_no_fewer_than_still_counts(analyze_text) -> None:
    text = "The Valdor Data Office on Monday banned no fewer than ten chatbots made by Kestrel Labs."
    assert find(analyze_text(text, published=PUB), actor="Valdor Data Office", keyword="banned")


@pytest.mark.parametrize("verb", ["examining", "reviewing"])
def test_weighing_whether_to_act_is_no_investigation(analyze_text, verb: str) -> None:
    text = f"The Valdor Data Office said on Monday it was {verb} whether to open proceedings against Kestrel Labs."
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.status.value == "enacted"], report.actions


def test_examining_whether_a_firm_broke_the_law_is_an_investigation(analyze_text) -> None:
    text = "The Valdor Data Office is examining whether Kestrel Labs broke the data law."
    found = find(analyze_text(text, published=PUB), actor="Valdor Data Office", keyword="examining")
    assert found and found[0].kind == "investigate"


# the words before a law's name word, past "and", "of" and a bracketed "(Amendment)", belong to the law
@pytest.mark.parametrize(
    "law",
    [
        "the Digital Communications and Transactions (Amendment) Bill",
        "the Online Safety and Media (Amendment) Act",
        "the Protection of Personal Information Bill",
    ],
)
def test_words_before_a_law_word_are_no_actor(analyze_text, law: str) -> None:
    text = f"The National Assembly of Kestra on Wednesday passed {law}, which bans deepfake audio of candidates."
    names = _names(analyze_text(text, published=PUB))
    assert "National Assembly of Kestra" in names
    assert not any(n in law and n.split()[0] in ("Digital", "Online", "Protection") for n in names), names


# technical terms (a phone system, a protocol, a chip class) are no actors however the tagger tags them
def test_technical_terms_are_no_actors(analyze_text) -> None:
    text = (
        "The Kestran Communications Authority on Monday suspended the licence of Lomar Digital, barring it from"
        " offering its assistant over SMS and USSD channels. Users of the Lomar Lite app for Android phones and"
        " iOS devices will lose access, and the firm may not rent GPU capacity or sell VPN services."
    )
    names = {n.lower() for n in _names(analyze_text(text, published=PUB))}
    assert "kestran communications authority" in names
    assert not names & {"sms", "ussd", "android", "ios", "gpu", "vpn"}, names


# a checklist's imperative verb at the start of a bullet is no company ("Map your services")
@pytest.mark.parametrize("verb", ["Map", "Audit", "Register", "Review", "Flag"])
def test_an_imperative_opening_a_bullet_is_no_actor(analyze_md, verb: str) -> None:
    text = (
        "The Kestran Digital Agency on 3 March issued rules requiring providers of high-impact AI systems to register."
        "\n\n## What should clients do now?\n\n"
        f"- **{verb} your services** against the high-impact categories and the user threshold.\n"
        "- **Prepare registration files**, including the name of a local representative.\n"
        f"- {verb} the contracts you hold with Lomar Cloud before the deadline.\n"
    )
    names = _names(analyze_md(text))
    assert "Kestran Digital Agency" in names
    assert verb not in names, names


def test_a_name_opening_a_sentence_is_still_an_actor(analyze_text) -> None:
    text = (
        "Lomar Cloud said on Monday that it had paused its Lomar assistant in Kestra. Kestra's regulator welcomed it."
    )
    assert "Lomar Cloud" in _names(analyze_text(text, published=PUB))
