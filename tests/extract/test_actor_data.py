"""data/actor_words.json is well formed, and the regexes built from it behave on invented names."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from policyscan.extract import patterns
from policyscan.report import ActorType

WORDS = json.loads(resources.files("policyscan.data").joinpath("actor_words.json").read_text("utf-8"))
# Compared with token.lower_ or a lower-cased string, so an upper-case entry could never match.
LOWER_LISTS = {
    "seat_participles",
    "masthead_tail_words",
    "named_after_nouns",
    "title_topic_preps",
    "title_joiners",
    "administration_words",
    "party_member_words",
    "pronouns_org",
    "pronouns_plural",
    "pronouns_person",
    "country_words",
    "place_heads_of",
    "unit_heads_of",
    "ministry_heads",
    "example_prepositions",
    "official_nouns",
    "official_prepositions",
    "offices_not_alone",
    "judge_words",
    "person_roles",
    "product_nouns",
    "naming_verbs",
    "naming_as_verbs",
    "law_subject_words",
    "body_name_links",
    "public_body_openers",
    "rank_words",
    "platform_actor_preps",
    "name_glue",
    "known_as_phrases",
    "never_actor_names",
    "imperative_followers",
    "law_context_next",
    "law_context_prev",
    "origin_participles",
    "place_prepositions",
    "source_verbs",
    "news_outlets",
    "report_verbs",
    "source_heads",
    "group_heads",
    "court_heads",
    "central_bank_phrases",
    "origin_heads",
    "origin_determiners",
    "named_heads",
    "name_first_heads",
    "enacting_nouns",
    "people_nouns",
    "academic_phrases",
    "journalist_nouns",
    "occupation_nouns",
    "operation_words",
    "maker_nouns",
    "maker_prepositions",
    "in_place_prepositions",
    "at_place_prepositions",
    "site_nouns",
    "not_place_heads",
    "law_name_prepositions",
    "amount_scales",
    "language_names",
    "material_names",
    "any_body_heads",
    "bloc_place_prepositions",
    "bloc_member_heads",
    "place_list_prepositions",
    "place_nouns",
    "platform_use_nouns",
    "plural_form_heads",
    "lawmaker_nouns",
    "named_only_heads",
    "lawmaker_verbs",
    "speaker_nouns",
    "organisation_nouns",
    "organisation_possessions",
    "portfolio_words",
    "portfolio_tail_words",
    "office_of_titles",
    "government_office_titles",
}
# Matched case-sensitively against names as written ("Gov.", "SB", "GDPR").
CASED_LISTS = {
    "law_name_tails",
    "outlet_words",
    "outlet_tail_words",
    "outlet_first_words",
    "bloc_names",
    "title_prefixes",
    "titles",
    "judge_title_prefixes",
    "judge_titles",
    "bill_prefixes",
    "bill_words",
    "bill_bare_prefixes",
    "law_acronyms",
    "currency_codes",
    "place_names",
    "legal_forms",
    "company_name_tails",
}
TYPE_LISTS = {"orgish_types", "regulatory_types", "unnamed_body_types"}
ACTOR_TYPES = {t.value for t in ActorType}


def test_every_key_is_known_and_loaded_by_patterns():
    keys = set(WORDS) - {"_doc"}
    assert keys == LOWER_LISTS | CASED_LISTS | TYPE_LISTS | {
        "title_words",
        "portfolio_heads",
        "committee_kinds",
        "national_legislatures",
        "regulator_fields",
        "chamber_description_words",
        "chamber_name_words",
    }
    assert patterns.actor_words() == WORDS


def test_regulator_fields_are_disjoint_groups_of_lower_case_words():
    groups = WORDS["regulator_fields"]
    words = [w for group in groups for w in group]
    assert groups and all(group for group in groups)
    assert all(w == w.lower().strip() and w for w in words)
    assert len(words) == len(set(words))


@pytest.mark.parametrize("key", sorted(LOWER_LISTS | CASED_LISTS | TYPE_LISTS))
def test_lists_are_non_empty_unique_clean_strings(key):
    values = WORDS[key]
    assert isinstance(values, list) and values, key
    for v in values:
        assert isinstance(v, str) and v and v == v.strip() and "  " not in v, (key, v)
    assert len(values) == len(set(values)), (key, [v for v in values if values.count(v) > 1])


@pytest.mark.parametrize("key", sorted(LOWER_LISTS | TYPE_LISTS))
def test_lower_case_lists_are_lower_case(key):
    assert [v for v in WORDS[key] if v != v.lower()] == [], key


@pytest.mark.parametrize("key", sorted(TYPE_LISTS))
def test_type_lists_name_actor_types(key):
    assert set(WORDS[key]) <= ACTOR_TYPES, (key, set(WORDS[key]) - ACTOR_TYPES)


def test_regulatory_types_are_organisations():
    assert set(WORDS["regulatory_types"]) <= set(WORDS["orgish_types"])
    assert "person" not in WORDS["orgish_types"]


def test_title_words_map_lower_case_words_to_offices():
    titles = WORDS["title_words"]
    assert isinstance(titles, dict) and titles
    for word, office in titles.items():
        assert isinstance(word, str) and word and word == word.lower().strip(), word
        assert isinstance(office, str) and office and office == office.lower().strip(), (word, office)


def test_portfolio_heads_map_lower_case_forms_to_a_singular_head():
    heads = WORDS["portfolio_heads"]
    assert heads and all(k == k.lower() and v == v.lower() and heads.get(v) == v for k, v in heads.items())


@pytest.mark.parametrize("key", ["chamber_description_words", "chamber_name_words"])
def test_chamber_words_give_each_side_lower_case_words_of_its_own(key):
    sides = WORDS[key]
    assert set(sides) == {"lower", "upper"}
    words = [w for marks in sides.values() for w in marks]
    assert words and all(w == w.lower().strip() for w in words) and len(words) == len(set(words))


def test_committee_kinds_map_lower_case_words_to_actor_types():
    kinds = WORDS["committee_kinds"]
    assert kinds and all(k == k.lower() and v in ACTOR_TYPES for k, v in kinds.items())


def test_national_legislatures_are_legislature_heads_of_known_countries():
    from policyscan.extract.countries_data import country_of

    named = WORDS["national_legislatures"]
    heads = patterns.lexicon()["institution_heads"]
    assert named and all(k == k.lower() and heads.get(k) == "legislature" for k in named)
    assert all(country_of(v) == v for v in named.values())


def test_law_name_tails_are_law_words():
    assert set(WORDS["law_name_tails"]) <= set(patterns.lexicon()["law_words"])


def test_pronoun_lists_do_not_overlap():
    org, plural, person = (set(WORDS[k]) for k in ("pronouns_org", "pronouns_plural", "pronouns_person"))
    assert not org & plural and not org & person and not plural & person


def test_titles_are_stripped_from_names():
    assert patterns.TITLES.sub("", "Gov. Dana Pell") == "Dana Pell"
    assert patterns.TITLES.sub("", "U.S. Senator Ines Marr") == "Ines Marr"
    assert patterns.TITLES.sub("", "Governor-General Kit Aro") == "Kit Aro"
    assert patterns.TITLES.sub("", "Governance Lab") == "Governance Lab"


@pytest.mark.parametrize(
    ("text", "is_bill"),
    [
        ("SB 1047", True),
        ("H.R. 5", True),
        ("C-27", True),
        ("Bill 12", True),
        ("AB", True),
        ("SB 1047a", False),  # a whole number only
        ("sb 1047", False),  # case-sensitive: lower-case text never reaches it as a name
        ("Sable Labs", False),
        ("ABBA", False),
    ],
)
def test_bill_name(text, is_bill):
    assert bool(patterns.BILL_NAME.match(text)) is is_bill


def test_known_as_takes_the_short_name():
    text = "The panel, known as the QRB, and a body abbreviated as TVX"
    found = [m.group(1) for m in patterns.KNOWN_AS.finditer(text)]
    assert found == ["QRB", "TVX"]


def test_heading_lines():
    assert patterns.is_heading_line("Regulators Tighten Rules On Chatbots")
    assert not patterns.is_heading_line("Regulators tightened the rules on chatbots on Tuesday.")
    assert not patterns.is_heading_line("Short")


def test_place_names_and_capitals_never_share_a_city():
    """A capital acts by metonymy ("Warsaw said ..."); a place name never does: one list per city."""
    capitals = json.loads(resources.files("policyscan.data").joinpath("capitals.json").read_text("utf-8"))
    assert not set(WORDS["place_names"]) & set(capitals)


def test_every_legal_form_is_a_company_suffix():
    lexicon = json.loads(resources.files("policyscan.data").joinpath("lexicon.json").read_text("utf-8"))
    assert set(WORDS["legal_forms"]) <= set(lexicon["company_suffixes"])
