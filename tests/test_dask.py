"""`policyscan batch --engine dask`: the same bytes as a local run, resume, a killed worker, no Dask.

Each cluster is a LocalCluster on 127.0.0.1 without a dashboard, shut down by its fixture.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan import batch
from policyscan.cli import app
from policyscan.errors import UsageError

distributed = pytest.importorskip("distributed")

from policyscan.dask_engine import DaskEngine  # noqa: E402
from test_batch import write_articles  # noqa: E402

CLUSTER = {"threads_per_worker": 1, "processes": True, "host": "127.0.0.1", "dashboard_address": None}


def make_cluster():
    return distributed.LocalCluster(n_workers=2, **CLUSTER)


@pytest.fixture(scope="module")
def cluster():
    c = make_cluster()
    try:
        yield c
    finally:
        c.close()


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    """21 articles in two folders plus two that fail (empty, binary): error records in the middle."""
    folder = tmp_path_factory.mktemp("dask") / "news"
    write_articles(folder / "a", 11)
    write_articles(folder / "b", 10)
    (folder / "a" / "005b-empty.txt").write_bytes(b"")
    (folder / "b" / "003b-binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    return folder


def local_run(news: Path, out: Path, fmt: str = "jsonl", **kwargs) -> batch.BatchResult:
    return batch.batch([str(news)], output=str(out), settings=batch.Settings(fmt=fmt), **kwargs)


def dask_run(
    news: Path, out: Path, address: str, fmt: str = "jsonl", stall_timeout: float = 120, **kwargs
) -> batch.BatchResult:
    with DaskEngine(scheduler=address, partition_size=3, stall_timeout=stall_timeout) as engine:
        return local_run(news, out, fmt, engine=engine, **kwargs)


def test_cli_dask_writes_the_same_bytes_as_local(cluster, news: Path, tmp_path: Path) -> None:
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert local_run(news, local).failed == 2
    args = ["batch", str(news), "-o", str(remote), "-q", "--engine", "dask", "--partition-size", "4"]
    res = CliRunner().invoke(app, [*args, "--scheduler", cluster.scheduler_address])
    assert res.exit_code == 10, res.output  # some failed: the same exit code as a local run
    assert remote.read_bytes() == local.read_bytes()
    assert len(local.read_text().splitlines()) == 23


def test_csv_the_same_bytes_as_local(cluster, news: Path, tmp_path: Path) -> None:
    local, remote = tmp_path / "local.csv", tmp_path / "dask.csv"
    local_run(news, local, "csv")
    result = dask_run(news, remote, cluster.scheduler_address, "csv")
    assert (result.ok, result.failed) == (21, 2)
    assert len(result.worker_peak_rss_kb) == 2  # both workers took partitions
    assert remote.read_bytes() == local.read_bytes()


def test_resume_matches_local_resume(cluster, news: Path, tmp_path: Path) -> None:
    full = tmp_path / "full.jsonl"
    local_run(news, full)
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = "".join(lines[:9]) + lines[9][:40]  # nine records (one an error) and a record cut short
    (tmp_path / "local.jsonl").write_text(cut, encoding="utf-8")
    (tmp_path / "dask.jsonl").write_text(cut, encoding="utf-8")
    local = local_run(news, tmp_path / "local.jsonl", resume=True)
    remote = dask_run(news, tmp_path / "dask.jsonl", cluster.scheduler_address, resume=True)
    assert (remote.skipped, remote.ok, remote.failed) == (local.skipped, local.ok, local.failed) == (8, 13, 2)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


class KillOnce(distributed.WorkerPlugin):
    """Makes the task for the partition starting at ``first`` kill its own worker process,
    the first time only (a marker file shared by the workers)."""

    def __init__(self, first: str, marker: str) -> None:
        self.first, self.marker = first, marker

    def setup(self, worker) -> None:
        import policyscan.dask_engine as engine

        run, first, marker = engine.run_partition, self.first, self.marker
        if getattr(run, "kill_once", False):
            return

        def run_or_die(items, settings):
            if items[0].path == first:
                try:
                    os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
                except FileExistsError:
                    pass
                else:
                    os.kill(os.getpid(), signal.SIGKILL)
            return run(items, settings)

        run_or_die.kill_once = True  # type: ignore[attr-defined]
        engine.run_partition = run_or_die


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_killed_worker_loses_and_duplicates_nothing(news: Path, tmp_path: Path) -> None:
    local = tmp_path / "local.jsonl"
    local_run(news, local)
    items = batch.find_inputs([str(news)])
    marker = tmp_path / "killed"
    cluster = make_cluster()
    try:
        with distributed.Client(cluster) as client:
            client.register_plugin(KillOnce(items[9].path, str(marker)))  # the fourth partition of 3
            remote = dask_run(news, tmp_path / "dask.jsonl", cluster.scheduler_address)
    finally:
        cluster.close()
    assert marker.exists()  # a worker did die mid-run
    assert (remote.ok, remote.failed) == (21, 2)
    assert (tmp_path / "dask.jsonl").read_bytes() == local.read_bytes()


class SleepAt(distributed.WorkerPlugin):
    """Makes the task for the partition starting at ``first`` sleep ``seconds`` before it
    runs: every time, or (``once``) only the first time (a marker file shared by the workers)."""

    def __init__(self, first: str, marker: str, seconds: float, once: bool) -> None:
        self.first, self.marker, self.seconds, self.once = first, marker, seconds, once

    def setup(self, worker) -> None:
        import time

        import policyscan.dask_engine as engine

        run = engine.run_partition
        if getattr(run, "sleep_at", False):
            return
        first, marker, seconds, once = self.first, self.marker, self.seconds, self.once

        def run_or_sleep(items, settings):
            if items[0].path == first:
                try:
                    os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
                except FileExistsError:
                    if not once:
                        time.sleep(seconds)
                else:
                    time.sleep(seconds)
            return run(items, settings)

        run_or_sleep.sleep_at = True  # type: ignore[attr-defined]
        engine.run_partition = run_or_sleep


def test_a_lost_partition_is_submitted_again(news: Path, tmp_path: Path) -> None:
    """The fourth partition's first task never comes back in time (a lost task): after half the
    stall timeout a second copy runs, and the output is still exactly the local run's."""
    local = tmp_path / "local.jsonl"
    local_run(news, local)
    items = batch.find_inputs([str(news)])
    cluster = make_cluster()
    try:
        with distributed.Client(cluster) as client:
            client.register_plugin(SleepAt(items[9].path, str(tmp_path / "slept"), 300, once=True))
            remote = dask_run(news, tmp_path / "dask.jsonl", cluster.scheduler_address, stall_timeout=40)
    finally:
        cluster.close()
    assert (tmp_path / "slept").exists()
    assert (remote.ok, remote.failed) == (21, 2)
    assert (tmp_path / "dask.jsonl").read_bytes() == local.read_bytes()


