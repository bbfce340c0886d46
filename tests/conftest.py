"""Shared fixtures: the spaCy pipeline loads once per test session."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable

import pytest

from policyscan import load, pipeline
from policyscan.nlp import Loaded, load_pipeline
from policyscan.report import Report


@pytest.fixture(scope="session")
def nlp_loaded() -> Loaded:
    """The default pipeline plus our rulers; ``load_pipeline`` caches it for the process."""
    return load_pipeline()


@pytest.fixture(scope="session")
def analyze_text(nlp_loaded: Loaded) -> Callable[..., Report]:
    """analyze_text(text, published=date(...)) -> Report for a short invented article."""

    def _analyze(text: str, published: datetime.date | None = None) -> Report:
        article = load.load_bytes(text.encode("utf-8"), path="t.txt", suffix=".txt")
        if published is not None:
            article = dataclasses.replace(article, published=published)
        return pipeline.analyze(article)

    return _analyze


@pytest.fixture
def analyze_md(nlp_loaded: Loaded) -> Callable[[str], Report]:
    """analyze_md(text) -> Report for a short invented Markdown article published 2026-11-20."""

    def _analyze(text: str) -> Report:
        article = load.load_bytes(text.encode("utf-8"), path="t.md", suffix=".md")
        return pipeline.analyze(dataclasses.replace(article, published=datetime.date(2026, 11, 20)))

    return _analyze
