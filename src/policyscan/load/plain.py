"""Plain-text reader: the text as decoded, with header metadata lines blanked."""

from __future__ import annotations

from policyscan.load.article import Parsed, Reader
from policyscan.load.dates import furniture_day
from policyscan.load.furniture import blank_furniture
from policyscan.load.header import Header, scan_header
from policyscan.load.keyed import keyed_dates
from policyscan.load.text import sanitize


def read(text: str, path: str | None) -> Parsed:
    page = sanitize(text)
    text = blank_furniture(page, datelines=False)
    header = Header(page=page)
    scan_header(text, text, header, 0)
    header.dates.extend(keyed_dates(page))  # "- published" / "- 2026-02-08" (before its key is blanked)
    parsed = header.parsed(text)
    parsed.text = blank_furniture(parsed.text, lines=False)
    parsed.page_day = None if parsed.published else furniture_day(page, parsed.text)
    return parsed


READER = Reader("txt", read)
