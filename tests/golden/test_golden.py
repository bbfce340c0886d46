"""Golden outputs: the JSON of every pinned article stays byte-identical across refactors.

An intended extraction change regenerates them with ``python tests/golden/regen.py`` and the
diff is reviewed in the same commit.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("golden_regen", Path(__file__).with_name("regen.py"))
assert _spec and _spec.loader
regen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regen)


def test_every_article_has_a_golden_file():
    names = {regen.golden_name(rel) for rel in regen.articles()}
    present = {p.name for p in Path(__file__).parent.glob("*.json")}
    assert len(names) >= 30
    assert names == present, f"missing: {sorted(names - present)}; stale: {sorted(present - names)}"


@pytest.mark.parametrize("rel", regen.articles(), ids=str)
def test_output_is_byte_identical(rel, nlp_loaded):
    expected = (Path(__file__).parent / regen.golden_name(rel)).read_text(encoding="utf-8")
    assert regen.render(rel) == expected
