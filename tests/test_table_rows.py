"""Timeline tables on web pages (issue 11: explainers listing many past actions in an HTML table): a row of a table
with a date, a body and an event column is read as the sentence it stands for. Every name here is invented."""

from __future__ import annotations

import dataclasses
import datetime

from policyscan import load, pipeline
from policyscan.load.table_rows import timeline_rows


def _page(header: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> bytes:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    intro = "Kestra's regulators have moved against chatbot apps many times since early 2025. " * 3
    return (
        f"<html><body><article><h1>How Kestra regulates chatbots</h1><p>{intro}</p><h2>Timeline</h2>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"<p>{intro}</p></article></body></html>"
    ).encode()


ROWS = [
    ("March 2025", "Kestran Data Office", "Ordered app stores to remove the Lomar chatbot app."),
    (
        "June 12, 2025",
        "National Assembly of Kestra",
        "Passed the Digital Services Law, which bans unlabelled deepfakes.",
    ),
    ("January 15, 2026", "Ministry of Public Order", "Fined Tarsel Labs 150 million marks over its face-swap app."),
]


def test_rows_of_a_timeline_table_become_sentences() -> None:
    article = load.load_bytes(_page(("Date", "Body", "What happened"), ROWS), path="t.html", suffix=".html")
    assert "In March 2025, Kestran Data Office ordered app stores to remove" in article.text
    assert "On June 12, 2025, National Assembly of Kestra passed the Digital Services Law" in article.text


def test_each_row_is_an_action_of_its_body_dated_by_its_date_cell(nlp_loaded) -> None:
    article = load.load_bytes(_page(("When", "Authority", "Action"), ROWS), path="t.html", suffix=".html")
    report = pipeline.analyze(dataclasses.replace(article, published=datetime.date(2026, 11, 20)))
    found = {(a.actor, str(a.date.value) if a.date else None) for a in report.actions}
    assert ("Kestran Data Office", "2025-03") in found, found
    assert ("National Assembly of Kestra", "2025-06-12") in found, found


def test_a_table_without_the_three_columns_is_left_alone() -> None:
    rows = ["| Country | Fine | Company |", "| Kestra | 2 million marks | Lomar |"]
    assert timeline_rows(rows) == rows


def test_a_row_whose_event_does_not_open_with_a_past_verb_is_left_alone() -> None:
    rows = [
        "| Date | Body | Event |",
        "| May 2025 | Kestran Data Office | Fine of 2 million marks for Lomar |",
        "| May 2025 | Kestran Data Office | Kestra Post reported the fine |",
        "| Summer | Kestran Data Office | Ordered a review of Lomar |",
    ]
    assert timeline_rows(rows) == rows


def test_a_separator_row_keeps_the_table_open() -> None:
    rows = [
        "| Date | Body | Event |",
        "| --- | --- | --- |",
        "| 2 May 2025 | Kestran Data Office | Banned the Lomar app |",
    ]
    assert timeline_rows(rows)[2] == "On 2 May 2025, Kestran Data Office banned the Lomar app."
