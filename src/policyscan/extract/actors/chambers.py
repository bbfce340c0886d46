"""The two chambers of a legislature: "Chile's lower house" is the Chamber of Deputies the story names, never the
Senate, even when the Senate is the one legislature the finder knows to be Chile's."""

from __future__ import annotations

from policyscan.extract.actors.index import ActorIndex, ActorRec
from policyscan.extract.actors.names import country_name
from policyscan.extract.patterns import actor_words
from policyscan.report import ActorType


def _side(name: str, key: str) -> str | None:
    """ "lower" or "upper": the chamber a name's words say, from the data list ``key`` of each side."""
    words = set(name.lower().replace("'s", " ").split())
    sides = [side for side, marks in actor_words()[key].items() if words & set(marks)]
    return sides[0] if len(sides) == 1 else None


def chamber_fit(
    index: ActorIndex, descriptive: set[str], description: ActorRec, named: list[ActorRec]
) -> list[ActorRec]:
    """The named bodies a description of one chamber ("the lower house") can stand for: the body of its side
    when the story names exactly one, none of the other side."""
    side = _side(description.name, "chamber_description_words") if description.type == ActorType.LEGISLATURE else None
    if side is None:
        return named
    own = [
        r
        for r in index.actors.values()
        if r.key not in descriptive
        and r.type == ActorType.LEGISLATURE
        and country_name(r.country) in (None, country_name(description.country))
        and _side(r.name, "chamber_name_words") == side
    ]
    if len(own) == 1:
        return own
    return [r for r in named if _side(r.name, "chamber_name_words") in (None, side)]
