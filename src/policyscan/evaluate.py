"""Score policyscan against gold annotations: `policyscan evaluate GOLD_DIR` (spaCy's `evaluate` is the model).

The gold format and the matching rules are those of the project's evaluation set: one ``NAME.json``
beside each article with ``published``, ``actors``/``models`` (``required`` and ``allowed`` lists of
acceptable names) and ``actions`` (actor names, ``direction``, ``objects`` keywords, a ``date`` range).
A reported name matches when, after dropping a leading "the", a trailing "'s" and outer punctuation, it
equals a gold name or one contains the other as whole words; a bare generic noun ("the regulator")
matches nothing. An action matches on direction, actor (or its aliases) and one object keyword in its
target, trigger or objects; a second match of one gold action is a duplicate, not a false positive.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policyscan.errors import InputNotFound, UsageError

GENERIC = frozenset(
    [
        "administration",
        "government",
        "agency",
        "ministry",
        "regulator",
        "regulators",
        "company",
        "department",
        "court",
        "officials",
        "official",
        "bureau",
        "office",
        "authority",
        "commission",
        "watchdog",
        "developer",
        "startup",
        "firm",
        "lab",
        "state",
        "legislature",
        "lawmakers",
        "judge",
        "governor",
        "board",
        "council",
        "president",
        "minister",
        "spokesperson",
        "group",
        "companies",
    ]
)


def norm(name: str) -> str:
    s = (name or "").strip().lower().replace("\u2019", "'")
    s = re.sub(r"^[\W_]+|[\W_]+$", "", s)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _within(small: str, big: str) -> bool:
    return bool(small) and re.search(r"(^|\W)" + re.escape(small) + r"($|\W)", big) is not None


def name_matches(reported: Iterable[str], gold_names: Iterable[str]) -> bool:
    rep = [n for n in (norm(r) for r in reported if r) if n and n not in GENERIC]
    for g in gold_names:
        gn = norm(g)
        if gn in GENERIC:
            continue
        if any(r == gn or _within(r, gn) or _within(gn, r) for r in rep):
            return True
    return False


def _names(thing: dict[str, Any]) -> list[str]:
    return [thing.get("name") or "", *(a for a in (thing.get("aliases") or []) if isinstance(a, str))]


def _action_text(a: dict[str, Any]) -> str:
    parts = [a.get("target") or "", a.get("trigger") or ""]
    parts += [o if isinstance(o, str) else json.dumps(o) for o in a.get("objects") or []]
    return " | ".join(p for p in parts if p).lower()


def action_matches(a: dict[str, Any], g: dict[str, Any], aliases: dict[str, list[str]]) -> bool:
    if g.get("direction", "any") != "any" and a.get("direction") != g["direction"]:
        return False
    if g.get("actor") is not None:
        actor = a.get("actor") or ""
        if not actor or not name_matches([actor, *aliases.get(norm(actor), [])], g["actor"]):
            return False
    text = _action_text(a)
    return any(o.lower() in text for o in g.get("objects", []))


def date_ok(value: Any, rng: list[str] | None) -> bool:
    """An ISO date must fall inside the range; an ISO month or year must overlap it."""
    if not rng:
        return True
    if not value:
        return False
    v, (lo, hi) = str(value)[:10], rng
    return lo <= v <= hi if len(v) == 10 else lo[: len(v)] <= v <= hi[: len(v)]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _score_things(
    reported: list[dict[str, Any]], gold: dict[str, Any], label: str, log: list[str]
) -> tuple[int, int, int]:
    required, allowed = gold.get("required", []), gold.get("allowed", [])
    found = [False] * len(required)
    fp = 0
    for thing in reported:
        names = _names(thing)
        hits = [i for i, g in enumerate(required) if name_matches(names, g)]
        for i in hits:
            found[i] = True
        if not hits and not any(name_matches(names, g) for g in allowed):
            fp += 1
            log.append(f"  {label} false positive: {thing.get('name')!r}")
    log.extend(f"  {label} missed: {g[0]!r}" for i, g in enumerate(required) if not found[i])
    return sum(found), fp, len(required) - sum(found)


@dataclass
class Evaluation:
    totals: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in ("actors", "models", "actions")})
    duplicates: int = 0
    dates_ok: int = 0
    dates_total: int = 0
    published_ok: int = 0
    published_total: int = 0
    articles: int = 0
    errors: int = 0
    log: list[str] = field(default_factory=list)

    def score_article(self, name: str, out: dict[str, Any], gold: dict[str, Any]) -> None:
        log: list[str] = []
        self.articles += 1
        aliases = {norm(a.get("name") or ""): _names(a) for a in out.get("actors") or [] if isinstance(a, dict)}
        for key in ("actors", "models"):
            self.totals[key].add(*_score_things(out.get(key) or [], gold.get(key, {}), key[:-1], log))
        self._score_actions(out.get("actions") or [], gold.get("actions", {}), aliases, log)
        if gold.get("published"):
            self.published_total += 1
            if str(out.get("published") or "")[:10] == gold["published"]:
                self.published_ok += 1
            else:
                log.append(f"  published: got {out.get('published')!r}, want {gold['published']!r}")
        self.log.append(f"{name}:")
        self.log.extend(log or ["  all good"])

    def _score_actions(
        self, reported: list[dict[str, Any]], gold: dict[str, Any], aliases: dict[str, list[str]], log: list[str]
    ) -> None:
        required, allowed = gold.get("required", []), gold.get("allowed", [])
        matched = [False] * len(required)
        fp = 0
        for a in reported:
            idx = next((i for i, g in enumerate(required) if action_matches(a, g, aliases)), None)
            if idx is None:
                if not any(action_matches(a, g, aliases) for g in allowed):
                    fp += 1
                    log.append(
                        f"  action false positive: {a.get('direction')} by {a.get('actor')!r}: "
                        f"{a.get('trigger')!r} -> {_action_text(a)[:80]!r}"
                    )
                continue
            if matched[idx]:
                self.duplicates += 1
                continue
            matched[idx] = True
            if required[idx].get("date"):
                self.dates_total += 1
                value = (a.get("date") or {}).get("value") if isinstance(a.get("date"), dict) else a.get("date")
                if date_ok(value, required[idx]["date"]):
                    self.dates_ok += 1
                else:
                    log.append(f"  action date off: {value!r} not in {required[idx]['date']} ({a.get('trigger')!r})")
        for i, g in enumerate(required):
            if not matched[i]:
                log.append(
                    f"  action missed: {g.get('direction')} by {(g.get('actor') or ['*'])[0]!r} on {g.get('objects')}"
                )
        self.totals["actions"].add(sum(matched), fp, len(required) - sum(matched))

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: t.prf() for k, t in self.totals.items()}
        out["actions"]["duplicates"] = self.duplicates
        rate = self.dates_ok / self.dates_total if self.dates_total else 1.0
        out["action_dates"] = {"ok": self.dates_ok, "total": self.dates_total, "rate": rate}
        out["published"] = {"ok": self.published_ok, "total": self.published_total}
        out["articles"] = self.articles
        out["errors"] = self.errors
        return out


def summary_line(s: dict[str, Any]) -> str:
    def part(key: str) -> str:
        return f"{key} F1 {s[key]['f1']:.2f} (P {s[key]['precision']:.2f} R {s[key]['recall']:.2f}"

    return (
        f"{part('actors')}) | {part('models')}) | {part('actions')}, dup {s['actions']['duplicates']}) | "
        f"dates {s['action_dates']['ok']}/{s['action_dates']['total']} | "
        f"published {s['published']['ok']}/{s['published']['total']} | errors {s['errors']}/{s['articles']}"
    )


def check_limits(summary: dict[str, Any], minimum: dict[str, float], maximum: dict[str, float]) -> list[str]:
    """Figures outside their limits, as 'name=value < limit' strings."""
    short = []
    for limits, at_least in ((minimum, True), (maximum, False)):
        for name, want in limits.items():
            have: Any = summary
            for part in name.split("."):
                have = have.get(part) if isinstance(have, dict) else None
            if not isinstance(have, int | float) or (have < want if at_least else have > want):
                short.append(f"{name}={have} {'<' if at_least else '>'} {want}")
    return short


def parse_limits(specs: list[str]) -> dict[str, float]:
    limits = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        try:
            limits[name.strip()] = float(value)
        except ValueError:
            raise UsageError(f"expected NAME=NUMBER such as actions.f1=0.85, got {spec!r}") from None
        if not sep or not name.strip():
            raise UsageError(f"expected NAME=NUMBER such as actions.f1=0.85, got {spec!r}")
    return limits


def evaluate_dir(gold_dir: str | Path, *, analyze: Callable[[Path], dict[str, Any]] | None = None) -> Evaluation:
    """Analyse every article of a gold folder in process and score it."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputNotFound("no such gold folder", path=str(gold_dir))
    golds = sorted(folder.glob("*.json"))
    if not golds:
        raise UsageError(f"no gold files (*.json) in {gold_dir}")
    if analyze is None:
        from policyscan import api

        def analyze(path: Path) -> dict[str, Any]:
            return api.analyze_file(path).model_dump(mode="json")

    result = Evaluation()
    for gpath in golds:
        try:
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            out = analyze(gpath.parent / gold["article"])
        except Exception as exc:
            result.errors += 1
            result.log.append(f"  ERROR: {gpath.name}: {type(exc).__name__}: {str(exc)[:200]}")
            gold, out = (gold if isinstance(locals().get("gold"), dict) else {}), {}
        result.score_article(str(gold.get("article", gpath.name)), out, gold)
    return result
