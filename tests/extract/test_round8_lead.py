"""Eighth round, the lead's rules after reading the blind sets (issue 11).

Half of a hyphenated modifier that opens a sentence is no actor; a law's name ending in "Omnibus" is no body; an
abbreviation after "a"/"an" is a kind of product, not a model; Sheng is a language; a run of "Share ... via X"
links is page furniture. Every sentence, body and name is invented; the tests assert properties.
"""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.load import load_bytes
from policyscan.report import Direction

PUB = date(2026, 3, 10)


def _actor_names(report) -> set[str]:
    return {a.name for a in report.actors}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Digital-rights groups in Quito criticised the telecoms regulator's block of the Pampa app.", "Digital"),
        ("Privacy-minded users of the Velo chatbot complained to the Ruvena Data Authority.", "Privacy"),
        ("Consumer-protection lawyers said the Marrow Commission had acted too late against Orla AI.", "Consumer"),
    ],
)
def test_half_of_a_hyphenated_opening_modifier_is_no_actor(analyze_text, text, fragment):
    names = _actor_names(analyze_text(text, published=PUB))
    assert all(fragment not in name.split() for name in names), names


def test_a_hyphenated_name_inside_a_sentence_is_untouched(analyze_text):
    report = analyze_text(
        "Regulators said the Kestova-backed Velo chatbot had been blocked by Ruvena Telecom.", published=PUB
    )
    assert "Digital" not in _actor_names(report)
    assert any("Ruvena" in name for name in _actor_names(report))


@pytest.mark.parametrize(
    "text",
    [
        "The Digital Omnibus, which still requires the approval of member states, amends several laws.",
        "The Data Omnibus, which requires approval from parliament, changes four statutes.",
    ],
)
def test_an_omnibus_law_is_no_actor(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert not {"Digital", "Data"} & _actor_names(report)
    assert not [a for a in report.actions if a.actor in ("Digital", "Data")]


@pytest.mark.parametrize(
    "text",
    [
        "The ombudsman fined Revontuli Oy 1.1 million euros over an HR assistant that screened job applicants.",
        "The regulator warned that a QA chatbot built by Marnava Labs had leaked customer files.",
    ],
)
def test_an_abbreviation_after_an_indefinite_article_is_no_model(analyze_text, text):
    models = {m.name for m in analyze_text(text, published=PUB).models}
    assert not {"HR", "QA"} & models, models


def test_a_named_assistant_is_still_a_model(analyze_text):
    report = analyze_text("The ombudsman fined Revontuli Oy over its Kuura assistant, which screened applicants.")
    assert "Kuura" in {m.name for m in report.models}


def test_sheng_is_a_language_not_an_actor(analyze_text):
    report = analyze_text("The Nairobi company's Simba chatbot answers in Swahili, Sheng and English.", published=PUB)
    assert "Sheng" not in _actor_names(report)


@pytest.mark.parametrize(
    "line",
    [
        "Share this article via Email Share this article via Telegram Share this article via LinkedIn",
        "Share this story on X Share this story on WhatsApp",
        "Share via Email Share via Telegram",
    ],
)
def test_a_run_of_share_links_is_furniture(line):
    body = "The Ruvena Data Authority fined Orla AI on Monday.\n"
    text = load_bytes(f"Regulator fines app\n{line}\n{body}".encode(), suffix=".txt").text
    assert "Share" not in text and "share" not in text
    assert "Ruvena Data Authority" in text


def test_a_sentence_about_sharing_is_kept():
    line = "The ministry said it would share the report via email with every school."
    text = load_bytes(f"Ministry report\n{line}\n".encode(), suffix=".txt").text
    assert line in text


@pytest.mark.parametrize(
    "text",
    [
        "The Marrow Telecoms Commission issued a show-cause notice to Pemba AI on Monday.",
        "The Marrow Telecoms Commission said it had already issued a show-cause notice to Pemba AI.",
        "The Marrow Telecoms Commission sent Pemba AI a show cause notice on Monday.",
    ],
)
def test_a_show_cause_notice_is_an_order(analyze_text, text):
    report = analyze_text(text, published=PUB)
    assert [a for a in report.actions if a.actor == "Marrow Telecoms Commission" and a.direction == Direction.TIGHTEN]


def test_a_plain_notice_is_still_no_action(analyze_text):
    report = analyze_text("The Marrow Telecoms Commission posted a notice about its office hours.", published=PUB)
    assert not report.actions


@pytest.mark.parametrize(
    "text",
    [
        "The **Andes Telecoms Authority** on Monday ordered providers to block **Condor Chat**, the Quechua-language"
        " chatbot made by **Puna AI**, after the app invented quotes.",
        "Regulators blocked **Vicuña Voice**, an AI voice-cloning app sold by Lima-based Puna AI.",
    ],
)
def test_a_bold_name_before_an_appositive_is_a_model(analyze_md, text):
    models = {m.name for m in analyze_md(text).models}
    assert models & {"Condor Chat", "Vicuña Voice"}, models


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("July 14, 2025Clash Report", date(2025, 7, 14)),
        ("3 March 2026Harbour Ledger Staff", date(2026, 3, 3)),
    ],
)
def test_a_date_glued_to_the_outlet_name_dates_the_page(line, want):
    text = (
        f"Ministry sets export permits\n\nA new rule for chip exports.\n\n{line}\n\nThe ministry said it would act.\n"
    )
    assert load_bytes(text.encode(), suffix=".txt").published == want


def test_a_year_glued_to_a_word_in_a_sentence_is_no_page_date():
    text = "Ministry sets export permits\n\nThe ministry said the 2025Budget rules of July 14, 2025 were replaced.\n"
    assert load_bytes(text.encode(), suffix=".txt").published is None
