"""Instructions in a checklist: "Map your services against the categories", "Review our guidance", "Check the
register". A one-word name the tagger found at the start of a sentence or a bullet, followed by a possessive or
an article, is a verb in the imperative: a name is not followed by "your" or "the". The same holds for a table
cell's verb ("Opens an investigation into"); the words are data/actor_words.json imperative_followers."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.patterns import actor_word_set


def imperative_opening(ent: Span) -> bool:
    """``ent`` is one word opening its sentence, right before "your", "the" ...: an instruction's verb."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].lower_ not in actor_word_set("imperative_followers"):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    cell = before is not None and before.text in ("|", "\u2022")  # "| Indecopi | Opens an investigation": a table cell
    return before is None or ent[0].is_sent_start or before.is_punct or cell or "\n" in before.text_with_ws
