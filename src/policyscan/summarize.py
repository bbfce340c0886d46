"""The corpus view of a batch run: counts, top actors and models, actions by month,
and reversals across articles. Pure functions over the JSON Lines records.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from policyscan.errors import InputInvalid, InputNotFound, UsageError
from policyscan.report import HEDGED  # statuses of something that did not (or not yet) happen

DIRECTIONS = ("tighten", "loosen", "neutral")
UNDATED = "undated"
_MONTH = re.compile(r"(\d{4}-\d{2})(?:-\d{2})?")


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def _jsonl_files(paths: Sequence[str]) -> list[str]:
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".jsonl"))
        elif os.path.exists(path):
            files.append(path)
        else:
            raise InputNotFound("no such file or folder", path=path)
    if not files:
        raise UsageError(f"no .jsonl files in {', '.join(paths)}")
    return files


def read_records(paths: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Every record of the JSONL files (or folders of .jsonl) given; a half-written line is skipped."""
    for path in _jsonl_files(paths):
        try:
            fh = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise InputInvalid(f"cannot read: {exc.strerror or exc}", path=path) from None
        with fh:
            for line in fh:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # e.g. the cut-off last line of a crashed run
                if isinstance(record, dict) and isinstance(record.get("source"), dict):
                    yield record


# ---------------------------------------------------------------------------
# Summarizing
# ---------------------------------------------------------------------------


def _month(value: str | None) -> str | None:
    match = _MONTH.fullmatch(value or "")
    return match.group(1) if match else None


def _when(action: dict[str, Any], record: dict[str, Any]) -> str | None:
    """The action's date value, else the article's publication date."""
    value = (action.get("date") or {}).get("value")
    return value or record.get("published")


def _sort_key(value: str | None) -> tuple[int, ...]:
    parts = [int(p) for p in re.findall(r"\d+", value or "")[:3]]
    return tuple(parts + [0] * (3 - len(parts))) if parts else (9999, 99, 99)


def _objects(action: dict[str, Any]) -> set[str]:
    names = [*(action.get("objects") or []), action.get("target")]
    return {n.strip().lower() for n in names if isinstance(n, str) and n.strip()}


def _top(counter: Counter[str], top: int, extra: dict[str, dict[str, Any]] | None = None) -> list[dict]:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].lower()))[:top]
    return [{"name": name, "articles": n, **(extra or {}).get(name, {})} for name, n in ranked]


