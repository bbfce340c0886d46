"""Tests for policyscan.batch and the `batch` command: walking, errors, resume, signals, pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan import batch
from policyscan.cli import app
from policyscan.errors import EXIT_ALL_FAILED, EXIT_BROKEN_PIPE, EXIT_PARTIAL, InputNotFound, UsageError

REGULATORS = ["Ruritania's Data Authority", "the Federal Trade Commission", "Italy's Garante"]
FILLER = (
    "Officials said the review would take several months. The company said it disagreed with the "
    "findings and would consider its options, including an appeal to the courts. Analysts said the "
    "decision could shape how other regulators approach consumer chatbots.\n\n"
)


def article(i: int, *, paragraphs: int = 1) -> str:
    who = REGULATORS[i % len(REGULATORS)]
    return (
        f"Regulator acts on Quillo-{i} chatbot\n\n"
        f"{who} fined Brightwater Labs {i} million euros over its Quillo-{i} chatbot "
        f"on March {i % 27 + 1}, 2025, and ordered it to stop processing children's data.\n\n" + FILLER * paragraphs
    )


def write_articles(folder: Path, n: int, *, paragraphs: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{i:03d}.txt"
        path.write_text(article(i, paragraphs=paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def by_path(recs: list[dict]) -> dict[str, dict]:
    return {r["source"]["path"]: r for r in recs}


@pytest.fixture(scope="session", autouse=True)
def _pipeline():
    """Load the spaCy pipeline once for the session (load_pipeline caches per process)."""
    from policyscan.nlp import load_pipeline

    return load_pipeline(None)


def run(paths, **kwargs) -> tuple[batch.BatchResult, str]:
    out = io.StringIO()
    result = batch.batch([str(p) for p in paths], stdout=out, **kwargs)
    return result, out.getvalue()


# --- walking -----------------------------------------------------------------------


def test_walk_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.htm", ".hidden/x.txt", ".dot.txt", "n.pdf"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(i.path).relative_to(tmp_path).as_posix() for i in batch.find_inputs([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.htm"]
    by_glob = batch.find_inputs([tmp_path], glob="*.html")
    assert [Path(i.path).name for i in by_glob] == ["c.html"]
    by_rel_glob = batch.find_inputs([tmp_path], glob="sub/deeper/*")
    assert [Path(i.path).name for i in by_rel_glob] == ["d.htm"]


def test_walk_survives_symlink_loops_and_takes_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "sub" / "a.txt").write_text("x")
    (tmp_path / "news" / "sub" / "loop").symlink_to(tmp_path / "news")
    (tmp_path / "extra.txt").write_text("x")
    found = batch.find_inputs([tmp_path / "extra.txt", tmp_path / "news"])
    assert [Path(i.path).name for i in found] == ["extra.txt", "a.txt"]


def test_missing_path_and_empty_folder_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        batch.find_inputs([tmp_path / "nope"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="no article files"):
        batch.find_inputs([tmp_path / "empty"])
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "empty")])
    assert result.exit_code == UsageError.exit_code
    assert "no article files" in result.stderr


# --- records and errors ---------------------------------------------------------------


def test_bad_files_give_error_records_and_the_run_goes_on(tmp_path: Path) -> None:
    write_articles(tmp_path, 2)
    (tmp_path / "001a-empty.txt").write_bytes(b"")
    (tmp_path / "001b-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result, out = run([tmp_path], settings=batch.Settings(), reporter=None)
    recs = records(out)
    names = [Path(r["source"]["path"]).name for r in recs]
    assert names == ["000.txt", "001.txt", "001a-empty.txt", "001b-binary.txt"]
    assert [(r["error"] is not None) for r in recs] == [False, False, True, True]
    empty, binary = recs[2], recs[3]
    assert empty["error"]["kind"] == "invalid-input" and "empty" in empty["error"]["message"]
    assert "binary" in binary["error"]["message"]
    assert len(binary["source"]["sha256"]) == 64
    assert all(len(r["source"]["sha256"]) == 64 for r in recs)
    assert recs[0]["actions"], "the good articles are analyzed"
    assert (result.ok, result.failed) == (2, 2)
    assert batch.exit_code(result) == EXIT_PARTIAL

    cli = CliRunner().invoke(app, ["batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl")])
    assert cli.exit_code == EXIT_PARTIAL
    assert "2 ok, 2 failed" in cli.stderr
    assert cli.stdout == ""


def test_all_failed_exit_code(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    cli = CliRunner().invoke(app, ["batch", str(tmp_path), "-q"])
    assert cli.exit_code == EXIT_ALL_FAILED
    assert records(cli.stdout)[0]["error"]["kind"] == "invalid-input"


def test_csv_has_one_header_and_rows_per_action(tmp_path: Path) -> None:
    write_articles(tmp_path, 3)
    (tmp_path / "bad.txt").write_bytes(b"")
    cli = CliRunner().invoke(app, ["batch", str(tmp_path), "--format", "csv"])
    lines = cli.stdout.splitlines()
    assert lines[0].startswith("path,sha256,published,title,action_id")
    assert sum(line.startswith("path,") for line in lines) == 1
    assert len(lines) >= 4 and all(str(tmp_path) in line for line in lines[1:])
    # the failed article is one row with its error (and is named on stderr)
    (bad,) = [row for row in csv.DictReader(io.StringIO(cli.stdout)) if row["path"].endswith("bad.txt")]
    assert bad["error"].startswith("invalid-input: ") and bad["action_id"] == ""
    assert "bad.txt" in cli.stderr
    assert cli.exit_code == EXIT_PARTIAL


# --- resume ----------------------------------------------------------------------------


def test_resume_skips_done_and_matches_an_uninterrupted_run(tmp_path: Path) -> None:
    write_articles(tmp_path / "news", 5)
    full = tmp_path / "full.jsonl"
    batch.batch([str(tmp_path / "news")], output=str(full))
    lines = full.read_text().splitlines(keepends=True)
    assert len(lines) == 5

    # An interrupted run: two records, a stale error record, and a line cut short by a crash.
    part = tmp_path / "part.jsonl"
    stale_path = json.loads(lines[3])["source"]["path"]
    stale = json.dumps({"schema_version": "policyscan/1", "source": {"path": stale_path}, "error": {"kind": "x"}})
    part.write_text(lines[0] + lines[1] + stale + "\n" + lines[2][:50])
    result = batch.batch([str(tmp_path / "news")], output=str(part), resume=True)
    assert result.skipped == 2 and result.ok == 3
    resumed = records(part.read_text())
    assert len(resumed) == 5 and not any(r["error"] is not None for r in resumed)
    assert by_path(resumed) == by_path(records(full.read_text()))

    before = part.read_text()
    again = batch.batch([str(tmp_path / "news")], output=str(part), resume=True)
    assert (again.skipped, again.processed) == (5, 0)
    assert part.read_text() == before


def test_without_resume_the_output_is_overwritten(tmp_path: Path) -> None:
    write_articles(tmp_path / "news", 1)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n" * 10)
    batch.batch([str(tmp_path / "news")], output=str(out))
    assert len(out.read_text().splitlines()) == 1


def test_resume_needs_an_output_file(tmp_path: Path) -> None:
    write_articles(tmp_path, 1)
    cli = CliRunner().invoke(app, ["batch", str(tmp_path), "--resume"])
    assert cli.exit_code == UsageError.exit_code


# --- processes ---------------------------------------------------------------------------


def test_jobs_2_gives_the_same_records_as_jobs_1(tmp_path: Path) -> None:
    write_articles(tmp_path, 10)
    (tmp_path / "004a.txt").write_bytes(b"")
    _, out1 = run([tmp_path], jobs=1)
    two, out2 = run([tmp_path], jobs=2)
    assert out1 == out2
    assert (two.ok, two.failed) == (10, 1)
    assert two.worker_peak_rss_kb and all(kb > 50_000 for kb in two.worker_peak_rss_kb.values())


def _cli(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "policyscan", "batch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        **kwargs,
    )


@pytest.mark.parametrize(("sig", "jobs"), [(signal.SIGINT, "1"), (signal.SIGTERM, "2")])
def test_signal_stops_cleanly_and_resume_completes(tmp_path: Path, sig: signal.Signals, jobs: str) -> None:
    news = tmp_path / "news"
    write_articles(news, 40, paragraphs=4)
    out = tmp_path / "out.jsonl"
    proc = _cli(str(news), "-o", str(out), "--jobs", jobs)
    deadline = time.monotonic() + 60
    while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    stderr = err.decode()
    assert proc.returncode == 128 + sig, stderr
    assert "Traceback" not in stderr
    assert "--resume" in stderr
    first = out.read_text()
    assert first.endswith("\n") and 0 < len(first.splitlines()) < 40

    resumed = _cli(str(news), "-o", str(out), "--jobs", jobs, "--resume")
    _, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err.decode()
    _, uninterrupted = run([news])
    final = records(out.read_text())
    assert len(final) == 40
    assert by_path(final) == by_path(records(uninterrupted))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_head_closes_the_pipe_quietly(tmp_path: Path, jobs: str) -> None:
    write_articles(tmp_path, 40)
    proc = _cli(str(tmp_path), "--jobs", jobs)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    _, err = proc.communicate(timeout=60)
    assert json.loads(first)["source"]["path"].endswith("000.txt")
    assert "Traceback" not in err.decode()
    assert proc.returncode == EXIT_BROKEN_PIPE


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        kids = _children(todo.pop())
        found += kids
        todo += kids
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_exit_when_the_main_process_is_killed(tmp_path: Path) -> None:
    """`kill -9` of the main process of a --jobs 2 run: its workers (and the forkserver) go too,
    so stdout reaches EOF (what `policyscan batch ... | tee` waits for)."""
    write_articles(tmp_path, 60, paragraphs=4)
    proc = _cli(str(tmp_path), "--jobs", "2")
    assert proc.stdout is not None
    assert proc.stdout.readline(), "the workers are running"
    helpers = _descendants(proc.pid)
    assert len(helpers) >= 3, helpers  # the forkserver, two workers (and a resource tracker)
    proc.kill()
    try:
        proc.communicate(timeout=60)  # EOF on stdout and stderr: nobody holds them any more
        deadline = time.monotonic() + 30  # the resource tracker cleans up after the others
        while any(_running(pid) for pid in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        left = [pid for pid in helpers if _running(pid)]
        for pid in left:
            os.kill(pid, signal.SIGKILL)  # do not leave them behind when the test fails
    assert left == []


def test_summary_line() -> None:
    result = batch.BatchResult(total=2000, ok=1998, failed=2, words=412_331, seconds=61.23)
    assert batch.summary_line(result) == "policyscan: 2000 articles, 1998 ok, 2 failed, 412,331 words in 61.2 s"


# --- the writer registry -------------------------------------------------------------------


@pytest.mark.parametrize("name", list(batch.WRITERS))
def test_every_writer_reads_back_what_it_writes(name: str, tmp_path: Path) -> None:
    """A new format is one Writer class in WRITERS: this checks it agrees with itself."""
    from policyscan.batch.writers import FORMATS_HELP, Foreign
    from policyscan.load import load_path
    from policyscan.pipeline import analyze

    writer = batch.WRITERS[name]
    assert writer.name == name and writer.summary in FORMATS_HELP
    if not writer.streams:  # written as whole files, not read back: --resume is refused
        with pytest.raises(Foreign):
            writer.units(b"")
        return
    paths = write_articles(tmp_path, 2)
    reports = [analyze(load_path(str(p))) for p in paths]
    assert all(r.actions for r in reports)
    body = "".join(writer.record(r) for r in reports)
    body += writer.error("bad.txt", "invalid-input", "empty file", "0" * 64)
    assert body.endswith("\n") and (not writer.header() or writer.header().endswith("\n"))
    units = writer.units(body.encode("utf-8"))
    keys = [u.key for u in units]
    # The last record of a format that cannot mark an article's end (CSV) is retried: key None.
    assert [k for k in keys if k] == [(r.source.path, r.source.sha256) for r in reports][: len([k for k in keys if k])]
    assert len([k for k in keys if k]) >= len(reports) - 1
    assert units[0].start == 0 and units[-1].end == len(body.encode("utf-8"))
    with pytest.raises(Foreign):
        writer.units(b"this line was written by hand\n" + body.encode("utf-8"))


def test_the_cli_offers_exactly_the_registered_formats() -> None:
    from policyscan.cli.batch import BatchFormat

    assert [f.value for f in BatchFormat] == list(batch.FORMATS) == list(batch.WRITERS)
