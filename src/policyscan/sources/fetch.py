"""Fetching one page over HTTP(S), defensively: the only place policyscan touches the network.

What it guards against, and how:

* Only ``http`` and ``https`` URLs with a host and without credentials (``BadURL``):
  no ``file:``, ``ftp:``, ``data:``.
* Server-side request forgery: the host is resolved once, every address it resolves to
  must be public (not private, loopback, link-local, multicast, reserved, nor such an
  address wrapped in IPv6), unless ``allow_private``; then the connection goes to the
  address that was checked (never a second DNS lookup a rebinding server could answer
  differently), with the host name kept for the ``Host`` header, TLS SNI and the
  certificate check.
* Redirects are followed by hand, at most ``max_redirects``, each hop checked like the
  first URL.
* Every socket operation has a timeout and the whole exchange a deadline (a server that
  trickles one byte a second times out); the body is read up to ``max_bytes`` (a larger
  ``Content-Length`` is refused before reading), gzip is inflated with the same cap.
* A polite ``User-Agent`` naming policyscan, and ``robots.txt`` (``Robots``) and a
  per-host delay (``HostPacer``) for batch crawls; retries with backoff (``fetch_retrying``)
  for errors that may pass (timeouts, 429, 5xx).

Nothing here prints; failures are the ``FetchError`` family of :mod:`policyscan.errors`.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from policyscan.errors import (
    BadResponse,
    BadURL,
    BlockedAddress,
    FetchError,
    FetchTimeout,
    HTTPError,
    NotHTML,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    Unreachable,
)

try:
    from importlib.metadata import version as _version

    _VERSION = _version("policyscan")
except Exception:  # not installed (a source checkout on PYTHONPATH)
    _VERSION = "0"

USER_AGENT = f"policyscan/{_VERSION} (+https://github.com/policyscan/policyscan; AI-policy news analysis)"
ROBOTS_AGENT = "policyscan"
MAX_URL_LENGTH = 2048
ROBOTS_MAX_BYTES = 512_000
MAX_CRAWL_DELAY = 30.0  # seconds: a robots.txt Crawl-delay above this is capped
MAX_RETRY_AFTER = 60.0

# Content types an article may have; None (no header) is sniffed by the loader.
HTML_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md"}
XML_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "text/plain"}
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://|^(?:data|file|javascript|about|blob|mailto):", re.I)
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def looks_like_url(arg: str) -> bool:
    """True for ``https://…`` and for the schemes policyscan refuses (``file:``, ``data:``)."""
    return bool(_SCHEME.match(arg))


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 10.0  # seconds per connect / read
    deadline: float = 30.0  # seconds for one whole request (redirects included)
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = USER_AGENT
    # batch crawls only
    host_delay: float = 1.0  # seconds between two requests to one host (per process)
    retries: int = 2  # extra attempts after a timeout, a broken response, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    robots: bool = True


@dataclass(frozen=True)
class Page:
    requested: str
    url: str  # after redirects
    status: int
    content_type: str | None  # lower case, without parameters
    charset: str | None
    body: bytes


def check_url(url: str) -> SplitResult:
    """The parts of an http(s) URL policyscan may fetch; BadURL otherwise."""
    if len(url) > MAX_URL_LENGTH:
        raise BadURL(f"URL longer than {MAX_URL_LENGTH} characters", path=url[:80] + "...")
    if _CONTROL.search(url):
        raise BadURL("URL contains spaces or control characters", path=url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BadURL(f"not a valid URL ({exc})", path=url) from None
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme or "no scheme"
        raise BadURL(f"only http and https URLs are fetched, not {scheme}", path=url)
    if not parts.hostname:
        raise BadURL("URL has no host", path=url)
    if parts.username is not None or parts.password is not None:
        redacted = parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]).geturl()
        raise BadURL("URL carries a user name or password; refusing to send credentials", path=redacted)
    if port == 0:
        raise BadURL("URL has port 0", path=url)
    try:
        parts.hostname.encode("idna")
    except UnicodeError:
        raise BadURL("host name is not a valid international domain name", path=url) from None
    return parts


