"""Event-clustered corpora for `policyscan events`: a generator, a B-cubed scorer and a benchmark.

    python benchmarks/event_corpus.py quality --events 200      # articles through the whole pipeline
    python benchmarks/event_corpus.py scale --articles 100000   # synthetic records: time and memory

*quality* writes N invented events, each retold by several articles in different wording, tense and
date precision (an exact day, a weekday, "last week", a month), with distractor events by the same
actor (another object, or the same object months later) and reversals (a later lift of a ban), runs
policyscan over every article, clusters the actions with `corpus_events`, and reports B-cubed
precision and recall of the clustering. The gold is which mentions belong to which event; a mention
is an extracted action whose direction, actor and object match a gold event of its article
(extraction misses are extraction's problem, not clustering's, and are counted separately).
*scale* generates analysed-article records directly (no parsing) and times the clustering.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import resource
import sys
import time
from dataclasses import dataclass, field
from typing import Any

COUNTRIES = [
    "Ruritania",
    "Freedonia",
    "Borduria",
    "Syldavia",
    "Elbonia",
    "Genovia",
    "Latveria",
    "Carpathia",
    "Moldania",
    "Veldoria",
    "Osterlich",
    "Kravonia",
]
BODIES = [
    "Ministry of Digital Affairs",
    "Data Protection Authority",
    "Competition Commission",
    "Communications Regulator",
    "Trade Ministry",
    "Consumer Protection Agency",
]
SYLLABLES = [
    "quill",
    "mar",
    "row",
    "gate",
    "tan",
    "sy",
    "bram",
    "ble",
    "fen",
    "wick",
    "cor",
    "vid",
    "lum",
    "en",
    "hal",
    "berd",
    "os",
    "prey",
    "kes",
    "trel",
    "wren",
    "sable",
    "thorn",
    "mire",
    "ash",
    "vale",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

TIGHTEN = [
    "{actor} {when} banned the {obj} chatbot from government devices, citing security risks.",
    "{actor} {when} ordered a suspension of the {obj} app over data-protection concerns.",
    "{actor} {when} blocked access to the {obj} assistant nationwide.",
]
TIGHTEN_PERFECT = [
    "{actor} has banned the {obj} chatbot from government devices, officials said.",
    "{actor} has blocked access to the {obj} assistant, the agency confirmed.",
]
LOOSEN = [
    "{actor} {when} lifted its ban on the {obj} chatbot after the developer changed its privacy terms.",
    "{actor} {when} eased restrictions on the {obj} assistant.",
]
RECAP = "The move follows {actor2}'s ban on the {obj} chatbot {when2}."


@dataclass
class Event:
    id: str
    actor: str
    country: str
    obj: str
    direction: str
    day: dt.date


@dataclass
class Article:
    name: str
    text: str
    published: dt.date
    gold: list[tuple[str, str, str]] = field(default_factory=list)  # (event id, direction, object)


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = "".join(rng.sample(SYLLABLES, 2)).capitalize()
        if name not in used:
            used.add(name)
            return name


def _when(rng: random.Random, day: dt.date, published: dt.date) -> str:
    gap = (published - day).days
    choices = [f"on {MONTHS[day.month - 1]} {day.day}, {day.year}"]
    if 0 < gap < 7:
        choices.append(f"on {WEEKDAYS[day.weekday()]}")
    if day.year == published.year and day.month < published.month:
        choices.append(f"in {MONTHS[day.month - 1]}")
    return rng.choice(choices)


def make_events(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    used: set[str] = set()
    events: list[Event] = []
    start = dt.date(2025, 1, 6)
    while len(events) < n:
        country = rng.choice(COUNTRIES)
        actor = f"{country}'s {rng.choice(BODIES)}"
        obj = _name(rng, used)
        day = start + dt.timedelta(days=rng.randrange(0, 600))
        events.append(Event(f"e{len(events)}", actor, country, obj, "tighten", day))
        if rng.random() < 0.3 and len(events) < n:  # a reversal: the same actor lifts it later
            later = day + dt.timedelta(days=rng.randrange(20, 120))
            events.append(Event(f"e{len(events)}", actor, country, obj, "loosen", later))
        if rng.random() < 0.3 and len(events) < n:  # a distractor: same actor, another object, near date
            other = _name(rng, used)
            events.append(Event(f"e{len(events)}", actor, country, other, "tighten", day + dt.timedelta(days=3)))
    return events


def make_articles(events: list[Event], seed: int = 11) -> list[Article]:
    rng = random.Random(seed)
    articles: list[Article] = []
    by_key = {(e.actor, e.obj, "tighten"): e for e in events if e.direction == "tighten"}
    for ev in events:
        for k in range(rng.randint(2, 4)):
            published = ev.day + dt.timedelta(days=rng.choice([0, 1, 2, 3, 5, 9, 30]))
            when = _when(rng, ev.day, published)
            if ev.direction == "tighten":
                pool = TIGHTEN_PERFECT if published - ev.day < dt.timedelta(days=3) and k % 2 else TIGHTEN
            else:
                pool = LOOSEN
            body = rng.choice(pool).format(actor=ev.actor, when=when, obj=ev.obj)
            gold = [(ev.id, ev.direction, ev.obj)]
            prior = by_key.get((ev.actor, ev.obj, "tighten"))
            if ev.direction == "loosen" and prior is not None and rng.random() < 0.6:
                body += " " + RECAP.format(actor2=ev.actor, obj=ev.obj, when2=_when(rng, prior.day, published))
                gold.append((prior.id, "tighten", ev.obj))
            title = f"{ev.obj}: {ev.country} acts on chatbot"
            text = f"{title}\n\nPublished {published.isoformat()}\n\n{body[0].upper()}{body[1:]}\n"
            articles.append(Article(f"{ev.id}-{k}", text, published, gold))
    return articles


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering (mention -> cluster) against gold (mention -> event)."""
    keys = [k for k in gold if k in predicted]
    if not keys:
        return 0.0, 0.0
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for k in keys:
        by_pred.setdefault(predicted[k], set()).add(k)
        by_gold.setdefault(gold[k], set()).add(k)
    p = r = 0.0
    for k in keys:
        both = len(by_pred[predicted[k]] & by_gold[gold[k]])
        p += both / len(by_pred[predicted[k]])
        r += both / len(by_gold[gold[k]])
    return p / len(keys), r / len(keys)


