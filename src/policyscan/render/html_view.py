"""The timeline page's data: Report records shaped into the plain JSON that ``templates/report.js`` draws.

One marker is one real-world event (``corpus_events``): the articles that retell a ban, and an
article's byte-identical copy, add sources to its marker, not markers; the marker's details list
every supporting mention (article and evidence sentence), reversal arrows join two events, and
the monthly bars count events. Everything is in a stable order: the same records give the same JSON.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from policyscan.render._common import UNDATED, UNKNOWN_ACTOR, _date_key
from policyscan.report import Action, Granularity, Report

DEFAULT_TITLE = "AI policy timeline"
# Fixed element ids: the script and the browser test look them up by name.
TIMELINE_ID = "ps-timeline"
MONTHS_ID = "ps-months"
_FINE = frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH})
MAX_MENTIONS = 50  # per event on the page: a wire story can be retold hundreds of times


class FailedArticle(Protocol):
    """What the page shows of an article that was not analysed (``report_inputs.Failure`` is one)."""

    @property
    def path(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def message(self) -> str: ...


def _position(value: str | None) -> str | None:
    """The ISO day where a date value sits on the axis (the start of its period), or None."""
    rank, (year, month, day), _ = _date_key(value)
    if rank != 0:
        return None
    try:
        return date(year, month or 1, day or 1).isoformat()
    except ValueError:  # e.g. 2026-02-30 in a hand-edited record
        return None


def _bucket(value: str | None, granularity: str | None, x: str) -> str:
    """The bar a dated event is counted in: its month, or its year/quarter when that is all we know."""
    if granularity in _FINE or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?|\d{4}-W\d{2}", value or ""):
        return x[:7]
    return value or x[:4]


def _models_of(action: Action, report: Report) -> list[str]:
    """Names of the article's AI models that the action is about (its objects or target)."""
    about = [s.lower() for s in [*action.objects, action.target or ""] if s]
    found = []
    for model in report.models:
        names = [model.name.lower(), *(a.lower() for a in model.aliases)]
        if any(n and (n == s or n in s) for n in names for s in about):
            found.append(model.name)
    return found


Lookup = dict[tuple[str, str], tuple[int, Action]]


def _event(
    key: str,
    actor: str,
    status: str,
    value: str | None,
    granularity: str | None,
    told: list[tuple[int, Report, Action]],
) -> dict[str, Any]:
    """One marker: a real-world event and the mentions (article, action) that tell it."""
    triggers: Counter[str] = Counter()
    objects: list[str] = []
    models: list[str] = []
    target = date_text = None
    mentions: list[dict[str, Any]] = []
    for index, report, action in told:
        triggers[action.trigger] += 1
        target = target or action.target
        objects += [o for o in action.objects if o not in objects]
        models += [m for m in _models_of(action, report) if m not in models]
        if date_text is None and action.date.value == value:
            date_text = action.date.text
        if len(mentions) < MAX_MENTIONS:
            evidence = action.evidence[0].text if action.evidence else ""
            mentions.append(
                {
                    "article": index,
                    "id": action.id,
                    "status": action.status.value,
                    "date": action.date.value,
                    "evidence": evidence,
                }
            )
    first = told[0][2]
    x = _position(value)
    return {
        "key": key,
        "actor": actor,
        "direction": first.direction.value,
        "status": status,
        "trigger": min(triggers, key=lambda t: (-triggers[t], t)),
        "kind": first.kind,
        "target": target,
        "objects": objects[:10],
        "models": models,
        "date": value,
        "date_text": date_text,
        "granularity": granularity,
        "x": x,
        "bucket": _bucket(value, granularity, x) if x else None,
        "sources": len({index for index, _, _ in told}),
        "article": told[0][0],
        "mentions": mentions,
    }


def _events(
    reports: Sequence[Report], clustered: dict[str, Any]
) -> tuple[list[dict[str, Any]], dict[tuple[int, str], str]]:
    """The page's events: one per real-world event, and which event each (article, action) tells."""
    from policyscan.corpus_events import actor_key

    lookup: Lookup = {}
    for index, report in enumerate(reports):
        for action in report.actions:
            lookup.setdefault((report.source.path or "?", action.id), (index, action))
    keys: dict[tuple[int, str], str] = {}
    events = []
    for ev in clustered["events"]:
        told = []
        for m in ev["mentions"]:
            found = lookup.get((m["article"], m["action_id"]))
            if found is not None:
                told.append((found[0], reports[found[0]], found[1]))
                keys.setdefault((found[0], found[1].id), ev["id"])
        if told:
            date = ev["date"]
            event = _event(ev["id"], ev["actor"], ev["status"], date["value"], date["granularity"], told)
            event["sources"] = max(event["sources"], ev["sources"])  # past the page's cap on mentions
            event["first_reported"] = ev["first_reported"]
            events.append(event)
    # An action without an actor is no corpus event; it is still shown, alone.
    for index, report in enumerate(reports):
        for action in report.actions:
            if (index, action.id) in keys or (action.actor and actor_key(action.actor)):
                continue  # told by an event (or one of its mentions past the cap)
            key = f"{index}:{action.id}"
            keys[(index, action.id)] = key
            gran = action.date.granularity.value if action.date.granularity else None
            event = _event(
                key,
                action.actor or UNKNOWN_ACTOR,
                action.status.value,
                action.date.value,
                gran,
                [(index, report, action)],
            )
            event["first_reported"] = report.published
            events.append(event)
    events.sort(key=lambda e: (_date_key(e["date"]), e["actor"].lower(), e["key"]))
    return events, keys


