"""Character hygiene and same-length blanking shared by the readers."""

from __future__ import annotations

import itertools
import re

MIN_LETTERS = 20
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def sanitize(text: str) -> str:
    """Same length out: CRLF -> " \\n", a lone CR -> "\\n", other control characters -> " "."""
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def has_letters(text: str, minimum: int = MIN_LETTERS) -> bool:
    letters = re.finditer(r"[^\W\d_]", text)
    return sum(1 for _ in itertools.islice(letters, minimum)) >= minimum


def blank(segment: str) -> str:
    return re.sub(r"[^\n]", " ", segment)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace each [start, end) span by spaces, keeping newlines and the length."""
    out, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        out.append(text[pos:start])
        out.append(blank(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def count_letters(text: str) -> int:
    return len(re.findall(r"[^\W\d_]", text))
