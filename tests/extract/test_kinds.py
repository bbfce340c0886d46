"""The action kinds table agrees with the lexicon, the enum and itself: every kind the
lexicon can produce has a row (family, CAMEO and PLOVER codes), and every row is reachable."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from policyscan.extract.actions.frames import VERB_CLASSES
from policyscan.extract.actions.words import verb_entry
from policyscan.extract.events import codes
from policyscan.kinds import KindInfo, kind_info, kind_table
from policyscan.report import Action, ActionKind, Direction, Status

DATA = resources.files("policyscan.data")
CAMEO = re.compile(r"^\d{2,4}$")
PLOVER = re.compile(r"^[A-Z][A-Z_]*$")
FIELDS = {"label", "family", "cameo", "plover", "loosens", "presupposes_prior", "generic", "produced_by"} | {
    "clause_object",
    "by_courts",
    "by_private_persons",
    "content_may_loosen",
    "lifted_as_own",
}
KIND_KEYS = ("kind", "default_kind", "money_kind", "agreement_kind", "other_object_kind", "negated_kind")
VERB_FLAGS = {
    "class",
    *KIND_KEYS,
    *(k.replace("kind", "direction") for k in KIND_KEYS),
    "needs_object",
    "counterparty_actor",
    "needs_governor",
    "needs_cessation",
    "ceased_activities",
    "not_after_from",
    "not_as_participle",
    "particle",
    "particle_senses",
    "object_words",
    "not_particles",
    "needs_direct_object",
    "status",
    "weak",
    "money_only",
    "objects_only",
    "keeps_own_kind",
    "refuses_noun_kinds",
    "pronoun_object",
    "list_nouns",
    "list_words",
    "list_preps",
    "patient_subject",
    "loosening_clause",
    "court_relief",
    "holds_from_clause",
    "only_noun_kinds",
    "noun_direction",
    "noun_preps",
    "not_objects",
    "not_preps",
    "directed_direction",
    "infinitive_object",
}


@pytest.fixture(scope="module")
def raw_kinds() -> dict:
    return json.loads(DATA.joinpath("kinds.json").read_text("utf-8"))["kinds"]


@pytest.fixture(scope="module")
def lexicon() -> dict:
    return json.loads(DATA.joinpath("lexicon.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def action_words() -> dict:
    return json.loads(DATA.joinpath("action_words.json").read_text("utf-8"))


def lexicon_kinds(lexicon: dict, action_words: dict) -> dict[str, list[str]]:
    """kind -> the data entries that yield it (verbs with their class defaults, nouns, loosening nouns)."""
    found: dict[str, list[str]] = {}
    for lemma in lexicon["verbs"]:
        entry = verb_entry(lemma)
        for key in KIND_KEYS:
            if entry.get(key):
                found.setdefault(entry[key], []).append(f"verb {lemma}.{key}")
    found.setdefault(action_words["court_relief_kind"], []).append("action_words court_relief_kind")
    found.setdefault(action_words["non_enforcement_kind"], []).append("action_words non_enforcement_kind")
    found.setdefault(action_words["court_restraint_kind"], []).append("action_words court_restraint_kind")
    found.setdefault(action_words["law_kind"], []).append("action_words law_kind")
    found.setdefault(action_words["shift_loosen_kind"], []).append("action_words shift_loosen_kind")
    found.setdefault(action_words["shift_tighten_kind"], []).append("action_words shift_tighten_kind")
    found.setdefault(action_words["finding_kind"], []).append("action_words finding_kind")
    found.setdefault(action_words["dismissal_kind"], []).append("action_words dismissal_kind")
    found.setdefault(action_words["delist_kind"], []).append("action_words delist_kind")
    found.setdefault(action_words["guidance_tighten_kind"], []).append("action_words guidance_tighten_kind")
    found.setdefault(action_words["freeze_kind"], []).append("action_words freeze_kind")
    for noun, entry in lexicon["nouns"].items():
        found.setdefault(entry["kind"], []).append(f"noun {noun}")
    for noun, kind in lexicon["loosen_nouns"].items():
        found.setdefault(kind, []).append(f"loosen_noun {noun}")
    return found


def test_kind_rows_are_well_formed(raw_kinds):
    assert raw_kinds
    for name, row in raw_kinds.items():
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", name), name
        assert isinstance(row["label"], str) and row["label"].strip(), name
        assert isinstance(row["family"], str) and row["family"], name
        # codes are strings: CAMEO "090" and "081" keep their leading zero
        assert isinstance(row["cameo"], str) and CAMEO.match(row["cameo"]), (name, row["cameo"])
        assert isinstance(row["plover"], str) and PLOVER.match(row["plover"]), (name, row["plover"])
        loosens = row.get("loosens")
        assert loosens is None or (isinstance(loosens, dict) and set(loosens) <= {"cameo", "plover", "family"}), name
        for key, pattern in (("cameo", CAMEO), ("plover", PLOVER)):
            if loosens and key in loosens:
                assert isinstance(loosens[key], str) and pattern.match(loosens[key]), (name, key, loosens[key])
        assert isinstance(row.get("presupposes_prior"), bool), name
        assert set(row) <= FIELDS, (name, set(row) - FIELDS)


def test_loosened_families_exist(raw_kinds):
    families = {row["family"] for row in raw_kinds.values()}
    for name, row in raw_kinds.items():
        if (row.get("loosens") or {}).get("family"):
            assert row["loosens"]["family"] in families, name


def test_enum_is_the_table():
    assert [k.value for k in ActionKind] == list(kind_table())
    assert all(isinstance(info, KindInfo) for info in kind_table().values())


def test_every_lexicon_kind_is_an_action_kind_with_codes(lexicon, action_words):
    for kind, where in lexicon_kinds(lexicon, action_words).items():
        assert kind in ActionKind.__members__.values(), (kind, where)
        info = kind_info(kind)
        assert info.family and CAMEO.match(info.cameo) and PLOVER.match(info.plover), kind


def test_every_kind_is_reachable(lexicon, action_words, raw_kinds):
    """A kind no lexicon entry yields must say which code produces it and why."""
    reachable = set(lexicon_kinds(lexicon, action_words))
    for name, row in raw_kinds.items():
        if name not in reachable:
            assert isinstance(row.get("produced_by"), str) and len(row["produced_by"]) > 10, name
        else:
            assert "produced_by" not in row, f"{name} is reachable from the lexicon; drop produced_by"


def test_an_unlisted_kind_is_refused():
    with pytest.raises(ValueError, match=r"not in data/kinds\.json"):
        kind_info("curfew-of-the-moon")
    with pytest.raises(ValueError):
        codes("curfew-of-the-moon", Direction.TIGHTEN, Status.ENACTED)
    with pytest.raises(ValueError):
        Action.model_validate(
            {"id": "a", "trigger": "t", "kind": "curfew-of-the-moon", "direction": "tighten", "status": "enacted"}
            | {"actor": None, "target": None, "date": {}}
        )


@pytest.mark.parametrize("name", list(kind_table()))
def test_codes_follow_the_table(name):
    info = kind_info(name)
    assert codes(name, Direction.TIGHTEN, Status.ENACTED) == (info.cameo, info.plover)
    assert codes(name, Direction.LOOSEN, Status.ENACTED) == (info.loosened_cameo, info.loosened_plover)
    # a threat or a denial is coded by its status, whatever the kind
    assert codes(name, Direction.TIGHTEN, Status.THREATENED) == ("130", "THREATEN")


def test_every_verb_class_has_a_handler(lexicon):
    assert set(lexicon["verb_classes"]) == set(VERB_CLASSES)
    for lemma, entry in lexicon["verbs"].items():
        assert entry["class"] in VERB_CLASSES, (lemma, entry["class"])


def test_verb_entries_use_known_flags(lexicon):
    """A misspelt flag would be silently ignored by the handlers."""
    for lemma in lexicon["verbs"]:
        entry = verb_entry(lemma)
        assert set(entry) <= VERB_FLAGS, (lemma, set(entry) - VERB_FLAGS)
        for key in KIND_KEYS:
            if entry.get(key):
                direction = entry.get(key.replace("kind", "direction"))
                # flip verbs take their direction from the object; the others carry one with every kind
                assert direction in {d.value for d in Direction} or (key == "kind" and entry["class"] == "flip"), (
                    lemma,
                    key,
                )
        for key in ("refuses_noun_kinds",):
            assert set(entry.get(key, ())) <= set(kind_table()), (lemma, key)


def test_particle_senses_are_verb_entries(lexicon):
    """ "cut off" is an entry of its own under "cut": a known class, known flags, a kind with codes."""
    for lemma, entry in lexicon["verbs"].items():
        for particle, sense in entry.get("particle_senses", {}).items():
            assert particle.isalpha() and particle.islower(), (lemma, particle)
            assert sense["class"] in VERB_CLASSES and set(sense) <= VERB_FLAGS - {"particle_senses"}, (lemma, particle)
            assert sense.get("kind") in kind_table() and sense.get("direction") in {d.value for d in Direction}
            assert all(w.islower() for w in sense.get("object_words", ())), (lemma, particle)


def test_class_handlers_find_what_they_need(lexicon):
    for lemma in lexicon["verbs"]:
        entry = verb_entry(lemma)
        if entry["class"] in ("direct", "directive", "enact", "list"):
            assert entry.get("kind") and entry.get("direction"), lemma
        if entry["class"] == "list":
            assert entry["list_nouns"] and entry["list_words"] and entry["list_preps"], lemma
        if entry["class"] == "light" and entry.get("keeps_own_kind"):
            assert entry.get("default_kind") and entry.get("default_direction"), lemma


KIND_WORDS = (
    "court_relief_kind",
    "non_enforcement_kind",
    "court_restraint_kind",
    "law_kind",
    "shift_loosen_kind",
    "shift_tighten_kind",
    "finding_kind",
    "dismissal_kind",
    "delist_kind",
    "delist_source_verb",
    "guidance_tighten_kind",
    "freeze_kind",
)


def test_action_words_are_lowercase_string_lists(action_words):
    for key, words in action_words.items():
        if key.startswith("_") or key in KIND_WORDS:
            continue
        if key == "ceased_kinds":  # a direction -> the kind a ceased trigger of the other direction becomes
            assert set(words) == {"tighten", "loosen"} and set(words.values()) <= set(kind_table()), key
            continue
        if key in ("reported_future", "portfolio_body_heads"):  # a word -> the word it stands for
            assert words and all(isinstance(w, str) and w == w.lower() for w in [*words, *words.values()]), key
            continue
        assert isinstance(words, list) and words, key
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w != "" for w in words), key
        assert len(words) == len(set(words)), key


def test_irregular_forms_are_lowercase(lexicon):
    for lemma, forms in lexicon["irregular_forms"].items():
        assert lemma == lemma.lower() and forms, lemma
        assert all(isinstance(f, str) and f == f.lower() for f in forms), lemma


def test_status_codes_name_statuses():
    raw = json.loads(DATA.joinpath("kinds.json").read_text("utf-8"))
    assert set(raw) == {"_doc", "status_codes", "kinds"}
    for status, row in raw["status_codes"].items():
        if status.startswith("_"):
            continue
        assert status in {s.value for s in Status}, status
        assert CAMEO.match(row["cameo"]) and PLOVER.match(row["plover"]), (status, row)
        assert codes("ban", Direction.TIGHTEN, Status(status)) == (row["cameo"], row["plover"])
        eased = row.get("when_loosening", row)
        assert CAMEO.match(eased["cameo"]) and PLOVER.match(eased["plover"]), (status, eased)
        assert codes("ban", Direction.LOOSEN, Status(status)) == (eased["cameo"], eased["plover"])


NOUN_FLAGS = {
    "kind",
    "direction",
    "weak",
    "plural_only",
    "needs_modifier",
    "needs_of",
    "agent_noun",
    "prompting",
    "sought_about",
    "only_after_verbs",
}


def test_noun_entries_use_known_flags(lexicon: dict) -> None:
    for noun, entry in lexicon["nouns"].items():
        assert set(entry) <= NOUN_FLAGS, f"noun {noun!r} has unknown flags {set(entry) - NOUN_FLAGS}"
        for key in ("needs_modifier", "needs_of"):
            if key in entry:
                assert entry[key] and all(isinstance(w, str) and w == w.lower() for w in entry[key]), (noun, key)
        if entry.get("agent_noun"):
            assert entry.get("weak"), f"agent_noun only changes a weak noun: {noun!r}"


def test_verb_noun_kind_filters_name_real_kinds(lexicon: dict) -> None:
    for lemma in lexicon["verbs"]:
        entry = verb_entry(lemma)
        for key in ("only_noun_kinds", "refuses_noun_kinds"):
            for kind in entry.get(key, ()):
                assert kind in kind_table(), f"verb {lemma}.{key} names unknown kind {kind!r}"
        if entry.get("only_noun_kinds") or entry.get("noun_direction"):
            assert entry["class"] == "light", f"{lemma}: noun filters are read by the light class only"
        if entry.get("noun_direction"):
            assert entry["noun_direction"] in {d.value for d in Direction}


def test_kinds_lifted_as_their_own_have_own_loosening_codes() -> None:
    lifted = [info for info in kind_table().values() if info.lifted_as_own]
    assert lifted, "no kind keeps its kind when lifted"
    for info in lifted:
        assert (info.loosened_cameo, info.loosened_plover) != (info.cameo, info.plover), info.name
        assert info.loosened_family != info.family and info.presupposes_prior, info.name


def test_codebook_facts() -> None:
    """Spot checks against the CAMEO codebook (v0.7b) and the CAMEO-to-PLOVER table (2021)."""
    assert codes("curfew", Direction.TIGHTEN, Status.ENACTED) == ("1723", "COERCE")
    assert codes("curfew", Direction.LOOSEN, Status.ENACTED) == ("0813", "RETREAT")
    assert codes("emergency", Direction.TIGHTEN, Status.ENACTED) == ("1724", "COERCE")
    assert codes("emergency", Direction.LOOSEN, Status.ENACTED) == ("0814", "RETREAT")
    assert codes("embargo", Direction.LOOSEN, Status.ENACTED) == ("085", "RETREAT")
    assert codes("expel", Direction.TIGHTEN, Status.ENACTED)[0] == "174"
    assert codes("charge", Direction.TIGHTEN, Status.ENACTED)[0] == "173"
    assert codes("veto", Direction.LOOSEN, Status.ENACTED)[0] == "129"
    assert codes("ban", Direction.TIGHTEN, Status.DENIED) == ("120", "REJECT")
    assert codes("lift", Direction.LOOSEN, Status.DENIED) == ("1241", "REJECT")
