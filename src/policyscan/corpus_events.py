"""One real-world event, one record: cluster action mentions from many articles into events.

A news archive tells one ban many times (the wire story, its reprints, next month's recap). Mentions
are blocked by (actor identity, kind family, direction) and, inside a block, by month; a mention joins
the cluster whose dates it fits (granularity-aware: a month mention fits a day inside that month) and
whose objects it shares, else it starts a new event. Near-linear in the number of mentions.

Actor identity crosses articles: names an article gives as one actor's name and aliases are one actor
everywhere (union-find), so "BIS" in one story and "the Commerce Department" in another meet when any
article links them. Byte-identical copies of an article (same sha256) add sources, never events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from policyscan.report import HEDGED

WORD = re.compile(r"[a-z0-9][a-z0-9\-]+")
LEADING_THE = re.compile(r"^(?:the)\s+", re.I)
TRAILING_POSS = re.compile(r"(?:'s|’s|'|’)$")
_MIN, _MAX = dt.date.min, dt.date.max
_EMPTY: frozenset[str] = frozenset()


@cache
def settings() -> dict[str, Any]:
    return json.loads(resources.files("policyscan.data").joinpath("corpus_events.json").read_text(encoding="utf-8"))


@cache
def _family(kind: str, direction: str) -> str:
    """Kinds that describe one kind of event share a family (data/kinds.json); a loosening revoke is a lift."""
    from policyscan.kinds import kind_table

    info = kind_table().get(kind)
    if info is None:  # a record from another version: its kind is its own family
        return kind
    return info.loosened_family if direction == "loosen" else info.family


def actor_key(name: str) -> str:
    name = TRAILING_POSS.sub("", LEADING_THE.sub("", name.strip())).strip(" .,;:")
    return " ".join(name.lower().split())


class ActorIdentity:
    """Union-find over actor names: names one article gives as the same actor are one actor."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.names: dict[str, Counter[str]] = defaultdict(Counter)

    def find(self, key: str) -> str:
        parent = self.parent.setdefault(key, key)
        while parent != self.parent[parent]:
            self.parent[parent] = self.parent[self.parent[parent]]
            parent = self.parent[parent]
        self.parent[key] = parent
        return parent

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the lexicographically smaller root wins: results do not depend on input order
            self.parent[max(ra, rb)] = min(ra, rb)

    def add_record(self, record: dict[str, Any]) -> None:
        for actor in record.get("actors") or []:
            if not isinstance(actor, dict) or not isinstance(actor.get("name"), str):
                continue
            key = actor_key(actor["name"])
            if not key:
                continue
            self.find(key)
            for alias in actor.get("aliases") or []:
                if isinstance(alias, str) and actor_key(alias):
                    self.union(key, actor_key(alias))

    def count(self, name: str) -> None:
        self.names[actor_key(name)][name] += 1

    def canonical(self, root: str) -> str:
        """The most used spelling among every name of the actor (ties: the longest, then alphabetical)."""
        counts: Counter[str] = Counter()
        for key, spellings in self.names.items():
            if self.find(key) == root:
                counts.update(spellings)
        if not counts:
            return root
        return min(counts, key=lambda n: (-counts[n], -len(n), n))


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


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, stopping at the ends of the calendar (years 1 and 9999 are dates too)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return _MIN if days < 0 else _MAX


def _interval(value: str | None, granularity: str | None, published: dt.date | None) -> tuple[dt.date, dt.date]:
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


NAME = re.compile(r"\b(?:[A-Z][\w\-]*[a-z0-9][\w\-]*|[A-Za-z]*\d[\w.\-]*)")


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
        lo, hi = _interval(value, granularity, published)
        if published is not None and "text" in date and not date["text"] and value == published.isoformat()[:7]:
            # The publication month an undated "has banned" gets (date.text empty: inferred) is a guess
            # at "recently": like an undated mention it fits any event of the article's recent past.
            lo, hi = _interval(None, None, published)
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
            status=str(action.get("status") or "enacted"),
            words=words,
            names=names,
            target_names=target_names,
            value=value,
            granularity=granularity,
            lo=lo,
            hi=hi,
            evidence=str((evidence[0] or {}).get("text") or "")[:limit],
        )


