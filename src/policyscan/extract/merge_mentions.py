"""Matching helpers for merging: object names told short and long, and a bare event noun ("the Varo inquiry",
"Ruritania's investigation") that only mentions an event told elsewhere."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import lexicon

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


MENTION_REACH = 3000  # characters between a bare event noun and the event it names


def fold_bare_mentions(
    actions: list[RawAction],
    text: str,
    names: Callable[[RawAction, RawAction], bool],
    absorb: Callable[[RawAction, RawAction], None],
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
            status = near[0].status
            absorb(near[0], b)
            near[0].status = status
            near[0].sents.sort()
            out.remove(b)
    return out
