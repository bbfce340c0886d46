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

from __future__ import annotations

import importlib
from typing import Any

# Imported on first use (PEP 562): `policyscan --help` and the writer registry the CLI reads
# do not pay for the loader and the process pool.
_WHERE = {
    "output": ("FSYNC_EVERY", "FileSink", "Sink", "open_output"),
    "run": ("Engine", "Reporter", "StopRun", "StopSignals", "batch", "exit_code", "run_batch", "summary_line"),
    "walk": ("Input", "find_inputs", "shown", "special_file"),
    "work": (
        "CHUNK_SIZE",
        "ZONE_SIZE",
        "BatchResult",
        "ChunkResult",
        "Outcome",
        "Settings",
        "file_sha256",
        "iter_outcomes",
        "peak_rss_kb",
        "pool_outcomes",
    ),
    "writers": ("FORMATS", "WRITERS", "Writer"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])
