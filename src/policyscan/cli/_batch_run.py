"""Running `policyscan batch` once its options are parsed: the non-file inputs, the engine, the
progress reporter, and the exit code of a whole run."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

import typer

from policyscan.batch import writers as batch_writers
from policyscan.cli._common import fail, stdout_closed
from policyscan.errors import EXIT_OUTPUT, PolicyscanError, UsageError

if TYPE_CHECKING:
    from policyscan.batch.work import Settings as BatchSettings


class BatchEngine(str, Enum):
    local = "local"
    dask = "dask"


@dataclass(frozen=True)
class SourceArgs:
    """The batch inputs that are not files: URL lists, feeds, sitemaps, and table columns."""

    urls_from: list[str]
    feeds: list[str]
    sitemaps: list[str]
    columns: tuple[str | None, ...]  # text, date, id, title, url

    def collect(self, paths: list[str], fetch) -> tuple[list[str], Any]:
        """(the file paths left for the walk, policyscan.sources.Sources or None)."""
        text, date, ident, title, url = self.columns
        if text is None and any(self.columns):
            raise UsageError("--date-column, --id-column, --title-column and --url-column need --text-column")
        if text is None and not (self.urls_from or self.feeds or self.sitemaps):
            return paths, None
        from policyscan.sources.collect import collect
        from policyscan.sources.tables import TABLE_SUFFIXES, Columns

        tables = [p for p in paths if text is not None and p.lower().endswith(TABLE_SUFFIXES)]
        columns = Columns(text, date, ident, title, url) if text else None
        if text is not None and not tables:
            raise UsageError(f"--text-column needs an article table ({', '.join(TABLE_SUFFIXES)})")
        found = collect(
            tables=tables,
            columns=columns,
            urls_files=self.urls_from,
            feeds=self.feeds,
            sitemaps=self.sitemaps,
            options=fetch,
        )
        return [p for p in paths if p not in tables], found


@dataclass(frozen=True)
class BatchRun:
    """What `policyscan batch` was asked to do: inputs, output, and the per-article settings."""

    paths: list[str]
    output: str | None
    resume: bool
    glob: str | None
    jobs: int
    quiet: bool
    settings: BatchSettings
    include_readmes: bool = False
    sources: SourceArgs | None = None


@contextlib.contextmanager
def batch_engine(
    engine: BatchEngine, scheduler: str | None, partition_size: int, jobs: int, stall_timeout: float = 600.0
):
    """On entering: None for local runs, a started DaskEngine (connected, or with its LocalCluster) for dask."""
    if engine == BatchEngine.local:
        if scheduler:
            raise UsageError("--scheduler needs --engine dask")
        yield None
        return
    from policyscan.dask_engine import DaskEngine

    workers = jobs if jobs > 1 else None
    dask = DaskEngine(scheduler=scheduler, workers=workers, partition_size=partition_size, stall_timeout=stall_timeout)
    with dask as started:
        yield started


def run_batch(run: BatchRun, runner) -> int:
    import shlex

    from policyscan.batch import run as batch_mod
    from policyscan.render.progress import PlainReporter, RichReporter

    output, quiet = run.output, run.quiet
    # CSV has no error records: its failures are only ever told on stderr, even with -q.
    show_failures = not quiet or not batch_writers.WRITERS[run.settings.fmt].error_records
    reporter: PlainReporter
    if not quiet and sys.stderr.isatty():
        reporter = RichReporter(show_failures=show_failures)
    else:
        reporter = PlainReporter(show_failures=show_failures)
    try:
        paths, sources = run.sources.collect(run.paths, run.settings.fetch) if run.sources else (run.paths, None)
        if not paths and not sources:
            raise UsageError("nothing to analyze: give files, folders, --urls-from, --feed or --sitemap")
        with runner as engine:
            result = batch_mod.batch(
                paths,
                output=output,
                resume=run.resume,
                glob=run.glob,
                jobs=run.jobs,
                settings=run.settings,
                reporter=reporter,
                engine=engine,
                include_readmes=run.include_readmes,
                sources=sources,
            )
    except PolicyscanError as err:
        fail(err)
        return err.exit_code
    except KeyboardInterrupt:  # a second Ctrl-C: stop at once; resume still works
        typer.echo("policyscan: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return stdout_closed()
    except OSError as exc:  # disk full, output removed: every record written so far stays whole
        where = output or "stdout"
        typer.echo(f"policyscan: error: cannot write {where}: {exc.strerror or exc} (rerun with --resume)", err=True)
        return EXIT_OUTPUT
    if not quiet:
        typer.echo(batch_mod.summary_line(result), err=True)
    if result.interrupted is not None:
        if output:
            argv = ["policyscan", *sys.argv[1:]] + ([] if "--resume" in sys.argv else ["--resume"])
            typer.echo(f"policyscan: finished records are in {output}; resume with: {shlex.join(argv)}", err=True)
        return 128 + result.interrupted
    return batch_mod.exit_code(result)
