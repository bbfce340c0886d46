"""Batch runs: walk folders (sorted), analyze in parallel, stream records in input order,
resume after an interruption, and never lose a finished record.

The package, in the order an article goes through it:

* ``walk``    -- find the article files (``find_inputs``);
* ``work``    -- one article -> one ``Outcome`` (the finished output lines), in-process or
  in a pool of worker processes (``iter_outcomes``, ``pool_outcomes``);
* ``writers`` -- the output formats as a registry (``WRITERS``: header, record, error, done-key);
* ``output``  -- the output file: whole records (``Sink``) and what ``--resume`` reads back;
* ``run``     -- the run itself (``run_batch``, ``batch``), signals, the summary line.

Design (measured in ``benchmarks/bench_batch.py``): only short strings cross the process
boundary, never a ``Doc``; the main process writes records in input order.
"""

from policyscan.batch.output import FSYNC_EVERY, FileSink, Sink, open_output
from policyscan.batch.run import Engine, Reporter, StopSignals, batch, exit_code, run_batch, summary_line
from policyscan.batch.walk import Input, find_inputs
from policyscan.batch.work import (
    CHUNK_SIZE,
    ZONE_SIZE,
    BatchResult,
    ChunkResult,
    Outcome,
    Settings,
    file_sha256,
    iter_outcomes,
    peak_rss_kb,
    pool_outcomes,
)
from policyscan.batch.writers import FORMATS, WRITERS, Writer

__all__ = [
    "CHUNK_SIZE",
    "FORMATS",
    "FSYNC_EVERY",
    "WRITERS",
    "ZONE_SIZE",
    "BatchResult",
    "ChunkResult",
    "Engine",
    "FileSink",
    "Input",
    "Outcome",
    "Reporter",
    "Settings",
    "Sink",
    "StopSignals",
    "Writer",
    "batch",
    "exit_code",
    "file_sha256",
    "find_inputs",
    "iter_outcomes",
    "open_output",
    "peak_rss_kb",
    "pool_outcomes",
    "run_batch",
    "summary_line",
]
