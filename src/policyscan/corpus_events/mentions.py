"""Mentions: one action of one analysed article, with the days it may have happened and its object words.

Also the clustering's tunables (``settings``, data/corpus_events.json), read by every step.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from policyscan.corpus_events.identity import ActorIdentity, actor_key

WORD = re.compile(r"[a-z0-9][a-z0-9\-]+")
NAME = re.compile(r"\b(?:[A-Z][\w\-]*[a-z0-9][\w\-]*|[A-Za-z]*\d[\w.\-]*)")
_MIN, _MAX = dt.date.min, dt.date.max


@cache
def settings() -> dict[str, Any]:
    return json.loads(resources.files("policyscan.data").joinpath("corpus_events.json").read_text(encoding="utf-8"))


@dataclass(slots=True)
class Mention:
    article: str
    sha256: str
    published: str | None
    action_id: str
    actor: str
    kind: str
    direction: str
    status: str
    words: frozenset[str]
    names: frozenset[str]
    target_names: frozenset[str]
    value: str | None
    granularity: str | None
    lo: dt.date
    hi: dt.date
    evidence: str
    recent: tuple[dt.date, dt.date] | None = None  # a derived date's fallback: the article's recent past
    date_dropped: bool = False  # joined on the fallback: its derived date is no vote for the event's date


def interval(value: str | None, granularity: str | None, published: dt.date | None) -> tuple[dt.date, dt.date]:
    """The days a date value covers (a day with a small tolerance); an undated mention happened
    shortly before publication."""
    from policyscan.report import day_range

    first, last = day_range(value, granularity)
    if first and last:
        lo, hi = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        if lo == hi:  # a day: retellings may be a day off ("on Tuesday" vs the wire's date)
            tol = dt.timedelta(days=int(settings()["day_tolerance"]))
            lo = lo - tol if lo > _MIN + tol else _MIN
            hi = hi + tol if hi < _MAX - tol else _MAX
        return lo, hi
    if published is not None:
        back = dt.timedelta(days=int(settings()["undated_lookback_days"]))
        return (published - back if published > _MIN + back else _MIN), published
    return _MIN, _MAX


@cache
def _generic() -> frozenset[str]:
    return frozenset(settings()["generic_words"])


def _names(text: str, words: set[str], generic: frozenset[str], shortest: int) -> set[str]:
    """The names among ``words``; a compound of names ("the Halden-Orrin deal") also names each part."""
    names: set[str] = set()
    for n in NAME.findall(text):
        if n.lower() in words:
            names.add(n.lower())
            parts = n.split("-")
            if len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts):
                names.update(p.lower() for p in parts if len(p) >= shortest and p.lower() not in generic)
    return names


def _words(action: dict[str, Any]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Content words of the action's objects, the names among them (capitalised or versioned), and
    the names in its target (the direct object) alone."""
    generic, shortest = _generic(), int(settings()["min_word_length"])
    raw_target = action.get("target")
    target = raw_target if isinstance(raw_target, str) else ""
    parts = [*(action.get("objects") or []), target]
    text = " ".join(p for p in parts if isinstance(p, str))
    words = {w for w in WORD.findall(text.lower()) if len(w) >= shortest and w not in generic}
    names = _names(text, words, generic, shortest)
    target_names = _names(target, words, generic, shortest) if names else set()
    return frozenset(words | names), frozenset(names), frozenset(target_names)


def _published(record: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(record.get("published"))[:10])
    except ValueError:
        return None


def mentions_of(record: dict[str, Any], identity: ActorIdentity) -> Iterator[Mention]:
    """Every dated-or-not action of one analysed article that has an actor."""
    source = record.get("source") or {}
    article = source.get("url") or source.get("path") or "?"
    published = _published(record)
    limit = int(settings()["max_evidence_chars"])
    for action in record.get("actions") or []:
        actor = action.get("actor")
        if not isinstance(actor, str) or not actor_key(actor):
            continue
        identity.count(actor)
        date = action.get("date") or {}
        value, granularity = date.get("value"), date.get("granularity")
        lo, hi = interval(value, granularity, published)
        recent = None
        status = str(action.get("status") or "enacted")
        if published is not None and "text" in date and not date["text"] and value:
            if value == published.isoformat()[:7]:
                # The publication month an undated "has banned" gets (date.text empty: inferred) is a guess
                # at "recently": like an undated mention it fits any event of the article's recent past.
                lo, hi = interval(None, None, published)
            elif status == "enacted":
                # A date carried from a neighbouring sentence or counted from another event ("six weeks
                # after it had blocked the app" in a March story) is derived, not told: when it fits no
                # event, a done action may still retell one of the article's recent past. (A hedged one
                # is no retelling of a done event: "proposed on March 1" is not February's ban.)
                recent = interval(None, None, published)
        words, names, target_names = _words(action)
        evidence = action.get("evidence") or [{}]
        yield Mention(
            article=sys.intern(str(article)),
            sha256=sys.intern(str(source.get("sha256") or "")),
            published=record.get("published"),
            action_id=str(action.get("id") or ""),
            actor=actor,
            kind=str(action.get("kind") or ""),
            direction=str(action.get("direction") or "neutral"),
            status=status,
            words=words,
            names=names,
            target_names=target_names,
            value=value,
            granularity=granularity,
            lo=lo,
            hi=hi,
            evidence=str((evidence[0] or {}).get("text") or "")[:limit],
            recent=recent,
        )
