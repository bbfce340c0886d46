"""B-cubed of `policyscan events` on the hand-annotated event set (tests/events_gold).

    python benchmarks/events_gold.py             # figures
    python benchmarks/events_gold.py --verbose   # plus every gold event's clusters and every unmatched action

Runs policyscan over every article of ``tests/events_gold/articles`` in process, clusters the
actions with ``corpus_events.cluster`` and scores the clustering with the B-cubed scorer of
``benchmarks/event_corpus.py``. The gold (``tests/events_gold/gold.json``) is written per
(article, event): actor names, direction, object keywords, date range. Each extracted action is
matched to one gold mention of its article (see ``match``); an action that matches none is
*unmatched* (an extraction false positive or an action the gold does not list). Two figures:

* **matched only**: B-cubed over matched actions (unmatched ones are left out, as in
  ``event_corpus.score_clustering``);
* **unmatched as singletons**: every unmatched action is its own gold event, so an unmatched
  action that a cluster swallowed costs precision.

The byte-identical copy is checked by clustering once more without it: it must add no event.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from event_corpus import bcubed  # benchmarks/ is not a package

from policyscan.evaluate import name_matches, norm  # names match as the shared scorer matches them

GOLD_DIR = Path(__file__).parents[1] / "tests" / "events_gold"
ARTICLE_SUFFIXES = (".txt", ".md", ".html")


@dataclass(frozen=True)
class GoldMention:
    index: int
    article: str
    event: str
    direction: str
    actor_names: tuple[str, ...]
    objects: tuple[str, ...]
    lo: str
    hi: str
    kinds: tuple[str, ...]


def load_gold(gold_dir: Path = GOLD_DIR) -> tuple[dict[str, Any], list[GoldMention]]:
    data = json.loads((gold_dir / "gold.json").read_text(encoding="utf-8"))
    mentions = []
    for i, m in enumerate(data["mentions"]):
        event = data["events"][m["event"]]
        mentions.append(
            GoldMention(
                index=i,
                article=m["article"],
                event=m["event"],
                direction=event["direction"],
                actor_names=tuple(data["actors"][event["actor"]]),
                objects=tuple(m["objects"]),
                lo=m["date"][0],
                hi=m["date"][1],
                kinds=tuple(m.get("kinds") or ()),
            )
        )
    return data, mentions


def action_text(action: dict[str, Any]) -> str:
    parts = [action.get("target") or "", action.get("trigger") or "", *(action.get("objects") or [])]
    return " | ".join(p for p in parts if isinstance(p, str) and p).lower()


def _date_overlaps(action: dict[str, Any], g: GoldMention) -> bool:
    from policyscan.report import day_range

    date = action.get("date") or {}
    first, last = day_range(date.get("value"), date.get("granularity"))
    return bool(first and last) and not (last < g.lo or first > g.hi)


def match(
    action: dict[str, Any], aliases: dict[str, list[str]], gold: list[GoldMention]
) -> tuple[GoldMention | None, bool]:
    """The gold mention (of the action's own article) an extracted action tells, and whether it was a tie.

    Hard conditions: direction, actor name, one object keyword. Among several candidates: the date
    range that overlaps the action's date, then a ``kinds`` hint, then a keyword in the action's target
    (its direct object: "blacklisted Tianshu Cloud, one of Hanxin's customers" is about Tianshu), then
    the most keywords.
    """
    actor = action.get("actor") or ""
    if not actor:
        return None, False
    names = [actor, *aliases.get(norm(actor), [])]
    text = action_text(action)
    fits = [
        g
        for g in gold
        if g.direction == action.get("direction")
        and name_matches(names, list(g.actor_names))
        and any(o.lower() in text for o in g.objects)
    ]
    if not fits:
        return None, False

    target = str(action.get("target") or "").lower()

    def rank(g: GoldMention) -> tuple[bool, bool, bool, int]:
        in_target = any(o.lower() in target for o in g.objects)
        return (
            _date_overlaps(action, g),
            action.get("kind") in g.kinds,
            in_target,
            sum(o.lower() in text for o in g.objects),
        )

    best = max(rank(g) for g in fits)
    top = [g for g in fits if rank(g) == best]
    return top[0], len({g.event for g in top}) > 1


def articles(gold_dir: Path = GOLD_DIR) -> list[Path]:
    folder = gold_dir / "articles"
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)


def analyse(paths: list[Path], gold_dir: Path = GOLD_DIR) -> list[dict[str, Any]]:
    import policyscan

    records = []
    for path, report in zip(paths, policyscan.analyze_many(paths), strict=True):
        data = report.model_dump(mode="json")
        data["source"]["path"] = path.relative_to(gold_dir / "articles").as_posix()
        records.append(data)
    return records


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(records: list[dict[str, Any]], gold_dir: Path = GOLD_DIR) -> dict[str, Any]:
    from policyscan import corpus_events

    data, gold = load_gold(gold_dir)
    result = corpus_events.cluster(records)
    predicted = {f"{m['article']}|{m['action_id']}": ev["id"] for ev in result["events"] for m in ev["mentions"]}
    by_article: dict[str, list[GoldMention]] = {}
    for g in gold:
        by_article.setdefault(g.article, []).append(g)
    matched: dict[str, GoldMention] = {}
    unmatched: list[tuple[str, dict[str, Any]]] = []
    ambiguous = 0
    for record in records:
        article = record["source"]["path"]
        aliases = {norm(a["name"]): [a["name"], *(a.get("aliases") or [])] for a in record.get("actors") or []}
        for action in record.get("actions") or []:
            key = f"{article}|{action['id']}"
            g, tie = match(action, aliases, by_article.get(article, []))
            if g is None:
                if key in predicted:  # an action without an actor is in no event: nothing to cluster
                    unmatched.append((key, action))
                continue
            matched[key] = g
            ambiguous += tie
    gold_events = {k: g.event for k, g in matched.items()}
    p1, r1 = bcubed(gold_events, predicted)
    with_singletons = {**gold_events, **{k: f"unmatched:{k}" for k, _ in unmatched}}
    p2, r2 = bcubed(with_singletons, predicted)
    found = {g.index for g in matched.values()}
    no_copy = [r for r in records if not r["source"]["path"].startswith("mirror/")]
    events_without_copy = len(corpus_events.cluster(no_copy)["events"])
    clusters_of = {
        event: sorted({predicted[k] for k, g in matched.items() if g.event == event and k in predicted})
        for event in data["events"]
    }
    return {
        "articles": len(records),
        "gold_events": len(data["events"]),
        "gold_mentions": len(gold),
        "gold_mentions_found": len(found),
        "actions_in_events": len(predicted),
        "matched_actions": len(matched),
        "unmatched_actions": len(unmatched),
        "ambiguous_matches": ambiguous,
        "events": len(result["events"]),
        "events_with_gold": len({predicted[k] for k in matched if k in predicted}),
        "events_without_copy": events_without_copy,
        "duplicates": len(result["duplicates"]),
        "reversals": len(result["reversals"]),
        "bcubed_matched": _prf(p1, r1),
        "bcubed_unmatched_as_singletons": _prf(p2, r2),
        "_clusters_of": clusters_of,
        "_unmatched": unmatched,
        "_result": result,
        "_matched": matched,
        "_predicted": predicted,
        "_missed": [g for g in gold if g.index not in found],
    }


def _explain(s: dict[str, Any]) -> None:
    events = {ev["id"]: ev for ev in s["_result"]["events"]}
    print("\nGold events and the predicted events their matched actions fell into:")
    for event, ids in s["_clusters_of"].items():
        print(f"  {event}: {len(ids)} event(s)")
        for eid in ids:
            ev = events[eid]
            mine = [k for k, g in s["_matched"].items() if g.event == event and s["_predicted"].get(k) == eid]
            others = {
                s["_matched"][m].event if m in s["_matched"] else "unmatched"
                for m in (f"{x['article']}|{x['action_id']}" for x in ev["mentions"])
            } - {event}
            print(
                f"    {eid} {ev['actor']!r} {ev['kind']} {ev['direction']} {ev['date']['value']} "
                f"objects={ev['objects'][:5]} mine={len(mine)} also={sorted(others)}"
            )
            for k in mine:
                print(f"        {k}")
    print("\nReversals between events:")
    for r in s["_result"]["reversals"]:
        first, second = events[r["first"]], events[r["second"]]
        print(f"  {r['summary']} ({first['date']['value']} -> {second['date']['value']})")
    print("\nGold mentions with no matched action:")
    for g in s["_missed"]:
        print(f"  {g.article}: {g.event}")
    print("\nUnmatched actions (in some event):")
    for key, a in s["_unmatched"]:
        print(f"  {key}: {a.get('direction')} {a.get('kind')} by {a.get('actor')!r} -> {action_text(a)[:90]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    s = score(analyse(articles()))
    for key, value in s.items():
        if not key.startswith("_"):
            print(f"{key:>31}: {value}")
    m = s["bcubed_matched"]
    ok = m["precision"] >= 0.85 and m["recall"] >= 0.85
    print(f"{'target':>31}: B-cubed P and R >= 0.85 (matched) -> {'met' if ok else 'NOT met'}")
    if args.verbose:
        _explain(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
