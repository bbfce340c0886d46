"""Clustering: mentions blocked by (actor identity, kind family, direction) and, inside a block, by month.

A mention joins the cluster whose dates it fits and whose objects it shares, else it starts a new
event. Near-linear in the number of mentions.

A mention may also cross one level of the actor hierarchy (``ActorIdentity.larger``): "Italy lifted
its ban on Lumora" joins the Garante's lift of the Lumora ban, BIS's listing of Hanxin joins the
Commerce Department's, when the objects share a name. A cluster is indexed under its actors' blocks
and, for the larger actors, under a second index of their parts, so a mention looks at its own
block, its parts' clusters and its larger actors' own clusters: never at a sibling agency's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from policyscan.corpus_events.identity import ActorIdentity, actor_key
from policyscan.corpus_events.mentions import Mention, mentions_of, settings

_MIN, _MAX = dt.date.min, dt.date.max
_EMPTY: frozenset[str] = frozenset()


@cache
def family(kind: str, direction: str) -> str:
    """Kinds that describe one kind of event share a family (data/kinds.json); a loosening revoke is a lift."""
    from policyscan.kinds import kind_table

    info = kind_table().get(kind)
    if info is None:  # a record from another version: its kind is its own family
        return kind
    return info.loosened_family if direction == "loosen" else info.family


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
    roots: Counter[str] = field(default_factory=Counter)  # the actor roots of its mentions

    def actor_root(self, identity: ActorIdentity) -> str:
        """The actor most mentions name; on a tie the most specific (the Garante, not Italy)."""
        if not self.roots:
            return self.block[0]
        return min(self.roots, key=lambda r: (-self.roots[r], -len(identity.larger(r)), r))

    def fits_actor(self, m: Mention, root: str, identity: ActorIdentity) -> bool:
        """Another level of the hierarchy joins only with a shared name, and only if related to every actor."""
        if not self.roots or root in self.roots:
            return True
        return bool(m.names & self.names) and all(identity.related(root, r) for r in self.roots)

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


def _cluster_months(c: Cluster) -> list[tuple[int, int] | None]:
    return [*_months(c.lo, c.hi)] or [None]


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
        self._parts: dict[tuple[str, str, str], dict[tuple[int, int] | None, list[Cluster]]] = {}
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
        root = self.identity.find(actor_key(m.actor))
        fam = family(m.kind, m.direction)
        block = (root, fam, m.direction)
        best = self._best(m, root, fam)
        if best is None and m.recent is not None:
            told = m.lo, m.hi
            m.lo, m.hi = m.recent
            best = self._best(m, root, fam)
            if best is None:
                m.lo, m.hi = told
            else:
                m.date_dropped = True
        months: list[tuple[int, int] | None] = [*_months(m.lo, m.hi)] or [None]
        if best is None:
            best = Cluster(block=block, lo=m.lo, hi=m.hi)
            self.clusters.append(best)
        if root not in best.roots:
            self._register(best, root, fam, m.direction, months if not best.mentions else _cluster_months(best))
        best.roots[root] += 1
        best.add(m)
        if m.sha256 and m.action_id:
            self._seen[(m.sha256, m.action_id)] = best
        m.words = m.names = m.target_names = _EMPTY  # the cluster holds them now: a million mentions stay small

    def _best(self, m: Mention, root: str, fam: str) -> Cluster | None:
        """The cluster the mention fits best among its own block, its parts' and its larger actors'."""
        months: list[tuple[int, int] | None] = [*_months(m.lo, m.hi)] or [None]
        keys = months if months == [None] else [*months, None]
        block = (root, fam, m.direction)
        indexes = [self._by_block.get(block, {}), self._parts.get(block, {})]
        indexes += [self._by_block.get((up, fam, m.direction), {}) for up in self.identity.larger(root)]
        best, best_fit = None, 0
        for cluster in (c for buckets in indexes for key in keys for c in buckets.get(key, ())):
            fit = cluster.fits(m)
            if fit > best_fit and cluster.fits_actor(m, root, self.identity):
                best, best_fit = cluster, fit
        return best

    def _register(self, c: Cluster, root: str, fam: str, direction: str, months: list[tuple[int, int] | None]) -> None:
        """Index a cluster under its new actor's block, and as a part of each of that actor's larger actors."""
        targets = [self._by_block.setdefault((root, fam, direction), {})]
        targets += [self._parts.setdefault((up, fam, direction), {}) for up in self.identity.larger(root)]
        for buckets in targets:
            for key in months:
                buckets.setdefault(key, []).append(c)
