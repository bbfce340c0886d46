"""Batch runs on a Dask cluster: ``policyscan batch --engine dask [--scheduler ADDRESS]``.

The folder is walked (sorted) on the client, as for a local run; the paths are cut into
partitions of ``partition_size`` files, and each partition is one Dask task. A task runs
``batch.iter_outcomes`` in the worker process (``load_pipeline`` is cached there, so the
model loads once per worker) and returns plain ``Outcome`` tuples of strings, the exact
lines a local run writes, never a ``Doc``. Results come back with ``as_completed``;
partitions that finish early wait in a buffer so that ``batch.run_batch`` writes records
in input order, with its own sink, error records, ``--resume`` and de-duplication.

A worker that dies takes its running partition with it; the scheduler hands that
partition to another worker (``distributed.scheduler.allowed-failures``), and ``retries``
covers a task that raises. A partition's result is collected once, and the writer drops
any (path, sha256) it has already written.

A lost partition must not hang the run: when no partition has finished for half of
``stall_timeout`` seconds, the oldest unwritten one is submitted once more (as a new task;
whichever copy finishes first is used), and when none has finished for ``stall_timeout``
seconds the run stops with ``EngineStalled`` (exit 14), keeping what it wrote.

Dask is an optional dependency (``pip install "policyscan[dask]"``): nothing here imports
it until a ``DaskEngine`` is created.
"""

from __future__ import annotations

import os
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from policyscan.batch.walk import Input
from policyscan.batch.work import BatchResult, ChunkResult, Outcome, Settings, iter_outcomes, peak_rss_kb
from policyscan.errors import EngineStalled, PolicyscanError, UsageError

PARTITION_SIZE = 50  # files per task: a second or two of work, small enough to stream
RETRIES = 2  # extra attempts for a partition whose task raised
CONNECT_TIMEOUT = "10s"
POLL_SECONDS = 0.05  # how often the client looks for a stop signal while waiting
STALL_TIMEOUT = 600.0  # seconds without a finished partition before the run gives up
MISSING = "--engine dask needs Dask: pip install 'policyscan[dask]' (or 'dask[distributed]>=2024.1')"

# A spaCy pipeline (and its memory zones) is not for two threads at once: a worker with
# several threads runs one partition at a time per process.
_PROCESS_LOCK = threading.Lock()


def run_partition(items: list[Input], settings: Settings) -> ChunkResult | PolicyscanError:
    """The task: one partition of paths -> finished outcomes, in order (runs on a worker).

    A PolicyscanError (a bad --model) comes back as a value: it would fail on every retry.
    """
    with _PROCESS_LOCK:
        try:
            outcomes = list(iter_outcomes(items, settings))
        except PolicyscanError as exc:
            return exc
    return ChunkResult(outcomes, os.getpid(), peak_rss_kb())


def _require_dask() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise UsageError(MISSING) from exc
    return distributed


def _ignore_sigint_plugin(distributed: Any) -> Any:
    """A worker plugin for a LocalCluster we start: Ctrl-C reaches the whole process group,
    and the client decides when to stop (as with the local process pool). Restarted
    workers get it too."""

    class IgnoreSigint(distributed.WorkerPlugin):
        name = "policyscan-ignore-sigint"

        def setup(self, worker) -> None:
            import contextlib
            import signal

            with contextlib.suppress(ValueError):  # not the worker's main thread: leave it be
                signal.signal(signal.SIGINT, signal.SIG_IGN)

    return IgnoreSigint()


