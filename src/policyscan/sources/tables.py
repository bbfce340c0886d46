"""Article tables (CSV, JSON Lines, Parquet: MediaCloud or GDELT-style exports, a scraper's
dump) -> one ``SourceItem`` per row.

Each row's ``source.path`` is ``TABLE#id=ID`` with ``--id-column``, else ``TABLE#row=N``
(N counts data rows from 1; a CSV header is not a row). A row that cannot be an article
(no text, an unreadable date, a line that is not a JSON object, a repeated id) becomes an
item with a ``problem``, i.e. an error record of kind ``bad-row``: every row of the table
gets exactly one record.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from policyscan.batch.walk import shown
from policyscan.errors import InputNotFound, InputUnreadable, UsageError
from policyscan.load.dates import parse_date_option
from policyscan.sources import SourceItem, text_sha256
from policyscan.sources.feeds import entry_date

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")


@dataclass(frozen=True)
class Columns:
    text: str
    date: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None

    def named(self) -> list[str]:
        return [c for c in (self.text, self.date, self.id, self.title, self.url) if c]


def table_items(path: str, columns: Columns, *, max_bytes: int) -> list[SourceItem]:
    """Every row of the table at ``path`` as an item, in table order."""
    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise UsageError(f"{path}: --text-column reads tables ending in {', '.join(TABLE_SUFFIXES)}")
    p = Path(path)
    if not p.exists():
        raise InputNotFound("no such file", path=path)
    if p.is_dir():
        raise InputUnreadable("is a directory, not a table", path=path)
    reader = {".csv": _csv_rows, ".tsv": _csv_rows, ".jsonl": _jsonl_rows, ".ndjson": _jsonl_rows}.get(
        suffix, _parquet_rows
    )
    items: list[SourceItem] = []
    first_row_of: dict[str, int] = {}
    name = shown(path)  # a non-UTF-8 file name as \xNN, as for files
    try:
        for n, row in enumerate(reader(path, columns, max_bytes), 1):
            items.append(_item(name, n, row, columns, first_row_of))
    except PermissionError:
        raise InputUnreadable("permission denied", path=path) from None
    except OSError as exc:
        raise InputUnreadable(f"cannot read: {exc.strerror or exc}", path=path) from None
    if not items:
        raise UsageError(f"{path}: the table has no rows")
    return items


def _item(path: str, n: int, row: dict | str, columns: Columns, first_row_of: dict[str, int]) -> SourceItem:
    key = f"{path}#row={n}"
    if isinstance(row, str):  # the reader's own complaint about this row
        return SourceItem(path=key, kind="row", problem=f"row {n}: {row}")
    ident = _cell(row.get(columns.id)) if columns.id else None
    if columns.id:
        if not ident:
            return SourceItem(path=key, kind="row", problem=f"row {n}: empty {columns.id!r}")
        key = f"{path}#id={ident}"
        if ident in first_row_of:
            first = first_row_of[ident]
            return SourceItem(path=f"{path}#row={n}", kind="row", problem=f"row {n}: id {ident!r} repeats row {first}")
        first_row_of[ident] = n
    text = row.get(columns.text)
    if not isinstance(text, str) or not text.strip():
        return SourceItem(path=key, kind="row", problem=f"row {n}: no text in {columns.text!r}")
    text = _valid(text)
    published = None
    if columns.date:
        raw = row.get(columns.date)
        published = _row_date(raw)
        shown = _cell(raw)
        if published is None and shown:
            return SourceItem(path=key, kind="row", problem=f"row {n}: {columns.date!r} is not a date: {shown[:40]!r}")
    return SourceItem(
        path=key,
        kind="row",
        text=text,
        title=_cell(row.get(columns.title)) if columns.title else None,
        url=_cell(row.get(columns.url)) if columns.url else None,
        published=published,
        published_from=f"column {columns.date}" if published else None,
        sha256=text_sha256(text),
    )


def _valid(text: str) -> str:
    """``text`` without lone surrogates (JSON allows "\ud800"; UTF-8 output does not)."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(_valid(str(value)).split())
    return text or None


def _row_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell(value)
    if not text:
        return None
    return entry_date(text) or parse_date_option(text)


def _check_columns(path: str, present: list[str], columns: Columns) -> None:
    missing = [c for c in columns.named() if c not in present]
    if missing:
        shown = ", ".join(present[:20]) or "none"
        raise UsageError(f"{path}: no column {missing[0]!r} (columns: {shown})")


def _csv_rows(path: str, columns: Columns, max_bytes: int) -> Iterator[dict | str]:
    if csv.field_size_limit() < max_bytes + 1:
        csv.field_size_limit(max_bytes + 1)  # an article is one cell; larger cells are bad rows
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            header = []
        except csv.Error as exc:
            raise UsageError(f"{path}: not a CSV table ({exc})") from None
        _check_columns(path, header, columns)
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield f"not CSV ({exc})"
                continue
            if not cells:
                continue  # csv yields [] for a blank line
            if len(cells) != len(header):
                yield f"{len(cells)} fields, the header has {len(header)}"
                continue
            yield dict(zip(header, cells, strict=True))


def _jsonl_rows(path: str, columns: Columns, max_bytes: int) -> Iterator[dict | str]:
    with open(path, "rb") as fh:
        for line in fh:
            if not line.strip():
                continue
            if len(line) > max_bytes:
                yield f"longer than the limit of {max_bytes} bytes (see --max-bytes)"
                continue
            try:
                value = json.loads(line.decode("utf-8-sig"))
            except (UnicodeDecodeError, ValueError):
                yield "not a JSON object"
                continue
            yield value if isinstance(value, dict) else "not a JSON object"


def _parquet_rows(path: str, columns: Columns, max_bytes: int) -> Iterator[dict | str]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(f"{path}: reading Parquet needs pyarrow (pip install pyarrow)") from None
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid and friends
        raise UsageError(f"{path}: not a Parquet file ({exc})") from None
    _check_columns(path, list(table.schema_arrow.names), columns)
    for batch in table.iter_batches(batch_size=256, columns=list(dict.fromkeys(columns.named()))):
        yield from batch.to_pylist()
