"""A country and the official who speaks for it tell one event: "Norland on Monday banned the Kestrel app on
government devices ... Norland Premier Ada Voss said Kestrel was banned from use in all agencies." A person
titled with an office of that country right before the name ("<country> Premier <name>", "Kenya's Cabinet
Secretary <name>", office words as data) restates the country's event told close by: same direction and event
family, the same firmness, dates that fit, no two different named objects. An official whose country the text
does not give ("President Voss said") is left alone: it may be another country's."""

from __future__ import annotations

import re

from policyscan.extract.actions import RawAction
from policyscan.extract.countries_data import country_of
from policyscan.extract.merge_bodies import polity
from policyscan.extract.merge_mentions import absorb
from policyscan.extract.merge_near import tells_same_event
from policyscan.extract.patterns import actor_word_set

OFFICIAL_REACH = 1200  # characters between the country's account and the official's


def _official_of(p: RawAction, place: str, text: str) -> bool:
    """``p``'s actor is named right after an office of ``place``: "Taiwan Premier Cho", "Kenya's Cabinet
    Secretary Owalo"."""
    titles = actor_word_set("government_office_titles")
    name = p.actor or ""
    for start, end in p.sents:
        sent = text[start:end]
        for m in re.finditer(re.escape(name), sent):
            words = re.findall(r"[\w.'\u2019-]+", sent[max(0, m.start() - 80) : m.start()])[-6:]
            if not words or words[-1].lower() not in titles:
                continue
            spans = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
            if any(country_of(s) == place for s in spans):
                return True
    return False


def _tells(a: RawAction, b: RawAction) -> bool:
    return tells_same_event(a, b, OFFICIAL_REACH)


def fold_countries_into_officials(actions: list[RawAction], text: str, persons: frozenset[str]) -> list[RawAction]:
    """Fold each country's action into the one official of that country who tells the same event (see
    ``_tells``); the official's account keeps its status, and the first telling names the event."""
    out = list(actions)
    for c in [a for a in actions if polity(a.actor)]:
        place = polity(c.actor) or ""
        fits = [p for p in out if p.actor in persons and _tells(p, c) and _official_of(p, place, text)]
        if len({p.actor for p in fits}) != 1:
            continue
        into = min(fits, key=lambda p: min(abs(s - c.sents[0][0]) for s, _ in p.sents))
        status = into.status
        kind, trigger = (c.kind, c.trigger) if c.sents[0] < into.sents[0] else (into.kind, into.trigger)
        absorb(into, c)
        into.status, into.kind, into.trigger = status, kind, trigger
        into.sents.sort()
        out.remove(c)
    return out
