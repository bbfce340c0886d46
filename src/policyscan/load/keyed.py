"""A page's fields copied as a key/value list, each key and each value on its own line (issue 11, dates).

    - author            Published:
    - Jane Roe          12 March 2026
    - published
    - 2026-02-08T00:00:00Z

A page whose metadata box was copied as text gives its publication date this way: a line that is only a date
key ("published", "date", "posted", "publication date", "updated"), then a line that is only a date.
Only the first lines of the page are read: a dated list further down is a sidebar, not the article's date.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from policyscan.load.dates import parse_published

_KEY_LINES = 40  # the header: the first lines of the page
_BULLET = r"[ \t]*(?:[-*•·][ \t]+)?"
_KEY = re.compile(
    rf"{_BULLET}(?P<key>date[ \t]*published|published[ \t]*(?:on|at|date)?|first[ \t]+published|publication[ \t]+date"
    r"|posted(?:[ \t]+on)?|date|pubdate|datepublished|(?:last[ \t]+)?updated|(?:last[ \t]+)?modified)[ \t]*:?[ \t]*",
    re.I,
)
_VALUE = re.compile(rf"{_BULLET}(?P<value>.{{6,60}}?)[ \t]*")


def keyed_dates(text: str) -> list[tuple[str, date]]:
    """(source, date) for each key line followed by a date line among the first lines of ``text``."""
    lines = [s for s in text.split("\n", _KEY_LINES)[:_KEY_LINES] if s.strip()]
    out = []
    for key_line, value_line in itertools.pairwise(lines):
        key, value = _KEY.fullmatch(key_line), _VALUE.fullmatch(value_line)
        if key and value and (when := parse_published(value.group("value"))):
            word = key.group("key").lower()
            source = "updated-line" if re.search(r"updated|modified", word) else "published-line"
            out.append(("date-line" if word == "date" else source, when))  # a bare "date" ranks below a dateline
    return out