def public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a globally routable unicast address (also looking inside IPv6 wrappers)."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if inner is not None and not public_address(inner):
            return False
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int, *, allow_private: bool, url: str) -> list[str]:
    """Every address ``host`` resolves to, all of them checked; raises Unreachable or BlockedAddress."""
    try:
        infos = socket.getaddrinfo(host.encode("idna").decode("ascii"), port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise Unreachable(f"cannot resolve host {host!r} ({reason})", path=url) from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise Unreachable(f"host {host!r} has no address", path=url)
    if not allow_private:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if not public_address(ip):
                raise BlockedAddress(
                    f"host {host!r} resolves to the non-public address {ip}; refused (see --allow-private)", path=url
                )
    return addresses


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to one checked address; ``host`` stays the name (Host header)."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """As _PinnedHTTP, with TLS to the host name (SNI and certificate checked against it)."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def fetch(url: str, options: FetchOptions, *, accept: Callable[[str | None], bool] | None = None) -> Page:
    """GET ``url`` following at most ``options.max_redirects`` redirects, every hop checked.

    ``accept`` says which content types are wanted (default: HTML and text); another type is NotHTML.
    """
    accept = accept or (lambda ctype: ctype is None or ctype in HTML_TYPES)
    deadline = time.monotonic() + options.deadline
    current = url
    for _hop in range(options.max_redirects + 1):
        status, headers, body = _request(current, options, deadline, requested=url)
        if status in _REDIRECTS:
            location = headers.get("location")
            if not location:
                raise BadResponse(f"HTTP {status} redirect without a Location", path=url)
            current = urljoin(current, location.strip())
            continue
        if status >= 400:
            raise HTTPError(f"HTTP {status} {http.client.responses.get(status, '')}".strip(), path=url, status=status)
        ctype, charset = _content_type(headers.get("content-type"))
        if not accept(ctype):
            raise NotHTML(f"not an HTML page (Content-Type {ctype})", path=url)
        return Page(url, current, status, ctype, charset, body)
    raise TooManyRedirects(f"more than {options.max_redirects} redirects", path=url)


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    main, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return main.strip().lower() or None, charset


def _request(url: str, options: FetchOptions, deadline: float, *, requested: str) -> tuple[int, dict[str, str], bytes]:
    parts = check_url(url)
    host = parts.hostname or ""
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    addresses = resolve(host, port, allow_private=options.allow_private, url=requested)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    last: Exception | None = None
    for address in addresses:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchTimeout(f"no answer within {options.deadline:g} s", path=requested)
        cls = _PinnedHTTPS if https else _PinnedHTTP
        conn = cls(host, port, address, min(options.timeout, remaining))
        try:
            conn.request(
                "GET",
                target,
                headers={
                    "User-Agent": options.user_agent,
                    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
                    "Accept-Encoding": "gzip, identity",
                    "Connection": "close",
                },
            )
            resp = conn.getresponse()
            headers = {k.lower(): v for k, v in resp.getheaders()}
            if resp.status in _REDIRECTS or resp.status >= 400:
                return resp.status, headers, b""
            body = _read_body(resp, headers, options, deadline, requested)
            return resp.status, headers, body
        except FetchError:
            raise
        except TimeoutError:
            raise FetchTimeout(f"no answer within {options.timeout:g} s", path=requested) from None
        except ssl.SSLError as exc:
            raise Unreachable(f"TLS failed ({exc.reason or exc})", path=requested) from None
        except (http.client.HTTPException, ConnectionResetError, BrokenPipeError) as exc:
            raise BadResponse(f"broken HTTP response ({type(exc).__name__})", path=requested) from None
        except OSError as exc:
            last = exc  # refused, no route: try the next address
        finally:
            conn.close()
    reason = getattr(last, "strerror", None) or last
    raise Unreachable(f"cannot connect to {host} ({reason})", path=requested)


def _read_body(
    resp: http.client.HTTPResponse, headers: dict[str, str], options: FetchOptions, deadline: float, url: str
) -> bytes:
    limit = options.max_bytes
    length = headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > limit:
        raise TooLarge(f"larger than the limit of {limit} bytes (see --max-bytes)", path=url)
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", ""):
        raise BadResponse(f"unsupported Content-Encoding {encoding[:20]!r}", path=url)
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if "gzip" in encoding else None
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchTimeout(f"page not received within {options.deadline:g} s", path=url)
        chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
        if not chunk:
            break
        if inflate is not None:
            try:
                chunk = inflate.decompress(chunk, limit + 1 - size)
            except zlib.error:
                raise BadResponse("broken gzip body", path=url) from None
        chunks.append(chunk)
        size += len(chunk)
        if size > limit or (inflate is not None and inflate.unconsumed_tail):
            raise TooLarge(f"larger than the limit of {limit} bytes (see --max-bytes)", path=url)
    return b"".join(chunks)


# ---------------------------------------------------------------------------
# Batch crawls: politeness
# ---------------------------------------------------------------------------


class HostPacer:
    """At most one request per ``delay`` seconds to each host (in this process)."""

    def __init__(self) -> None:
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, delay: float) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next.get(host, now))
            self._next[host] = at + delay
        if at > now:
            time.sleep(at - now)


