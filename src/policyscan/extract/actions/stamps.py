"""A timeline entry's own date: the date stamp that opens its paragraph, list item or table row.

"14 July 2025 — Dublin. The regulator opened an inquiry ...", "- June 1, 2026: The ministry ordered ...",
"| 9 March 2026 | The authority suspended ... |": the stamp dates the entry's actions whose own sentence
has no date. The tagger often splits such a stamp ("14" | "July 2025") or takes the dash into it, so the
stamp is read from the text and mapped back onto the tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from policyscan.extract.patterns import doc_text

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_DATE = (
    rf"{_WEEKDAY}(?:{_MONTH}[ \t]+{_DAY}(?:,?[ \t]+{_YEAR})?|{_DAY}[ \t]+{_MONTH}(?:,?[ \t]+{_YEAR})?"
    rf"|{_MONTH},?[ \t]+{_YEAR}|{_YEAR}-\d\d-\d\d|{_YEAR})"
)
# what may come before the stamp (list bullets, table bars, emphasis) and between it and the entry's text
_LEAD = r"[ \t*_#>•·▪|+\-]*"
_SEP = r"[ \t*_]*(?:—|–|--|-|:|\|)"
STAMP = re.compile(rf"{_LEAD}(?P<date>{_DATE})(?![\w/]){_SEP}[ \t*_]*(?=\S)")


def stamp_span(trigger: Token) -> Span | None:
    """The DATE stamp opening the paragraph (line) that holds ``trigger``, before the trigger; or None."""
    doc = trigger.doc
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, trigger.idx) + 1
    m = STAMP.match(text, para_start, trigger.idx)
    if m is None:
        return None
    return doc.char_span(m.start("date"), m.end("date"), alignment_mode="expand")
