"""A loopback HTTP server for the URL, feed and sitemap tests: no test touches the internet.

Every page is invented here. ``server.base`` is ``http://127.0.0.1:PORT``; ``server.seen``
lists (path, headers) of every request, in order.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE = (
    "Valdoria's data regulator fines Corvid Labs\n\n"
    "The Valdoria Data Protection Authority fined Corvid Labs 2 million euros on Tuesday for training "
    "its Corvid-3 model on customer records without consent.\n\n"
    "The authority also ordered the company to suspend the model in Valdoria until it deletes the records.\n"
)


def html_page(published: str | None = "2026-03-12T09:00:00+01:00") -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
    return (
        f"<!doctype html><html><head><title>Valdoria fines Corvid Labs</title>{meta}</head>"
        f"<body><nav>Home | World</nav><article><h1>Valdoria's data regulator fines Corvid Labs</h1>{paras}"
        "</article><footer>Contact us</footer></body></html>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    server_version = "TestServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        return

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        with contextlib.suppress(OSError):  # the client stopped reading (a size cap), as it should
            self.wfile.write(body)

    def do_GET(self) -> None:
        srv = self.server
        srv.seen.append((self.path, dict(self.headers)))  # type: ignore[attr-defined]
        path = self.path
        base = f"http://{self.headers.get('Host')}"
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path in ("/article.html", "/private/article.html") or path.startswith("/a/"):
            self._send(200, html_page())
        elif path == "/undated.html":
            self._send(200, html_page(None))
        elif path == "/plain.txt":
            self._send(200, ARTICLE.encode(), "text/plain; charset=utf-8")
        elif path == "/gzip.html":
            self._send(200, gzip.compress(html_page()), Content_Encoding="gzip")
        elif path == "/bomb.html":  # 20 MB of zeros in 20 KB
            self._send(200, gzip.compress(b"\x00" * 20_000_000), Content_Encoding="gzip")
        elif path == "/slow.html":
            time.sleep(3)
            self._send(200, html_page())
        elif path == "/trickle.html":  # headers at once, then a byte every 0.3 s
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(20):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.3)
            except OSError:
                pass  # the client gave up, as it should
        elif path == "/broken.html":
            self.wfile.write(b"this is not HTTP\r\n\r\n")
            self.close_connection = True
        elif path == "/huge.html":
            self._send(200, b"<p>" + b"a " * 3_000_000 + b"</p>")
        elif path == "/huge-chunked.html":  # no Content-Length: the cap applies while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>" + b"a " * 50_000 + b"</p>")
            self.close_connection = True
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif path == "/404.html":
            self._send(404, b"not here")
        elif path == "/500.html":
            self._send(500, b"oops")
        elif path == "/flaky.html":
            srv.flaky += 1  # type: ignore[attr-defined]
            if srv.flaky < 3:  # type: ignore[attr-defined]
                self._send(503, b"busy")
            else:
                self._send(200, html_page())
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/article.html" if left == 0 else f"/redirect/{left - 1}"
            self._send(302, b"", Location=target)
        elif path == "/loop":
            self._send(301, b"", Location="/loop")
        elif path == "/to-metadata":
            self._send(302, b"", Location="http://169.254.169.254/latest/meta-data/")
        elif path == "/to-file":
            self._send(302, b"", Location="file:///etc/passwd")
        elif path == "/feed.xml":
            self._send(200, rss_feed(base).encode(), "application/rss+xml")
        elif path == "/sitemap.xml":
            self._send(200, sitemap(base).encode(), "application/xml")
        else:
            self._send(404, b"no such page")


def rss_feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test news</title>
<item><title>Dated</title><link>{base}/article.html</link><pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Undated page</title><link>{base}/undated.html</link><pubDate>Wed, 11 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/404.html</link></item>
</channel></rss>"""


def atom_feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test</title>
<entry><title>Undated page</title><link rel="alternate" href="{base}/undated.html"/>
<published>2026-02-01T10:00:00Z</published></entry>
<entry><title>Plain</title><link href="{base}/plain.txt"/><updated>2026-02-02T10:00:00Z</updated></entry>
</feed>"""


def sitemap(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/undated.html</loc><news:news><news:publication_date>2026-01-05</news:publication_date></news:news></url>
<url><loc>{base}/a/1.html</loc><lastmod>2026-01-06</lastmod></url>
<url><loc>{base}/private/article.html</loc></url>
</urlset>"""


class Server:
    def __init__(self) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.seen = []  # type: ignore[attr-defined]
        self.httpd.flaky = 0  # type: ignore[attr-defined]
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def seen(self) -> list:
        return self.httpd.seen  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def server():
    srv = Server()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()


@pytest.fixture(autouse=True)
def _fresh_politeness(monkeypatch):
    """Each test starts with no robots.txt cached and no per-host clock."""
    from policyscan.sources import fetch

    monkeypatch.setattr(fetch, "_PACER", fetch.HostPacer())
    monkeypatch.setattr(fetch, "_ROBOTS", fetch.Robots())
