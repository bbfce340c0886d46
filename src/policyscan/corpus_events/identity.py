"""Actor identity across articles: names one article gives as one actor are one actor everywhere.

Union-find over normalised names, so "BIS" in one story and "the Commerce Department" in another
meet when any article links them; the name shown is the most used spelling of all of them.

Above identity, a hierarchy: an actor may have *larger* actors it belongs to. An agency's country
(the report's ``country`` field: the Garante belongs to Italy, and "Italy", "Italian" and "the US"
name countries through the demonym table) and a department an article names as its parent
("BIS, the Commerce Department agency": an alias that is another actor's name plus a unit noun of
data/corpus_events.json). A larger actor is not the same actor: clustering lets a mention cross
levels only when the objects share a name, and two agencies of one country are never related.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from typing import Any

LEADING_THE = re.compile(r"^(?:the)\s+", re.I)
TRAILING_POSS = re.compile(r"(?:'s|’s|'|’)$")


def actor_key(name: str) -> str:
    name = TRAILING_POSS.sub("", LEADING_THE.sub("", name.strip())).strip(" .,;:")
    return " ".join(name.lower().split())


@cache
def _countries() -> dict[str, str]:
    """Normalised country word -> the country's key: "us", "u.s", "american" and "united states" meet."""
    from policyscan.extract.patterns import lexicon

    table = {actor_key(word): actor_key(country) for word, country in lexicon()["demonyms"].items()}
    table.update({c: c for c in list(table.values())})
    return table


def country_key(name: str) -> str:
    key = actor_key(name)
    return _countries().get(key, key)


@cache
def _unit_suffix() -> re.Pattern[str]:
    from policyscan.corpus_events.mentions import settings

    nouns = "|".join(re.escape(n) for n in settings()["unit_nouns"])
    return re.compile(rf"^(?P<parent>.+?)\s+(?:{nouns})$")


class ActorIdentity:
    """Union-find over actor names: names one article gives as the same actor are one actor."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.names: dict[str, Counter[str]] = defaultdict(Counter)
        self._country_of: dict[str, str] = {}  # actor key -> its country's key
        self._parent_hints: set[tuple[str, str]] = set()  # (actor key, a larger actor's key)
        self._larger: dict[str, frozenset[str]] | None = None

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
            self._larger = None
            if actor.get("type") == "country":
                self.union(key, country_key(actor["name"]))  # "Italy" and "the US" are their countries
            elif isinstance(actor.get("country"), str) and actor["country"].strip():
                self._country_of[key] = country_key(actor["country"])
            for alias in actor.get("aliases") or []:
                if not isinstance(alias, str) or not actor_key(alias):
                    continue
                self.union(key, actor_key(alias))
                unit = _unit_suffix().match(actor_key(alias))
                if unit:  # "BIS, the Commerce Department agency": the department is a larger actor
                    self._parent_hints.add((key, country_key(unit["parent"])))

    def larger(self, root: str) -> frozenset[str]:
        """The roots of every larger actor of ``root`` (its departments and its country, transitively)."""
        if self._larger is None:
            self._larger = self._build_larger()
        return self._larger.get(root, frozenset())

    def related(self, a: str, b: str) -> bool:
        """One actor is part of the other (roots): the Garante and Italy, BIS and Commerce; not two agencies."""
        return a in self.larger(b) or b in self.larger(a)

    def _build_larger(self) -> dict[str, frozenset[str]]:
        up: dict[str, set[str]] = defaultdict(set)
        for key, country in self._country_of.items():
            if country in self.parent:  # only a country some article names as an actor
                up[self.find(key)].add(self.find(country))
        for key, parent in self._parent_hints:
            if parent in self.parent:  # only a parent some article names as an actor
                up[self.find(key)].add(self.find(parent))
        larger: dict[str, frozenset[str]] = {}
        for root in up:
            seen: set[str] = set()
            todo = list(up[root])
            while todo:
                r = todo.pop()
                if r != root and r not in seen:
                    seen.add(r)
                    todo.extend(up.get(r, ()))
            larger[root] = frozenset(seen)
        # a cycle (A part of B part of A) says they are one actor, not a hierarchy: drop it
        return {r: frozenset(x for x in s if r not in larger.get(x, ())) for r, s in larger.items()}

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
