"""The package data files are well formed: gazetteers, the action lexicon, capitals."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from policyscan.extract.actions.frames import VERB_CLASSES as CLASS_HANDLERS
from policyscan.report import ActorType, Direction, Status

DATA = resources.files("policyscan.data")
VERB_CLASSES = set(CLASS_HANDLERS)  # the classes the frame finder can dispatch
DIRECTIONS = {d.value for d in Direction}
STATUSES = {s.value for s in Status}
ACTOR_TYPES = {t.value for t in ActorType}


def _jsonl(name: str) -> list[dict]:
    lines = DATA.joinpath(name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _json(name: str):
    return json.loads(DATA.joinpath(name).read_text("utf-8"))


@pytest.fixture(scope="module")
def lexicon() -> dict:
    return _json("lexicon.json")


def test_actors_have_a_name_and_a_valid_type():
    actors = _jsonl("actors.jsonl")
    assert actors
    for entry in actors:
        assert isinstance(entry.get("name"), str) and entry["name"].strip() == entry["name"] != "", entry
        assert entry.get("type") in ACTOR_TYPES, entry
        assert all(isinstance(a, str) and a for a in entry.get("aliases", [])), entry
        assert entry.get("country") is None or isinstance(entry["country"], str), entry


def test_actor_names_are_unique():
    seen: dict[str, int] = {}
    for entry in _jsonl("actors.jsonl"):
        seen[entry["name"].lower()] = seen.get(entry["name"].lower(), 0) + 1
    assert [n for n, c in seen.items() if c > 1] == []


def test_models_have_a_name_and_a_developer():
    models = _jsonl("models.jsonl")
    assert models
    for entry in models:
        assert isinstance(entry.get("name"), str) and entry["name"], entry
        assert isinstance(entry.get("developer"), str) and entry["developer"], entry
        assert all(isinstance(a, str) and a for a in entry.get("aliases", [])), entry
        assert isinstance(entry.get("context_only", False), bool), entry


def test_model_names_are_unique():
    names = [e["name"].lower() for e in _jsonl("models.jsonl")]
    assert len(names) == len(set(names))


def test_every_verb_has_a_valid_class_and_direction(lexicon):
    assert lexicon["verbs"]
    for lemma, entry in lexicon["verbs"].items():
        assert lemma == lemma.lower().strip(), lemma
        assert entry.get("class") in VERB_CLASSES, (lemma, entry)
        for key in ("direction", "default_direction"):
            # null means "no default": the object alone decides (or there is no action)
            if entry.get(key) is not None:
                assert entry[key] in DIRECTIONS, (lemma, key, entry[key])
        assert "direction" in entry or "default_direction" in entry or entry["class"] in ("flip", "light"), (
            lemma,
            entry,
        )
        if "status" in entry:
            assert entry["status"] in STATUSES, (lemma, entry)


def test_trigger_nouns_have_valid_directions(lexicon):
    for noun, entry in lexicon["nouns"].items():
        assert entry.get("direction") in DIRECTIONS, (noun, entry)
        assert isinstance(entry.get("kind"), str), (noun, entry)


def test_status_words_map_to_statuses(lexicon):
    for key in ("status_verbs", "status_nouns", "hedge_modals", "hedge_adjectives"):
        for word, status in lexicon[key].items():
            assert status in STATUSES, (key, word, status)


def test_generic_actor_heads_map_to_actor_types(lexicon):
    for head, types in lexicon["generic_actor_heads"].items():
        assert types and set(types) <= ACTOR_TYPES, (head, types)
    for head, kind in lexicon["institution_heads"].items():
        assert kind in ACTOR_TYPES, (head, kind)


def test_chip_patterns_compile(lexicon):
    for pattern in lexicon["chip_name_patterns"]:
        re.compile(pattern)


def test_capitals_shape():
    capitals = _json("capitals.json")
    assert isinstance(capitals, dict) and capitals
    for city, entry in capitals.items():
        assert isinstance(city, str) and city[:1].isupper(), city
        assert isinstance(entry.get("government"), str) and entry["government"], city
        # an empty list is fine: the capital then names the government itself
        assert isinstance(entry.get("prefer"), list), city
        assert all(isinstance(p, str) and p for p in entry["prefer"]), city


def test_no_data_file_repeats_a_key():
    """A JSON object with a key twice silently keeps the last one: two edits to one list would lose one."""
    import json
    from importlib import resources

    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"repeated keys: {sorted(repeated)}"
        return dict(pairs)

    files = [f for f in resources.files("policyscan.data").iterdir() if f.name.endswith((".json", ".jsonl"))]
    assert len(files) >= 5
    for f in files:
        text = f.read_text(encoding="utf-8")
        docs = [line for line in text.splitlines() if line.strip()] if f.name.endswith(".jsonl") else [text]
        for doc in docs:
            json.loads(doc, object_pairs_hook=no_duplicates)
