"""URLs and table rows on a Dask cluster: the same records, byte for byte, as a local run."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tables import ROWS, write_csv

from policyscan import batch
from policyscan.sources.collect import collect
from policyscan.sources.fetch import FetchOptions
from policyscan.sources.tables import Columns

distributed = pytest.importorskip("distributed")

from policyscan.dask_engine import DaskEngine  # noqa: E402


def test_urls_and_rows_on_dask_match_local(server, tmp_path: Path) -> None:
    table = write_csv(tmp_path / "articles.csv", ROWS)
    urls = tmp_path / "urls.txt"
    urls.write_text("".join(f"{server.base}{p}\n" for p in ("/article.html", "/404.html", "/plain.txt")))
    options = FetchOptions(allow_private=True, host_delay=0.0, timeout=2.0, backoff=0.01)
    sources = collect(
        tables=[str(table)], columns=Columns("body", "published", "id"), urls_files=[str(urls)], options=options
    )
    settings = batch.Settings(fetch=options)
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    result = batch.batch([], output=str(local), settings=settings, sources=sources)
    assert (result.ok, result.failed) == (5, 4)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    try:
        with DaskEngine(scheduler=cluster.scheduler_address, partition_size=3) as engine:
            batch.batch([], output=str(remote), settings=settings, sources=sources, engine=engine)
    finally:
        cluster.close()
    assert remote.read_bytes() == local.read_bytes()
    assert len(local.read_text(encoding="utf-8").splitlines()) == len(ROWS) + 3
