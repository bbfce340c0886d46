"""One self-contained HTML page: a filterable timeline of policy actions, built from Report records.

The page is static: its own small script and style and every record it shows are
inlined, so it opens from ``file://`` with no network and no server. Python only shapes
the records into plain JSON (``view_data``); ``templates/report.js`` draws the timeline
and the monthly bars as inline SVG from that JSON, and draws them again when a filter
changes. A Content-Security-Policy forbids every fetch and allows only the page's own
script and style (by hash), so even a mistake in escaping cannot make a request. The same
input gives the same bytes: no timestamps, no random ids, no nonces.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from policyscan.errors import InputNotFound, PolicyscanError, UsageError
from policyscan.render._common import UNDATED, UNKNOWN_ACTOR, _date_key, timeline
from policyscan.report import Action, Granularity, Report, Status

DEFAULT_TITLE = "AI policy timeline"
# Fixed element ids: the script and the browser test look them up by name.
TIMELINE_ID = "ps-timeline"
MONTHS_ID = "ps-months"
HEDGED = frozenset({Status.PROPOSED, Status.CONSIDERED, Status.THREATENED, Status.ANNOUNCED})
_FINE = frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH})
_PLACEHOLDER = re.compile(r"@@([A-Z]+)@@")


@dataclass(frozen=True)
class Failure:
    """An article that was not analysed: an error record of a batch run, or an input of this run."""

    path: str | None
    kind: str
    message: str
    exit_code: int | None = None  # set for an input of this run, None for an error record read from JSONL


@dataclass(frozen=True)
class Inputs:
    reports: list[Report]
    failures: list[Failure]


# ---------------------------------------------------------------------------
# Reading: batch results as they are, articles through the same pipeline as `analyze`
# ---------------------------------------------------------------------------


def read_results(path: str) -> Inputs:
    """Reports and error records of one ``policyscan batch`` JSON Lines file.

    A line that is not a record is listed as a failure naming its line number, so the
    page shows what it could not read instead of dropping it.
    """
    from policyscan.summarize import InvalidLine, read_lines

    reports: list[Report] = []
    failures: list[Failure] = []
    for record in read_lines([path]):
        if isinstance(record, InvalidLine):
            failures.append(Failure(record.record_path, "invalid-record", f"{path}: {record}"))
        elif record.error is not None:
            failures.append(Failure(record.source.path, record.error.kind, record.error.message))
        else:
            reports.append(record)
    return Inputs(reports, failures)


def collect(
    paths: Sequence[str],
    *,
    model: str | None = None,
    max_bytes: int | None = None,
    encoding: str | None = None,
) -> Inputs:
    """Reports for ``paths`` in the order given: ``.jsonl`` files are read, other files analysed.

    A path that does not exist raises InputNotFound before anything is analysed; an
    article that cannot be loaded or analysed becomes a Failure with its exit code.
    """
    for path in paths:
        if os.path.isdir(path):
            raise UsageError(f"{path} is a folder: run `policyscan batch {path} -o results.jsonl` first")
        if path != "-" and not os.path.lexists(path):
            raise InputNotFound("no such file", path=path)
    reports: list[Report] = []
    failures: list[Failure] = []
    for path in paths:
        if path.lower().endswith(".jsonl"):
            found = read_results(path)
            reports += found.reports
            failures += found.failures
            continue
        try:
            reports.append(_analyze(path, model=model, max_bytes=max_bytes, encoding=encoding))
        except PolicyscanError as err:
            message = str(err.args[0]) if err.args else str(err)
            failures.append(Failure(path, err.kind, message, err.exit_code))
    return Inputs(reports, failures)


def _analyze(path: str, *, model: str | None, max_bytes: int | None, encoding: str | None) -> Report:
    from policyscan.load import DEFAULT_MAX_BYTES, load_path
    from policyscan.pipeline import analyze

    article = load_path(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES, encoding=encoding)
    return analyze(article, model=model)


# ---------------------------------------------------------------------------
# Shaping: Report records -> the page's JSON
# ---------------------------------------------------------------------------


def _position(value: str | None) -> str | None:
    """The ISO day where a date value sits on the axis (the start of its period), or None."""
    rank, (year, month, day), _ = _date_key(value)
    if rank != 0:
        return None
    try:
        return date(year, month or 1, day or 1).isoformat()
    except ValueError:  # e.g. 2026-02-30 in a hand-edited record
        return None


def _bucket(action: Action, x: str) -> str:
    """The bar a dated action is counted in: its month, or its year/quarter when that is all we know."""
    if action.date.granularity in _FINE or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?|\d{4}-W\d{2}", action.date.value or ""):
        return x[:7]
    return action.date.value or x[:4]


def _models_of(action: Action, report: Report) -> list[str]:
    """Names of the article's AI models that the action is about (its objects or target)."""
    about = [s.lower() for s in [*action.objects, action.target or ""] if s]
    found = []
    for model in report.models:
        names = [model.name.lower(), *(a.lower() for a in model.aliases)]
        if any(n and (n == s or n in s) for n in names for s in about):
            found.append(model.name)
    return found


def _event(index: int, report: Report, action: Action) -> dict[str, Any]:
    x = _position(action.date.value)
    return {
        "key": f"{index}:{action.id}",
        "id": action.id,
        "article": index,
        "actor": action.actor or UNKNOWN_ACTOR,
        "direction": action.direction.value,
        "status": action.status.value,
        "trigger": action.trigger,
        "kind": action.kind,
        "target": action.target,
        "objects": list(action.objects),
        "models": _models_of(action, report),
        "date": action.date.value,
        "date_text": action.date.text,
        "granularity": action.date.granularity.value if action.date.granularity else None,
        "x": x,
        "bucket": _bucket(action, x) if x else None,
        "evidence": [span.text for span in action.evidence],
    }


