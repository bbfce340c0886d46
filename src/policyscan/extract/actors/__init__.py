"""Actors: who acts. Named entities, gazetteer hits and institution noun
phrases, merged into canonical actors, plus coreference-lite so that "the
company", "the regulator", "it" and "Brussels" point at a named actor.

The package, one concern per module: ``index`` (records, mentions, resolving a
token), ``names`` (cleaning, gazetteer, types), ``filters`` (entities that are
not actors), ``acronyms`` (long names and short forms), ``institutions``
(descriptions, capitalised heads, offices, capitals), ``people`` (titles and
roles), ``merge`` (coreference across the doc) and ``find`` (the pass order).
"""

from __future__ import annotations

from policyscan.extract.actors.filters import PRODUCT_NOUNS, product_names
from policyscan.extract.actors.find import find_actors
from policyscan.extract.actors.index import (
    PRONOUNS_ORG,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    ActorIndex,
    ActorRec,
    Mention,
)
from policyscan.extract.actors.merge import REGULATORY, acting_keys, to_record
from policyscan.extract.actors.names import country_name, gazetteer_entry
from policyscan.extract.actors.people import PERSON_ROLES, TITLE_WORDS
from policyscan.extract.patterns import BILL_NAME, TITLES

__all__ = [
    "BILL_NAME",
    "PERSON_ROLES",
    "PRODUCT_NOUNS",
    "PRONOUNS_ORG",
    "PRONOUNS_PERSON",
    "PRONOUNS_PLURAL",
    "REGULATORY",
    "TITLES",
    "TITLE_WORDS",
    "ActorIndex",
    "ActorRec",
    "Mention",
    "acting_keys",
    "country_name",
    "find_actors",
    "gazetteer_entry",
    "product_names",
    "to_record",
]