def test_a_stalled_run_stops_with_exit_14_and_keeps_what_it_wrote(news: Path, tmp_path: Path) -> None:
    """Every copy of the fourth partition hangs: one line, exit 14, the first three partitions
    written whole, and --resume would carry on from there."""
    local = tmp_path / "local.jsonl"
    local_run(news, local)
    items = batch.find_inputs([str(news)])
    out = tmp_path / "dask.jsonl"
    cluster = make_cluster()
    try:
        with distributed.Client(cluster) as client:
            client.register_plugin(SleepAt(items[9].path, str(tmp_path / "slept"), 300, once=False))
            args = ["batch", str(news), "-o", str(out), "-q", "--engine", "dask", "--partition-size", "3"]
            res = CliRunner().invoke(app, [*args, "--scheduler", cluster.scheduler_address, "--stall-timeout", "30"])
    finally:
        cluster.close()
    assert res.exit_code == 14, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("policyscan: error: the Dask cluster finished no partition in 30 s")
    assert "Traceback" not in res.output
    written = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(written) == 9  # three partitions of three
    assert "".join(written) == "".join(local.read_text(encoding="utf-8").splitlines(keepends=True)[:9])


def test_stall_timeout_must_be_positive() -> None:
    with pytest.raises(UsageError):
        DaskEngine(stall_timeout=0)


class Twice:
    """An engine that delivers every outcome twice, as a retried partition could."""

    def outcomes(self, todo, settings, result, stop):
        for outcome in batch.iter_outcomes(todo, settings):
            yield outcome
            yield outcome


def test_writer_drops_a_record_delivered_twice(news: Path, tmp_path: Path) -> None:
    local, twice = tmp_path / "local.jsonl", tmp_path / "twice.jsonl"
    local_run(news, local)
    result = local_run(news, twice, engine=Twice())
    assert (result.ok, result.failed) == (21, 2)
    assert twice.read_bytes() == local.read_bytes()


def test_without_dask_one_line_and_exit_2(news: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n")
    res = CliRunner().invoke(app, ["batch", str(news), "-o", str(out), "--engine", "dask"])
    assert res.exit_code == 2
    assert res.output.strip().splitlines() == [
        "policyscan: error: --engine dask needs Dask: pip install 'policyscan[dask]' (or 'dask[distributed]>=2024.1')"
    ]
    assert "Traceback" not in res.output
    assert out.read_text() == "kept\n"  # the output file is not touched


def test_scheduler_needs_engine_dask(news: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["batch", str(news), "-o", str(tmp_path / "o"), "--scheduler", "tcp://x:8786"])
    assert res.exit_code == 2
    assert "--scheduler needs --engine dask" in res.output


def test_events_from_dask_output_equal_events_from_a_local_run(cluster, tmp_path: Path) -> None:
    """`policyscan events` gives the same events, reversals and actors for both engines' results.

    Three corpus articles and a byte-identical copy of one: the copy must add sources, not events,
    under either engine.
    """
    import json
    import shutil

    corpus = Path(__file__).parent / "corpus"
    news = tmp_path / "news"
    news.mkdir()
    for name in (
        "japan-ppc-corvid-reversal.txt",
        "uk-dsit-licence-reversal.txt",
        "india-meity-permission-rescinded.txt",
    ):
        shutil.copyfile(corpus / name, news / name)
    shutil.copyfile(corpus / "japan-ppc-corvid-reversal.txt", news / "mirror-japan-ppc-corvid-reversal.txt")
    runner = CliRunner()
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    res = runner.invoke(app, ["batch", str(news), "-o", str(local), "-q", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    args = ["batch", str(news), "-o", str(remote), "-q", "--engine", "dask", "--partition-size", "2"]
    res = runner.invoke(app, [*args, "--scheduler", cluster.scheduler_address])
    assert res.exit_code == 0, res.output
    found = []
    for results in (local, remote):
        res = runner.invoke(app, ["events", str(results), "--format", "json"])
        assert res.exit_code == 0, res.output
        found.append(json.loads(res.stdout))
    assert found[0] == found[1]
    events = found[0]
    assert events["articles"] == 4 and len(events["duplicates"]) == 1
    assert events["events"] and events["reversals"], "the corpus articles reverse themselves"
    assert any(e["sources"] == 2 for e in events["events"])  # told by the article and its copy