def _by_month(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        for action in record.get("actions") or []:
            key = _month((action.get("date") or {}).get("value")) or _month(record.get("published"))
            months[key or UNDATED][action.get("direction", "neutral")] += 1
    order = sorted(months, key=lambda m: (m == UNDATED, m))
    return [{"month": m, **{d: months[m][d] for d in DIRECTIONS}, "total": sum(months[m].values())} for m in order]


def _firm_actions(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for record in records:
        for action in record.get("actions") or []:
            direction = action.get("direction")
            if not action.get("actor") or direction not in ("tighten", "loosen"):
                continue
            if action.get("status") in HEDGED or not _objects(action):
                continue
            found.append(
                {
                    "path": record["source"].get("path"),
                    "action_id": action.get("id"),
                    "actor": action["actor"],
                    "direction": direction,
                    "kind": action.get("kind"),
                    "trigger": action.get("trigger"),
                    "date": _when(action, record),
                    "objects": _objects(action),
                }
            )
    return found


def find_cross_reversals(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same actor tightening then loosening (or the reverse) on shared objects, across articles.

    Each later action is paired with the closest earlier opposite action of another
    article; dates are the action's, else the article's publication date, and an
    action without either (or two on the same date) gives no order, so no reversal.
    """
    by_actor: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for action in _firm_actions(records):
        if action["date"]:
            by_actor[action["actor"]].append(action)
    found: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    for actor, actions in by_actor.items():
        actions.sort(key=lambda a: _sort_key(a["date"]))
        for i, second in enumerate(actions):
            earlier = [
                a
                for a in actions[:i]
                if a["direction"] != second["direction"]
                and a["path"] != second["path"]
                and _sort_key(a["date"]) < _sort_key(second["date"])
                and a["objects"] & second["objects"]
            ]
            if not earlier:
                continue
            first = earlier[-1]
            shared = sorted(first["objects"] & second["objects"])
            key = (actor, first["date"], second["date"], first["direction"], tuple(shared))
            if key in seen:
                continue  # the same pair of events, reported again by other articles
            seen.add(key)
            found.append({"actor": actor, "objects": shared, "first": _public(first), "second": _public(second)})
    found.sort(key=lambda r: (_sort_key(r["first"]["date"]), _sort_key(r["second"]["date"]), r["actor"]))
    return found


def _public(action: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in action.items() if k not in ("objects", "actor")}


def summarize_records(records: Iterable[dict[str, Any]], *, top: int = 20) -> dict[str, Any]:
    """The corpus view as plain data (JSON-ready, deterministic for the same records)."""
    ok: list[dict[str, Any]] = []
    errors: Counter[str] = Counter()
    for record in records:
        if "error" in record:
            errors[(record.get("error") or {}).get("kind", "error")] += 1
        else:
            ok.append(record)
    actors: Counter[str] = Counter()
    actor_types: dict[str, dict[str, Any]] = {}
    models: Counter[str] = Counter()
    developers: dict[str, dict[str, Any]] = {}
    for record in ok:
        for actor in {a["name"]: a for a in record.get("actors") or []}.values():
            actors[actor["name"]] += 1
            actor_types.setdefault(actor["name"], {"type": actor.get("type")})
        for model in {m["name"]: m for m in record.get("models") or []}.values():
            models[model["name"]] += 1
            if model.get("developer") or model["name"] not in developers:
                developers[model["name"]] = {"developer": model.get("developer")}
    return {
        "articles": {"total": len(ok) + sum(errors.values()), "ok": len(ok), "failed": sum(errors.values())},
        "errors": dict(sorted(errors.items())),
        "words": sum((r["source"].get("words") or 0) for r in ok),
        "actors": _top(actors, top, actor_types),
        "models": _top(models, top, developers),
        "actions_by_month": _by_month(ok),
        "reversals": find_cross_reversals(ok),
    }


# ---------------------------------------------------------------------------
# Terminal view
# ---------------------------------------------------------------------------


def render_summary(summary: dict[str, Any], console) -> None:
    """Rich tables on ``console``: counts, top actors, top models, actions by month, reversals."""
    from rich.table import Table

    arts = summary["articles"]
    console.print(
        f"[bold]{arts['total']} articles[/]: {arts['ok']} ok, {arts['failed']} failed, {summary['words']:,} words"
    )
    for title, rows, cols in (
        ("Actors", summary["actors"], ("name", "type", "articles")),
        ("AI models", summary["models"], ("name", "developer", "articles")),
    ):
        table = Table(title=f"{title} by number of articles", title_justify="left")
        for col in cols:
            table.add_column(col, justify="right" if col == "articles" else "left")
        for row in rows:
            table.add_row(*[str(row.get(c) or "") for c in cols])
        console.print(table)
    table = Table(title="Actions by month", title_justify="left")
    for col in ("month", *DIRECTIONS, "total"):
        table.add_column(col, justify="left" if col == "month" else "right")
    for row in summary["actions_by_month"]:
        table.add_row(row["month"], *[str(row[c]) for c in (*DIRECTIONS, "total")])
    console.print(table)
    table = Table(title="Reversals across articles", title_justify="left")
    for col in ("actor", "objects", "first", "then", "articles"):
        table.add_column(col)
    for rev in summary["reversals"]:
        first, second = rev["first"], rev["second"]
        table.add_row(
            rev["actor"],
            ", ".join(rev["objects"]),
            f"{first['direction']} ({first['date']})",
            f"{second['direction']} ({second['date']})",
            f"{first['path']}\n{second['path']}",
        )
    console.print(table)
