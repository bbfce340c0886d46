"""Plain-text reader: the text as decoded, with header metadata lines blanked."""

from __future__ import annotations

from policyscan.load.article import Parsed, Reader
from policyscan.load.furniture import blank_furniture
from policyscan.load.header import Header, scan_header
from policyscan.load.text import sanitize


def read(text: str, path: str | None) -> Parsed:
    page = sanitize(text)
    text = blank_furniture(page, datelines=False)
    header = Header(page=page)
    scan_header(text, text, header, 0)
    parsed = header.parsed(text)
    parsed.text = blank_furniture(parsed.text, lines=False)
    return parsed


READER = Reader("txt", read)
