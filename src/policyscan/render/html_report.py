"""One self-contained HTML page: a filterable timeline of policy events, built from Report records.

One marker is one real-world event (``corpus_events``): the articles that retell a ban, and an
article's byte-identical copy, add sources to its marker, not markers; the marker's details list
every supporting mention (article and evidence sentence), reversal arrows join two events, and
the monthly bars count events.

The page is static: its own small script and style and every record it shows are
inlined, so it opens from ``file://`` with no network and no server. Python only shapes
the records into plain JSON (``html_view.view_data``); ``templates/report.js`` draws the timeline
and the monthly bars as inline SVG from that JSON, and draws them again when a filter
changes. A Content-Security-Policy forbids every fetch and allows only the page's own
script and style (by hash), so even a mistake in escaping cannot make a request. The same
input gives the same bytes: no timestamps, no random ids, no nonces.

What the page is drawn from (batch results read, articles analysed) is ``report_inputs.collect``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

from policyscan.render.html_view import DEFAULT_TITLE, FailedArticle, view_data
from policyscan.report import Report

_PLACEHOLDER = re.compile(r"@@([A-Z]+)@@")


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
            ("actor", "also called", "articles", "events"),
            [(a["name"], ", ".join(a["aliases"]), a["articles"], a["events"]) for a in data["actors"]],
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


def render_html(
    reports: Sequence[Report], failures: Sequence[FailedArticle] = (), *, title: str = DEFAULT_TITLE
) -> str:
    """The whole page as one string; identical for identical input."""
    data = view_data(reports, failures, title=title)
    dated = sum(1 for e in data["events"] if e["x"])
    copies, events, reversals = len(data["duplicates"]), len(data["events"]), len(data["reversals"])
    summary = (
        f"{len(reports)} article{'s' * (len(reports) != 1)} · {events} event{'s' * (events != 1)} "
        f"({dated} dated) from {data['mentions']} action mention{'s' * (data['mentions'] != 1)} · "
        f"{reversals} reversal{'s' * (reversals != 1)}"
        + (f" · {copies} byte-identical cop{'ies' if copies != 1 else 'y'}" if copies else "")
        + (f" · {len(failures)} failed" if failures else "")
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
