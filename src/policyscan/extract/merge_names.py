"""One body, two names, where the short name is a part of the long one: a person's surname ("Newsom" after
"Gavin Newsom"), a body without the polity its full name ends on ("the Financial Supervisory Authority" and
"the Financial Supervisory Authority of Norway"), and a body named by its country's adjective and a regulator's
generic head ("Croatian watchdog" for Croatia's "Personal Data Protection Agency"). The first two rename the
short actor to the long one when exactly one acting name fits; the third is a fit the headline and loose-name
folds of ``merging`` test."""

from __future__ import annotations

import re

from policyscan.extract.actions import RawAction
from policyscan.extract.countries_data import country_of
from policyscan.extract.merge_mentions import stem_fits
from policyscan.extract.patterns import lexicon

_PLACE_TAIL = re.compile(r"^(?P<short>.+?) (?:of|for|in) (?:the )?(?P<place>[A-Z][\w.'\u2019 -]+)$")
_NAME_WORD = re.compile(r"^[A-Z][a-z'\u2019-]+$")


def _longer_name(short: str, acting: set[str]) -> str | None:
    """The one acting name ``short`` is a surname of, or a polity-less form of; None when none or several."""
    if country_of(short) is not None:
        return None  # "Sudan" is not "South Sudan"
    fits = set()
    for name in acting - {short}:
        words = name.split()
        if _NAME_WORD.match(short) and 2 <= len(words) <= 3 and words[-1] == short:
            if all(_NAME_WORD.match(w) for w in words):  # "Gavin Newsom", never "the Senate Newsom"
                fits.add(name)
        m = _PLACE_TAIL.match(name)
        if m and m.group("short") == short and country_of(m.group("place")) is not None:
            fits.add(name)
    return next(iter(fits)) if len(fits) == 1 else None


def link_short_names(actions: list[RawAction], countries: dict[str, set[str]]) -> None:
    """Rename each actor written short to its one long name (see the module doc); the long name keeps the
    countries of both."""
    acting = {a.actor for a in actions if a.actor}
    longer = {short: long for short in acting if (long := _longer_name(short, acting))}
    for a in actions:
        if a.actor in longer:
            a.actor = longer[a.actor]
    for short, long in longer.items():
        countries[long] = countries.get(long, set()) | countries.get(short, set())


def _regulator_heads() -> set[str]:
    kinds = {"regulator", "agency"}  # "Iranian government" is the country's own, not a body named loosely
    return {w for w, types in lexicon()["generic_actor_heads"].items() if kinds & set(types)}


def country_headed(loose: str | None) -> tuple[str, list[str]] | None:
    """ "Croatian watchdog" -> ("Croatia", []), "Britain's competition regulator" -> ("United Kingdom",
    ["competition"]): a polity or its adjective, lowercase field words, a public body's generic head."""
    words = (loose or "").removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or words[-1].lower() not in _regulator_heads():
        return None
    for cut in range(1, min(3, len(words) - 1) + 1):
        place = country_of(" ".join(words[:cut]))
        if place is not None:
            field = words[cut:-1]
            return (place, field) if all(w.islower() for w in field + words[-1:]) else None
    return None


def _field_fits(field: list[str], head: str, named: str) -> bool:
    """The loose name's field words say the named body's field: a word of the name starts the same way
    ("data" / "Data Protection", "telecoms" / "Telecommunications"), or ``stem_fits`` says so."""
    named_words = re.findall(r"[a-z]+", named.lower())
    for w in field:
        k = min(len(w), 6)
        if k >= 4 and any(n.startswith(w[:k]) for n in named_words):
            return True
    return stem_fits(" ".join([*field, head]), named)


def country_head_fits(loose: str | None, named: str | None, named_countries: set[str]) -> bool:
    """``loose`` (see ``country_headed``) names the body ``named`` of ``named_countries``: the same polity, and
    field words, when it has any, that fit the body's name ("Britain's competition regulator" is not Ofcom)."""
    parsed = country_headed(loose)
    if parsed is None or parsed[0].lower() not in {c.lower() for c in named_countries}:
        return False
    field = parsed[1]
    return not field or _field_fits(field, (loose or "").split()[-1].lower(), named or "")
