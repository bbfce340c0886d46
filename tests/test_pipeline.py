"""Whole-pipeline invariants on the corpus and on a small invented article."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from policyscan import load, pipeline
from policyscan.load import ARTICLE_SUFFIXES
from policyscan.render.json_out import report_json

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = sorted(p for p in CORPUS.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md")
SMALL = (
    "Regulator fines Kestrel Labs\n\n"
    "November 20, 2026\n\n"
    "The Federal Trade Commission fined Kestrel Labs on Tuesday over its Wren-7B chatbot.\n\n"
    "The regulator said   the company had failed to test\nthe model. It lifted the ban on Wren-7B "
    "that it had imposed in July.\n"
)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module", params=[p.name for p in ARTICLES])
def analyzed(request, nlp_loaded):
    article = load.load_path(str(CORPUS / request.param))
    return article, pipeline.analyze(article)


def test_corpus_is_present():
    assert len(ARTICLES) >= 10


def test_evidence_offsets_point_into_the_text(analyzed):
    article, report = analyzed
    text = article.text
    for action in report.actions:
        assert action.evidence, action.id
        for span in action.evidence:
            assert 0 <= span.start < span.end <= len(text), (action.id, span)
            assert _squash(text[span.start : span.end]) == _squash(span.text), (action.id, span)


def test_date_offsets_point_into_the_text(analyzed):
    article, report = analyzed
    for ref in [*report.dates, *(a.date for a in report.actions)]:
        if ref.start is None:
            continue
        assert 0 <= ref.start < ref.end <= len(article.text)
        if ref.text is not None:
            assert _squash(article.text[ref.start : ref.end]) == _squash(ref.text)


def test_every_action_actor_is_a_reported_actor(analyzed):
    _, report = analyzed
    names = {a.name for a in report.actors}
    for action in report.actions:
        if action.actor is not None:
            assert action.actor in names, (action.actor, sorted(names))


def test_reversals_refer_to_reported_actions(analyzed):
    _, report = analyzed
    ids = {a.id for a in report.actions}
    for rev in report.reversals:
        assert {rev.first, rev.second} <= ids


def test_action_ids_are_unique(analyzed):
    _, report = analyzed
    ids = [a.id for a in report.actions]
    assert len(ids) == len(set(ids))


def test_small_article_invariants(analyze_text):
    report = analyze_text(SMALL, published=date(2026, 11, 20))
    assert report.actions
    text = load.load_bytes(SMALL.encode(), path="t.txt", suffix=".txt").text
    names = {a.name for a in report.actors}
    for action in report.actions:
        assert action.actor is None or action.actor in names
        for span in action.evidence:
            assert _squash(text[span.start : span.end]) == _squash(span.text)


def test_analyze_twice_gives_identical_json(analyze_text):
    first = report_json(analyze_text(SMALL, published=date(2026, 11, 20)))
    second = report_json(analyze_text(SMALL, published=date(2026, 11, 20)))
    assert first == second


def test_analyze_many_matches_analyze(nlp_loaded):
    articles = [load.load_path(str(p)) for p in ARTICLES[:4]]
    one_by_one = [report_json(pipeline.analyze(a)) for a in articles]
    batched = [report_json(r) for r in pipeline.analyze_many(articles, zone_size=2)]
    assert batched == one_by_one


@pytest.mark.xfail(
    reason="object phrases at the end of a sentence keep its full stop ('Wren-7B.') and a passive "
    "subject is listed twice",
    strict=False,
)
def test_objects_are_clean_and_unique(analyze_text):
    for text in (
        "The Federal Trade Commission plans to restrict Wren-7B.",
        "Kestrel Labs was fined by the Federal Trade Commission on Monday over its Wren-7B chatbot.",
    ):
        for action in analyze_text(text, published=date(2026, 11, 20)).actions:
            assert not any(o.rstrip().endswith((".", ",", ";")) for o in action.objects), action.objects
            assert len(action.objects) == len(set(action.objects)), action.objects


def test_out_of_range_date_phrases_become_null_with_a_warning(analyze_text):
    """Issue 12 item 8: an article published on 0001-01-01 that says "yesterday" does not crash."""
    text = "Regulator acts\n\nThe Ruritanian Data Authority fined Okapi Systems yesterday, officials said.\n"
    report = analyze_text(text, published=date(1, 1, 1))
    yesterday = [d for d in report.dates if d.text.lower() == "yesterday"]
    assert yesterday and all(d.value is None for d in yesterday)
    assert any("'yesterday'" in w and "outside years" in w for w in report.warnings)
    assert all(not (a.date.value or "").startswith("-") for a in report.actions)
