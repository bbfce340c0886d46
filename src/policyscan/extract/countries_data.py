"""Countries, their aliases and nationalities (data/countries.json), and the lexicon's older demonym table."""

from __future__ import annotations

from functools import cache
from typing import Any

from policyscan.extract.patterns import TRAILING_POSS, _read_json, lexicon


@cache
def country_table() -> dict[str, Any]:
    """data/countries.json: every UN member and observer state and a few other polities, and regions."""
    return _read_json("countries.json")


@cache
def country_names() -> dict[str, str]:
    """Every name and alias of a polity -> its canonical name ("U.S." -> "United States")."""
    table: dict[str, str] = {}
    for entry in country_table()["countries"]:
        for name in [entry["name"], *entry["aliases"]]:
            table[name] = entry["name"]
    return table


@cache
def demonym_countries() -> dict[str, str]:
    """A nationality adjective or name -> the polity ("Nepali" -> "Nepal"): countries.json's demonyms, then the
    lexicon's older table (which also names states of a country: "Texan")."""
    table = {d: e["name"] for e in country_table()["countries"] for d in e["demonyms"]}
    for word, country in lexicon()["demonyms"].items():
        table.setdefault(word, country)
    return table


@cache
def demonym_of(country: str) -> str | None:
    """A polity's first demonym in countries.json ("Peru" -> "Peruvian"), or None."""
    return next(
        (e["demonyms"][0] for e in country_table()["countries"] if e["name"] == country and e["demonyms"]), None
    )


def country_of(word: str) -> str | None:
    """The canonical polity a name, alias or demonym stands for ("Kenyan", "Kenya", "Kenya's"), or None."""
    word = TRAILING_POSS.sub("", word.strip())
    return country_names().get(word) or demonym_countries().get(word)
