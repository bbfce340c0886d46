"""Batch runs: walk folders (sorted), analyze in parallel, stream records in input order,
resume after an interruption, and never lose a finished record.

Design (measured in ``benchmarks/bench_batch.py``): with ``jobs > 1`` a process pool
of ``jobs`` workers each loads the pipeline once and turns a chunk of paths into
finished output lines (load + ``nlp.pipe`` + ``build_report`` inside a memory zone);
only short strings cross the process boundary, never a ``Doc``. The main process
writes chunks in input order. ``jobs == 1`` runs the same code in-process.
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import fnmatch
import hashlib
import io
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol, TextIO, cast

from policyscan.errors import InputNotFound, PolicyscanError, UsageError
from policyscan.load import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES

FORMATS = ("jsonl", "csv")
ZONE_SIZE = 64  # articles per nlp.memory_zone() in-process
CHUNK_SIZE = 8  # articles per task sent to a worker: small keeps output streaming
FSYNC_EVERY = 64  # records between os.fsync() calls on an output file


# ---------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------


class Input(NamedTuple):
    path: str
    error: str | None = None  # set when the walk itself could not read this path


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _wanted(rel: str, name: str, pattern: str | None) -> bool:
    if pattern is None:
        return name.lower().endswith(ARTICLE_SUFFIXES)
    return fnmatch.fnmatch(rel if "/" in pattern else name, pattern)


def _walk_dir(top: str, pattern: str | None, exclude: set[str]) -> Iterator[Input]:
    """Files under ``top`` in sorted order; symlinks followed, loops and hidden names skipped."""
    seen: set[tuple[int, int]] = set()

    def visit(folder: str, rel: str) -> Iterator[Input]:
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:
                return  # a symlink loop, or a folder already walked through another link
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Input(folder, f"cannot read folder: {exc.strerror or exc}")
            return
        for entry in entries:
            if _hidden(entry.name):
                continue
            sub = f"{rel}/{entry.name}" if rel else entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from visit(entry.path, sub)
            elif _wanted(sub, entry.name, pattern) and os.path.abspath(entry.path) not in exclude:
                yield Input(entry.path)

    yield from visit(top, "")


def find_inputs(
    paths: Sequence[str | os.PathLike[str]], *, glob: str | None = None, exclude: Iterable[str] = ()
) -> list[Input]:
    """Article files named by ``paths`` (files as given, folders walked), in a stable order.

    Raises InputNotFound for a path that does not exist and UsageError when nothing
    is left to analyze.
    """
    skip = {os.path.abspath(p) for p in exclude}
    found: list[Input] = []
    for path in paths:
        name = os.fspath(path)
        if os.path.isdir(name):
            found.extend(_walk_dir(name, glob, skip))
        elif os.path.lexists(name):
            found.append(Input(name))
        else:
            raise InputNotFound("no such file or folder", path=name)
    if not found:
        what = f"matching {glob!r}" if glob else f"ending in {', '.join(ARTICLE_SUFFIXES)}"
        raise UsageError(f"no article files {what} in {', '.join(os.fspath(p) for p in paths)}")
    return list(dict.fromkeys(found))


# ---------------------------------------------------------------------------
# One article -> one outcome (runs in a worker or in-process)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    fmt: str = "jsonl"
    batch_size: int = 8
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None


class Outcome(NamedTuple):
    path: str
    sha256: str | None
    ok: bool
    words: int
    text: str  # what goes to the output, complete lines ("" for a failure in CSV)
    error: str | None = None  # "kind: message" for a failure


def file_sha256(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """The hash load_path records (of the first max_bytes + 1 bytes), or None if unreadable."""
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read(max_bytes + 1)).hexdigest()
    except OSError:
        return None


def _failure(path: str, kind: str, message: str, settings: Settings) -> Outcome:
    from policyscan.render.json_out import error_record

    sha = file_sha256(path, settings.max_bytes) if kind != "unreadable" else None
    text = ""
    if settings.fmt == "jsonl":
        record = json.loads(error_record(path, kind, message))
        if sha:
            record["source"]["sha256"] = sha
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    return Outcome(path, sha, False, 0, text, f"{kind}: {message}")


def _from_exception(path: str, exc: BaseException, settings: Settings) -> Outcome:
    if isinstance(exc, PolicyscanError):
        message = str(exc.args[0]) if exc.args else str(exc)
        return _failure(path, exc.kind, message, settings)
    return _failure(path, "internal", f"{type(exc).__name__}: {exc}", settings)


def _success(article, report, settings: Settings) -> Outcome:
    if settings.fmt == "csv":
        from policyscan.render.csv_out import write_actions_csv

        buf = io.StringIO()
        write_actions_csv([report], buf, header=False)
        text = buf.getvalue()
    else:
        from policyscan.render.json_out import report_jsonl

        text = report_jsonl(report) + "\n"
    return Outcome(article.path, article.sha256, True, report.source.words, text)


def _load(item: Input, settings: Settings):
    from policyscan.load import load_path

    if item.error:
        return _failure(item.path, "unreadable", item.error, settings)
    try:
        return load_path(item.path, max_bytes=settings.max_bytes, encoding=settings.encoding)
    except Exception as exc:  # one bad file never stops the run
        return _from_exception(item.path, exc, settings)


def _analyze(loaded, articles: list, settings: Settings) -> Generator[Outcome, None, None]:
    """Outcomes in order; a component that fails mid-batch is retried one article at a time."""
    from policyscan.pipeline import build_report

    nlp, done = loaded.nlp, 0

    def finish(doc, article) -> Outcome:
        try:
            return _success(article, build_report(doc, article, loaded), settings)
        except Exception as exc:
            return _from_exception(article.path, exc, settings)

    try:
        pairs = ((a.text, a) for a in articles)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size):
            done += 1
            yield finish(doc, article)
    except Exception:
        for article in articles[done:]:
            try:
                doc = nlp(article.text)
            except Exception as exc:  # e.g. a text over nlp.max_length
                yield _from_exception(article.path, exc, settings)
                continue
            yield finish(doc, article)


def iter_outcomes(items: Sequence[Input], settings: Settings, zone_size: int = ZONE_SIZE) -> Iterator[Outcome]:
    """Outcomes in input order, streaming; one memory zone per ``zone_size`` articles."""
    from policyscan.load import Article
    from policyscan.nlp import load_pipeline

    loaded = load_pipeline(settings.model)
    for start in range(0, len(items), zone_size):
        loaded_items = [_load(item, settings) for item in items[start : start + zone_size]]
        articles = [x for x in loaded_items if isinstance(x, Article)]
        nlp: Any = loaded.nlp
        with nlp.memory_zone():
            analyzed = _analyze(loaded, articles, settings)
            for x in loaded_items:
                yield next(analyzed) if isinstance(x, Article) else x
            analyzed.close()


# Worker process state: set once by the pool initializer.
_WORKER: dict[str, object] = {}


def _init_worker(settings: Settings) -> None:
    # Ctrl-C reaches the whole process group: the main process decides when to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from policyscan.nlp import load_pipeline

    _WORKER["settings"] = settings
    try:
        load_pipeline(settings.model)
    except PolicyscanError as exc:  # raised again with the first task, in the main process
        _WORKER["error"] = exc


class ChunkResult(NamedTuple):
    outcomes: list[Outcome]
    pid: int
    peak_rss_kb: int


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM), in KiB."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _run_chunk(items: list[Input]) -> ChunkResult:
    if "error" in _WORKER:
        raise _WORKER["error"]  # type: ignore[misc]
    settings = _WORKER["settings"]
    assert isinstance(settings, Settings)
    outcomes = list(iter_outcomes(items, settings))
    return ChunkResult(outcomes, os.getpid(), peak_rss_kb())


# ---------------------------------------------------------------------------
# Output files and resume
# ---------------------------------------------------------------------------


class Sink:
    """Writes whole records, flushes each one, and fsyncs a file every FSYNC_EVERY records."""

    def __init__(self, stream: TextIO, *, fsync: bool) -> None:
        self.stream, self.fsync, self._since = stream, fsync, 0

    def write(self, text: str) -> None:
        if not text:
            return
        self.stream.write(text)
        self.stream.flush()
        self._since += 1
        if self.fsync and self._since >= FSYNC_EVERY:
            self.sync()

    def sync(self) -> None:
        self.stream.flush()
        if self.fsync:
            os.fsync(self.stream.fileno())
        self._since = 0


def _done_key(line: str, fmt: str, header: list[str] | None) -> tuple[str, str] | None:
    """(path, sha256) of a successful record, or None for an error record or a broken line."""
    if fmt == "csv":
        row = next(csv.reader([line]), [])
        if header is None or len(row) != len(header):
            return None
        values = dict(zip(header, row, strict=True))
        return (values.get("path", ""), values.get("sha256", ""))
    try:
        record = json.loads(line)
        source = record["source"]
        if "error" in record or not source.get("sha256"):
            return None
        return (source["path"], source["sha256"])
    except (ValueError, KeyError, TypeError):
        return None


def prepare_resume(path: str, fmt: str) -> set[tuple[str, str]]:
    """Read what an earlier run finished; drop error records and a half-written last line.

    The file is rewritten (through a temporary file and an atomic rename) only when
    something has to go, so that retried articles do not leave stale error records.
    """
    if not os.path.exists(path):
        return set()
    done: set[tuple[str, str]] = set()
    keep_lines, dropped, header = [], False, None
    with open(path, encoding="utf-8", newline="", errors="surrogateescape") as fh:
        for n, line in enumerate(fh):
            if not line.endswith("\n"):
                dropped = True  # a record cut short by a crash
                break
            if fmt == "csv" and n == 0:
                header = next(csv.reader([line]), [])
                keep_lines.append(line)
                continue
            key = _done_key(line, fmt, header)
            if key is None and fmt == "jsonl":
                dropped = True
                continue
            if key:
                done.add(key)
            keep_lines.append(line)
    if dropped:
        tmp = f"{path}.policyscan-tmp"
        with open(tmp, "w", encoding="utf-8", newline="", errors="surrogateescape") as out:
            out.writelines(keep_lines)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    return done


# ---------------------------------------------------------------------------
# Signals
# ---------------------------------------------------------------------------


class StopSignals:
    """SIGINT/SIGTERM set a flag the run checks between records; a second one stops at once."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._old: dict[int, object] = {}

    def _handle(self, signum: int, frame) -> None:
        if self.signum is not None:
            raise KeyboardInterrupt
        self.signum = signum

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------


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


