"""The action grammar's data, loaded once: verb entries with their class defaults filled in
(lexicon.json ``verb_classes``) and the word lists of data/action_words.json."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from policyscan.extract.patterns import lexicon


@cache
def action_words() -> dict[str, Any]:
    return json.loads(resources.files("policyscan.data").joinpath("action_words.json").read_text("utf-8"))


@cache
def word_set(key: str) -> frozenset[str]:
    return frozenset(action_words()[key])


@cache
def verb_entry(lemma: str) -> dict[str, Any]:
    """A trigger verb's lexicon entry over its class's defaults."""
    entry = lexicon()["verbs"][lemma]
    return {**lexicon()["verb_classes"][entry["class"]]["defaults"], **entry}
