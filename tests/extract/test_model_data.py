"""data/model_words.json and the model entries of models.jsonl are consistent."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

DATA = resources.files("policyscan.data")
WORDS = json.loads(DATA.joinpath("model_words.json").read_text("utf-8"))
MODELS = [json.loads(line) for line in DATA.joinpath("models.jsonl").read_text("utf-8").splitlines() if line.strip()]
LEXICON = json.loads(DATA.joinpath("lexicon.json").read_text("utf-8"))

# Compared with token.lower_ or lower-cased text.
LOWER_LISTS = {
    "language_joiners",
    "name_nouns",
    "style_words",
    "product_name_nouns",
    "cue_nouns",
    "bracketed_cue_nouns",
    "ai_cues",
    "maker_product_nouns",
    "same_name_product_nouns",
    "use_words",
    "provide_verbs",
    "release_verbs",
    "amount_words",
    "dataset_nouns",
    "name_function_words",
    "company_verbs",
    "demonym_endings",
    "ambiguous_name_nouns",
    "owner_words",
    "appositive_determiners",
    "maker_name_joiners",
    "maker_use_phrases",
    "list_intro_words",
    "list_class_nouns",
    "list_product_nouns",
    "operate_verbs",
    "calendar_words",
    "described_product_nouns",
    "product_head_nouns",
    "platform_use_nouns",
    "marketing_phrases",
    "quoted_cue_nouns",
    "possessive_name_openers",
    "class_articles",
}
# Compared with a token's text as written.
CASED_LISTS = {
    "dotted_name_tails",
    "platform_names",
    "company_suffixes_in_names",
    "name_tail_words",
    "languages",
    "currency_codes",
    "versioned_product_stop",
}


def test_every_list_is_known_and_documented():
    keys = {k for k in WORDS if not k.startswith("_")}
    assert keys == LOWER_LISTS | CASED_LISTS
    for key in keys:
        assert key in WORDS["_doc"], key


@pytest.mark.parametrize("key", sorted(LOWER_LISTS | CASED_LISTS))
def test_lists_are_non_empty_strings_without_duplicates(key):
    words = WORDS[key]
    assert words and all(isinstance(w, str) and w.strip() == w != "" for w in words)
    assert len(words) == len(set(words)), key


@pytest.mark.parametrize("key", sorted(LOWER_LISTS))
def test_lower_lists_are_lower_case(key):
    assert [w for w in WORDS[key] if w != w.lower()] == []


@pytest.mark.parametrize("key", ["name_tail_words", "languages", "versioned_product_stop"])
def test_cased_name_lists_are_capitalised(key):
    assert [w for w in WORDS[key] if not w[:1].isupper()] == []


def test_noun_lists_do_not_overlap():
    assert set(WORDS["name_nouns"]) & set(WORDS["cue_nouns"]) == set()


def test_ambiguous_name_nouns_are_name_nouns():
    assert set(WORDS["ambiguous_name_nouns"]) <= set(WORDS["name_nouns"])


def test_maker_use_phrases_are_two_words():
    # compared with the two tokens before the name, joined by one space
    assert [p for p in WORDS["maker_use_phrases"] if len(p.split(" ")) != 2] == []


def test_demonym_endings_are_word_endings():
    assert [e for e in WORDS["demonym_endings"] if not e.isalpha()] == []


def test_negative_lists_do_not_name_a_gazetteer_model():
    names = {n.lower() for e in MODELS for n in [e["name"], *e.get("aliases", [])]}
    for key in ("languages", "currency_codes", "name_function_words", "dataset_nouns"):
        assert {w.lower() for w in WORDS[key]} & names == set(), key


def test_tail_words_are_known_suffixes_or_product_words():
    # a tail word ends a name ("Jambo Chat"); it must not also be a word that starts names in the stop list
    assert set(WORDS["name_tail_words"]) & set(LEXICON["model_name_stop"]) == set()


def test_currency_codes_look_like_codes():
    assert [c for c in WORDS["currency_codes"] if not re.fullmatch(r"[A-Z][A-Za-z]{1,5}", c)] == []


def test_maker_named_models_are_context_only_and_share_their_makers_name():
    makers = [e for e in MODELS if e.get("maker_name")]
    assert makers
    for e in makers:
        assert e.get("context_only") is True, e  # a bare "DeepSeek" is the company
        assert e["name"].split(".")[0].lower() in e["developer"].lower(), e
        assert isinstance(e["maker_name"], bool)


def test_company_suffixes_in_names_are_company_suffixes():
    assert set(WORDS["company_suffixes_in_names"]) <= set(LEXICON["company_suffixes"])


def test_maker_named_models_have_their_maker_in_the_actor_gazetteer():
    # a bare "DeepSeek" is the company: the actor gazetteer must know it
    actors = [
        json.loads(line) for line in DATA.joinpath("actors.jsonl").read_text("utf-8").splitlines() if line.strip()
    ]
    names = {n.lower() for e in actors for n in [e["name"], *e.get("aliases", [])]}
    assert [e["name"] for e in MODELS if e.get("maker_name") and e["name"].lower() not in names] == []