@dataclass
class BatchResult:
    total: int = 0  # inputs found
    skipped: int = 0  # already done (--resume)
    ok: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    interrupted: int | None = None  # the signal number that stopped the run
    worker_peak_rss_kb: dict[int, int] = field(default_factory=dict)

    @property
    def processed(self) -> int:
        return self.ok + self.failed


def _pool_outcomes(
    todo: list[Input], settings: Settings, jobs: int, result: BatchResult, stop: Callable[[], bool]
) -> Iterator[Outcome]:
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        # Workers fork from a server that has imported spaCy once: ~1 s less start-up each.
        ctx.set_forkserver_preload(["policyscan.pipeline"])
    pool = cf.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(settings,))
    chunks = (todo[i : i + CHUNK_SIZE] for i in range(0, len(todo), CHUNK_SIZE))
    pending: deque[cf.Future[ChunkResult]] = deque()
    finished = False
    try:
        for chunk in chunks:
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= 2 * jobs:
                break
        while pending:
            while True:
                if stop():
                    return
                try:
                    chunk_result = pending[0].result(timeout=0.1)
                    break
                except cf.TimeoutError:
                    continue
            pending.popleft()
            for chunk in chunks:
                pending.append(pool.submit(_run_chunk, chunk))
                break
            result.worker_peak_rss_kb[chunk_result.pid] = chunk_result.peak_rss_kb
            yield from chunk_result.outcomes
        finished = True
    finally:
        _shutdown(pool, wait=finished)


