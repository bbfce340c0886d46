"""One executive named two ways: "the White House has eased the controls ... the Trump administration is lifting
them", "the Palvian government suspended the app ... the Oduya administration ordered it blocked". A leader's
"<Name> administration" names no country; it is the government of the one government body (a country's
government, its seat) that tells the same event close by: same direction and event family, the same firmness,
dates that fit, no two different named objects."""

from __future__ import annotations

import re

from policyscan.extract.actions import RawAction
from policyscan.extract.countries_data import country_of
from policyscan.extract.merge_mentions import absorb
from policyscan.extract.merge_near import tells_same_event
from policyscan.extract.patterns import actor_word_set

EXECUTIVE_REACH = 1200  # characters between the administration's account and the government's


def administration(actor: str | None, governments: dict[str, str | None]) -> bool:
    """ "Trump administration": a government actor of no known country named "<Name> administration"."""
    words = (actor or "").split()
    return (
        actor in governments
        and governments[actor or ""] is None
        and len(words) >= 2
        and words[-1].lower() in actor_word_set("administration_words")
    )


def _tells(a: RawAction, b: RawAction) -> bool:
    return tells_same_event(a, b, EXECUTIVE_REACH)


def _places(a: RawAction, text: str) -> set[str]:
    """The polities the action's sentences name ("the Harlan administration in the United States")."""
    found: set[str] = set()
    for start, end in a.sents:
        words = re.findall(r"[A-Z][\w.\u2019'-]*", text[start:end])
        for n in (1, 2, 3):
            found |= {p for i in range(len(words) - n + 1) if (p := country_of(" ".join(words[i : i + n])))}
    return found


def fold_administrations(actions: list[RawAction], governments: dict[str, str | None], text: str) -> list[RawAction]:
    """Fold each administration's action into the account of the one government body of a known country that
    tells the same event (see ``_tells``); with two such bodies the text does not say which one it is, and an
    administration whose sentence names another country is that country's."""
    out = list(actions)
    for adm in [a for a in actions if administration(a.actor, governments)]:
        fits = [g for g in out if g is not adm and g.actor and governments.get(g.actor) and _tells(g, adm)]
        if len({g.actor for g in fits}) != 1 or _places(adm, text) - {
            country_of(governments[fits[0].actor or ""] or "")
        }:
            continue  # "the Harlan administration in the United States" is not the Brazilian government
        into = min(fits, key=lambda g: min(abs(s - adm.sents[0][0]) for s, _ in g.sents))
        status, kind, trigger = into.status, into.kind, into.trigger
        absorb(into, adm)
        into.status, into.kind, into.trigger = status, kind, trigger
        into.sents.sort()
        out.remove(adm)
    return out