class Robots:
    """robots.txt per site, fetched once (RFC 9309: a 4xx means no rules; a 5xx or an
    unreachable file means stay away)."""

    def __init__(self) -> None:
        self._rules: dict[str, RobotFileParser | None] = {}

    def check(self, url: str, options: FetchOptions, pacer: HostPacer) -> float:
        """Raises RobotsDisallowed when ``url`` may not be fetched; returns the site's crawl delay (0 if none)."""
        parts = urlsplit(url)
        site = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if site not in self._rules:
            self._rules[site] = self._load(site, options, pacer)
        rules = self._rules[site]
        if rules is None:
            raise RobotsDisallowed(f"{site}/robots.txt could not be read; not crawling this site", path=url)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise RobotsDisallowed("disallowed by the site's robots.txt", path=url)
        delay = rules.crawl_delay(ROBOTS_AGENT)
        return min(float(delay), MAX_CRAWL_DELAY) if delay else 0.0

    @staticmethod
    def _load(site: str, options: FetchOptions, pacer: HostPacer) -> RobotFileParser | None:
        parser = RobotFileParser()
        small = FetchOptions(**{**options.__dict__, "max_bytes": ROBOTS_MAX_BYTES})
        pacer.wait(urlsplit(site).netloc.lower(), options.host_delay)
        try:
            page = fetch(f"{site}/robots.txt", small, accept=lambda ctype: True)
        except (BlockedAddress, BadURL):
            raise  # the page itself is refused for the same reason: say that reason
        except HTTPError as exc:
            if 400 <= exc.status < 500:
                parser.parse([])  # no rules: everything allowed
                return parser
            return None
        except (FetchError, TooLarge, NotHTML):
            return None
        parser.parse(page.body.decode("utf-8", "replace").splitlines())
        return parser


_PACER = HostPacer()
_ROBOTS = Robots()


def fetch_polite(
    url: str, options: FetchOptions, *, accept: Callable[[str | None], bool] | None = None, sleep=time.sleep
) -> Page:
    """``fetch`` for batch crawls: robots.txt, a per-host delay, retries with backoff."""
    check_url(url)
    host = (urlsplit(url).netloc or "").lower()
    crawl_delay = _ROBOTS.check(url, options, _PACER) if options.robots else 0.0
    wait = options.backoff
    for attempt in range(options.retries + 1):
        _PACER.wait(host, max(options.host_delay, crawl_delay))
        try:
            return fetch(url, options, accept=accept)
        except (FetchTimeout, BadResponse, Unreachable, HTTPError) as exc:
            retryable = not isinstance(exc, HTTPError) or exc.status in _RETRY_STATUS
            if isinstance(exc, Unreachable) and "resolve" in str(exc.args[0]):
                retryable = False  # a name that does not resolve will not resolve in a second
            if not retryable or attempt == options.retries:
                raise
        sleep(wait)
        wait *= 2
    raise FetchError("no attempt made", path=url)  # retries < 0
