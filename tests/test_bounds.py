"""Issue 12 item 14: a report lists a bounded number of actions, evidence sentences and dates,
and says so in a warning when it leaves some out. The time and memory figures are in
benchmarks/bench_long.py (no timed tests)."""

from __future__ import annotations

from datetime import date

import pytest

from policyscan import load, pipeline

SENTENCE = (
    "The Ruritanian Data Authority fined Okapi Systems 5 million euros over its Quillo-3 chatbot on March 3, 2026. "
)


def _article(text: str):
    import dataclasses

    article = load.load_bytes(text.encode("utf-8"), path="rep.txt", suffix=".txt")
    return dataclasses.replace(article, published=date(2026, 3, 4))


@pytest.fixture(scope="module")
def repeated(nlp_loaded):
    return pipeline.analyze(_article("Regulators act\n\n" + SENTENCE * 70))


def test_a_repeated_sentence_keeps_at_most_max_evidence_sentences(repeated):
    assert repeated.actions
    assert max(len(a.evidence) for a in repeated.actions) == pipeline.MAX_EVIDENCE
    assert any(f"more than {pipeline.MAX_EVIDENCE} evidence sentences" in w for w in repeated.warnings)


def test_small_bounds_cut_actions_dates_and_evidence(nlp_loaded, monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_ACTIONS", 1)
    monkeypatch.setattr(pipeline, "MAX_EVIDENCE", 2)
    monkeypatch.setattr(pipeline, "MAX_DATES", 3)
    text = (
        "Regulators act\n\n" + SENTENCE * 5 + "Freedonia's Competition Office banned the Heron-7B app on May 2, 2026. "
    )
    report = pipeline.analyze(_article(text))
    assert len(report.actions) == 1
    assert len(report.actions[0].evidence) == 2
    assert len(report.dates) == 3
    joined = "\n".join(report.warnings)
    assert "the first 1 are listed" in joined
    assert "the first 2 of each are listed" in joined
    assert "date phrases found; the first 3 are listed" in joined


def test_ordinary_articles_are_not_cut(analyze_text):
    report = analyze_text("Regulators act\n\n" + SENTENCE * 3, published=date(2026, 3, 4))
    assert not any("are listed" in w for w in report.warnings)
    assert sum(len(a.evidence) for a in report.actions) >= 3
