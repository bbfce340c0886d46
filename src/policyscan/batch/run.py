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
from policyscan.batch.walk import Input, check_output_is_not_an_input, find_inputs, shown, special_file
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


def _hash(item: Input, max_bytes: int) -> str | None:
    """The sha256 the article's record will carry; None for what is not a readable regular file."""
    if item.error or special_file(item.path):
        return None
    return file_sha256(item.path, max_bytes)


class _Copies:
    """Byte-identical inputs (same sha256): only the first is analysed; each later copy gets
    that record again under its own path, with ``duplicate_of`` naming the first. An input
    with the bytes of an article an earlier run finished (``--resume``) is analysed and marked."""

    def __init__(self, todo: Sequence[Input], done: set[DoneKey], settings: Settings) -> None:
        earlier = {sha: path for path, sha in sorted(done, reverse=True)}
        # (sha256, --published-from date) -> shown path of the first input with these bytes
        first: dict[tuple[str, str | None], str] = {}
        self.analyse: list[Input] = []
        self.after: dict[str, list[tuple[Input, str | None, str]]] = {}  # path -> copies written after it
        self.marked: dict[str, str] = {}  # path -> the earlier run's path of the same bytes
        self.originals: dict[str, int] = {}  # path -> how many copies it has
        last: str | None = None
        for item in todo:
            sha = _hash(item, settings.max_bytes)
            path = shown(item.path)
            key = (sha or "", settings.published_for(item.path))  # a different sidecar date: analysed again
            if sha is not None and key in first and last is not None:
                self.after.setdefault(last, []).append((item, sha, first[key]))
                self.originals[first[key]] = self.originals.get(first[key], 0) + 1
                continue
            if sha is not None:
                first[key] = path
                if sha in earlier and not settings.published and resolved(earlier[sha]) != resolved(item.path):
                    self.marked[path] = earlier[sha]
            self.analyse.append(item)
            last = path


def _write(sink: Sink, outcome: Outcome, result: BatchResult, reporter: Reporter | None) -> None:
    sink.write(outcome.text)
    result.ok += outcome.ok
    result.failed += not outcome.ok
    result.words += outcome.words
    if reporter:
        reporter.advance(outcome)


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
    writer = WRITERS[settings.fmt]
    todo = list(items)
    earlier = set(done or ())
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
    copies = _Copies(todo, earlier, settings)
    signals = StopSignals() if handle_signals else None
    with signals or _NoSignals():

        def stop() -> bool:
            return signals is not None and signals.signum is not None

        if reporter:
            reporter.start(len(todo))
        try:
            analyse = copies.analyse
            if engine is not None:
                outcomes = engine.outcomes(analyse, settings, result, stop)
            elif jobs > 1:
                outcomes = pool_outcomes(analyse, settings, jobs, result, stop)
            else:
                outcomes = iter_outcomes(analyse, settings)
            written: set[tuple[str, str | None]] = set()
            firsts: dict[str, Outcome] = {}  # the outcomes of articles that have copies
            try:
                while (outcome := _next(outcomes, signals)) is not None:
                    if (outcome.path, outcome.sha256) in written:
                        continue  # delivered twice (a retried partition): one record per article
                    written.add((outcome.path, outcome.sha256))
                    if outcome.path in copies.marked:
                        text = writer.duplicate(outcome.text, outcome.path, copies.marked[outcome.path])
                        outcome = outcome._replace(text=text)
                    _write(sink, outcome, result, reporter)  # outside any per-article try: a closed pipe ends the run
                    if outcome.path in copies.originals:
                        firsts[outcome.path] = outcome
                    for item, sha, original in copies.after.pop(outcome.path, []):
                        first, path = firsts[original], shown(item.path)
                        text = writer.duplicate(first.text, path, original)
                        _write(sink, first._replace(path=path, sha256=sha, text=text), result, reporter)
                        copies.originals[original] -= 1
                        if not copies.originals[original]:
                            del firsts[original]  # its last copy is written
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
    include_readmes: bool = False,
    sources: Sources | None = None,
) -> BatchResult:
    """Find the articles (folder walks skip README/LICENSE-like files unless ``include_readmes``),
    refuse an output that is one of them, lock and open the output (``open_output``: emptied,
    or read back and appended to on ``resume``), run.

    ``sources`` adds URLs and table rows (``policyscan.sources.collect``) after the files of ``paths``."""
    settings = settings or Settings()
    if settings.fmt not in FORMATS:
        raise UsageError(f"unknown batch format {settings.fmt!r} (choose {', '.join(FORMATS)})")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if resume and not output:
        raise UsageError("--resume needs -o FILE: there is nothing to resume on stdout")
    writer = WRITERS[settings.fmt]
    skipped: list[str] | None = None if include_readmes else []
    if not writer.streams:
        if sources:
            raise UsageError(f"--format {settings.fmt} reads files and folders only, not URLs, feeds or tables")
        result = _batch_to_files(paths, output, resume, glob, jobs, settings, reporter, engine, skipped)
        result.readmes = len(skipped or ())
        return result
    items: list = (
        find_inputs(paths, glob=glob, exclude=[output] if output else [], skipped=skipped)
        if paths or not sources
        else []
    )
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
        result = run_batch(items, Sink(stream), settings, jobs=jobs, reporter=reporter, engine=engine)
    else:
        fd, done = open_output(output, writer, resume=resume, keep=_unchanged(items, settings.max_bytes))
        try:
            result = run_batch(items, FileSink(fd), settings, jobs=jobs, done=done, reporter=reporter, engine=engine)
        finally:
            os.close(fd)
    result.readmes = len(skipped or ())
    return result


