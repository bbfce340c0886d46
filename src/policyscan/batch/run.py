"""The run: skip what is done, get outcomes (in-process, a pool, or an engine), write them
in input order, stop cleanly on a signal."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, TextIO

from policyscan.batch.output import FileSink, Sink, open_output
from policyscan.batch.walk import Input, check_output_is_not_an_input, find_inputs, shown
from policyscan.batch.work import BatchResult, Outcome, Settings, file_sha256, iter_outcomes, pool_outcomes
from policyscan.batch.writers import FORMATS, WRITERS, DoneKey
from policyscan.errors import UsageError, exit_code_for

if TYPE_CHECKING:
    from policyscan.sources import Sources


class StopRun(BaseException):
    """Raised by the first SIGINT/SIGTERM while an article is being read or analysed: that
    article is given up (``--resume`` does it again) so that a signal always ends the run at
    once, even in a blocking open() or a long parse. A BaseException: no per-article
    ``except Exception`` turns it into an error record."""


class StopSignals:
    """SIGINT/SIGTERM stop the run: between records (``working`` False) the record in hand is
    finished first; while an outcome is being produced it is abandoned (StopRun). A second
    signal stops at once (KeyboardInterrupt)."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self.working = False
        self._old: dict[int, object] = {}

    def _handle(self, signum: int, frame) -> None:
        if self.signum is not None:
            raise KeyboardInterrupt
        self.signum = signum
        if self.working:
            raise StopRun

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        self.working = False
        for sig, old in self._old.items():
            signal.signal(sig, old)  # type: ignore[arg-type]


def _next(outcomes: Iterator[Outcome], signals: StopSignals | None) -> Outcome | None:
    """The next outcome, or None at the end or when a signal gave up the one being made."""
    try:
        if signals is not None:
            signals.working = True
        return next(outcomes)
    except (StopIteration, StopRun):
        return None
    finally:
        if signals is not None:
            signals.working = False


class Reporter(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, outcome: Outcome) -> None: ...
    def stop(self) -> None: ...


class Engine(Protocol):
    """Somewhere else to run the articles (``policyscan.dask_engine.DaskEngine``): outcomes
    in input order; ``run_batch`` still writes, resumes and reports."""

    def outcomes(
        self, todo: Sequence[Input], settings: Settings, result: BatchResult, stop: Callable[[], bool]
    ) -> Iterator[Outcome]: ...


class _NoSignals:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc) -> None:
        return None


def resolved(path: str) -> str:
    """The key ``--resume`` matches a record by: the path with symlinks, ``.`` and ``..``
    resolved (``./news/a.txt``, ``news/a.txt`` and ``/home/me/news/a.txt`` are one file)."""
    return shown(os.path.realpath(path))


def _already_done(item: Input, done: set[DoneKey], done_paths: set[str], max_bytes: int) -> bool:
    if item.error:
        return False
    if not isinstance(item, Input):  # a URL or a table row: see _source_done
        return False
    key = resolved(item.path)
    return key in done_paths and (key, file_sha256(item.path, max_bytes) or "") in done


def _source_done(item, done: set[DoneKey], done_paths: set[str]) -> bool:
    """A URL is done when a record of it succeeded (resume by URL, keys as written, not resolved
    as file paths); a table row when its key and text hash match."""
    if isinstance(item, Input):
        return False
    sha = getattr(item, "sha256", None)
    return item.path in done_paths if sha is None else (item.path, sha) in done


