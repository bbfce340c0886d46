"""The shapes of a page's first lines: a row of section labels, a headline, a menu line, a writer's handle."""

from __future__ import annotations

import re

HANDLE = re.compile(r"\(?@\w{2,30}\)?")  # "(@jdoe_writes)": the writer's handle above the dateline


def is_menu_line(s: str) -> bool:
    words = s.split()
    return len(words) <= 5 and not re.search(r"[.!?;:,\d]", s)


_KICKER_SEPARATOR = re.compile(r"\s+[|/\u00b7\u2022>\u00bb]\s+")


def is_kicker(s: str) -> bool:
    """ "CHIP TRADE | CENTRAL ASIA", "WORLD / ASIA-PACIFIC": a row of capitalised section labels above the
    headline, whatever the labels say."""
    parts = _KICKER_SEPARATOR.split(s.strip())
    return len(parts) > 1 and all(
        p and p.upper() == p and len(p.split()) <= 3 and re.search(r"[A-Z]", p) for p in parts
    )


def is_headline(raw_line: str, s: str) -> bool:
    if re.match(r"[ \t]{0,3}#{1,6}[ \t]", raw_line):
        return True
    words = s.split()
    return 2 <= len(words) <= 30 and len(s) <= 200 and not s.endswith((".", ",", ";", ":", '."', ".”"))
