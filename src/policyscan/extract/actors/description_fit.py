"""Whether a named body can be the one a description stands for, beyond its kind: the description's field of
regulation and its country must fit the body's.

- Field: "Belgium's telecoms regulator" is not the Data Protection Authority, "India's finance ministry" is not the
  Ministry of Electronics and Information Technology. A body whose own name gives a field (data ``regulator_fields``)
  fits only a description that gives one of the same fields or none; a name in no field ("Datatilsynet", "the
  Garante") fits any.
- Country: a body whose country the text never gave, in a story datelined in one country ("NAIROBI, March 12 -
  ... the Office of the Data Protection Commissioner"), is that country's body; a description of another country's
  body ("Uganda's communications regulator", "Indonesia's trade ministry" in a Kuala Lumpur story) does not take it.
"""

from __future__ import annotations

from policyscan.extract.actors.index import ActorRec
from policyscan.extract.countries_data import country_of
from policyscan.extract.patterns import actor_word_set, actor_words
from policyscan.report import ActorType


def fields_of(words: set[str]) -> set[int]:
    """The fields of regulation (indexes into data ``regulator_fields``) some of these lower-case words name."""
    groups = actor_words()["regulator_fields"]
    return {i for i, group in enumerate(groups) if words & set(group)}


def _name_words(name: str) -> set[str]:
    return {w.strip(",.;:()").lower() for w in name.split()}


def _is_name(alias: str) -> bool:
    """ "National Data Protection Commission", "CNPD": a name, not a description ("Portugal's privacy regulator")."""
    small = ("of", "for", "and", "the", "on", "de", "la", "per", "dei", "des", "du")
    words = [w for w in alias.split() if w.lower() not in small]
    return bool(words) and all(w[:1].isupper() for w in words) and not any("'" in w or "’" in w for w in words)


def own_fields(body: ActorRec) -> set[int]:
    """The fields the body's own names (not the descriptions merged into it) give."""
    names = [body.name, *sorted(a for a in body.aliases if _is_name(a))]
    if not _is_name(body.name):
        names = names[1:]
    return set().union(*(fields_of(_name_words(n)) for n in names)) if names else set()


def other_field(description_fields: set[int], body: ActorRec) -> bool:
    """The description names a field and the body's own name names only others."""
    own = own_fields(body)
    return bool(description_fields) and bool(own) and not own & description_fields


def ministry_for_body(description: ActorRec, body: ActorRec) -> bool:
    """ "Senegal's digital ministry" is not the regulator ARTP: a ministry description joins no regulator whose
    name is not a ministry's."""
    ministry = actor_word_set("ministry_heads")
    said = description.name.lower().split()
    return (
        bool(said)
        and said[-1] in ministry
        and body.type == ActorType.REGULATOR
        and not ministry & set(body.name.lower().split())
    )


def foreign_to_story(description: ActorRec, body: ActorRec, home: str | None) -> bool:
    """A body of no given country in a story datelined in ``home``, and a description of another country's body."""
    own = country_of(description.country) if description.country else None
    return not body.country and home is not None and own is not None and own != country_of(home)
