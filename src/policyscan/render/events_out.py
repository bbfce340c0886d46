"""Rendering for `policyscan events`: JSON Lines, one JSON document, or a terminal table."""

from __future__ import annotations

import json
from typing import Any

from policyscan.render._common import clean_text

GLYPH = {"tighten": "▲", "loosen": "▼", "neutral": "●"}


def events_jsonl(result: dict[str, Any]) -> str:
    return "".join(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n" for ev in result["events"])


def events_json(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def _plain(value: Any) -> str:
    """Record strings reach a terminal: no control characters, no Rich markup."""
    return clean_text(str(value), one_line=True)


def _count(n: int, noun: str) -> str:
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def render_events(result: dict[str, Any], console: Any, *, top: int = 30) -> None:
    from rich.table import Table
    from rich.text import Text

    events = result["events"]
    counts = [
        (result["articles"], "article"),
        (result["mentions"], "action mention"),
        (len(events), "event"),
        (len(result["reversals"]), "reversal"),
        (len(result["duplicates"]), "byte-identical copy"),
    ]
    head = " · ".join(_count(n, noun) for n, noun in counts)
    console.print(Text(head, style="bold"))
    table = Table(show_edge=False, pad_edge=False, box=None)
    for col in ("date", "actor", "", "kind", "status", "sources"):
        table.add_column(col, no_wrap=col in ("date", ""))
    ranked = sorted(events, key=lambda e: (-e["sources"], e["date"]["first_day"] or "9999", e["id"]))[:top]
    for ev in sorted(ranked, key=lambda e: (e["date"]["first_day"] or "9999", e["id"])):
        table.add_row(
            Text(_plain(ev["date"]["value"] or "undated")),
            Text(_plain(ev["actor"])),
            Text(GLYPH.get(ev["direction"], "?")),
            Text(_plain(ev["kind"])),
            Text(_plain(ev["status"])),
            Text(str(ev["sources"])),
        )
    console.print(table)
    for rev in result["reversals"]:
        console.print(Text("↺ " + _plain(rev["summary"])))