def _batch_to_files(
    paths: Sequence[str],
    output: str | None,
    resume: bool,
    glob: str | None,
    jobs: int,
    settings: Settings,
    reporter: Reporter | None,
    engine: Engine | None,
    skipped: list[str] | None,
) -> BatchResult:
    """A format written as whole files (Parquet): -o is required, --resume is not offered;
    the files appear (renamed into place) only when the run ends."""
    from policyscan.batch.parquet import ParquetSink, actions_path

    if not output:
        raise UsageError(f"--format {settings.fmt} needs -o FILE.{settings.fmt}: it is not a stream for stdout")
    if resume:
        raise UsageError(f"--resume does not work with --format {settings.fmt}; rerun without it, or use jsonl or csv")
    outputs = [output, actions_path(output)]
    items = find_inputs(paths, glob=glob, exclude=outputs, skipped=skipped)
    for out in outputs:
        if os.path.isdir(out):
            raise UsageError(f"-o {out} is a folder; give a file name")
        check_output_is_not_an_input(out, items)
    sink = ParquetSink(output)
    try:
        result = run_batch(items, sink, settings, jobs=jobs, reporter=reporter, engine=engine)
        sink.close()
    except BaseException:
        sink.abort()
        raise
    return result


def _unchanged(items: Sequence[Input], max_bytes: int) -> Callable[[DoneKey], bool]:
    """For --resume: is a finished record still current? False when its article is one of
    ``items`` and its bytes changed since (the record is then replaced, not added to)."""
    # files only: a URL or a table row is matched by its own key (_source_done), never re-hashed here
    current = {resolved(item.path): item for item in items if isinstance(item, Input) and not item.error}

    def keep(key: DoneKey) -> bool:
        item = current.get(resolved(key[0]))
        return item is None or _hash(item, max_bytes) == key[1]

    return keep


def _write_header(stream: TextIO, header: str) -> None:
    if header:
        stream.write(header)
        stream.flush()


def summary_line(result: BatchResult) -> str:
    """'policyscan: 2000 articles, 1998 ok, 2 failed, 412,331 words in 61.2 s'."""
    parts = [f"{result.processed} articles", f"{result.ok} ok", f"{result.failed} failed"]
    if result.skipped:
        parts.append(f"{result.skipped} already done")
    if result.readmes:
        parts.append(f"{result.readmes} README-like {'file' if result.readmes == 1 else 'files'} skipped")
    line = f"policyscan: {', '.join(parts)}, {result.words:,} words in {result.seconds:.1f} s"
    if result.interrupted is not None:
        name = signal.Signals(result.interrupted).name
        line += f" (stopped by {name}, {result.total - result.skipped - result.processed} not done)"
    return line


def exit_code(result: BatchResult) -> int:
    """0 when every article succeeded, EXIT_ALL_FAILED when none did, else EXIT_PARTIAL."""
    return exit_code_for(result.failed, result.processed)