def _record(article: Article, report: Any) -> dict[str, Any]:
    data = report.model_dump(mode="json")
    data["source"]["path"] = article.name
    return data


def score_clustering(articles: list[Article], records: list[dict[str, Any]]) -> dict[str, Any]:
    from policyscan import corpus_events

    result = corpus_events.cluster(records)
    predicted = {(m["article"], m["action_id"]): ev["id"] for ev in result["events"] for m in ev["mentions"]}
    gold: dict[tuple[str, str], str] = {}
    gold_total = 0
    for article, record in zip(articles, records, strict=True):
        gold_total += len(article.gold)
        for action in record["actions"]:
            text = " ".join([action.get("trigger") or "", action.get("target") or "", *action.get("objects", [])])
            for event_id, direction, obj in article.gold:
                if action["direction"] == direction and obj.lower() in text.lower() and action.get("actor"):
                    gold[(article.name, action["id"])] = event_id
                    break
    p, r = bcubed({f"{a}|{b}": v for (a, b), v in gold.items()}, {f"{a}|{b}": v for (a, b), v in predicted.items()})
    return {
        "articles": len(articles),
        "gold_events": len({e for a in articles for e, _, _ in a.gold}),
        "events": len(result["events"]),
        "gold_mentions": gold_total,
        "matched_mentions": len(gold),
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "reversals": len(result["reversals"]),
    }


def quality(n_events: int) -> dict[str, Any]:
    import policyscan

    events = make_events(n_events)
    articles = make_articles(events)
    reports = policyscan.analyze_many([a.text for a in articles])
    records = [_record(a, r) for a, r in zip(articles, reports, strict=True)]
    return score_clustering(articles, records)