def _reversals(reports: Sequence[Report], keys: dict[tuple[int, str], str]) -> list[dict[str, Any]]:
    """Reversals inside each article, then those that summarize finds across articles."""
    from policyscan.summarize import find_cross_reversals

    found: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(first: str | None, second: str | None, actor: str, objects: list[str], summary: str, scope: str) -> None:
        if first and second and (first, second) not in seen:
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
            add(
                keys.get((index, rev.first)),
                keys.get((index, rev.second)),
                rev.actor,
                rev.objects,
                rev.summary,
                "article",
            )
    first_index: dict[str | None, int] = {}
    for index, report in enumerate(reports):
        first_index.setdefault(report.source.path, index)
    for cross in find_cross_reversals(reports):
        a, b = cross["first"], cross["second"]
        first = keys.get((first_index.get(a["path"], -1), a["action_id"]))
        second = keys.get((first_index.get(b["path"], -1), b["action_id"]))
        summary = f"{cross['actor']}: {a['direction']} ({a['date']}), then {b['direction']} ({b['date']})"
        add(first, second, cross["actor"], cross["objects"], summary, "corpus")
    return found


def _article_counts(names: Iterable[Iterable[str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for per_article in names:
        counts.update(set(per_article))
    return counts


def view_data(reports: Sequence[Report], failures: Sequence[Failure] = (), *, title: str = DEFAULT_TITLE) -> dict:
    """Everything the page shows, as plain JSON-ready data in a stable order."""
    events: list[dict[str, Any]] = []
    keys: dict[tuple[int, str], str] = {}
    for index, report in enumerate(reports):
        for action in timeline(report.actions):
            event = _event(index, report, action)
            keys.setdefault((index, action.id), event["key"])
            events.append(event)
    dated = [e for e in events if e["x"]]
    # Lanes: actors by their first dated action, then by name.
    first_seen: dict[str, str] = {}
    for e in sorted(dated, key=lambda e: e["x"]):
        first_seen.setdefault(e["actor"], e["x"])
    lanes = sorted(first_seen, key=lambda actor: (first_seen[actor], actor.lower()))
    buckets = sorted({e["bucket"] for e in dated}, key=lambda b: (_date_key(b)[1], len(b), b))
    actor_articles = _article_counts((a.name for a in r.actors) for r in reports)
    model_articles = _article_counts((m.name for m in r.models) for r in reports)
    action_counts = Counter(e["actor"] for e in events)
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
        "events": events,
        "lanes": lanes,
        "buckets": buckets,
        "reversals": _reversals(reports, keys),
        "actors": [
            {"name": name, "articles": n, "actions": action_counts.get(name, 0)}
            for name, n in sorted(
                actor_articles.items(), key=lambda kv: (-kv[1], -action_counts.get(kv[0], 0), kv[0].lower())
            )
        ],
        "models": [
            {"name": name, "developer": developers.get(name), "articles": n}
            for name, n in sorted(model_articles.items(), key=lambda kv: (-kv[1], kv[0].lower()))
        ],
        "failures": [{"path": f.path, "kind": f.kind, "message": f.message} for f in failures],
        "undated_label": UNDATED,
    }


# ---------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------


def _script_json(data: Any) -> str:
    """JSON that cannot end the <script> element it sits in (article text is untrusted)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _table(caption: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], *, table_id: str) -> str:
    if not rows:
        return f'<p class="none" id="{table_id}">{html.escape(caption)}: none found</p>'
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    return (
        f'<table id="{table_id}"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _static_tables(data: dict) -> str:
    parts = [
        _table(
            "Actors",
            ("actor", "articles", "actions"),
            [(a["name"], a["articles"], a["actions"]) for a in data["actors"]],
            table_id="ps-actors",
        ),
        _table(
            "AI models",
            ("model", "developer", "articles"),
            [(m["name"], m["developer"] or "", m["articles"]) for m in data["models"]],
            table_id="ps-models",
        ),
        _table(
            "Articles",
            ("source", "title", "published", "actions"),
            [(a["path"], a["title"] or "", a["published"] or "", a["actions"]) for a in data["articles"]],
            table_id="ps-articles",
        ),
    ]
    if data["failures"]:
        parts.append(
            _table(
                "Articles that could not be analysed",
                ("source", "error", "message"),
                [(f["path"], f["kind"], f["message"]) for f in data["failures"]],
                table_id="ps-failures",
            )
        )
    return "\n".join(parts)


def _template(name: str) -> str:
    return resources.files("policyscan.render").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    """No fetch of any kind (``default-src 'none'``); only this script and this style run."""
    return (
        f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def render_html(reports: Sequence[Report], failures: Sequence[Failure] = (), *, title: str = DEFAULT_TITLE) -> str:
    """The whole page as one string; identical for identical input."""
    data = view_data(reports, failures, title=title)
    dated = sum(1 for e in data["events"] if e["x"])
    summary = (
        f"{len(reports)} article{'s' * (len(reports) != 1)} · {len(data['events'])} actions "
        f"({dated} dated) · {len(data['reversals'])} reversals" + (f" · {len(failures)} failed" if failures else "")
    )
    # The template puts these between <script>/<style> and its end tag with nothing else,
    # so the hashes below are of exactly the text the browser checks.
    script, style = "\n" + _template("report.js"), "\n" + _template("report.css")
    parts = {
        "TITLE": html.escape(title),
        "SUMMARY": html.escape(summary),
        "TABLES": _static_tables(data),
        "CSS": style,
        "DATA": _script_json(data),
        "APPJS": script,
        "CSP": html.escape(content_security_policy(script, style)),
    }
    # One pass, so nothing inserted (article text) is ever read as a placeholder.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _template("report.html"))
