"""Evidence offsets are exact (issue 13): text[start:end] == evidence.text on every corpus article."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyscan import load, pipeline

REPO = Path(__file__).parents[1]
ARTICLES = sorted(
    p
    for d in (
        "tests/corpus",
        "tests/heldout",
        "tests/blind",
        "tests/blind2",
        "tests/blind3",
        "tests/blind4",
        "tests/blind5",
        "tests/blind6",
        "tests/blind7",
        "tests/blind8",
        "tests/blind9",
        "tests/blind10",
        "tests/blind12",
        "tests/blind13",
        "tests/blind14",
        "tests/blind15",
        "tests/blind16",
        "tests/blind17",
        "samples",
    )
    for p in (REPO / d).iterdir()
    if p.suffix in (".txt", ".md", ".html")
)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_evidence_spans_are_exact(path, nlp_loaded):
    article = load.load_path(str(path))
    report = pipeline.analyze(article)
    for action in report.actions:
        for span in action.evidence:
            assert article.text[span.start : span.end] == span.text
            assert span.text == span.text.strip() and span.text