def run_batch(
    items: Sequence[Input],
    sink: Sink,
    settings: Settings,
    *,
    jobs: int = 1,
    done: set[DoneKey] | None = None,
    reporter: Reporter | None = None,
    handle_signals: bool = True,
    engine: Engine | None = None,
) -> BatchResult:
    """Analyze ``items``, writing each record to ``sink`` in input order as soon as it is ready.

    Articles whose (path, sha256) is in ``done`` are skipped. A SIGINT/SIGTERM stops the
    run after the record in hand (``result.interrupted``); BrokenPipeError from the sink
    propagates, with the worker pool shut down.
    """
    started = time.perf_counter()
    result = BatchResult(total=len(items))
    todo = list(items)
    if done:
        written_keys, written_paths = done, {path for path, _ in done}
        done = {(resolved(path), sha) for path, sha in done}
        done_paths = {path for path, _ in done}
        todo = [
            i
            for i in items
            if not (
                _already_done(i, done, done_paths, settings.max_bytes) or _source_done(i, written_keys, written_paths)
            )
        ]
        result.skipped = len(items) - len(todo)
    signals = StopSignals() if handle_signals else None
    with signals or _NoSignals():

        def stop() -> bool:
            return signals is not None and signals.signum is not None

        if reporter:
            reporter.start(len(todo))
        try:
            if engine is not None:
                outcomes = engine.outcomes(todo, settings, result, stop)
            elif jobs > 1:
                outcomes = pool_outcomes(todo, settings, jobs, result, stop)
            else:
                outcomes = iter_outcomes(todo, settings)
            written: set[tuple[str, str | None]] = set()
            try:
                while (outcome := _next(outcomes, signals)) is not None:
                    if (outcome.path, outcome.sha256) in written:
                        continue  # delivered twice (a retried partition): one record per article
                    written.add((outcome.path, outcome.sha256))
                    sink.write(outcome.text)  # outside any per-article try: a closed pipe ends the run
                    result.ok += outcome.ok
                    result.failed += not outcome.ok
                    result.words += outcome.words
                    if reporter:
                        reporter.advance(outcome)
                    if stop():
                        break
            except StopRun:  # a signal in the instant after _next() caught its own
                pass
            finally:
                close = getattr(outcomes, "close", None)
                if close:
                    close()
            sink.sync()
        finally:
            if reporter:
                reporter.stop()
        result.interrupted = signals.signum if signals else None
    result.seconds = time.perf_counter() - started
    return result


def batch(
    paths: Sequence[str],
    *,
    output: str | None = None,
    resume: bool = False,
    glob: str | None = None,
    jobs: int = 1,
    settings: Settings | None = None,
    reporter: Reporter | None = None,
    stdout: TextIO | None = None,
    engine: Engine | None = None,
    sources: Sources | None = None,
) -> BatchResult:
    """Find the articles, refuse an output that is one of them, lock and open the output
    (``open_output``: emptied, or read back and appended to on ``resume``), run.

    ``sources`` adds URLs and table rows (``policyscan.sources.collect``) after the files of ``paths``."""
    settings = settings or Settings()
    if settings.fmt not in FORMATS:
        raise UsageError(f"unknown batch format {settings.fmt!r} (choose {', '.join(FORMATS)})")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if resume and not output:
        raise UsageError("--resume needs -o FILE: there is nothing to resume on stdout")
    writer = WRITERS[settings.fmt]
    items: list = find_inputs(paths, glob=glob, exclude=[output] if output else []) if paths or not sources else []
    if output and os.path.isdir(output):
        raise UsageError(f"-o {output} is a folder; give a file name")
    if sources:
        items += sources.items
    if output:
        files = [i for i in items if isinstance(i, Input)] + [Input(f) for f in (sources.files if sources else ())]
        check_output_is_not_an_input(output, files)
    if output is None:
        stream = stdout or sys.stdout
        _write_header(stream, writer.header())
        return run_batch(items, Sink(stream), settings, jobs=jobs, reporter=reporter, engine=engine)
    fd, done = open_output(output, writer, resume=resume)
    try:
        sink = FileSink(fd)
        return run_batch(items, sink, settings, jobs=jobs, done=done, reporter=reporter, engine=engine)
    finally:
        os.close(fd)


def _write_header(stream: TextIO, header: str) -> None:
    if header:
        stream.write(header)
        stream.flush()


def summary_line(result: BatchResult) -> str:
    """'policyscan: 2000 articles, 1998 ok, 2 failed, 412,331 words in 61.2 s'."""
    parts = [f"{result.processed} articles", f"{result.ok} ok", f"{result.failed} failed"]
    if result.skipped:
        parts.append(f"{result.skipped} already done")
    line = f"policyscan: {', '.join(parts)}, {result.words:,} words in {result.seconds:.1f} s"
    if result.interrupted is not None:
        name = signal.Signals(result.interrupted).name
        line += f" (stopped by {name}, {result.total - result.skipped - result.processed} not done)"
    return line


def exit_code(result: BatchResult) -> int:
    """0 when every article succeeded, EXIT_ALL_FAILED when none did, else EXIT_PARTIAL."""
    return exit_code_for(result.failed, result.processed)
