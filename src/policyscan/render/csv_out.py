"""CSV: one row per policy action, for spreadsheets and dataframes.

Cells are safe to open in a spreadsheet by default: text from an article that starts
like a formula is neutralised with a leading apostrophe (``safe_cell``). Pipelines that
want the exact strings pass ``raw=True`` (``--csv-raw`` on the command line).
"""

from __future__ import annotations

import csv
import re
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
# OWASP's list: a spreadsheet reads a cell starting with one of these as a formula
# (=HYPERLINK(...), +cmd|..., -2+3, @SUM(...)); tab and CR can precede one. Cells that
# already start with apostrophes before one of them get one more, so that
# ``original_cell`` can undo ``safe_cell`` exactly (batch --resume reads paths back).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISE = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def safe_cell(value: str, *, raw: bool = False) -> str:
    """``value`` as a CSV cell a spreadsheet will not evaluate: ``'=1+2`` for ``=1+2``.

    ``raw=True`` returns ``value`` unchanged (for pipelines that parse the CSV themselves).
    A lone ``-`` (the path of stdin) is no formula and stays as it is. Batch CSV output
    calls this for every cell through ``write_actions_csv``.
    """
    if not raw and value != "-" and _NEUTRALISE.match(value):
        return "'" + value
    return value


def original_cell(cell: str) -> str:
    """The value ``safe_cell`` was given, from the cell it returned (e.g. a path read back on resume)."""
    return cell[1:] if _NEUTRALISED.match(cell) else cell


def _row(report: Report, action: Action, *, raw: bool = False) -> dict[str, str]:
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
    return {key: "" if value is None else _one_cell(safe_cell(value, raw=raw)) for key, value in values.items()}


def _one_cell(value: str) -> str:
    # With "\n" as the line terminator the csv module quotes a cell holding "\n" but not
    # one holding a bare "\r", which readers then take for the end of the row.
    return value.replace("\r\n", "\n").replace("\r", "\n")


def write_actions_csv(reports: Iterable[Report], stream: TextIO, *, header: bool = True, raw: bool = False) -> int:
    """Write one row per action of every report to ``stream``; return the number of rows.

    Every cell goes through ``safe_cell`` (formula-like text gets a leading ``'``) unless ``raw``.

    Articles without actions write nothing. Open files with ``newline=""``; rows end in
    ``\\n`` so the output pipes cleanly into line-based tools.
    """
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    rows = 0
    for report in reports:
        for action in report.actions:
            writer.writerow(_row(report, action, raw=raw))
            rows += 1
    return rows
