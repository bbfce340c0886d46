"""One article -> one outcome, in-process or in a pool of worker processes.

With ``jobs > 1`` a process pool of ``jobs`` workers each loads the pipeline once and turns
a chunk of paths into finished output lines (load + ``nlp.pipe`` + ``build_report`` inside
a memory zone); only short strings cross the process boundary, never a ``Doc``.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from policyscan.batch.walk import Input, shown, special_file
from policyscan.batch.writers import WRITERS
from policyscan.errors import PolicyscanError
from policyscan.load import DEFAULT_MAX_BYTES

ZONE_SIZE = 64  # articles per nlp.memory_zone() in-process
CHUNK_SIZE = 8  # articles per task sent to a worker: small keeps output streaming
IN_FLIGHT = 2  # chunks per worker sent and not finished: one running, one queued behind it
MAX_WAITING = 8  # chunks per worker sent and not yet written (finished ones wait for the oldest)


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    fmt: str = "jsonl"
    batch_size: int = 8
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    # --published-from: {resolved path: ISO date} for articles whose text gives no date
    published: dict[str, str] = field(default_factory=dict, hash=False)
    fetch: Any = None  # sources.FetchOptions for URL items (None: defaults)

    def published_for(self, path: str) -> str | None:
        return self.published.get(os.path.realpath(path)) if self.published else None


class Outcome(NamedTuple):
    path: str
    sha256: str | None
    ok: bool
    words: int
    text: str  # what goes to the output, complete lines ("" for a failure in CSV)
    error: str | None = None  # "kind: message" for a failure


@dataclass
class BatchResult:
    total: int = 0  # inputs found
    skipped: int = 0  # already done (--resume)
    readmes: int = 0  # README/LICENSE-like files a folder walk left out
    ok: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    interrupted: int | None = None  # the signal number that stopped the run
    worker_peak_rss_kb: dict[int, int] = field(default_factory=dict)
    worker_cpu_seconds: dict[int, float] = field(default_factory=dict)  # pool workers' CPU so far, by pid

    @property
    def processed(self) -> int:
        return self.ok + self.failed


def file_sha256(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """The hash load_path records (of the first max_bytes + 1 bytes), or None if unreadable."""
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read(max_bytes + 1)).hexdigest()
    except OSError:
        return None


def _failure(path: str, kind: str, message: str, settings: Settings, sha256: str | None = None) -> Outcome:
    if sha256 is None and kind != "unreadable":
        sha256 = file_sha256(path, settings.max_bytes)
    path, message = shown(path), shown(message)
    text = WRITERS[settings.fmt].error(path, kind, message, sha256)
    return Outcome(path, sha256, False, 0, text, f"{kind}: {message}")


def _from_exception(path: str, exc: BaseException, settings: Settings, sha256: str | None = None) -> Outcome:
    if isinstance(exc, PolicyscanError):
        message = str(exc.args[0]) if exc.args else str(exc)
        return _failure(path, exc.kind, message, settings, sha256)
    return _failure(path, "internal", f"{type(exc).__name__}: {exc}", settings, sha256)


def _success(article, report, settings: Settings) -> Outcome:
    text = WRITERS[settings.fmt].record(report)
    return Outcome(article.path, article.sha256, True, report.source.words, text)


def _load(item: Input, settings: Settings):
    from policyscan.load import load_path
    from policyscan.sources import SourceItem

    if isinstance(item, SourceItem):  # a URL or a table row (policyscan.sources)
        return _load_source(item, settings)
    if item.error:
        return _failure(item.path, "unreadable", item.error, settings)
    special = special_file(item.path)
    if special:
        return _failure(item.path, "unreadable", f"not a regular file: {special}", settings)
    try:
        article = load_path(item.path, max_bytes=settings.max_bytes, encoding=settings.encoding)
    except Exception as exc:  # one bad file never stops the run
        return _from_exception(item.path, exc, settings)
    article = replace(article, path=shown(item.path))  # what the records say: always valid UTF-8
    sidecar = settings.published_for(item.path) if article.published is None else None
    if sidecar:
        import datetime as dt

        article = replace(article, published=dt.date.fromisoformat(sidecar), published_from="--published-from")
    return article


def _load_source(item, settings: Settings):
    from policyscan.sources import FetchOptions, load_item

    options = settings.fetch or FetchOptions(max_bytes=settings.max_bytes)
    try:
        return load_item(item, options, encoding=settings.encoding)
    except Exception as exc:  # one bad page or row never stops the run
        return _from_exception(item.path, exc, settings, item.sha256 or "")


def _analyze(loaded, articles: list, settings: Settings) -> Generator[Outcome, None, None]:
    """Outcomes in order; a component that fails mid-batch is retried one article at a time."""
    from policyscan.pipeline import build_report

    nlp, done = loaded.nlp, 0

    def finish(doc, article) -> Outcome:
        try:
            return _success(article, build_report(doc, article, loaded), settings)
        except Exception as exc:
            return _from_exception(article.path, exc, settings, article.sha256)

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
                yield _from_exception(article.path, exc, settings, article.sha256)
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


# ---------------------------------------------------------------------------
# The process pool
# ---------------------------------------------------------------------------

# Worker process state: set once by the pool initializer.
_WORKER: dict[str, object] = {}


def _exit_with(main_pid: int) -> None:
    """End this worker as soon as the main process ends, however it ends (``kill -9`` too).

    The worker's parent is the forkserver, not the main process, and both it and the
    worker hold the main process's stdout: without this, ``policyscan batch ... | tee``
    would never see the end of its input. A daemon thread waits on a pidfd of the main
    process (Linux 5.3+), else polls it twice a second.
    """

    def watch() -> None:
        try:
            fd = os.pidfd_open(main_pid)
        except ProcessLookupError:
            os._exit(1)
        except (AttributeError, OSError):
            fd = None
        if fd is not None:
            select.select([fd], [], [])  # readable once the process has exited
            os._exit(1)
        while True:
            time.sleep(0.5)
            try:
                os.kill(main_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="policyscan-parent-watch", daemon=True).start()


def _init_worker(settings: Settings, main_pid: int | None = None) -> None:
    # Ctrl-C reaches the whole process group: the main process decides when to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if main_pid is not None:
        _exit_with(main_pid)
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
    cpu_seconds: float | None = None  # the worker process's CPU time when it sent this chunk


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
    return ChunkResult(outcomes, os.getpid(), peak_rss_kb(), time.process_time())


def pool_outcomes(
    todo: list[Input], settings: Settings, jobs: int, result: BatchResult, stop: Callable[[], bool]
) -> Iterator[Outcome]:
    """Outcomes in input order from ``jobs`` worker processes.

    A new chunk is sent whenever any chunk finishes, so that a worker never waits for the one
    ahead of it in input order (a long article held every other worker idle when new work went
    out only as the oldest chunk came back); at most ``IN_FLIGHT`` chunks per worker are out at
    once, and finished chunks wait in order in the parent.
    """
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        # Workers fork from a server that has imported spaCy once: ~1 s less start-up each.
        ctx.set_forkserver_preload(["policyscan.pipeline"])
    pool = cf.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(settings, os.getpid()))
    chunks = (todo[i : i + CHUNK_SIZE] for i in range(0, len(todo), CHUNK_SIZE))
    pending: deque[cf.Future[ChunkResult]] = deque()
    finished = False

    def top_up() -> None:
        running = sum(not f.done() for f in pending)
        while running < IN_FLIGHT * jobs and len(pending) < MAX_WAITING * jobs:
            chunk = next(chunks, None)
            if chunk is None:
                return
            pending.append(pool.submit(_run_chunk, chunk))
            running += 1

    try:
        top_up()
        while pending:
            while not pending[0].done():
                if stop():
                    return
                cf.wait([f for f in pending if not f.done()], timeout=0.1, return_when=cf.FIRST_COMPLETED)
                top_up()
            if stop():
                return
            chunk_result = pending.popleft().result()
            top_up()
            result.worker_peak_rss_kb[chunk_result.pid] = chunk_result.peak_rss_kb
            if chunk_result.cpu_seconds is not None:
                result.worker_cpu_seconds[chunk_result.pid] = chunk_result.cpu_seconds
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
