"""The Python API: analyze_text / analyze_file / analyze_many / load_pipeline, lazily exported."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import policyscan
from policyscan.report import Direction, Report

ARTICLE = (
    "Ministry bans Quillfeather chatbot\n\n"
    "The Ruritanian Ministry of Digital Affairs on Tuesday banned the Quillfeather chatbot "
    "from government phones, citing data-security concerns.\n"
)


def test_public_names_are_exported():
    for name in policyscan.__all__:
        assert getattr(policyscan, name) is not None, name
    with pytest.raises(AttributeError):
        policyscan.no_such_name  # noqa: B018


def test_import_is_light():
    code = "import sys, policyscan; print(sorted(m for m in ('spacy','dateparser','trafilatura') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_analyze_text_resolves_dates_against_published(nlp_loaded):
    report = policyscan.analyze_text(ARTICLE, published="2026-11-19", nlp=policyscan.load_pipeline())
    assert isinstance(report, Report)
    assert report.published == "2026-11-19"
    bans = [a for a in report.actions if a.direction is Direction.TIGHTEN]
    assert bans, report.actions
    # "on Tuesday" in a past-tense story published on Thursday 19 November is 17 November
    assert bans[0].date.value == "2026-11-17"


def test_analyze_text_accepts_a_date_object_and_a_title(nlp_loaded):
    report = policyscan.analyze_text(ARTICLE, published=dt.date(2026, 11, 19), title="Given title")
    assert report.title == "Given title"
    assert report.published == "2026-11-19"


@pytest.mark.parametrize("bad", ["11/12/2026", "yesterday", 20261119])
def test_bad_published_is_a_usage_error(bad):
    with pytest.raises(policyscan.UsageError):
        policyscan.analyze_text(ARTICLE, published=bad)


def test_analyze_text_rejects_non_text_and_empty():
    with pytest.raises(policyscan.UsageError):
        policyscan.analyze_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(policyscan.InputInvalid):
        policyscan.analyze_text("   ")


def test_analyze_file_matches_analyze_text_and_raises_documented_errors(tmp_path: Path, nlp_loaded):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    from_file = policyscan.analyze_file(path, published="2026-11-19")
    from_text = policyscan.analyze_text(ARTICLE, published="2026-11-19")
    assert [a.model_dump() for a in from_file.actions] == [a.model_dump() for a in from_text.actions]
    assert from_file.source.path == str(path)
    with pytest.raises(policyscan.InputNotFound):
        policyscan.analyze_file(tmp_path / "missing.txt")
    with pytest.raises(policyscan.InputUnreadable):
        policyscan.analyze_file(tmp_path)


def test_analyze_many_streams_in_order_mixing_texts_and_paths(tmp_path: Path, nlp_loaded):
    path = tmp_path / "b.txt"
    path.write_text(ARTICLE.replace("Quillfeather", "Marrowgate"), encoding="utf-8")
    items = [ARTICLE, path, ARTICLE.replace("Quillfeather", "Tansy")]
    reports = list(policyscan.analyze_many(items, published="2026-11-19", chunk_size=2))
    assert len(reports) == 3
    assert reports[1].source.path == str(path)
    names = [" ".join(m.name for m in r.models) for r in reports]
    assert "Quillfeather" in names[0] and "Marrowgate" in names[1] and "Tansy" in names[2]


def test_analyze_many_is_lazy():
    def endless():
        while True:
            yield ARTICLE

    gen = policyscan.analyze_many(endless(), chunk_size=1)
    assert next(gen).actions


def test_analyze_many_raises_at_the_bad_item_after_yielding_earlier_ones(tmp_path: Path):
    gen = policyscan.analyze_many([ARTICLE, tmp_path / "missing.txt"], chunk_size=1)
    assert isinstance(next(gen), Report)
    with pytest.raises(policyscan.InputNotFound):
        next(gen)


def test_a_foreign_object_as_nlp_is_a_usage_error():
    with pytest.raises(policyscan.UsageError):
        policyscan.analyze_text(ARTICLE, nlp=object())


def test_all_matches_the_lazy_table():
    assert set(policyscan.__all__) - {"__version__"} == set(policyscan._EXPORTS)
