"""Property tests: any text either fails cleanly or gives a valid, deterministic Report."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyscan.errors import PolicyscanError
from policyscan.load import Article, load_bytes
from policyscan.pipeline import analyze
from policyscan.report import Report

jsonschema = pytest.importorskip("jsonschema")

TEMPLATES = [
    "The European Commission fined OpenAI 10 million euros on Monday.",
    "The FTC banned Meta's Llama 3 chatbot last week.",
    "Google paused Gemini in Italy on 3 May 2025.",
    "The UK government withdrew its licence for DeepMind in March.",
    "China's Cyberspace Administration approved Baidu's Ernie Bot on Friday.",
    "California's governor vetoed the companion chatbot bill.",
    "A court in Georgia blocked the state's AI age-verification law.",
    "Microsoft said it would appeal the decision.",
]
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Text: arbitrary unicode (including controls, surrogates are excluded by encoding), policy
# sentences, and the separators that break parsers; joined in any order.
pieces = st.one_of(
    st.sampled_from(TEMPLATES),
    st.text(max_size=80),
    st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\t", "\u200b", "\ufeff", "\u202e", "# ", "* ", "<p>", "</div>"]),
)
texts = st.lists(pieces, max_size=12).map(" ".join)
suffixes = st.sampled_from([".txt", ".md", ".html"])

_VALIDATOR = None


def validator():
    global _VALIDATOR
    if _VALIDATOR is None:
        schema = Report.model_json_schema()
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        _VALIDATOR = cls(schema)
    return _VALIDATOR


def load_or_none(text: str, suffix: str) -> Article | None:
    try:
        article = load_bytes(text.encode("utf-8", "surrogatepass"), path="prop" + suffix, suffix=suffix)
    except PolicyscanError:
        return None
    assert isinstance(article, Article)
    return article


@SETTINGS
@given(text=texts, suffix=suffixes)
def test_load_bytes_returns_article_or_policyscan_error(text: str, suffix: str) -> None:
    article = load_or_none(text, suffix)
    if article is not None:
        assert article.text.strip()
        assert article.format in ("txt", "md", "html")


@SETTINGS
@given(raw=st.binary(max_size=400), suffix=suffixes)
def test_load_bytes_on_any_bytes(raw: bytes, suffix: str) -> None:
    try:
        article = load_bytes(raw, path="prop" + suffix, suffix=suffix)
    except PolicyscanError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert isinstance(article, Article)


@SETTINGS
@given(text=texts, suffix=suffixes)
def test_analyze_report_is_valid_and_deterministic(text: str, suffix: str, nlp_loaded) -> None:
    article = load_or_none(text, suffix)
    if article is None:
        return
    report = analyze(article)
    data = json.loads(report.model_dump_json())
    validator().validate(data)
    n = len(article.text)
    assert report.source.characters == n
    for action in report.actions:
        for span in action.evidence:
            assert 0 <= span.start <= span.end <= n, span
            assert " ".join(article.text[span.start : span.end].split()) == " ".join(span.text.split())
        if action.date.start is not None:
            assert 0 <= action.date.start <= (action.date.end or 0) <= n, action.date
    for ref in report.dates:
        if ref.start is not None:
            assert 0 <= ref.start <= (ref.end or 0) <= n, ref
    names = [a.name for a in report.actors]
    for action in report.actions:
        assert action.actor is None or action.actor in names, (action.actor, names)
    again = analyze(article)
    assert again.model_dump_json() == report.model_dump_json()
