"""Matching helpers for merging: object names told short and long, and a bare event noun ("the Varo inquiry",
"Ruritania's investigation") that only mentions an event told elsewhere."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.countries_data import country_of
from policyscan.extract.dates import compatible
from policyscan.extract.merge_dates import in_week
from policyscan.extract.patterns import lexicon
from policyscan.kinds import kind_info
from policyscan.report import STATUS_RANK, DateRef, Status

_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")


def _name_words(key: str) -> tuple[str, ...]:
    return tuple(w for w in _SPLIT.split(key.split(":", 1)[-1].lower()) if w)


def _prefix(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and long[: len(short)] == short


def names_overlap(a_keys: set[str], b_keys: set[str]) -> bool:
    """ "Halvard" and "Halvard AI", "Pellmark Health" and "Pellmark Health Ltd", "Halvard" and the model
    "halvard-chat": one name is the other's first whole words ("gpt-4" and "gpt-5" are not)."""
    a_names, b_names = {_name_words(k) for k in a_keys}, {_name_words(k) for k in b_keys}
    return any(_prefix(x, y) for x in a_names for y in b_names)


_MENTION_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her)\s+|['\u2019]s\s+)((?:[\w.'\u2019-]+\s+){0,4})$", re.I)


def same_body(a: str | None, b: str | None, countries: dict[str, set[str]]) -> bool:
    """One body, or a body and its country ("China" and the "Chinese government")."""
    if not a or not b:
        return False
    if a == b or a in countries.get(b, set()) or b in countries.get(a, set()):
        return True
    return a.removesuffix(" government") in countries.get(b, set()) or b.removesuffix(" government") in countries.get(
        a, set()
    )


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(lexicon()["nouns"]) | frozenset(lexicon()["loosen_nouns"])


def bare_mention(b: RawAction, text: str) -> bool:
    """An event noun with nothing of its own: one word, no target, no named object, determined by "the", a
    possessive or "its" ("declined to comment on the Varo inquiry", "has not answered Ruritania's
    investigation"). It names an event told elsewhere; the verb around it is someone else's."""
    if (
        b.trigger.lower() not in _event_nouns()
        or b.target is not None
        or b.object_keys
        or len(b.sents) != 1
        or not text
    ):
        return False
    start, end = b.sents[0]
    sent = text[start:end]
    at = [m.start() for m in re.finditer(rf"\b{re.escape(b.trigger)}\b", sent)]
    m = _MENTION_BEFORE.search(sent[: at[0]]) if len(at) == 1 else None
    return m is not None and not set(m.group(1).lower().split()) & (
        word_set("clause_starts") | word_set("mention_breakers")
    )


def absorb(into: RawAction, a: RawAction) -> None:
    if not into.sent_seen:
        into.sent_seen.update(into.sents)
    for s in a.sents:  # a set, not the list: 20,000 repeats of one event must stay linear
        if s not in into.sent_seen:
            into.sents.append(s)
            into.sent_seen.add(s)
    for o in a.objects:
        if o not in into.objects:
            into.objects.append(o)
    into.object_keys |= a.object_keys
    if (not into.date.value and a.date.value) or _finer(a.date, into.date) or in_week(a.date, into.date):
        into.date = a.date
    if into.target is None:
        into.target = a.target
    into.told = into.told or a.told
    if STATUS_RANK[a.status] < STATUS_RANK[into.status]:
        into.status = a.status
    # a named object beats a pronoun-like target
    if a.kind != into.kind and kind_info(into.kind).generic and not kind_info(a.kind).generic:
        into.kind, into.trigger = a.kind, a.trigger


def _finer(a: DateRef, b: DateRef) -> bool:
    return bool(a.value and b.value and len(a.value) > len(b.value) and a.value.startswith(b.value))


MENTION_DAYS = 7  # a bare mention's own day ("the fine was decided on Wednesday") near the event's day


def near_dates(a: str | None, b: str | None) -> bool:
    """Dates that can belong to one event told by a bare mention: compatible, or two days within a week."""
    if compatible(a, b):
        return True
    try:
        return abs((dt.date.fromisoformat(a or "") - dt.date.fromisoformat(b or "")).days) <= MENTION_DAYS
    except ValueError:
        return False


