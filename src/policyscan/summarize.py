"""The corpus view of a batch run: counts, top actors and models, actions by month, the
real-world events the actions tell (``corpus_events``: one event however many articles
retell it), the corpus actor table and reversals between events. Pure functions over the
records, each validated into a ``Report`` first (an error record is a Report with ``error``
set; a bad line is an error naming its line number, never a traceback). The terminal tables
are in ``render/summary.py``.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from policyscan.errors import InputInvalid, InputNotFound, UsageError
from policyscan.report import Direction, Report

DIRECTIONS = tuple(d.value for d in Direction)
UNDATED = "undated"
_MAX_ARTICLES = 20  # per end of a reversal: a wire story can have hundreds
_MONTH = re.compile(r"(\d{4}-\d{2})(?:-\d{2})?")


# ---------------------------------------------------------------------------
# Records: every line of a batch result is a Report or an error record
# ---------------------------------------------------------------------------


def is_error(record: Report) -> bool:
    """An error record: the line written for an article that failed (``json_out.error_record``)."""
    return record.error is not None


Record = Report  # an analysed article, or (error set) one that failed


@dataclass(frozen=True)
class InvalidLine:
    """A line that is neither a report nor an error record: where it is and what is wrong."""

    path: str
    line: int
    problem: str
    record_path: str | None = None  # source.path when the line got that far

    def __str__(self) -> str:
        return f"line {self.line}: {self.problem}"


def parse_record(line: str) -> Record:
    """One JSON Lines record, validated; ValueError says what is wrong in one line."""
    try:
        data = json.loads(line)
    except RecursionError:
        raise ValueError("not a record: JSON nested too deeply") from None
    except ValueError as exc:
        raise ValueError(f"not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"not a record: a JSON {type(data).__name__}, not an object")
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "record"
        # Not "a valid dictionary or instance of _ErrorInfo": name no Python class.
        message = "Input should be a JSON object" if first["type"] in ("model_type", "dict_type") else first["msg"]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ValueError(f"{field}: {message}{more}") from None
    except RecursionError:
        raise ValueError("not a record: nested too deeply") from None


def _source_path(line: str) -> str | None:
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return None
    source = data.get("source") if isinstance(data, dict) else None
    path = source.get("path") if isinstance(source, dict) else None
    return path if isinstance(path, str) else None


def _jsonl_files(paths: Sequence[str]) -> list[str]:
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith((".jsonl", ".json")))
        elif os.path.exists(path):
            files.append(path)
        else:
            raise InputNotFound("no such file or folder", path=path)
    if not files:
        raise UsageError(f"no .jsonl or .json files in {', '.join(paths)}")
    return files


MAX_JSON_DOCUMENT = 512 * 1024 * 1024  # a whole-file JSON document (analyze --format json) is read at once


def _json_document(path: str) -> list[Any] | None:
    """The records of a file holding ONE JSON document (``analyze --format json``: an object, or an
    array for several articles); None for JSON Lines."""
    with open(path, "rb") as fh:
        first = b""
        for line in fh:  # the first non-blank line, whole (a batch record is often over 4 KB)
            if line.strip():
                first = line.strip()
                break
    if first[:1] not in (b"[", b"{"):
        return None
    if first[:1] == b"{":
        try:
            json.loads(first)
            return None  # a complete object on the first line: JSON Lines
        except (ValueError, RecursionError):
            pass
    if os.path.getsize(path) > MAX_JSON_DOCUMENT:
        raise InputInvalid(
            "a JSON document larger than 512 MB: use JSON Lines (batch, or analyze --format jsonl)", path=path
        )
    with open(path, encoding="utf-8", errors="replace") as fh:
        try:
            data = json.load(fh)
        except (ValueError, RecursionError) as exc:
            raise InputInvalid(f"not a JSON document nor JSON Lines: {str(exc)[:120]}", path=path) from None
    return data if isinstance(data, list) else [data]


def read_lines(paths: Sequence[str]) -> Iterator[Record | InvalidLine]:
    """Every record of the JSONL files (or folders of .jsonl) given, validated, in order.

    A line that is not a record comes as an InvalidLine with its number; only the cut-off
    last line of a crashed run (no newline at its end, not JSON) is skipped.
    """
    for path in _jsonl_files(paths):
        try:
            document = _json_document(path)
        except OSError as exc:
            raise InputInvalid(f"cannot read: {exc.strerror or exc}", path=path) from None
        if document is not None:
            for number, item in enumerate(document, start=1):
                line = json.dumps(item, ensure_ascii=False)
                try:
                    yield parse_record(line)
                except ValueError as exc:
                    yield InvalidLine(path, number, str(exc), _source_path(line))
            continue
        try:
            fh = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise InputInvalid(f"cannot read: {exc.strerror or exc}", path=path) from None
        with fh:
            try:
                for number, line in enumerate(fh, start=1):
                    if not line.strip():
                        continue
                    try:
                        yield parse_record(line)
                    except ValueError as exc:
                        if not line.endswith("\n") and str(exc).startswith("not JSON"):
                            continue  # a torn last line: --resume rewrites it
                        yield InvalidLine(path, number, str(exc), _source_path(line))
            except OSError as exc:
                raise InputInvalid(f"cannot read: {exc.strerror or exc}", path=path) from None


def read_records(paths: Sequence[str]) -> Iterator[Record]:
    """Every record of the JSONL files (or folders) given; InputInvalid names the first bad line."""
    for item in read_lines(paths):
        if isinstance(item, InvalidLine):
            raise InputInvalid(f"{item} (not a policyscan batch record)", path=item.path)
        yield item


# ---------------------------------------------------------------------------
# Summarizing
# ---------------------------------------------------------------------------


def _month(value: str | None) -> str | None:
    match = _MONTH.fullmatch(value or "")
    return match.group(1) if match else None


def _sort_key(value: str | None) -> tuple[int, ...]:
    parts = [int(p) for p in re.findall(r"\d+", value or "")[:3]]
    return tuple(parts + [0] * (3 - len(parts))) if parts else (9999, 99, 99)


def _top(counter: Counter[str], top: int, extra: dict[str, dict[str, Any]] | None = None) -> list[dict]:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].lower()))[:top]
    return [{"name": name, "articles": n, **(extra or {}).get(name, {})} for name, n in ranked]


def _by_month(reports: list[Report]) -> list[dict[str, Any]]:
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for report in reports:
        for action in report.actions:
            key = _month(action.date.value) or _month(report.published)
            months[key or UNDATED][action.direction.value] += 1
    order = sorted(months, key=lambda m: (m == UNDATED, m))
    return [{"month": m, **{d: months[m][d] for d in DIRECTIONS}, "total": sum(months[m].values())} for m in order]


def _event_side(ev: dict[str, Any]) -> dict[str, Any]:
    """One end of an event-level reversal: the event and the articles that report it."""
    articles = sorted({m["article"] for m in ev["mentions"]})
    return {
        "event": ev["id"],
        "direction": ev["direction"],
        "kind": ev["kind"],
        "status": ev["status"],
        "date": ev["date"]["value"] or ev["first_reported"],
        "sources": ev["sources"],
        "articles": articles[:_MAX_ARTICLES],
    }


def event_reversals(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The corpus reversals of ``corpus_events`` with each end spelled out (date, articles)."""
    by_id = {ev["id"]: ev for ev in result["events"]}
    found = [
        {
            "actor": rev["actor"],
            "objects": rev["objects"],
            "summary": rev["summary"],
            "first": _event_side(by_id[rev["first"]]),
            "second": _event_side(by_id[rev["second"]]),
        }
        for rev in result["reversals"]
    ]
    found.sort(key=lambda r: (_sort_key(r["first"]["date"]), _sort_key(r["second"]["date"]), r["actor"]))
    return found


