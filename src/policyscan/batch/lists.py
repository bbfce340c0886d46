"""Inputs from outside the articles: a list of paths (``batch --files-from FILE|-``) and a
sidecar of publication dates (``batch --published-from dates.csv|dates.jsonl``)."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from datetime import date
from typing import BinaryIO

from policyscan.errors import UsageError

MAX_LIST_BYTES = 1 << 30  # a list of paths, or a sidecar, larger than this is refused


def _read(path: str, what: str, stdin: BinaryIO | None = None) -> bytes:
    try:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read(MAX_LIST_BYTES + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read(MAX_LIST_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"{what} {path}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > MAX_LIST_BYTES:
        raise UsageError(f"{what} {path}: larger than {MAX_LIST_BYTES:,} bytes")
    return data


def read_path_list(path: str, *, null: bool = False, stdin: BinaryIO | None = None) -> list[str]:
    """The paths listed in ``path`` ("-": stdin), one per line (``\\r\\n`` too; blank lines
    skipped), or NUL-separated with ``null`` (for ``find -print0``). Names that are not UTF-8
    are kept as the file system gives them (surrogate escapes)."""
    data = _read(path, "--files-from", stdin)
    if null:
        names = data.split(b"\0")
    else:
        if b"\0" in data:
            raise UsageError(f"--files-from {path}: holds NUL bytes; with a NUL-separated list, add --null")
        names = [line[:-1] if line.endswith(b"\r") else line for line in data.split(b"\n")]
    paths = [os.fsdecode(name) for name in names if name]
    if not paths:
        raise UsageError(f"--files-from {path}: lists no paths")
    return paths


def _key(path: str, base: str) -> str:
    """The file a sidecar's path means: relative to the current folder when it exists from
    there, else relative to the sidecar's folder; symlinks resolved (as --resume matches)."""
    if not os.path.isabs(path) and not os.path.lexists(path) and os.path.lexists(os.path.join(base, path)):
        path = os.path.join(base, path)
    return os.path.realpath(path)


def read_published_sidecar(path: str) -> dict[str, str]:
    """Publication dates per file from a CSV (columns ``path,published``) or JSON Lines
    (``{"path": ..., "published": ...}``) sidecar: {resolved path: ISO date}.

    Dates are ISO (2026-11-20) or written months (20 Nov 2026); an ambiguous or bad one is
    a UsageError naming its line, as is a missing column. An empty ``published`` is skipped.
    """
    from policyscan.load import parse_date_option

    data = _read(path, "--published-from", None)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"--published-from {path}: not UTF-8 text") from None
    rows: list[tuple[int, object, object]] = []
    if path.lower().endswith((".jsonl", ".ndjson", ".json")):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                raise UsageError(f"--published-from {path}: line {n} is not JSON") from None
            if not isinstance(row, dict):
                raise UsageError(f"--published-from {path}: line {n} is not a JSON object")
            rows.append((n, row.get("path"), row.get("published")))
    else:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or not {"path", "published"} <= set(reader.fieldnames):
            raise UsageError(f"--published-from {path}: needs a header line with the columns path,published")
        try:
            rows = [(reader.line_num, row.get("path"), row.get("published")) for row in reader]
        except csv.Error as exc:
            raise UsageError(f"--published-from {path}: not CSV ({exc})") from None
    base = os.path.dirname(os.path.abspath(path))
    dates: dict[str, str] = {}
    for n, name, value in rows:
        if not isinstance(name, str) or not name:
            raise UsageError(f"--published-from {path}: line {n} has no path")
        if value is None or value == "":
            continue
        day: date | None = parse_date_option(value) if isinstance(value, str) else None
        if day is None:
            shown = str(value)[:40]
            hint = "use 2026-11-20 or 20 Nov 2026"
            raise UsageError(f"--published-from {path}: line {n}: {shown!r} is not an unambiguous date ({hint})")
        dates[_key(name, base)] = day.isoformat()
    return dates