def _decided_before(mention: DateRef, event: DateRef) -> bool:
    """A bare mention's own day a few days before the day the event was told: the day it was decided."""
    try:
        gap = (dt.date.fromisoformat(event.value or "") - dt.date.fromisoformat(mention.value or "")).days
    except ValueError:
        return False
    return 0 < gap <= MENTION_DAYS


MENTION_REACH = 3000  # characters between a bare event noun and the event it names


def fold_bare_mentions(
    actions: list[RawAction],
    text: str,
    names: Callable[[RawAction, RawAction], bool],
) -> list[RawAction]:
    """Fold each bare mention (see ``bare_mention``) into the nearest event that ``names(event, mention)``
    allows; the event keeps its own status (the mention's came from a verb that is not the actor's)."""
    out = list(actions)
    for b in [a for a in actions if bare_mention(a, text)]:
        near = sorted(
            (a for a in out if a is not b and not bare_mention(a, text) and names(a, b)),
            key=lambda a: (a.actor != b.actor, min(abs(a.sents[0][0] - s) for s, _ in b.sents)),
        )
        if near and min(abs(s - b.sents[0][0]) for s, _ in near[0].sents) < MENTION_REACH:
            status, told_day = near[0].status, near[0].date
            absorb(near[0], b)
            near[0].status = status
            if _decided_before(b.date, told_day):
                near[0].date = b.date  # "fined X, the office said on Thursday. The fine was decided on Wednesday"
            near[0].sents.sort()
            out.remove(b)
    return out


HEADING_REACH = 400  # characters from a section heading to the account it heads
_HEADING = re.compile(r"^(?:#{1,6}\s+)?[^\n.!?;:]{1,80}$")


def heading(a: RawAction, text: str) -> bool:
    """A short line of its own without a full stop ("## Springfield sues", "Brussels fines"): a section
    heading."""
    if len(a.sents) != 1 or not text:
        return False
    start, end = a.sents[0]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip(" \t#")
    return line == text[start:end].strip(" \t\n#") and _HEADING.match(line) is not None


def fold_headings(
    actions: list[RawAction],
    text: str,
    same: Callable[[RawAction, RawAction], bool],
) -> list[RawAction]:
    """A section heading's action that names nothing of its own tells the event of the account right under
    it, however loosely it names the actor ("## Springfield sues", then "The state's attorney general filed
    a lawsuit against ..."): ``same(account, heading)`` checks direction, family, status and date."""
    out = list(actions)
    for h in [a for a in actions if not a.object_keys and heading(a, text)]:
        end = h.sents[0][1]
        into = min(
            (a for a in out if a is not h and any(0 <= s - end < HEADING_REACH for s, _ in a.sents) and same(a, h)),
            key=lambda a: min(s - end for s, _ in a.sents if s >= end),
            default=None,
        )
        if into is not None:
            absorb(into, h)
            into.sents.sort()
            out.remove(h)
    return out


_FIRM = frozenset({Status.ENACTED, Status.ANNOUNCED})
SUIT_REACH = 600  # characters between a lawsuit and the relief its plaintiff seeks


def _sought(b: RawAction, text: str) -> bool:
    """ "The agency is seeking penalties and an order ...": the trigger noun right after a verb of asking."""
    start, end = b.sents[0]
    sent = text[start:end].lower()
    at = sent.find(b.trigger.split()[0].lower())
    before = re.findall(r"[\w']+", sent[:at])[-3:] if at > 0 else []
    return bool(set(before) & word_set("relief_verbs"))


def fold_sought_relief(actions: list[RawAction], text: str) -> list[RawAction]:
    """A penalty or order that a plaintiff seeks ("The agency sued X in June. It is seeking penalties and an
    order that X publish corrective notices.") is the lawsuit's relief, not an event of its own."""
    out = list(actions)
    suits = [a for a in actions if kind_info(a.kind).family == "sue" and a.status in _FIRM]
    for b in [a for a in actions if a.status not in _FIRM and len(a.sents) == 1 and text]:
        if kind_info(b.kind).family == "sue" or not _sought(b, text):
            continue
        into = next(
            (s for s in suits if s.actor == b.actor and min(abs(b.sents[0][0] - e) for _, e in s.sents) < SUIT_REACH),
            None,
        )
        if into is not None:
            status, kind, trigger = into.status, into.kind, into.trigger
            absorb(into, b)
            into.status, into.kind, into.trigger = status, kind, trigger
            into.sents.sort()
            out.remove(b)
    return out


