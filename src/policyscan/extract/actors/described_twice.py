"""One body described twice: "Morocco's data watchdog" in the headline, "Morocco's data-protection authority" in the
body, and no name the text gives for it that the finder took. Two descriptions of a regulator of one country in one
field of regulation are one body; a field only one of them names, or two different fields ("Italy's data watchdog",
"Italy's competition authority"), keep them apart."""

from __future__ import annotations

from policyscan.extract.actors.index import ActorIndex, absorb
from policyscan.extract.actors.merge import REGULATORY, description_fields
from policyscan.extract.actors.names import country_name


def join_described_twice(index: ActorIndex, descriptive: set[str]) -> None:
    """Fold each later description into the first one of the same country, kind and field (see the module doc)."""
    left = sorted((index.actors[k] for k in descriptive if k in index.actors), key=lambda r: (r.first, r.key))
    kept: list = []
    for rec in left:
        fields = description_fields(rec)
        if rec.type not in REGULATORY or not rec.country or not fields:
            continue
        into = next(
            (
                k
                for k in kept
                if k.key in index.actors
                and country_name(k.country) == country_name(rec.country)
                and description_fields(k) == fields
            ),
            None,
        )
        if into is None:
            kept.append(rec)
        else:
            absorb(index, into.key, rec.key)
