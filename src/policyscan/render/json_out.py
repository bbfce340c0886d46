"""JSON and JSON Lines. Every key is always emitted, so downstream tools see a stable shape."""

from __future__ import annotations

import os
from collections.abc import Iterable

from pydantic import TypeAdapter

from policyscan.report import ErrorInfo, Report, Source

_REPORT_LIST = TypeAdapter(list[Report])


def report_json(report: Report) -> str:
    """One report, pretty-printed with a two-space indent, no trailing newline."""
    return report.model_dump_json(indent=2)


def report_jsonl(report: Report) -> str:
    """One report on one line, no trailing newline: the caller joins lines."""
    return report.model_dump_json()


def reports_json_array(reports: Iterable[Report]) -> str:
    """A pretty JSON array of reports, in the order given, no trailing newline."""
    return _REPORT_LIST.dump_json(list(reports), indent=2).decode("utf-8")


def error_record(path: str | os.PathLike[str] | None, kind: str, message: str, sha256: str | None = None) -> str:
    """One JSON line for an article that failed: the shape of every report (every key present,
    empty lists, nulls) with ``error`` set, so one schema covers both (``policyscan schema``).

    ``kind`` is the error's short name (``PolicyscanError.kind``), e.g. ``"not-found"``.
    """
    record = Report(
        source=Source(path=None if path is None else os.fspath(path), sha256=sha256 or None),
        error=ErrorInfo(kind=kind, message=message),
    )
    return record.model_dump_json()