def synthetic_records(n_articles: int, per_article: int = 10, seed: int = 3) -> Any:
    """Analysed-article records without parsing: n_articles x per_article action mentions.

    Like an archive: n_articles / 2 distinct events, each retold by about 2 * per_article articles,
    with dates given at day or month precision; every article mentions events near its own date.
    Every body carries its country (the report's ``country`` field) and one mention in ten names the
    country instead of the body ("Ruritania banned ..."), so the actor hierarchy is exercised too.
    """
    rng = random.Random(seed)
    told_by_country = random.Random(seed + 1)  # its own stream: the events stay those of the plain corpus
    actors = [f"{c} {b}" for c in COUNTRIES for b in BODIES]
    n_events = max(1, n_articles // 2)
    start = dt.date(2024, 1, 1)
    events = [
        (rng.choice(actors), rng.choice(["ban", "restrict", "fine", "lift"]), f"Product{i}", rng.randrange(0, 900))
        for i in range(n_events)
    ]
    events.sort(key=lambda e: e[3])
    for i in range(n_articles):
        centre = rng.randrange(0, n_events)
        actions = []
        for j in range(per_article):
            actor, kind, obj, offset = events[min(n_events - 1, max(0, centre + rng.randrange(-50, 50)))]
            if told_by_country.random() < 0.1:
                actor = actor.split(" ")[0]
            day = start + dt.timedelta(days=offset)
            precise = rng.random() < 0.7
            actions.append(
                {
                    "id": f"a{j}",
                    "kind": kind,
                    "direction": "loosen" if kind == "lift" else "tighten",
                    "status": "enacted",
                    "actor": actor,
                    "target": f"the {obj} chatbot",
                    "objects": [],
                    "date": {
                        "value": day.isoformat() if precise else day.isoformat()[:7],
                        "granularity": "day" if precise else "month",
                    },
                    "evidence": [{"text": f"{actor} acted on {obj}."}],
                }
            )
        published = start + dt.timedelta(days=events[centre][3] + rng.randrange(0, 30))
        sha = hashlib.sha256(str(i).encode()).hexdigest()
        yield {
            "source": {"path": f"a{i}.txt", "sha256": sha},
            "published": published.isoformat(),
            "actors": [_synthetic_actor(a["actor"]) for a in actions],
            "actions": actions,
        }


def _synthetic_actor(name: str) -> dict[str, Any]:
    country, _, body = name.partition(" ")
    if not body:
        return {"name": country, "type": "country", "aliases": [], "country": None}
    return {"name": name, "type": "regulator", "aliases": [], "country": country}


def scale(n_articles: int) -> dict[str, Any]:
    from policyscan import corpus_events

    t0 = time.perf_counter()
    index = corpus_events.EventIndex()
    for record in synthetic_records(n_articles):  # two passes, as `policyscan events` reads files
        index.identity.add_record(record)
    for record in synthetic_records(n_articles):
        index.add_record(record)
    clustered = time.perf_counter() - t0
    events = [corpus_events.event_record(c, index.identity) for c in index.clusters]
    total = time.perf_counter() - t0
    return {
        "articles": n_articles,
        "mentions": sum(len(c.mentions) for c in index.clusters),
        "events": len(events),
        "cluster_seconds": round(clustered, 1),
        "total_seconds": round(total, 1),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="mode", required=True)
    q = sub.add_parser("quality")
    q.add_argument("--events", type=int, default=200)
    s = sub.add_parser("scale")
    s.add_argument("--articles", type=int, default=100_000)
    args = ap.parse_args()
    result = quality(args.events) if args.mode == "quality" else scale(args.articles)
    for key, value in result.items():
        print(f"{key:>18}: {value}")
    if args.mode == "quality":
        ok = result["bcubed_precision"] >= 0.95 and result["bcubed_recall"] >= 0.95
        print(f"{'target':>18}: B-cubed P and R >= 0.95 -> {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
