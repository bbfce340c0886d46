"""A body's own country named in what it acted on is its jurisdiction, not a second object: "the commission gave
Quorin 15 days to disable the feature for all users in Morocco" (the Moroccan regulator) names the same object as
its order to suspend the feature. Keys naming the actor's own country are dropped before mentions are merged, so
they never keep two tellings of one event apart; another country's name stays a key."""

from __future__ import annotations

from policyscan.extract.actions import RawAction
from policyscan.extract.countries_data import country_of
from policyscan.extract.merge_bodies import polity

_KEY = "actor:"


def drop_own_country_keys(actions: list[RawAction], countries: dict[str, set[str]]) -> None:
    for a in actions:
        own = {country_of(c) or c for c in countries.get(a.actor or "", set())}
        if (place := polity(a.actor)) is not None:
            own.add(place)
        if own:
            a.object_keys = {k for k in a.object_keys if not (k.startswith(_KEY) and country_of(k[len(_KEY) :]) in own)}
