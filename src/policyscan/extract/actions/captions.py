"""Case captions in trackers and timelines: "- Florida v. Kestrel Labs — state lawsuit against Kestrel, filed
June 1." A line that opens with a caption ("A v. B", "A vs. B") and then, after a dash or colon, tells an event
with no agent of its own tells the first party's act: the plaintiff sued, the state investigated."""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import doc_text

VERSUS = ("v.", "v", "vs.", "vs", "versus")
BREAKS = ("—", "–", "-", ":", "--")


def caption_plaintiff(trigger: Token, actors: ActorIndex) -> tuple[str | None, Token | None]:
    """The first party of the caption opening the trigger's line, when the trigger follows the caption."""
    doc = trigger.doc
    line_start = doc_text(doc).rfind("\n", 0, trigger.idx) + 1
    first = next((t for t in doc[: trigger.i] if t.idx >= line_start and not t.is_space), None)
    if first is None:
        return None, None
    words = [t for t in doc[first.i : trigger.i] if not (t.is_punct and t.i == first.i)]
    versus = next((i for i, t in enumerate(words[:10]) if t.lower_ in VERSUS), None)
    if versus is None or versus == 0:
        return None, None
    dash = next((i for i, t in enumerate(words) if i > versus and t.text in BREAKS), None)
    if dash is None:
        return None, None  # "In Florida v. Kestrel, the court held ...": a case named in a sentence, not a row
    party = words[:versus]
    key = next((k for t in reversed(party) if (k := actors.key_at(t)) is not None), None)
    return (key, None) if key is not None else (None, None)


def row_date(trigger: Token, date_ents: list[Span]) -> Span | None:
    """The one date a caption row gives after its caption ("— lawsuit filed March 24, 2026."): the row's event's
    date when the parse hung it where the trigger does not reach. Two dates in the row: no guess."""
    text = doc_text(trigger.doc)
    start = text.rfind("\n", 0, trigger.idx) + 1
    end = text.find("\n", trigger.idx)
    end = len(text) if end < 0 else end
    found = [e for e in date_ents if start <= e.start_char and e.end_char <= end]
    return found[0] if len(found) == 1 else None