def _event_row(ev: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": ev["id"],
        "actor": ev["actor"],
        "kind": ev["kind"],
        "direction": ev["direction"],
        "status": ev["status"],
        "date": ev["date"]["value"],
        "granularity": ev["date"]["granularity"],
        "first_reported": ev["first_reported"],
        "sources": ev["sources"],
    }


def _events_by_month(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events (not mentions) by the month of their best date, else of their first report."""
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in events:
        date = ev["date"]
        key = _month(date["value"]) or _month(date["first_day"]) or _month(ev["first_reported"])
        months[key or UNDATED][ev["direction"]] += 1
    order = sorted(months, key=lambda m: (m == UNDATED, m))
    return [{"month": m, **{d: months[m][d] for d in DIRECTIONS}, "total": sum(months[m].values())} for m in order]


def events_section(result: dict[str, Any], *, top: int) -> dict[str, Any]:
    """How many real-world events the mentions are, the best-reported ones and their months."""
    events = result["events"]
    ranked = sorted(events, key=lambda e: (-e["sources"], e["date"]["first_day"] or "9999", e["id"]))
    return {
        "count": len(events),
        "mentions": result["mentions"],
        "duplicate_articles": result["duplicates"],
        "top": [_event_row(ev) for ev in ranked[:top]],
        "by_month": _events_by_month(events),
    }


def summarize_records(records: Iterable[Record], *, top: int = 20) -> dict[str, Any]:
    """The corpus view as plain data (JSON-ready, deterministic for the same records)."""
    ok: list[Report] = []
    errors: Counter[str] = Counter()
    for record in records:
        if record.error is not None:
            errors[record.error.kind] += 1
        else:
            ok.append(record)
    actors: Counter[str] = Counter()
    actor_types: dict[str, dict[str, Any]] = {}
    models: Counter[str] = Counter()
    developers: dict[str, dict[str, Any]] = {}
    for report in ok:
        for actor in {a.name: a for a in report.actors}.values():
            actors[actor.name] += 1
            actor_types.setdefault(actor.name, {"type": actor.type.value})
        for model in {m.name: m for m in report.models}.values():
            models[model.name] += 1
            if model.developer or model.name not in developers:
                developers[model.name] = {"developer": model.developer}
    from policyscan import corpus_events

    clustered = corpus_events.cluster(r.model_dump(mode="json") for r in ok)
    return {
        "articles": {"total": len(ok) + sum(errors.values()), "ok": len(ok), "failed": sum(errors.values())},
        "errors": dict(sorted(errors.items())),
        "words": sum(r.source.words or 0 for r in ok),
        "actors": _top(actors, top, actor_types),
        "models": _top(models, top, developers),
        "actions_by_month": _by_month(ok),
        "events": events_section(clustered, top=top),
        "actor_table": clustered["actors"][:top],
        "reversals": event_reversals(clustered),
    }