def background(b: RawAction, text: str) -> bool:
    """ "After revoking the order, the president issued his own on 23 January": a gerund after "after",
    "since" or "following" tells an event as the background of another; its date and status are the main
    clause's."""
    word = b.trigger.split()[0]
    if not word.lower().endswith("ing") or len(b.sents) != 1 or not text:
        return False
    start, end = b.sents[0]
    sent = text[start:end]
    for m in re.finditer(rf"\b{re.escape(word)}\b", sent):
        before = re.findall(r"[\w']+", sent[: m.start()])
        if before and before[-1].lower() in word_set("background_markers"):
            return True
    return False


def pronoun_background(account: RawAction, b: RawAction) -> bool:
    """ "Varnia has yet to decide ... after suspending it last month": a background event that names nothing
    (a pronoun, or no object at all) can restate any account of its kind on a date that fits."""
    pronoun = not b.target or b.target.lower() in word_set("object_pronouns")
    return pronoun and not b.object_keys and compatible(account.date.value, b.date.value)


def fold_background(
    actions: list[RawAction], text: str, fits: Callable[[RawAction, RawAction], bool]
) -> list[RawAction]:
    """Fold an event told as background (see ``background``) into the nearest account of it that
    ``fits(account, mention)``; the account keeps its own date, status, kind and trigger."""
    out = list(actions)
    for b in [a for a in actions if background(a, text)]:
        near = sorted(
            (a for a in out if a is not b and not background(a, text) and fits(a, b)),
            key=lambda a: (a.actor != b.actor, min(abs(a.sents[0][0] - s) for s, _ in b.sents)),
        )
        if near:
            into = near[0]
            kept = into.status, into.date, into.kind, into.trigger
            absorb(into, b)
            into.status, into.date, into.kind, into.trigger = kept
            into.sents.sort()
            out.remove(b)
    return out


def _stems(name: str) -> set[str]:
    generic = {w[:6] for w in lexicon()["generic_actor_heads"]}
    words = re.findall(r"[a-z]+", name.lower())
    return {w[:6] for w in words if len(w) > 5 and w[:6] not in generic and country_of(w.capitalize()) is None}


def stem_fits(loose: str | None, named: str | None) -> bool:
    """ "Ruritania's telecoms regulator" and the "Telecommunications Regulatory Authority": a word of the
    loose name and one of the full name share their first six letters (generic heads and places aside); or
    the loose name is a country the full name says by name or adjective ("Peru", the "Peruvian Telecoms
    Authority")."""
    place = country_of((loose or "").strip().title())
    if place and any(country_of(w.capitalize()) == place for w in re.findall(r"[\w'\u2019]+", named or "")):
        return True
    return bool(_stems(loose or "") & _stems(named or "")) or _same_domain(loose or "", named or "")


def _same_domain(loose: str, named: str) -> bool:
    """ "the UK data watchdog" and the "Information Commissioner": a regulator named by what it watches over and
    a body whose name says the same field in other words (data/action_words.json ``regulator_domains``)."""
    heads = {w for w, types in lexicon()["generic_actor_heads"].items() if "regulator" in types}
    loose_words = set(re.findall(r"[a-z][a-z-]*", loose.lower()))
    if not loose_words & heads:
        return False
    named_words = set(re.findall(r"[a-z][a-z-]*", named.lower()))
    return any(loose_words & set(d.split()) and named_words & set(d.split()) for d in word_set("regulator_domains"))


def fold_into_first(actions: list[RawAction], joins: Callable[[RawAction, RawAction], bool]) -> list[RawAction]:
    """Each action joins the first kept action ``joins(kept, action)`` accepts, in text order; others are kept."""
    out: list[RawAction] = []
    for b in actions:
        into = next((a for a in out if joins(a, b)), None)
        if into is None:
            out.append(b)
        else:
            absorb(into, b)
            into.sents.sort()
    return out
