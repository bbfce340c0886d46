"""Batch output formats as a registry: a new format is one class and one line in WRITERS.

A writer turns a finished report, or a failed article, into the exact text that goes to
the output (complete lines), writes the header a new file starts with, and reads back
the key of a finished record for ``--resume``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, ClassVar, Protocol

if TYPE_CHECKING:
    from policyscan.report import Report

DoneKey = tuple[str, str]  # (path as recorded, sha256) of a finished article


class Writer(Protocol):
    name: ClassVar[str]
    keep_unkeyed: ClassVar[bool]  # --resume keeps lines without a done-key (else they are retried)
    error_records: ClassVar[bool]  # False: a failed article writes nothing (stderr is its only trace)

    def header(self) -> str:
        """What a new output starts with ("" for none)."""
        ...

    def record(self, report: Report) -> str:
        """The complete lines for one analysed article."""
        ...

    def error(self, path: str, kind: str, message: str, sha256: str | None) -> str:
        """The complete lines for one failed article ("" when the format has no error records)."""
        ...

    def done_key(self, line: str, header: str | None) -> DoneKey | None:
        """(path, sha256) of a successful record's line (``header``: the file's first line, if
        the format has one), None for anything else."""
        ...


class JsonlWriter:
    """One JSON record per line; a failed article gets an error record."""

    name: ClassVar[str] = "jsonl"
    keep_unkeyed: ClassVar[bool] = False
    error_records: ClassVar[bool] = True

    def header(self) -> str:
        return ""

    def record(self, report: Report) -> str:
        from policyscan.render.json_out import report_jsonl

        return report_jsonl(report) + "\n"

    def error(self, path: str, kind: str, message: str, sha256: str | None) -> str:
        from policyscan.render.json_out import error_record

        record = json.loads(error_record(path, kind, message))
        if sha256:
            record["source"]["sha256"] = sha256
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"

    def done_key(self, line: str, header: str | None) -> DoneKey | None:
        try:
            record = json.loads(line)
            source = record["source"]
            if "error" in record or not source.get("sha256"):
                return None
            return (source["path"], source["sha256"])
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


class CsvWriter:
    """One row per action under one header; a failed article writes no row (stderr names it)."""

    name: ClassVar[str] = "csv"
    keep_unkeyed: ClassVar[bool] = True
    error_records: ClassVar[bool] = False

    def header(self) -> str:
        from policyscan.render.csv_out import write_actions_csv

        buf = io.StringIO()
        write_actions_csv([], buf, header=True)
        return buf.getvalue()

    def record(self, report: Report) -> str:
        from policyscan.render.csv_out import write_actions_csv

        buf = io.StringIO()
        write_actions_csv([report], buf, header=False)
        return buf.getvalue()

    def error(self, path: str, kind: str, message: str, sha256: str | None) -> str:
        return ""

    def done_key(self, line: str, header: str | None) -> DoneKey | None:
        names = next(csv.reader([header]), []) if header is not None else []
        row = next(csv.reader([line]), [])
        if not names or len(row) != len(names):
            return None
        values = dict(zip(names, row, strict=True))
        return (values.get("path", ""), values.get("sha256", ""))


WRITERS: dict[str, Writer] = {w.name: w for w in (JsonlWriter(), CsvWriter())}
FORMATS = tuple(WRITERS)