def _shutdown(pool: cf.ProcessPoolExecutor, *, wait: bool) -> None:
    if not wait:
        # Stopping early (a signal, a closed pipe, an error): do not wait for running chunks.
        processes = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            if proc.is_alive():
                proc.terminate()
        for proc in processes:
            proc.join(timeout=5)
        return
    pool.shutdown(wait=True)


def run_batch(
    items: Sequence[Input],
    sink: Sink,
    settings: Settings,
    *,
    jobs: int = 1,
    done: set[tuple[str, str]] | None = None,
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
        done_paths = {path for path, _ in done}
        todo = [i for i in items if not _already_done(i, done, done_paths, settings.max_bytes)]
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
                outcomes = _pool_outcomes(todo, settings, jobs, result, stop)
            else:
                outcomes = iter_outcomes(todo, settings)
            written: set[tuple[str, str | None]] = set()
            try:
                for outcome in outcomes:
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


class _NoSignals:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc) -> None:
        return None


def _already_done(item: Input, done: set[tuple[str, str]], done_paths: set[str], max_bytes: int) -> bool:
    if item.error or item.path not in done_paths:
        return False
    return (item.path, file_sha256(item.path, max_bytes) or "") in done


# ---------------------------------------------------------------------------
# The whole command, as a plain function the CLI calls
# ---------------------------------------------------------------------------


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
) -> BatchResult:
    """Find the articles, open the output (append on --resume, else overwrite), run."""
    settings = settings or Settings()
    if settings.fmt not in FORMATS:
        raise UsageError(f"unknown batch format {settings.fmt!r} (choose {', '.join(FORMATS)})")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if resume and not output:
        raise UsageError("--resume needs -o FILE: there is nothing to resume on stdout")
    items = find_inputs(paths, glob=glob, exclude=[output] if output else [])
    if output and os.path.isdir(output):
        raise UsageError(f"-o {output} is a folder; give a file name")
    done = prepare_resume(output, settings.fmt) if output and resume else set()
    if output is None:
        stream = stdout or sys.stdout
        if settings.fmt == "csv":
            _write_header(stream)
        return run_batch(items, Sink(stream, fsync=False), settings, jobs=jobs, reporter=reporter, engine=engine)
    mode = "a" if resume else "w"
    with open(output, mode, encoding="utf-8", newline="") as raw:
        fh = cast(TextIO, raw)
        if settings.fmt == "csv" and fh.tell() == 0:
            _write_header(fh)
        return run_batch(items, Sink(fh, fsync=True), settings, jobs=jobs, done=done, reporter=reporter, engine=engine)


