"""`policyscan analyze URL` and `policyscan batch --urls-from / --feed / --sitemap` against the
loopback server: records, error records with distinct kinds, resume by URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import atom_feed
from policyscan.cli import app

QUICK = ["--allow-private", "--delay", "0", "--timeout", "2", "-q"]


def run(args: list[str]):
    return CliRunner().invoke(app, args)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_analyze_url(server) -> None:
    res = run(["analyze", f"{server.base}/redirect/1", "--allow-private", "--json"])
    assert res.exit_code == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["source"]["path"] == f"{server.base}/redirect/1"
    assert report["source"]["url"] == f"{server.base}/article.html"
    assert report["published"] == "2026-03-12"
    assert any(a["name"].startswith("Corvid") for a in report["actors"] + report["models"])


@pytest.mark.parametrize(
    ("path", "code", "words"),
    [
        ("/404.html", 13, "HTTP 404"),
        ("/500.html", 13, "HTTP 500"),
        ("/image.png", 5, "not an HTML page"),
        ("/loop", 13, "redirects"),
    ],
)
def test_analyze_url_failures_are_one_line(server, path: str, code: int, words: str) -> None:
    res = run(["analyze", server.base + path, "--allow-private", "--json"])
    assert res.exit_code == code
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and server.base + path in lines[0]


def test_analyze_refuses_loopback_and_file_urls(server) -> None:
    res = run(["analyze", f"{server.base}/article.html", "--json"])
    assert res.exit_code == 13 and "--allow-private" in res.stderr
    res = run(["analyze", "file:///etc/passwd", "--json"])
    assert res.exit_code == 2 and "only http and https" in res.stderr and "root:" not in res.stdout


def test_batch_urls_from_error_kinds_and_resume(server, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    names = ["/article.html", "/404.html", "/image.png", "/private/article.html", "/huge.html"]
    urls.write_text(
        "# a list\n\n" + "".join(server.base + n + "\n" for n in names) + "file:///etc/passwd\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    res = run(["batch", "--urls-from", str(urls), "-o", str(out), "--max-bytes", "1000000", *QUICK])
    assert res.exit_code == 10, res.stderr
    recs = records(out)
    assert [r["source"]["path"] for r in recs] == [server.base + n for n in names] + ["file:///etc/passwd"]
    kinds = [r["error"]["kind"] if r["error"] else None for r in recs]
    assert kinds == [None, "http-error", "not-html", "robots-disallowed", "too-large", "bad-url"]
    assert recs[0]["source"]["url"] == f"{server.base}/article.html" and recs[0]["published"] == "2026-03-12"
    assert "404" in recs[1]["error"]["message"]
    seen = len(server.seen)
    res = run(["batch", "--urls-from", str(urls), "-o", str(out), "--resume", "--max-bytes", "1000000", *QUICK])
    assert res.exit_code == 11  # only the failures were retried, and they fail again
    assert "/article.html" not in [p for p, _ in server.seen[seen:]]  # resumed by URL
    assert len(records(out)) == 6


def test_batch_without_allow_private_gives_error_records(server, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server.base}/article.html\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run(["batch", "--urls-from", str(urls), "-o", str(out), "-q", "--delay", "0"])
    assert res.exit_code == 11
    assert records(out)[0]["error"]["kind"] == "blocked-address"


def test_feed_dates_fill_in_only_when_the_page_has_none(server, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    res = run(["batch", "--feed", f"{server.base}/feed.xml", "-o", str(out), *QUICK])
    assert res.exit_code == 10, res.stderr
    recs = {r["source"]["path"].rsplit("/", 1)[1]: r for r in records(out)}
    assert (recs["article.html"]["published"], recs["article.html"]["published_from"]) != ("2026-03-10", "feed")
    assert recs["article.html"]["published"] == "2026-03-12"
    assert (recs["undated.html"]["published"], recs["undated.html"]["published_from"]) == ("2026-03-11", "feed")
    assert recs["404.html"]["error"]["kind"] == "http-error"


def test_atom_feed_file_and_sitemap_file(server, tmp_path: Path) -> None:
    feed = tmp_path / "feed.atom"
    feed.write_text(atom_feed(server.base), encoding="utf-8")
    out = tmp_path / "atom.jsonl"
    assert run(["batch", "--feed", str(feed), "-o", str(out), *QUICK]).exit_code == 0
    recs = records(out)
    assert [r["published"] for r in recs] == ["2026-02-01", "2026-02-02"]
    out = tmp_path / "sitemap.jsonl"
    res = run(["batch", "--sitemap", f"{server.base}/sitemap.xml", "-o", str(out), *QUICK])
    assert res.exit_code == 10
    recs = records(out)
    assert recs[0]["published"] == "2026-01-05" and recs[0]["published_from"] == "sitemap news:publication_date"
    assert recs[1]["published"] == "2026-03-12"  # the page's own date beats lastmod
    assert recs[2]["error"]["kind"] == "robots-disallowed"


@pytest.mark.parametrize(
    "xml",
    [
        "<rss><channel><item><link>http://x/</link></item>",  # cut short
        "not xml at all",
        "<html><body>a page</body></html>",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        "<rss><channel><item><link>&d;</link></item></channel></rss>",  # entities are never expanded
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><link>&x;</link></item></channel></rss>",
    ],
)
def test_malformed_and_hostile_feeds_are_one_line(xml: str, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(xml, encoding="utf-8")
    res = run(["batch", "--feed", str(feed), "-q"])
    assert res.exit_code == 5, res.stdout
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "feed.xml" in lines[0] and "root:" not in res.stderr


def test_a_feed_that_cannot_be_fetched(server) -> None:
    res = run(["batch", "--feed", f"{server.base}/404.html", *QUICK])
    assert res.exit_code == 13 and "HTTP 404" in res.stderr
