"""Actor identity across articles: names one article gives as one actor are one actor everywhere.

Union-find over normalised names, so "BIS" in one story and "the Commerce Department" in another
meet when any article links them; the name shown is the most used spelling of all of them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

LEADING_THE = re.compile(r"^(?:the)\s+", re.I)
TRAILING_POSS = re.compile(r"(?:'s|’s|'|’)$")


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
