"""data/countries.json is consistent: one polity per name and per demonym, agreement with the older tables
(lexicon demonyms, capitals), and no name that our company or model gazetteers also use."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from policyscan.extract import countries_data

DATA = resources.files("policyscan.data")
KINDS = {"state", "observer", "polity", "bloc"}
FIELDS = {"name", "kind", "aliases", "demonyms", "ambiguous"}


def _json(name: str):
    return json.loads(DATA.joinpath(name).read_text("utf-8"))


def _jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in DATA.joinpath(name).read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def table() -> dict:
    return _json("countries.json")


def _names(entry: dict) -> list[str]:
    return [entry["name"], *entry["aliases"]]


def test_entries_are_well_formed(table):
    assert set(table) == {
        "_doc",
        "countries",
        "government_heads",
        "acting_modifier_heads",
        "not_national",
        "regions",
        "central_government_words",
    }
    assert set(table["central_government_words"]) <= {e["name"] for e in table["countries"]}
    for entry in table["countries"]:
        assert set(entry) <= FIELDS and {"name", "kind", "aliases", "demonyms"} <= set(entry), entry
        assert entry["kind"] in KINDS, entry
        assert entry.get("ambiguous", True) is True, entry  # present only when true
        for word in [*_names(entry), *entry["demonyms"]]:
            assert isinstance(word, str) and word == word.strip() and word[:1].isupper(), (entry["name"], word)
    assert all(h == h.lower() for h in [*table["government_heads"], *table["not_national"]])


def test_every_un_member_state_is_there(table):
    kinds = Counter(e["kind"] for e in table["countries"])
    assert kinds["state"] == 193  # the UN's member states
    assert {e["name"] for e in table["countries"] if e["kind"] == "observer"} == {"Holy See", "Palestine"}


def test_no_name_names_two_polities(table):
    """ "Congo" alone is two states: it is listed under neither."""
    counts = Counter(n.lower() for e in table["countries"] for n in _names(e))
    assert not [n for n, c in counts.items() if c > 1]


def test_each_demonym_names_one_polity(table):
    counts = Counter(d.lower() for e in table["countries"] for d in e["demonyms"])
    assert not [d for d, c in counts.items() if c > 1]
    names = {n.lower() for e in table["countries"] for n in _names(e)}
    # a demonym that is also a name would name two things ("Lao" is Laos's; no state is called "Lao")
    assert not [d for d in counts if d in names]


def test_regions_are_not_polities(table):
    regions = table["regions"]  # matched as written: "eurozone" and "Eurozone" are two entries
    assert len(regions) == len(set(regions))
    names = {n.lower() for e in table["countries"] for n in _names(e)}
    assert not {r.lower() for r in regions} & names


def test_older_tables_agree(table):
    """lexicon.json demonyms and capitals.json name polities by this file's canonical names."""
    canonical = {e["name"] for e in table["countries"]}
    by_name = countries_data.country_names()
    by_demonym = {d: e["name"] for e in table["countries"] for d in e["demonyms"]}
    for word, country in _json("lexicon.json")["demonyms"].items():
        if word in by_demonym:
            assert by_demonym[word] == country, word
        elif word in by_name:
            assert by_name[word] == country, word
        else:
            assert country not in canonical or word.endswith("'s"), word  # "Texan": a state of a country
    for city, entry in _json("capitals.json").items():
        assert entry["government"] in canonical, city


def test_names_do_not_collide_with_company_or_model_gazetteers(table):
    """A country's alias that is also a firm's or a model's name would turn one into the other. The EU is
    in both this file and actors.jsonl: the same polity, under the same name."""
    polities = {n.lower(): e["name"] for e in table["countries"] for n in [*_names(e), *e["demonyms"]]}
    for entry in _jsonl("actors.jsonl"):
        for name in [entry["name"], *entry.get("aliases", [])]:
            if name.lower() in polities:
                assert polities[name.lower()] == entry["name"], (name, entry["name"])
    for entry in _jsonl("models.jsonl"):
        for name in [entry["name"], *entry.get("aliases", [])]:
            assert name.lower() not in polities, name


def test_lookups():
    assert countries_data.country_of("Nepali") == countries_data.country_of("Nepalese") == "Nepal"
    assert countries_data.country_of("U.S.") == countries_data.country_of("American") == "United States"
    assert countries_data.country_of("Republic of Korea") == "South Korea"
    assert countries_data.country_of("Kenya's") == "Kenya"
    assert countries_data.country_of("Emirati") == "United Arab Emirates"
    assert countries_data.country_of("Asia-Pacific") is None
    assert countries_data.country_of("Texan") == "Texas"  # the lexicon's older table still answers
