"""Every data file is JSON without a repeated key: a merge that writes one key twice keeps only the last value
silently, and the rules then read half of a word list."""

from __future__ import annotations

import json
from importlib import resources

import pytest

DATA = resources.files("policyscan.data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".json"))


def _no_repeats(pairs: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, repeated
    return dict(pairs)


@pytest.mark.parametrize("name", FILES)
def test_no_key_is_written_twice(name):
    json.loads(DATA.joinpath(name).read_text("utf-8"), object_pairs_hook=_no_repeats)


def test_a_repeated_key_is_caught():
    with pytest.raises(AssertionError):
        json.loads('{"a": [1], "a": [2]}', object_pairs_hook=_no_repeats)