def _write_header(stream: TextIO) -> None:
    from policyscan.render.csv_out import write_actions_csv

    write_actions_csv([], stream, header=True)
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


# ---------------------------------------------------------------------------
# Progress on stderr (never stdout)
# ---------------------------------------------------------------------------


class PlainReporter:
    """No bar: failures as one line each on stderr (when asked)."""

    def __init__(self, *, show_failures: bool = True, stream: TextIO | None = None) -> None:
        self.show_failures, self.stream = show_failures, stream

    def start(self, total: int) -> None:
        return None

    def advance(self, outcome: Outcome) -> None:
        if self.show_failures and not outcome.ok:
            stream = self.stream or sys.stderr
            stream.write(f"policyscan: {outcome.path}: {outcome.error}\n")
            stream.flush()

    def stop(self) -> None:
        return None


class RichReporter(PlainReporter):
    """A Rich progress bar on stderr: articles/s, words/s, failures, ETA."""

    def __init__(self, *, show_failures: bool = True) -> None:
        super().__init__(show_failures=show_failures)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("[bold]analyzing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rates]}"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.task = self.progress.add_task("batch", total=None, rates="", failed=0, start=False)
        self.words = self.failed = 0

    def start(self, total: int) -> None:
        self.progress.update(self.task, total=total)
        self.progress.start_task(self.task)
        self.progress.start()

    def advance(self, outcome: Outcome) -> None:
        self.words += outcome.words
        self.failed += not outcome.ok
        if self.show_failures and not outcome.ok:
            self.progress.console.print(f"policyscan: {outcome.path}: {outcome.error}", markup=False)
        elapsed = self.progress.tasks[0].elapsed or 1e-9
        done = self.progress.tasks[0].completed + 1
        rates = f"{done / elapsed:.1f} art/s {self.words / elapsed:,.0f} words/s"
        self.progress.update(self.task, advance=1, rates=rates, failed=self.failed)

    def stop(self) -> None:
        self.progress.stop()


def exit_code(result: BatchResult) -> int:
    """0 when every article succeeded, EXIT_ALL_FAILED when none did, else EXIT_PARTIAL."""
    from policyscan.errors import EXIT_ALL_FAILED, EXIT_PARTIAL

    if result.failed == 0:
        return 0
    return EXIT_ALL_FAILED if result.ok == 0 else EXIT_PARTIAL
