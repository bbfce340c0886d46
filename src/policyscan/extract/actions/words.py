"""The action grammar's data, loaded once: verb entries with their class defaults filled in
(lexicon.json ``verb_classes``) and the word lists of data/action_words.json."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from policyscan.extract.patterns import doc_text, lexicon


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


@cache
def boilerplate_re() -> re.Pattern[str]:
    """Newsroom boilerplate ("declined to comment", "was not authorised to speak"): never policy."""
    return re.compile("|".join(f"(?:{p})" for p in action_words()["newsroom_boilerplate"]), re.I)


def boilerplate_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of newsroom boilerplate in ``doc``, computed once per doc."""
    ranges = doc.user_data.get("policyscan_boilerplate")
    if ranges is None:
        ranges = doc.user_data["policyscan_boilerplate"] = [
            (m.start(), m.end()) for m in boilerplate_re().finditer(doc_text(doc))
        ]
    return ranges


def status_noun(word: str) -> str | None:
    """ "plans", "calls", "threats": a status noun in the singular or plural."""
    nouns = lexicon()["status_nouns"]
    if word in nouns:
        return word
    if word.endswith("s") and word[:-1] in nouns:
        return word[:-1]
    return None
