"""policyscan.sources.fetch against the loopback server: limits, redirects, address checks, errors."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from policyscan import errors
from policyscan.sources import fetch as fetch_mod
from policyscan.sources import load_url
from policyscan.sources.fetch import FetchOptions, check_url, fetch, fetch_polite, public_address

LOCAL = FetchOptions(allow_private=True, timeout=1.0, deadline=4.0, host_delay=0.0, backoff=0.01)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/a.txt",
        "data:text/html,<p>hi</p>",
        "javascript:alert(1)",
        "http://",
        "https://user:secret@example.org/",
        "http://exa mple.org/",
        "http://example.org/\x1b[31m",
        "http://example.org:99999/",
        "https://example.org/" + "a" * 3000,
    ],
)
def test_bad_urls_are_refused_before_any_connection(url: str, monkeypatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: pytest.fail("resolved a bad URL"))
    with pytest.raises(errors.BadURL) as info:
        fetch(url, LOCAL)
    assert info.value.kind == "bad-url" and info.value.exit_code == 2


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("ff02::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("2002:7f00:0001::1", False),  # 6to4 wrapping 127.0.0.1
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
    ],
)
def test_public_address(address: str, public: bool) -> None:
    assert public_address(ipaddress.ip_address(address)) is public


def test_loopback_refused_without_allow_private(server) -> None:
    before = len(server.seen)
    with pytest.raises(errors.BlockedAddress) as info:
        fetch(f"{server.base}/article.html", FetchOptions())
    assert "127.0.0.1" in str(info.value) and info.value.kind == "blocked-address"
    assert len(server.seen) == before  # refused before connecting


def test_a_name_resolving_to_loopback_is_refused(monkeypatch) -> None:
    fake = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80))]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: fake)
    with pytest.raises(errors.BlockedAddress):
        fetch("http://innocent.example/", FetchOptions())


def test_every_resolved_address_must_be_public(monkeypatch) -> None:
    fake = [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80)),
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80)),
    ]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: fake)
    with pytest.raises(errors.BlockedAddress, match=r"10\.0\.0\.7"):
        fetch("http://mixed.example/", FetchOptions())


def test_connects_to_the_checked_address_not_a_second_lookup(server, monkeypatch) -> None:
    """DNS rebinding: one lookup per hop, the connection goes to that address, Host keeps the name."""
    real = socket.getaddrinfo
    lookups: list[str] = []

    def rebinding(host, port, *args, **kwargs):
        lookups.append(host)
        if host == "news.test":
            if len(lookups) > 1:
                return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.9.9.9", port))]
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    page = fetch(f"http://news.test:{server.port}/article.html", LOCAL)
    assert page.status == 200 and b"Corvid" in page.body
    assert lookups.count("news.test") == 1  # (connecting to the numeric address looks it up harmlessly)
    assert server.seen[-1][1]["Host"] == f"news.test:{server.port}"


def test_article_from_url_has_url_and_page_date(server) -> None:
    article = load_url(f"{server.base}/redirect/2", LOCAL)
    assert article.path == f"{server.base}/redirect/2"
    assert article.url == f"{server.base}/article.html"
    assert article.published is not None and article.published.isoformat() == "2026-03-12"
    assert article.format == "html" and "Corvid Labs" in article.text
    assert server.seen[-1][1]["User-Agent"].startswith("policyscan/")


def test_plain_text_and_gzip(server) -> None:
    assert load_url(f"{server.base}/plain.txt", LOCAL).format == "txt"
    assert "Corvid" in load_url(f"{server.base}/gzip.html", LOCAL).text


@pytest.mark.parametrize(
    ("path", "error", "kind"),
    [
        ("/404.html", errors.HTTPError, "http-error"),
        ("/500.html", errors.HTTPError, "http-error"),
        ("/image.png", errors.NotHTML, "not-html"),
        ("/huge.html", errors.TooLarge, "too-large"),
        ("/huge-chunked.html", errors.TooLarge, "too-large"),
        ("/bomb.html", errors.TooLarge, "too-large"),
        ("/broken.html", errors.BadResponse, "bad-response"),
        ("/slow.html", errors.FetchTimeout, "timeout"),
        ("/trickle.html", errors.FetchTimeout, "timeout"),
        ("/loop", errors.TooManyRedirects, "too-many-redirects"),
        ("/redirect/6", errors.TooManyRedirects, "too-many-redirects"),
        ("/to-file", errors.BadURL, "bad-url"),
    ],
)
def test_failures_have_distinct_kinds(server, path: str, error: type, kind: str) -> None:
    options = FetchOptions(allow_private=True, timeout=1.0, deadline=2.0, max_bytes=1_000_000)
    with pytest.raises(error) as info:
        fetch(server.base + path, options)
    assert info.value.kind == kind
    assert "\n" not in str(info.value)


def test_http_error_keeps_the_status(server) -> None:
    with pytest.raises(errors.HTTPError) as info:
        fetch(f"{server.base}/404.html", LOCAL)
    assert info.value.status == 404 and "404" in str(info.value)


def test_five_redirects_are_followed(server) -> None:
    assert fetch(f"{server.base}/redirect/4", LOCAL).url.endswith("/article.html")


def test_unreachable(server) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nobody listens there now
    with pytest.raises(errors.Unreachable):
        fetch(f"http://127.0.0.1:{port}/", LOCAL)


def test_each_redirect_hop_is_checked(server, monkeypatch) -> None:
    """The server counts as public here; its redirect to the cloud metadata address does not."""
    real = fetch_mod.public_address
    monkeypatch.setattr(fetch_mod, "public_address", lambda ip: ip.is_loopback or real(ip))
    assert fetch(f"{server.base}/article.html", FetchOptions()).status == 200
    with pytest.raises(errors.BlockedAddress, match=r"169\.254\.169\.254"):
        fetch(f"{server.base}/to-metadata", FetchOptions())


def test_polite_fetch_retries_then_succeeds(server) -> None:
    server.httpd.flaky = 0
    sleeps: list[float] = []
    page = fetch_polite(f"{server.base}/flaky.html", LOCAL, sleep=sleeps.append)
    assert page.status == 200 and sleeps == [0.01, 0.02]  # two 503s, doubled backoff


def test_polite_fetch_gives_up_on_404_at_once(server) -> None:
    sleeps: list[float] = []
    with pytest.raises(errors.HTTPError):
        fetch_polite(f"{server.base}/404.html", LOCAL, sleep=sleeps.append)
    assert sleeps == []


def test_robots_txt_is_respected_and_read_once(server) -> None:
    before = len(server.seen)
    with pytest.raises(errors.RobotsDisallowed):
        fetch_polite(f"{server.base}/private/article.html", LOCAL)
    fetch_polite(f"{server.base}/article.html", LOCAL)
    assert [p for p, _ in server.seen[before:]] == ["/robots.txt", "/article.html"]
    assert check_url(f"{server.base}/article.html").hostname == "127.0.0.1"


def test_host_pacer_spaces_requests() -> None:
    pacer = fetch_mod.HostPacer()
    waits: list[float] = []
    real = fetch_mod.time.sleep
    try:
        fetch_mod.time.sleep = waits.append  # type: ignore[assignment]
        for _ in range(3):
            pacer.wait("h", 5.0)
        pacer.wait("other", 5.0)
    finally:
        fetch_mod.time.sleep = real  # type: ignore[assignment]
    assert len(waits) == 2 and waits[0] > 4.0 and waits[1] > 9.0


def test_credentials_are_not_echoed() -> None:
    with pytest.raises(errors.BadURL) as info:
        fetch("https://me:hunter2@example.org/a", LOCAL)
    assert "hunter2" not in str(info.value) and "***@example.org" in str(info.value)
