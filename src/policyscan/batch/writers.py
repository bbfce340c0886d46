"""Batch output formats as a registry: a new format is one class and one line in WRITERS.

A writer turns a finished report, or a failed article, into the exact text that goes to
the output (complete lines), writes the header a new file starts with, and reads back
the key of a finished record for ``--resume``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, NamedTuple, Protocol

if TYPE_CHECKING:
    from policyscan.report import Report

DoneKey = tuple[str, str]  # (path as recorded, sha256) of a finished article


class Unit(NamedTuple):
    """One record of an existing output, as ``--resume`` reads it: bytes [start, end) of the body."""

    start: int
    end: int
    key: DoneKey | None  # the finished article it holds; None: an error record or a torn one (retried)


class Foreign(ValueError):
    """A line ``--resume`` does not understand: the file was not written by this format."""

    def __init__(self, line: int, what: str) -> None:
        super().__init__(f"line {line} {what}")


def split_lines(data: bytes) -> list[bytes]:
    """``data`` cut after every b"\\n" (the last piece may lack one); only \\n ends a line."""
    lines = [line + b"\n" for line in data.split(b"\n")]
    lines[-1] = lines[-1][:-1]
    return [line for line in lines if line]


class Writer(Protocol):
    name: ClassVar[str]
    summary: ClassVar[str]  # for --help
    error_records: ClassVar[bool]  # False: a failed article writes nothing (stderr is its only trace)
    streams: ClassVar[bool]  # True: text records appended to a file or stdout (and --resume works)

    def header(self) -> str:
        """What a new output starts with ("" for none)."""
        ...

    def record(self, report: Report) -> str:
        """The complete lines for one analysed article."""
        ...

    def error(self, path: str, kind: str, message: str, sha256: str | None) -> str:
        """The complete lines for one failed article ("" when the format has no error records)."""
        ...

    def duplicate(self, text: str, path: str, original: str) -> str:
        """``text`` (this writer's record or error record) for ``path``, a byte-identical copy of
        ``original``: the same analysis, with ``source.path`` = path, ``duplicate_of`` = original."""
        ...

    def units(self, body: bytes) -> list[Unit]:
        """The records of an existing output after its header, in order; raises Foreign for
        anything this writer would not have written."""
        ...


class JsonlWriter:
    """One JSON record per line; a failed article gets an error record."""

    name: ClassVar[str] = "jsonl"
    summary: ClassVar[str] = "one record per article"
    error_records: ClassVar[bool] = True
    streams: ClassVar[bool] = True
    PREFIX: ClassVar[bytes] = b'{"schema_version":'  # how every record (and error record) starts

    def header(self) -> str:
        return ""

    def record(self, report: Report) -> str:
        from policyscan.render.json_out import report_jsonl

        return report_jsonl(report) + "\n"

    def error(self, path: str, kind: str, message: str, sha256: str | None) -> str:
        from policyscan.render.json_out import error_record

        return error_record(path, kind, message, sha256) + "\n"

    def duplicate(self, text: str, path: str, original: str) -> str:
        return _duplicate_report(text, path, original).model_dump_json() + "\n"

    def units(self, body: bytes) -> list[Unit]:
        units, at = [], 0
        for n, line in enumerate(split_lines(body), 1):
            start, at = at, at + len(line)
            if not line.endswith(b"\n"):  # the last line, cut short by a crash or a full disk
                if not line.startswith(self.PREFIX):
                    raise Foreign(n, "is not a policyscan record")
                units.append(Unit(start, at, None))
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except ValueError:
                raise Foreign(n, "is not JSON") from None
            source = record.get("source") if isinstance(record, dict) else None
            if (
                not isinstance(source, dict)
                or not isinstance(source.get("path"), str)
                or not str(record.get("schema_version", "")).startswith("policyscan/")
            ):
                raise Foreign(n, "is not a policyscan record")
            sha = source.get("sha256")
            key = (source["path"], sha) if record.get("error") is None and isinstance(sha, str) and sha else None
            units.append(Unit(start, at, key))
        return units


def _duplicate_report(text: str, path: str, original: str) -> Report:
    from policyscan.report import Report

    report = Report.model_validate_json(text)
    source = report.source.model_copy(update={"path": path, "duplicate_of": original})
    return report.model_copy(update={"source": source})


class CsvWriter:
    """One row per action under one header; an article without actions, or a failed one, gets
    one row with empty action columns (a failed one with its ``error`` cell set).

    Nothing in a row says it is an article's last: ``--resume`` retries the last article of
    the file, which may have been cut short between two of its rows.
    """

    name: ClassVar[str] = "csv"
    summary: ClassVar[str] = "one row per action, one row for an article without actions or that failed"
    error_records: ClassVar[bool] = True
    streams: ClassVar[bool] = True

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
        from policyscan.render.csv_out import write_actions_csv
        from policyscan.report import ErrorInfo, Report, Source

        record = Report(source=Source(path=path, sha256=sha256 or None), error=ErrorInfo(kind=kind, message=message))
        buf = io.StringIO()
        write_actions_csv([record], buf, header=False)
        return buf.getvalue()

    def duplicate(self, text: str, path: str, original: str) -> str:
        from policyscan.render.csv_out import CSV_COLUMNS, safe_cell

        buf = io.StringIO()
        out = csv.writer(buf, lineterminator="\n")
        p, d = CSV_COLUMNS.index("path"), CSV_COLUMNS.index("duplicate_of")
        for row in csv.reader(io.StringIO(text, newline="")):
            row[p], row[d] = safe_cell(path), safe_cell(original)
            out.writerow(row)
        return buf.getvalue()

    def units(self, body: bytes) -> list[Unit]:
        from policyscan.render.csv_out import CSV_COLUMNS

        lines = split_lines(body)
        ends: list[int] = []  # byte offset after each line handed to the csv reader

        def feed() -> Iterator[str]:
            at = 0
            for line in lines:
                at += len(line)
                ends.append(at)
                yield line.decode("utf-8", "surrogateescape")

        rows: list[tuple[int, int, list[str], int]] = []  # start, end, fields, line number in the file
        start = 0
        try:
            for row in csv.reader(feed()):
                rows.append((start, ends[-1], row, len(ends) + 1))
                start = ends[-1]
        except csv.Error as exc:
            raise Foreign(len(ends) + 1, f"is not CSV ({exc})") from None
        from policyscan.render import csv_out

        # Cells that look like spreadsheet formulas may be written with a leading "'": read back
        # the path as it was (csv_out.original_cell, where the renderer provides it).
        original = getattr(csv_out, "original_cell", lambda cell: cell)
        p, s, e = CSV_COLUMNS.index("path"), CSV_COLUMNS.index("sha256"), CSV_COLUMNS.index("error")
        units: list[Unit] = []
        for i, (start, end, row, line) in enumerate(rows):
            if len(row) != len(CSV_COLUMNS):
                if i == len(rows) - 1:
                    break  # the last row, cut short
                raise Foreign(line, f"has {len(row)} fields, not {len(CSV_COLUMNS)}")
            # an error row has no key: --resume retries that article
            key = None if row[e] or not row[s] else (original(row[p]), original(row[s]))
            if units and units[-1].key == key:
                units[-1] = units[-1]._replace(end=end)
            else:
                units.append(Unit(start, end, key))
        if rows:  # the last article may be cut short between two rows: retry it
            last = units.pop() if units else Unit(rows[-1][0], rows[-1][1], None)
            units.append(Unit(last.start, rows[-1][1], None))
        return units


class ParquetWriter(JsonlWriter):
    """Parquet files (``batch.parquet``): the records are JSON lines that ``ParquetSink`` turns
    into row groups of an articles table and an actions table. Needs -o; no --resume."""

    name: ClassVar[str] = "parquet"
    summary: ClassVar[str] = (
        "with -o out.parquet, out.parquet (one row per article) and out.actions.parquet "
        "(one row per action), needs pyarrow; no --resume"
    )
    streams: ClassVar[bool] = False

    def units(self, body: bytes) -> list[Unit]:
        raise Foreign(1, "is Parquet, which --resume does not read")


WRITERS: dict[str, Writer] = {w.name: w for w in (JsonlWriter(), CsvWriter(), ParquetWriter())}
FORMATS = tuple(WRITERS)
FORMATS_HELP = "; ".join(f"{w.name}: {w.summary}" for w in WRITERS.values()) + "."
