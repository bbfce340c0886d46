"""Byline lines that carry their date in other shapes than "By X | March 5, 2026" (``load.header`` reads them)."""

from __future__ import annotations

import re

# "Posted by Jane Doe on March 5, 2026 at 10:42 am": a byline, then its date after "on"
BY_ON = re.compile(
    r"(?i:(?:posted|written|published|story)[ \t]+)?(?i:by)[ \t]+(?P<name>[A-Z][^\n]*?),?[ \t]+on[ \t]+(?P<when>.+)"
)
# "05 Mar 2026 10:42AM (Updated: 06 Mar 2026 08:00AM)": the update in brackets is one more part of the line
BRACKETED_UPDATE = re.compile(r"[ \t]*\((?P<inner>(?i:(?:last[ \t]+)?(?:updated|modified))\b[^()]*)\)")
