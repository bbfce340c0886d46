"""One real-world event, one record: cluster action mentions from many articles into events.

A news archive tells one ban many times (the wire story, its reprints, next month's recap). Mentions
are blocked by (actor identity, kind family, direction) and, inside a block, by month; a mention joins
the cluster whose dates it fits (granularity-aware: a month mention fits a day inside that month) and
whose objects it shares, else it starts a new event. Near-linear in the number of mentions.

Actor identity crosses articles: names an article gives as one actor's name and aliases are one actor
everywhere (union-find), so "BIS" in one story and "the Commerce Department" in another meet when any
article links them. Above identity, larger actors: an agency's country and a department an article
names as its parent; a mention may join a larger or smaller actor's event when the objects share a
name ("Italy lifted its ban on Lumora" is the Garante's lift), never a sibling agency's.
Byte-identical copies of an article (same sha256) add sources, never events.

The steps, one module each: ``identity`` (actor names across articles), ``mentions`` (one action of
one article, its days and object words), ``clusters`` (blocking and joining), ``records`` (event
records, event-level reversals, the actor table).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from policyscan.corpus_events.clusters import Cluster, EventIndex
from policyscan.corpus_events.identity import ActorIdentity, actor_key
from policyscan.corpus_events.mentions import Mention, settings
from policyscan.corpus_events.records import actor_table, event_record, event_reversals

__all__ = [
    "ActorIdentity",
    "Cluster",
    "EventIndex",
    "Mention",
    "actor_key",
    "actor_table",
    "cluster",
    "cluster_paths",
    "event_record",
    "event_reversals",
    "settings",
]


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