class DaskEngine:
    """Where ``run_batch`` gets its outcomes from when ``--engine dask`` is chosen.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without it a
    LocalCluster of ``workers`` single-threaded processes (default: one per CPU) starts on
    127.0.0.1 and stops with the engine. Use as a context manager::

        with DaskEngine(scheduler="tcp://scheduler:8786") as engine:
            batch.batch(["news/"], output="results.jsonl", engine=engine)
    """

    def __init__(
        self,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        partition_size: int = PARTITION_SIZE,
        retries: int = RETRIES,
        stall_timeout: float = STALL_TIMEOUT,
    ) -> None:
        _require_dask()  # fail before any output file is opened
        if partition_size < 1:
            raise UsageError("--partition-size must be at least 1")
        if workers is not None and workers < 1:
            raise UsageError("the number of Dask workers must be at least 1")
        if not stall_timeout > 0:
            raise UsageError("--stall-timeout must be more than 0 seconds")
        self.stall_timeout = stall_timeout
        self.scheduler, self.workers = scheduler, workers
        self.partition_size, self.retries = partition_size, retries
        self.client: Any = None
        self._cluster: Any = None

    # --- start and stop ------------------------------------------------------------

    def __enter__(self) -> DaskEngine:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        distributed = _require_dask()
        if self.scheduler:
            try:
                self.client = distributed.Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise PolicyscanError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc
            return
        import dask

        # The workers' statistical profiler samples the task thread every 10 ms: ~15% of
        # spaCy's speed on a busy machine (benchmarks/bench_batch.py --engine dask).
        no_profiler = dask.config.set({"distributed.worker.profile.enabled": False})
        with no_profiler, warnings.catch_warnings():  # "Port 8787 is already in use": any port will do
            warnings.simplefilter("ignore", UserWarning)
            self._cluster = distributed.LocalCluster(
                n_workers=self.workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",  # every port it opens (scheduler, workers, /health) on loopback only
                dashboard_address=None,
            )
        self.client = distributed.Client(self._cluster)
        self.client.register_plugin(_ignore_sigint_plugin(distributed))

    def close(self) -> None:
        client, cluster, self.client, self._cluster = self.client, self._cluster, None, None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    # --- the run -------------------------------------------------------------------

    def _window(self) -> int:
        """Partitions in flight: two per worker thread keeps every worker busy."""
        return max(2, 2 * sum(self.client.nthreads().values()))

    def outcomes(
        self, todo: Sequence[Input], settings: Settings, result: BatchResult, stop: Callable[[], bool]
    ) -> Iterator[Outcome]:
        """Outcomes in input order. Only ``window`` partitions past the oldest unwritten one
        are submitted, so a slow (or retried) partition bounds the buffer."""
        if self.client is None:
            raise RuntimeError("DaskEngine.outcomes() before start(): use it as a context manager")
        distributed = _require_dask()
        parts = [list(todo[i : i + self.partition_size]) for i in range(0, len(todo), self.partition_size)]
        window = self._window()
        finished = distributed.as_completed(with_results=True)
        index_of: dict[Any, int] = {}
        ready: dict[int, ChunkResult] = {}
        submitted = written = 0
        progress_at = time.monotonic()
        resubmitted: set[int] = set()

        def submit(index: int) -> None:
            future = self.client.submit(run_partition, parts[index], settings, retries=self.retries, pure=False)
            index_of[future] = index
            finished.add(future)

        def submit_more() -> None:
            nonlocal submitted
            while submitted < len(parts) and submitted < written + window:
                submit(submitted)
                submitted += 1

        try:
            submit_more()
            while written < len(parts):
                if stop():
                    return
                if not finished.has_ready():
                    waited = time.monotonic() - progress_at
                    if waited > self.stall_timeout:
                        raise EngineStalled(
                            f"the Dask cluster finished no partition in {self.stall_timeout:g} s "
                            "(lost workers or scheduler?): stopped; the records written so far are kept, "
                            "rerun with --resume"
                        )
                    if waited > self.stall_timeout / 2 and written not in resubmitted:
                        resubmitted.add(written)  # a lost task: once more, as a new one
                        submit(written)
                    time.sleep(POLL_SECONDS)
                    continue
                for future, value in finished.next_batch(block=False):
                    if isinstance(value, PolicyscanError):
                        raise value
                    index = index_of.pop(future)
                    future.release()
                    if index >= written and index not in ready:  # else: the other copy came first
                        ready[index] = value
                        progress_at = time.monotonic()
                while written in ready:
                    chunk = ready.pop(written)
                    written += 1
                    submit_more()
                    result.worker_peak_rss_kb[chunk.pid] = chunk.peak_rss_kb
                    yield from chunk.outcomes
                    progress_at = time.monotonic()  # the time the writer took is not the cluster's
        finally:
            for future in index_of:
                future.cancel()
