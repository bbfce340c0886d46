"""Plain-text reader: the text as decoded, with header metadata lines blanked."""

from __future__ import annotations

from policyscan.load.article import Parsed, Reader
from policyscan.load.header import Header, scan_header
from policyscan.load.text import sanitize


def read(text: str, path: str | None) -> Parsed:
    text = sanitize(text)
    header = Header()
    scan_header(text, text, header, 0)
    return header.parsed(text)


READER = Reader("txt", read)
