"""Library exceptions. Only the cli/ package turns them into a message and an exit code."""

from __future__ import annotations


class PolicyscanError(Exception):
    """Base class: a clear one-line message and a distinct exit code."""

    exit_code = 1
    kind = "error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{self.path}: {msg}" if self.path else msg


class UsageError(PolicyscanError):
    """A bad option value (unknown format, unparseable --published, ...)."""

    exit_code = 2
    kind = "usage"


class InputNotFound(PolicyscanError):
    exit_code = 3
    kind = "not-found"


class InputUnreadable(PolicyscanError):
    """Permission denied, a directory where a file is needed, an I/O error."""

    exit_code = 4
    kind = "unreadable"


class InputInvalid(PolicyscanError):
    """Empty, binary, too large, undecodable, or HTML without an article body."""

    exit_code = 5
    kind = "invalid-input"


class ModelError(PolicyscanError):
    """An unknown or broken --model."""

    exit_code = 6
    kind = "model"


class ResumeRefused(PolicyscanError):
    """``--resume`` on a file this tool did not write (another tool's JSON Lines, a JSON array,
    notes, random bytes): nothing in it is changed."""

    exit_code = 8
    kind = "foreign-output"


class OutputIsInput(PolicyscanError):
    """The batch output file is also one of the inputs (the same path, a symlink or a hard
    link to it): refused before anything is opened."""

    exit_code = 9
    kind = "output-is-input"


class OutputLocked(PolicyscanError):
    """Another ``policyscan batch`` holds the lock on the output file: two writers would mix
    or lose records."""

    exit_code = 12
    kind = "output-locked"


class EngineStalled(PolicyscanError):
    """A Dask run in which no partition finished for ``--stall-timeout`` seconds (workers lost,
    the scheduler gone): stopped, every record already written stays whole."""

    exit_code = 14
    kind = "engine-stalled"


class BadURL(UsageError):
    """Not an http(s) URL policyscan will fetch: another scheme (file:, ftp:, data:), no host,
    credentials in it, control characters, too long."""

    kind = "bad-url"


class FetchError(PolicyscanError):
    """A URL could not be fetched; ``kind`` says why (``unreachable``, ``timeout``, ...)."""

    exit_code = 13
    kind = "fetch"


class Unreachable(FetchError):
    """The host does not resolve, refuses the connection, or TLS fails."""

    kind = "unreachable"


class FetchTimeout(FetchError):
    kind = "timeout"


class BadResponse(FetchError):
    """The server broke the HTTP exchange (closed mid-response, garbage instead of HTTP)."""

    kind = "bad-response"


class HTTPError(FetchError):
    """An HTTP error status (4xx, 5xx); ``status`` holds it."""

    kind = "http-error"

    def __init__(self, message: str, *, path: str | None = None, status: int = 0) -> None:
        super().__init__(message, path=path)
        self.status = status


class TooManyRedirects(FetchError):
    kind = "too-many-redirects"


class BlockedAddress(FetchError):
    """The host resolves to a private, loopback, link-local or multicast address (``--allow-private``)."""

    kind = "blocked-address"


class RobotsDisallowed(FetchError):
    """robots.txt does not allow policyscan to fetch this URL (batch)."""

    kind = "robots-disallowed"


class TooLarge(InputInvalid):
    """A page over ``--max-bytes``."""

    kind = "too-large"


class NotHTML(InputInvalid):
    """A fetched page that is not HTML or text (an image, a PDF, JSON)."""

    kind = "not-html"


class BadFeed(InputInvalid):
    """A feed or sitemap that is not well-formed RSS, Atom or sitemap XML."""

    kind = "bad-feed"


class BadRow(InputInvalid):
    """A row of an article table without usable text or with an unreadable date."""

    kind = "bad-row"


# Batch runs: some articles failed, or all of them did.
EXIT_PARTIAL = 10
EXIT_ALL_FAILED = 11
# The output could not be written (disk full, a vanished file): records already written stay valid.
EXIT_OUTPUT = 7
# `| head` closed our stdout: the conventional 128 + SIGPIPE.
EXIT_BROKEN_PIPE = 141


def exit_code_for(failed: int, total: int) -> int:
    """The exit code of a run over ``total`` articles of which ``failed`` failed:
    0 when none failed, EXIT_ALL_FAILED when all did, else EXIT_PARTIAL."""
    if failed == 0:
        return 0
    return EXIT_ALL_FAILED if failed >= total else EXIT_PARTIAL
