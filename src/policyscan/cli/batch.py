"""`policyscan batch`: many articles (folders, lists, URLs, feeds, sitemaps, tables) to JSON Lines,
CSV or Parquet. This module declares the options; cli/_batch_run.py runs them."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

import typer

from policyscan.batch import writers as batch_writers
from policyscan.cli._batch_run import BatchEngine, BatchRun, SourceArgs, batch_engine, run_batch
from policyscan.cli._common import ALLOW_PRIVATE_HELP, ENCODING_HELP, MAX_BYTES_HELP, MODEL_HELP, exit_on_error
from policyscan.errors import UsageError

# The batch --format choices come from the writer registry: a new format is one writer class.
BatchFormat: Any = Enum("BatchFormat", {name: name for name in batch_writers.FORMATS}, type=str)  # type: ignore[misc]


def batch_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH",
            help="Article files and folders (walked recursively in sorted order; hidden files and "
            "README/LICENSE/CHANGELOG-like files skipped); with --text-column, article tables "
            "(.csv, .tsv, .jsonl, .parquet).",
        ),
    ] = None,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from",
            metavar="PATH",
            help="Also read the paths to analyze from this file, one per line ('-': stdin).",
        ),
    ] = None,
    null: Annotated[
        bool,
        typer.Option("--null", "-0", help="--files-from is NUL-separated (find -print0)."),
    ] = False,
    published_from: Annotated[
        str | None,
        typer.Option(
            "--published-from",
            metavar="PATH",
            help="Publication dates for articles whose text has none: a CSV (columns path,published) or "
            ".jsonl sidecar; paths relative to the current folder or to the sidecar's.",
        ),
    ] = None,
    include_readmes: Annotated[
        bool,
        typer.Option(help="Analyze README, LICENSE, CHANGELOG, CONTRIBUTING... files found in folders too."),
    ] = False,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="PATH", help="Write to FILE instead of stdout. An existing FILE is overwritten."
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            help="Append to -o FILE, skipping articles already in it (same path and sha256); failed ones are "
            "retried, a changed article's record is replaced. jsonl and csv only (not parquet)."
        ),
    ] = False,
    glob: Annotated[
        str | None,
        typer.Option(
            metavar="PATTERN",
            help="Pick files by this pattern instead of by suffix: '*.html' matches file names; "
            "a pattern with a '/' matches the path inside the folder.",
        ),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    fmt: Annotated[
        BatchFormat,
        typer.Option("--format", "-f", help=batch_writers.FORMATS_HELP),
    ] = BatchFormat("jsonl"),
    model: Annotated[str | None, typer.Option(metavar="NAME", help=MODEL_HELP)] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per nlp.pipe batch.")] = 8,
    max_bytes: Annotated[int, typer.Option(min=1, help=MAX_BYTES_HELP)] = 5_000_000,
    encoding: Annotated[str | None, typer.Option(metavar="CODEC", help=ENCODING_HELP)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    engine: Annotated[
        BatchEngine,
        typer.Option(
            help="local: this machine (--jobs processes); dask: a Dask cluster (pip install 'policyscan[dask]'). "
            "Without --scheduler a LocalCluster of --jobs workers (default: one per CPU) starts on 127.0.0.1."
        ),
    ] = BatchEngine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://scheduler:8786 (with --engine dask)."),
    ] = None,
    partition_size: Annotated[int, typer.Option(min=1, help="Files per Dask task (with --engine dask).")] = 50,
    stall_timeout: Annotated[
        float,
        typer.Option(
            min=1,
            metavar="SECONDS",
            help="With --engine dask: stop (exit 14, records kept) when no partition finishes for this long.",
        ),
    ] = 600.0,
    urls_from: Annotated[
        list[str] | None,
        typer.Option(metavar="FILE", help="Fetch the URLs listed in FILE, one a line ('-': stdin; '#' comments)."),
    ] = None,
    feed: Annotated[
        list[str] | None, typer.Option(metavar="URL_OR_FILE", help="Fetch every entry of this RSS or Atom feed.")
    ] = None,
    sitemap: Annotated[
        list[str] | None,
        typer.Option(metavar="URL_OR_FILE", help="Fetch every page of this sitemap (an index: its sitemaps too)."),
    ] = None,
    text_column: Annotated[
        str | None, typer.Option(metavar="NAME", help="Article tables: the column holding the article text.")
    ] = None,
    date_column: Annotated[
        str | None, typer.Option(metavar="NAME", help="Article tables: the publication date column.")
    ] = None,
    id_column: Annotated[
        str | None, typer.Option(metavar="NAME", help="Article tables: an id column; records say TABLE#id=ID.")
    ] = None,
    title_column: Annotated[str | None, typer.Option(metavar="NAME", help="Article tables: the title column.")] = None,
    url_column: Annotated[str | None, typer.Option(metavar="NAME", help="Article tables: the URL column.")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help=ALLOW_PRIVATE_HELP)] = False,
    timeout: Annotated[float, typer.Option(min=0.1, metavar="SECONDS", help="Network timeout of each request.")] = 10.0,
    delay: Annotated[
        float,
        typer.Option(
            min=0.0, metavar="SECONDS", help="Seconds between two requests to one host (robots.txt may ask more)."
        ),
    ] = 1.0,
) -> None:
    """Analyze many articles: one JSON Lines record (or CSV rows) per article, streamed in input order.

    Progress goes to stderr. Exit 0 when all succeeded, 10 when some failed, 11 when all
    failed; after Ctrl-C (130) or SIGTERM (143) finished records are kept: rerun with --resume.
    Byte-identical files are analysed once; later copies say source.duplicate_of.

    Examples:

        policyscan batch news/ -o results.jsonl

        find news -name '*.html' -print0 | policyscan batch --files-from - -0 -o out.csv

        policyscan batch news/ --published-from dates.csv -o out.parquet -f parquet
    """
    from policyscan.batch.lists import read_path_list, read_published_sidecar
    from policyscan.batch.work import Settings
    from policyscan.sources.fetch import FetchOptions

    with exit_on_error():
        listed = read_path_list(files_from, null=null) if files_from else []
        dates = read_published_sidecar(published_from) if published_from else {}
        if not paths and not listed and not (urls_from or feed or sitemap):
            raise UsageError("give article files or folders, --files-from PATH, --urls-from, --feed or --sitemap")
        if null and not files_from:
            raise UsageError("--null needs --files-from")
    # each of the --jobs processes keeps its own per-host clock: together they keep --delay
    fetch = FetchOptions(
        timeout=timeout,
        deadline=max(30.0, 3 * timeout),
        max_bytes=max_bytes,
        allow_private=allow_private,
        host_delay=delay * jobs,
    )
    settings = Settings(
        model=model,
        fmt=fmt.value,
        batch_size=batch_size,
        max_bytes=max_bytes,
        encoding=encoding,
        published=dates,
        fetch=fetch,
    )
    inputs = SourceArgs(
        urls_from=urls_from or [],
        feeds=feed or [],
        sitemaps=sitemap or [],
        columns=(text_column, date_column, id_column, title_column, url_column),
    )
    run = BatchRun(
        paths=[*(paths or []), *listed],
        output=output,
        resume=resume,
        glob=glob,
        jobs=jobs,
        quiet=quiet,
        settings=settings,
        include_readmes=include_readmes,
        sources=inputs,
    )
    raise typer.Exit(run_batch(run, batch_engine(engine, scheduler, partition_size, jobs, stall_timeout)))
