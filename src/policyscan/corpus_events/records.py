"""Records: a cluster as an event record, reversals between events, and the corpus actor table."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from typing import Any

from policyscan.corpus_events.clusters import Cluster, EventIndex
from policyscan.corpus_events.identity import ActorIdentity
from policyscan.corpus_events.mentions import interval, settings
from policyscan.report import HEDGED

_GRAN_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


def _best_date(c: Cluster) -> dict[str, Any]:
    votes = Counter((m.value, m.granularity) for m in c.mentions if m.value and not m.date_dropped)
    if not votes:
        return {"value": None, "granularity": None, "first_day": None, "last_day": None, "sources": 0}
    value, gran = min(votes, key=lambda vg: (_GRAN_ORDER.get(vg[1] or "", 9), -votes[vg], vg[0] or ""))
    lo, hi = interval(value, gran, None)
    if gran == "day" and value:
        lo = hi = dt.date.fromisoformat(value)
    agree = {m.article for m in c.mentions if m.value and not m.date_dropped and not (m.hi < lo or m.lo > hi)}
    return {
        "value": value,
        "granularity": gran,
        "first_day": lo.isoformat(),
        "last_day": hi.isoformat(),
        "sources": len(agree),
    }


def _event_id(c: Cluster, identity: ActorIdentity) -> str:
    """From the event's actor (not the actor of whichever mention came first), family and first mention."""
    first = min((m.sha256, m.action_id) for m in c.mentions)
    key = "|".join([c.actor_root(identity), *c.block[1:], *first])
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def event_record(c: Cluster, identity: ActorIdentity) -> dict[str, Any]:
    rank = {s: i for i, s in enumerate(settings()["status_rank"])}
    statuses = Counter(m.status for m in c.mentions)
    status = min(statuses, key=lambda s: (-statuses[s], rank.get(s, 99)))
    kinds = Counter(m.kind for m in c.mentions)
    published = sorted(m.published for m in c.mentions if m.published)
    return {
        "id": _event_id(c, identity),
        "actor": identity.canonical(c.actor_root(identity)),
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
    roots = [c.actor_root(index.identity) for c in index.clusters]
    by_root = set(roots)
    counts: Counter[str] = Counter(roots)
    articles: dict[str, set[str]] = defaultdict(set)
    for c, root in zip(index.clusters, roots, strict=True):
        articles[root] |= c.articles
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
