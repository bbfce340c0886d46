"""Parquet output for ``policyscan batch --format parquet -o out.parquet`` (needs pyarrow:
``pip install 'policyscan[parquet]'``).

Two files, each with a fixed Arrow schema derived from the report models, so that column
types never depend on the corpus (an empty list is still a list of strings):

* ``out.parquet`` -- one row per article, with exactly the columns and nesting of a JSON
  record (``source`` a struct, ``actors``/``actions``/... lists of structs, ``error`` a
  struct that is null for an analysed article); failed articles are rows too;
* ``out.actions.parquet`` -- one row per action: ``path``, ``sha256``, ``published``,
  ``title``, ``duplicate_of`` of its article, then the action's fields (``date`` a struct
  with ``first_day``/``last_day``, ``evidence`` a list of structs).

Both are written to temporary files and renamed into place when the run ends (also after
Ctrl-C, with the articles finished so far). ``--resume`` is not supported: rerun the whole
batch, or write JSON Lines and convert.
"""

from __future__ import annotations

import contextlib
import json
import os
import types
from enum import Enum
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from policyscan.batch.output import Sink
from policyscan.errors import UsageError

MISSING = "--format parquet needs pyarrow: pip install 'policyscan[parquet]' (or 'pyarrow>=14')"
ROWS_PER_GROUP = 1000
ACTION_CONTEXT = ("path", "sha256", "published", "title", "duplicate_of")  # article columns on each action row


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise UsageError(MISSING) from exc
    return pyarrow


def arrow_type(pa: Any, annotation: Any) -> Any:
    """The Arrow type of a report field: str/Enum -> string, int -> int64, bool -> bool,
    list[X] -> list<X>, a model -> struct; ``X | None`` is X (every Arrow field is nullable)."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in get_args(annotation) if a is not type(None)]
        return arrow_type(pa, inner)
    if origin is list:
        return pa.list_(arrow_type(pa, get_args(annotation)[0]))
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return pa.struct([pa.field(n, arrow_type(pa, f.annotation)) for n, f in annotation.model_fields.items()])
        if issubclass(annotation, bool):
            return pa.bool_()
        if issubclass(annotation, Enum | str):
            return pa.string()
        if issubclass(annotation, int):
            return pa.int64()
    raise TypeError(f"no Arrow type for {annotation!r}")


def schemas(pa: Any) -> tuple[Any, Any]:
    """The Arrow schemas of the articles table and of the actions table."""
    from policyscan.report import Action, Report

    articles = pa.schema([pa.field(n, arrow_type(pa, f.annotation)) for n, f in Report.model_fields.items()])
    actions = pa.schema(
        [pa.field(n, pa.string()) for n in ACTION_CONTEXT]
        + [pa.field(n, arrow_type(pa, f.annotation)) for n, f in Action.model_fields.items()]
    )
    return articles, actions


def actions_path(output: str) -> str:
    """``out.parquet`` -> ``out.actions.parquet``; any other name gets ``.actions.parquet`` added."""
    stem = output[: -len(".parquet")] if output.endswith(".parquet") else output
    return stem + ".actions.parquet"


class ParquetSink(Sink):
    """Takes the JSON Lines records the parquet writer makes and writes them as Parquet row
    groups of ROWS_PER_GROUP articles; ``close`` renames the finished files into place."""

    def __init__(self, output: str) -> None:
        self.pa = _pyarrow()
        import pyarrow.parquet as pq

        self.paths = (output, actions_path(output))
        self.tmps = tuple(f"{p}.policyscan-tmp" for p in self.paths)
        self.schemas = schemas(self.pa)
        self.writers: list[Any] = []
        try:
            for tmp, schema in zip(self.tmps, self.schemas, strict=True):
                self.writers.append(pq.ParquetWriter(tmp, schema))
        except BaseException:
            self.abort()
            raise
        self.articles: list[dict] = []
        self.actions: list[dict] = []

    def write(self, text: str) -> None:
        for line in text.splitlines():
            record = json.loads(line)
            self.articles.append(record)
            source = record.get("source") or {}
            context = {
                "path": source.get("path"),
                "sha256": source.get("sha256"),
                "published": record.get("published"),
                "title": record.get("title"),
                "duplicate_of": source.get("duplicate_of"),
            }
            self.actions.extend({**context, **action} for action in record.get("actions") or [])
        if len(self.articles) >= ROWS_PER_GROUP:
            self.sync()

    def sync(self) -> None:
        for rows, writer, schema in zip((self.articles, self.actions), self.writers, self.schemas, strict=True):
            if rows:
                writer.write_table(self.pa.Table.from_pylist(rows, schema=schema))
                rows.clear()

    def close(self) -> None:
        """Write what is left and put both files in place (the actions file first)."""
        self.sync()
        for writer in self.writers:
            writer.close()
        for tmp, path in reversed(list(zip(self.tmps, self.paths, strict=True))):
            os.replace(tmp, path)

    def abort(self) -> None:
        """Leave the outputs as they were: close and remove the temporary files."""
        for writer in self.writers:
            with contextlib.suppress(Exception):
                writer.close()
        for tmp in self.tmps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