def _reversals(
    reports: Sequence[Report], keys: dict[tuple[int, str], str], clustered: dict[str, Any]
) -> list[dict[str, Any]]:
    """Reversals between events: those an article states, then those between events of the corpus.

    Both ends are events, so an article and its byte-identical copy give one reversal, and
    retellings of one event never reverse it.
    """
    found: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(first: str | None, second: str | None, actor: str, objects: list[str], summary: str, scope: str) -> None:
        if first and second and first != second and (first, second) not in seen:
            seen.add((first, second))
            found.append(
                {
                    "first": first,
                    "second": second,
                    "actor": actor,
                    "objects": objects,
                    "summary": summary,
                    "scope": scope,
                }
            )

    for index, report in enumerate(reports):
        for rev in report.reversals:
            first, second = keys.get((index, rev.first)), keys.get((index, rev.second))
            add(first, second, rev.actor, rev.objects, rev.summary, "article")
    for rev in clustered["reversals"]:
        add(rev["first"], rev["second"], rev["actor"], rev["objects"], rev["summary"], "corpus")
    return found


def _actor_rows(reports: Sequence[Report], clustered: dict[str, Any]) -> list[dict[str, Any]]:
    """The corpus actor table (names linked across articles, with their events), then actors that did nothing."""
    from policyscan.corpus_events import actor_key

    rows = [
        {
            "name": a["actor"],
            "aliases": [n for n in a["aliases"] if n != a["actor"]],
            "articles": a["articles"],
            "events": a["events"],
        }
        for a in clustered["actors"]
    ]
    known = {actor_key(n) for a in clustered["actors"] for n in [a["actor"], *a["aliases"]]}
    mentioned = _article_counts((a.name for a in r.actors) for r in reports)
    for row in rows:
        row["articles"] = max(row["articles"], mentioned.get(row["name"], 0))
    idle = [(name, n) for name, n in mentioned.items() if actor_key(name) not in known]
    rows += [{"name": name, "aliases": [], "articles": n, "events": 0} for name, n in idle]
    rows.sort(key=lambda r: (-r["articles"], -r["events"], r["name"].lower()))
    return rows


def _article_counts(names: Iterable[Iterable[str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for per_article in names:
        counts.update(set(per_article))
    return counts


def view_data(reports: Sequence[Report], failures: Sequence[FailedArticle] = (), *, title: str = DEFAULT_TITLE) -> dict:
    """Everything the page shows, as plain JSON-ready data in a stable order."""
    from policyscan import corpus_events

    clustered = corpus_events.cluster(r.model_dump(mode="json") for r in reports)
    events, keys = _events(reports, clustered)
    dated = [e for e in events if e["x"]]
    # Lanes: actors by their first dated event, then by name.
    first_seen: dict[str, str] = {}
    for e in sorted(dated, key=lambda e: e["x"]):
        first_seen.setdefault(e["actor"], e["x"])
    lanes = sorted(first_seen, key=lambda actor: (first_seen[actor], actor.lower()))
    buckets = sorted({e["bucket"] for e in dated}, key=lambda b: (_date_key(b)[1], len(b), b))
    model_articles = _article_counts((m.name for m in r.models) for r in reports)
    developers: dict[str, str | None] = {}
    for report in reports:
        for m in report.models:
            if m.developer or m.name not in developers:
                developers[m.name] = m.developer
    return {
        "title": title,
        "ids": {"timeline": TIMELINE_ID, "months": MONTHS_ID},
        "articles": [
            {"path": r.source.path, "title": r.title, "published": r.published, "actions": len(r.actions)}
            for r in reports
        ],
        "mentions": sum(len(r.actions) for r in reports),
        "duplicates": clustered["duplicates"],
        "events": events,
        "lanes": lanes,
        "buckets": buckets,
        "reversals": _reversals(reports, keys, clustered),
        "actors": _actor_rows(reports, clustered),
        "models": [
            {"name": name, "developer": developers.get(name), "articles": n}
            for name, n in sorted(model_articles.items(), key=lambda kv: (-kv[1], kv[0].lower()))
        ],
        "failures": [{"path": f.path, "kind": f.kind, "message": f.message} for f in failures],
        "undated_label": UNDATED,
    }
