"""What ``policyscan report`` reads: batch results as they are, articles through the same pipeline as `analyze`.

The analyse step of the HTML report, kept out of ``render/`` so that rendering only renders:
``collect`` turns the command's paths into Report records and Failures, and
``render.html_report.render_html`` draws the page from them. Reading only ``.jsonl`` results never
imports spaCy (``pipeline`` is imported when an article has to be analysed).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from policyscan.errors import InputNotFound, PolicyscanError, UsageError
from policyscan.report import Report


@dataclass(frozen=True)
class Failure:
    """An article that was not analysed: an error record of a batch run, or an input of this run."""

    path: str | None
    kind: str
    message: str
    exit_code: int | None = None  # set for an input of this run, None for an error record read from JSONL


@dataclass(frozen=True)
class Inputs:
    reports: list[Report]
    failures: list[Failure]


def read_results(path: str) -> Inputs:
    """Reports and error records of one ``policyscan batch`` JSON Lines file.

    A line that is not a record is listed as a failure naming its line number, so the
    page shows what it could not read instead of dropping it.
    """
    from policyscan.summarize import InvalidLine, read_lines

    reports: list[Report] = []
    failures: list[Failure] = []
    for record in read_lines([path]):
        if isinstance(record, InvalidLine):
            failures.append(Failure(record.record_path, "invalid-record", f"{path}: {record}"))
        elif record.error is not None:
            failures.append(Failure(record.source.path, record.error.kind, record.error.message))
        else:
            reports.append(record)
    return Inputs(reports, failures)


def collect(
    paths: Sequence[str],
    *,
    model: str | None = None,
    max_bytes: int | None = None,
    encoding: str | None = None,
) -> Inputs:
    """Reports for ``paths`` in the order given: ``.jsonl`` files are read, other files analysed.

    A path that does not exist raises InputNotFound before anything is analysed; an
    article that cannot be loaded or analysed becomes a Failure with its exit code.
    """
    for path in paths:
        if os.path.isdir(path):
            raise UsageError(f"{path} is a folder: run `policyscan batch {path} -o results.jsonl` first")
        if path != "-" and not os.path.lexists(path):
            raise InputNotFound("no such file", path=path)
    reports: list[Report] = []
    failures: list[Failure] = []
    for path in paths:
        if path.lower().endswith(".jsonl"):
            found = read_results(path)
            reports += found.reports
            failures += found.failures
            continue
        try:
            reports.append(_analyze(path, model=model, max_bytes=max_bytes, encoding=encoding))
        except PolicyscanError as err:
            message = str(err.args[0]) if err.args else str(err)
            failures.append(Failure(path, err.kind, message, err.exit_code))
    return Inputs(reports, failures)


def _analyze(path: str, *, model: str | None, max_bytes: int | None, encoding: str | None) -> Report:
    from policyscan.load import DEFAULT_MAX_BYTES, load_path
    from policyscan.pipeline import analyze

    article = load_path(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES, encoding=encoding)
    return analyze(article, model=model)