@dataclass
class Cluster:
    block: tuple[str, str, str]
    lo: dt.date
    hi: dt.date
    words: Counter[str] = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)
    target_names: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)

    def fits(self, m: Mention) -> int:
        """How well a mention fits: 0 = not at all, else 1 + shared object words.

        Two mentions that both name things (capitalised or versioned words) must share a name:
        "the Quillfeather chatbot" and "the Marrowgate chatbot" are two bans, whatever "chatbot" says.
        When both name their direct object, each target must be named on the other side: "blacklisted
        Tianshu Cloud, a Hanxin customer" is not the listing of Hanxin, though both name Hanxin.
        """
        if m.hi < self.lo or m.lo > self.hi:
            return 0
        if m.target_names and self.target_names and not (m.target_names & self.names and self.target_names & m.names):
            return 0
        if m.names and self.names:
            shared_names = len(m.names & self.names)
            return 1 + 2 * shared_names + sum(1 for w in m.words if w in self.words) if shared_names else 0
        if m.words and self.words:
            shared = sum(1 for w in m.words if w in self.words)
            return 1 + shared if shared else 0
        return 1

    def add(self, m: Mention) -> None:
        lo, hi = max(self.lo, m.lo), min(self.hi, m.hi)
        if lo <= hi:  # the finer mention narrows the event's dates
            self.lo, self.hi = lo, hi
        self.words.update(m.words)
        self.names |= m.names
        self.target_names |= m.target_names
        if len(self.mentions) < int(settings()["max_mentions_per_event"]):
            self.mentions.append(m)
        self.articles.add(m.article)


def _months(lo: dt.date, hi: dt.date) -> Iterator[tuple[int, int]]:
    if lo == _MIN or hi == _MAX:
        return
    y, mo = lo.year, lo.month
    for _ in range(14):  # a year-level mention looks at its whole year, no further
        yield y, mo
        if (y, mo) >= (hi.year, hi.month):
            return
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)


class EventIndex:
    """Clusters mentions as they stream in; blocking keeps each step near constant time."""

    def __init__(self) -> None:
        self.identity = ActorIdentity()
        self.clusters: list[Cluster] = []
        self._by_block: dict[tuple[str, str, str], dict[tuple[int, int] | None, list[Cluster]]] = {}
        self._seen: dict[tuple[str, str], Cluster] = {}
        self.articles = 0
        self.duplicates: dict[str, str] = {}
        self._first_path: dict[str, str] = {}

    def add_record(self, record: dict[str, Any]) -> None:
        self.articles += 1
        source = record.get("source") or {}
        sha = str(source.get("sha256") or "")
        path = str(source.get("url") or source.get("path") or "?")
        if sha and sha in self._first_path and self._first_path[sha] != path:
            self.duplicates[path] = self._first_path[sha]
        elif sha:
            self._first_path.setdefault(sha, path)
        for m in mentions_of(record, self.identity):
            self.add(m)

    def add(self, m: Mention) -> None:
        seen = self._seen.get((m.sha256, m.action_id)) if m.sha256 and m.action_id else None
        if seen is not None:  # the same action of a byte-identical copy: one more source
            seen.add(m)
            return
        block = (self.identity.find(actor_key(m.actor)), _family(m.kind, m.direction), m.direction)
        buckets = self._by_block.setdefault(block, {})
        months: list[tuple[int, int] | None] = [*_months(m.lo, m.hi)] or [None]
        best, best_fit = None, 0
        keys = months if months == [None] else [*months, None]
        candidates = (c for key in keys for c in buckets.get(key, ()))
        for cluster in candidates:
            fit = cluster.fits(m)
            if fit > best_fit:
                best, best_fit = cluster, fit
        if best is None:
            best = Cluster(block=block, lo=m.lo, hi=m.hi)
            self.clusters.append(best)
            for key in months:
                buckets.setdefault(key, []).append(best)
        best.add(m)
        if m.sha256 and m.action_id:
            self._seen[(m.sha256, m.action_id)] = best
        m.words = m.names = m.target_names = _EMPTY  # the cluster holds them now: a million mentions stay small


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------

_GRAN_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


def _best_date(c: Cluster) -> dict[str, Any]:
    votes = Counter((m.value, m.granularity) for m in c.mentions if m.value)
    if not votes:
        return {"value": None, "granularity": None, "first_day": None, "last_day": None, "sources": 0}
    value, gran = min(votes, key=lambda vg: (_GRAN_ORDER.get(vg[1] or "", 9), -votes[vg], vg[0] or ""))
    lo, hi = _interval(value, gran, None)
    if gran == "day" and value:
        lo = hi = dt.date.fromisoformat(value)
    agree = {m.article for m in c.mentions if m.value and not (m.hi < lo or m.lo > hi)}
    return {
        "value": value,
        "granularity": gran,
        "first_day": lo.isoformat(),
        "last_day": hi.isoformat(),
        "sources": len(agree),
    }


