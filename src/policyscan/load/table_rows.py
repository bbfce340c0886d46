"""Timeline tables: an explainer's table with a date column, a body column and an event column ("| March 2025 |
Ministry of X | Ordered the app stores to remove ... |", as a page's table is rendered) tells one action per row,
each with its subject in another cell. A row whose event opens with a verb in the past tense, or in the present
tense timelines are often written in ("Bans the use of ...", "Opens an investigation into ..."), is rewritten as the
sentence it stands for ("In March 2025, Ministry of X ordered the app stores to remove ..."); any other table is
left as it is. The header words are data (``timeline_columns`` in data/loading.json)."""

from __future__ import annotations

import re

from policyscan.load.words import TIMELINE_COLUMNS

_HEADS = {kind: TIMELINE_COLUMNS[kind] for kind in ("date", "body", "event")}
_IRREGULAR = TIMELINE_COLUMNS["irregular_past"]
_OBJECT_STARTS = TIMELINE_COLUMNS["present_object_starts"]
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DAY = re.compile(r"(?<![\d])\d{1,2}(?:st|nd|rd|th)?(?![\d])")
_MAX_CELL = 600


def _cells(paragraph: str) -> list[str] | None:
    p = paragraph.strip()
    if not (p.startswith("|") and p.endswith("|")) or p.count("|") < 4 or len(p) > 4 * _MAX_CELL:
        return None
    return [c.strip() for c in p[1:-1].split("|")]


def _columns(header: list[str]) -> tuple[int, int, int] | None:
    """(date, body, event) column indexes named by a header row, or None."""
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        low = cell.lower().strip(" *_:")
        for kind, heads in _HEADS.items():
            if low in heads and kind not in found:
                found[kind] = i
                break
    if len(found) < 3:
        return None
    return found["date"], found["body"], found["event"]


def _past_verb(word: str) -> bool:
    low = word.lower()
    return low.isalpha() and (low.endswith("ed") or low in _IRREGULAR)


def _present_verb(words: list[str]) -> bool:
    """A verb in the present tense opening a row's event: "Bans the use of", "Fines Tarsel Labs", never a plural
    noun ("Fines of up to", "Rules take effect"): the next word starts an object (an article, a name, a number)."""
    if len(words) < 2:
        return False
    low, nxt = words[0].lower(), words[1].split()[0]
    if not (low.isalpha() and len(low) > 3 and low.endswith("s")) or low.endswith(("ss", "us", "is")):
        return False
    return nxt.lower() in _OBJECT_STARTS or nxt[0].isupper() or nxt[0].isdigit()


def _sentence(cells: list[str], cols: tuple[int, int, int]) -> str | None:
    when, body, event = (cells[i] for i in cols)
    words = event.split(maxsplit=1)
    if not (when and body and words) or not _YEAR.search(when):
        return None
    if not (_past_verb(words[0]) or _present_verb(words)):
        return None
    opener = "On" if _DAY.search(_YEAR.sub("", when)) else "In"
    text = f"{opener} {when}, {body} {event[0].lower()}{event[1:]}"
    return text if text.endswith((".", "!", "?")) else text + "."


def timeline_rows(paragraphs: list[str]) -> list[str]:
    """The paragraphs with every past-tense row of a timeline table written as its sentence."""
    out: list[str] = []
    cols: tuple[int, int, int] | None = None
    width = 0
    for p in paragraphs:
        cells = _cells(p)
        if cells is None:
            if not set(p) <= set("|-: "):
                cols = None  # a table's separator row ("|---|---|") keeps it open
            out.append(p)
            continue
        if cols is None or len(cells) != width:
            cols, width = _columns(cells), len(cells)
            out.append(p)
            continue
        out.append(_sentence(cells, cols) or p)
    return out
