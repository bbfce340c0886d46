"""CSV: one row per policy action, for spreadsheets and dataframes.

Every article has at least one row: an article without actions gets one row with empty
action columns, and a failed article one row with its ``error`` ("kind: message"), so the
number of distinct paths in the file is the number of articles. Every column is text:
read it with ``pandas.read_csv(path, dtype=str, keep_default_na=False)`` (``CSV_DTYPES``)
so that CAMEO codes keep their leading zero ("010", not 10).

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
    "duplicate_of",
    "error",
)
# Every column is a string column (CAMEO codes such as "010" keep their leading zero).
CSV_DTYPES: dict[str, str] = dict.fromkeys(CSV_COLUMNS, "string")

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


def _row(report: Report, action: Action | None, *, raw: bool = False) -> dict[str, str]:
    """The cells of one row: one action of ``report``, or (``action`` None) the article alone."""
    values: dict[str, str | None] = {
        "path": report.source.path,
        "sha256": report.source.sha256,
        "published": report.published,
        "title": report.title,
        "duplicate_of": report.source.duplicate_of,
        "error": f"{report.error.kind}: {report.error.message}" if report.error else None,
    }
    if action is not None:
        values.update(_action_cells(action))
    cells = {key: values.get(key) for key in CSV_COLUMNS}
    return {key: "" if value is None else _one_cell(safe_cell(value, raw=raw)) for key, value in cells.items()}


def _action_cells(action: Action) -> dict[str, str | None]:
    return {
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


def _one_cell(value: str) -> str:
    # With "\n" as the line terminator the csv module quotes a cell holding "\n" but not
    # one holding a bare "\r", which readers then take for the end of the row.
    return value.replace("\r\n", "\n").replace("\r", "\n")


def write_actions_csv(reports: Iterable[Report], stream: TextIO, *, header: bool = True, raw: bool = False) -> int:
    """Write one row per action of every report to ``stream``; return the number of rows.

    Every cell goes through ``safe_cell`` (formula-like text gets a leading ``'``) unless ``raw``.

    An article without actions, or a failed one (an error record), writes one row with empty
    action columns. Open files with ``newline=""``; rows end in ``\\n`` so the output pipes
    cleanly into line-based tools.
    """
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    rows = 0
    for report in reports:
        actions: list[Action | None] = list(report.actions) or [None]
        for action in actions:
            writer.writerow(_row(report, action, raw=raw))
            rows += 1
    return rows