def _event_id(c: Cluster) -> str:
    first = min((m.sha256, m.action_id) for m in c.mentions)
    key = "|".join([*c.block, *first])
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def event_record(c: Cluster, identity: ActorIdentity) -> dict[str, Any]:
    rank = {s: i for i, s in enumerate(settings()["status_rank"])}
    statuses = Counter(m.status for m in c.mentions)
    status = min(statuses, key=lambda s: (-statuses[s], rank.get(s, 99)))
    kinds = Counter(m.kind for m in c.mentions)
    published = sorted(m.published for m in c.mentions if m.published)
    return {
        "id": _event_id(c),
        "actor": identity.canonical(c.block[0]),
        "kind": min(kinds, key=lambda k: (-kinds[k], k)),
        "direction": c.block[2],
        "status": status,
        "date": _best_date(c),
        "first_reported": published[0] if published else None,
        "objects": [w for w, _ in sorted(c.words.items(), key=lambda kv: (-kv[1], kv[0]))[:8]],
        "sources": len(c.articles),
        "mentions": [
            {
                "article": m.article,
                "published": m.published,
                "action_id": m.action_id,
                "status": m.status,
                "date": m.value,
                "evidence": m.evidence,
            }
            for m in sorted(c.mentions, key=lambda m: (m.published or "", m.article, m.action_id))
        ],
    }


def _when(ev: dict[str, Any]) -> str:
    return ev["date"]["first_day"] or ev["first_reported"] or ""


def event_reversals(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A tighten event followed by a loosen event of the same actor on shared objects.

    Two distinct events by construction (opposite directions never share a cluster), so copies and
    retellings of one event never reverse it. Hedged events (proposed, threatened, considered,
    denied) did not happen and reverse nothing; two events on the same first day have no order.
    """
    hedged = {s.value for s in HEDGED}
    by_actor: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        if ev["direction"] in ("tighten", "loosen") and ev["status"] not in hedged and _when(ev):
            by_actor[ev["actor"]].append(ev)
    found = []
    for actor, evs in sorted(by_actor.items()):
        evs.sort(key=lambda e: (_when(e), e["id"]))
        for i, later in enumerate(evs):
            if later["direction"] != "loosen":
                continue
            for earlier in reversed(evs[:i]):
                shared = sorted(set(earlier["objects"]) & set(later["objects"]))
                if earlier["direction"] == "tighten" and shared and _when(earlier) < _when(later):
                    found.append(
                        {
                            "actor": actor,
                            "objects": shared,
                            "first": earlier["id"],
                            "second": later["id"],
                            "summary": f"{actor} tightened ({earlier['kind']}) then loosened ({later['kind']}) "
                            f"on {', '.join(shared[:3])}",
                        }
                    )
                    break
    return found


def actor_table(index: EventIndex, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for key in index.identity.parent:
        groups[index.identity.find(key)].add(key)
    by_root = {c.block[0]: c for c in index.clusters}
    counts: Counter[str] = Counter(c.block[0] for c in index.clusters)
    articles: dict[str, set[str]] = defaultdict(set)
    for c in index.clusters:
        articles[c.block[0]] |= c.articles
    rows: list[dict[str, Any]] = []
    for root in sorted(by_root):
        spellings = sorted({n for k in groups.get(root, {root}) for n in index.identity.names.get(k, {})})
        rows.append(
            {
                "actor": index.identity.canonical(root),
                "aliases": spellings[:20],
                "articles": len(articles[root]),
                "events": counts[root],
            }
        )
    rows.sort(key=lambda r: (-r["events"], r["actor"]))
    return rows


def cluster(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Events, event-level reversals and the corpus actor table for analysed articles (in memory)."""
    kept = list(records)
    return _result(_index(kept, kept))


def cluster_paths(paths: list[str]) -> dict[str, Any]:
    """The same for batch JSONL files, read twice (actor identity first) so memory holds mentions only."""
    return _result(_index(_report_dicts(paths), _report_dicts(paths)))


def _report_dicts(paths: list[str]) -> Iterator[dict[str, Any]]:
    """Validated reports of the files (a bad line is an error naming it), as plain data."""
    from policyscan.report import Report
    from policyscan.summarize import read_records

    for record in read_records(paths):
        if isinstance(record, Report):
            yield record.model_dump(mode="json")


def _index(first: Iterable[dict[str, Any]], second: Iterable[dict[str, Any]]) -> EventIndex:
    index = EventIndex()
    for record in first:
        if isinstance(record, dict) and not record.get("error"):
            index.identity.add_record(record)
    for record in second:
        if isinstance(record, dict) and not record.get("error"):
            index.add_record(record)
    return index


def _result(index: EventIndex) -> dict[str, Any]:
    events = [event_record(c, index.identity) for c in index.clusters]
    events.sort(key=lambda e: (e["date"]["first_day"] or "9999", e["actor"], e["id"]))
    return {
        "articles": index.articles,
        "duplicates": [{"path": p, "duplicate_of": o} for p, o in sorted(index.duplicates.items())],
        "mentions": sum(len(c.mentions) for c in index.clusters),
        "events": events,
        "reversals": event_reversals(events),
        "actors": actor_table(index, events),
    }
