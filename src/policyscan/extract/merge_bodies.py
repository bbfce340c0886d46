"""One body named two ways: a country ("Russia will lift the ban", "the Varnian government has suspended ...")
for the ministry or regulator that the text names when it tells the same event ("the Federal Media Service
withdrew its demand ..."), even when the text never says whose body that is."""

from __future__ import annotations

import functools
import re
from datetime import date

from policyscan.extract.actions import RawAction
from policyscan.extract.countries_data import country_of
from policyscan.extract.dates import compatible
from policyscan.extract.events import RECENT_TOLD, SAID_NOW
from policyscan.extract.merge_mentions import absorb, background, names_overlap
from policyscan.extract.merge_near import event_family, sentence_gap
from policyscan.extract.patterns import lexicon
from policyscan.report import HEDGED

COUNTRY_REACH = 1200  # characters between the country's mention and the body's account of the same event
_GOVERNMENT_WORDS = (" government",)  # "the Turkish authorities" may be several bodies: never folded into one


def polity(actor: str | None) -> str | None:
    """ "Russia", "Iranian government", "Bahrain's government" -> the polity; a body's own name -> None."""
    name = (actor or "").strip().removeprefix("the ").removeprefix("The ")
    for suffix in _GOVERNMENT_WORDS:
        name = name.removesuffix(suffix)
    return country_of(name) if name else None


def _body_of(actor: str | None, place: str, countries: dict[str, set[str]], bodies: frozenset[str]) -> bool:
    """A ministry, agency or regulator of ``place``, or one whose country the text never gives."""
    if not actor or actor not in bodies or polity(actor) is not None:
        return False
    known = {country_of(c) or c for c in countries.get(actor, set())}
    known |= {p for w in re.findall(r"[\w'\u2019]+", actor) if (p := country_of(w))}  # "Chile's ...", "Peruvian ..."
    return not known or place in known


@functools.cache
def _bare_body() -> re.Pattern[str]:
    """ "the ministry", "the agency": a bare institution head (lexicon institution_heads), built once."""
    heads = "|".join(re.escape(h) for h in lexicon()["institution_heads"])
    return re.compile(rf"\bthe (?:{heads})\b(?![-\w])")


def _named_in(body: RawAction, text: str, names: set[str]) -> bool:
    """The body's own sentence names it: its name, another name of it, or a bare "the <body>" ("the ministry
    said", "the agency said"). A body the actor finder gave a sentence that names some other office ("the
    finance ministry exempted ...", credited to the trade directorate named before) does not take a country's
    event."""
    for start, end in body.sents:
        sent = text[start:end].lower()
        if any(n.lower() in sent for n in names if n) or _bare_body().search(sent):
            return True
    return False


def _told_date(a: RawAction, told_on: date | None) -> str | None:
    """The action's date, or for an undated one told as done or said now ("Bahrain has ordered ...") the month
    of the telling, as ``events.date_recent`` will date it: such a lede is not an account dated months before."""
    if a.date.value or told_on is None or not (a.told in RECENT_TOLD or a.status in SAID_NOW):
        return a.date.value
    return f"{told_on.year:04d}-{told_on.month:02d}"


def _tells(body: RawAction, c: RawAction, text: str, told_on: date | None = None) -> bool:
    """``c`` (by a country) tells ``body``'s event: same direction and event family, dates that fit, the same
    firmness (a background gerund, "after suspending it", takes the account's), no two different named objects,
    close by."""
    if body.direction != c.direction or event_family(body) != event_family(c):
        return False
    if (body.status in HEDGED) != (c.status in HEDGED) and not background(c, text):
        return False
    if not compatible(_told_date(body, told_on), _told_date(c, told_on)):
        return False
    if body.object_keys and c.object_keys and not names_overlap(body.object_keys, c.object_keys):
        return False  # "Varnia suspended Zephyr" is not the body's suspension of Kestrel
    return sentence_gap(body, c) < COUNTRY_REACH


def fold_country_mentions(
    actions: list[RawAction],
    text: str,
    countries: dict[str, set[str]],
    bodies: frozenset[str],
    aliases: dict[str, set[str]] | None = None,
    told_on: date | None = None,
) -> list[RawAction]:
    """Fold each country's action into the one body's account it restates (see ``_tells``). Only when exactly one
    body fits and no other country tells an event of that family and direction: with two candidates the text does
    not say which body the country stands for."""
    aliases = aliases or {}
    out = list(actions)
    for c in [a for a in actions if polity(a.actor)]:
        place = polity(c.actor) or ""
        rivals = {
            polity(a.actor)
            for a in out
            if a is not c and polity(a.actor) and a.direction == c.direction and event_family(a) == event_family(c)
        }
        if rivals - {place}:
            continue
        fits = [
            b
            for b in out
            if b is not c
            and _body_of(b.actor, place, countries, bodies)
            and _tells(b, c, text, told_on)
            and _named_in(b, text, {b.actor or "", *aliases.get(b.actor or "", set())})
        ]
        if len({b.actor for b in fits}) != 1:
            continue
        into = min(fits, key=lambda b: sentence_gap(b, c))
        # the body's firmness stands over a background gerund's; the first telling (a headline, the lede) names
        # the event in the story's own words ("restored access"), the later one often by its instrument
        status = into.status
        kind, trigger = (c.kind, c.trigger) if c.sents[0] < into.sents[0] else (into.kind, into.trigger)
        absorb(into, c)
        into.kind, into.trigger = kind, trigger
        if background(c, text):
            into.status = status
        into.sents.sort()
        out.remove(c)
    return out
