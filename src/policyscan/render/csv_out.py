"""CSV: one row per policy action, for spreadsheets and dataframes."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from policyscan.report import Action, Report

CSV_COLUMNS: tuple[str, ...] = (
    "path",
    "sha256",
    "published",
    "title",
    "action_id",
    "actor",
    "direction",
    "status",
    "kind",
    "trigger",
    "target",
    "objects",
    "date_text",
    "date_value",
    "cameo",
    "plover",
    "evidence",
)

OBJECT_SEPARATOR = "; "


def _row(report: Report, action: Action) -> dict[str, str]:
    values = {
        "path": report.source.path,
        "sha256": report.source.sha256,
        "published": report.published,
        "title": report.title,
        "action_id": action.id,
        "actor": action.actor,
        # .value: str() of a str-Enum is "Direction.TIGHTEN" on Python 3.11+.
        "direction": action.direction.value,
        "status": action.status.value,
        "kind": action.kind,
        "trigger": action.trigger,
        "target": action.target,
        "objects": OBJECT_SEPARATOR.join(action.objects),
        "date_text": action.date.text,
        "date_value": action.date.value,
        "cameo": action.cameo,
        "plover": action.plover,
        "evidence": action.evidence[0].text if action.evidence else None,
    }
    return {key: "" if value is None else value for key, value in values.items()}


def write_actions_csv(reports: Iterable[Report], stream: TextIO, *, header: bool = True) -> int:
    """Write one row per action of every report to ``stream``; return the number of rows.

    Articles without actions write nothing. Open files with ``newline=""``; rows end in
    ``\\n`` so the output pipes cleanly into line-based tools.
    """
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    rows = 0
    for report in reports:
        for action in report.actions:
            writer.writerow(_row(report, action))
            rows += 1
    return rows
