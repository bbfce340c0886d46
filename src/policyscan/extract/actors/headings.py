"""Names in headings: an entity seen only in Title Case headings, never in running text, is not trusted."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.patterns import doc_ents, doc_text, line_is_heading, whole_word


def heading_only(ent: Span) -> bool:
    """ "What Went Down" is a heading's words; "Tarsen Competition Commission" in a headline is the body that the
    text goes on to call "The Tarsen Competition Commission"."""
    if ent.ent_id_ or not line_is_heading(ent.doc, ent.start_char):
        return False
    name = ent.text.strip()
    if any(
        other.text.strip() == name and not line_is_heading(ent.doc, other.start_char) for other in doc_ents(ent.doc)
    ):
        return False
    # the body's "The Tarsen Competition Commission" may be no entity of the tagger's: the name as words will do
    bare = _without_article(name)
    return len(bare.split()) < 2 or not any(
        not line_is_heading(ent.doc, m.start()) for m in whole_word(bare).finditer(doc_text(ent.doc))
    )


def _without_article(text: str) -> str:
    text = text.strip()
    return text[4:] if text[:4].lower() == "the " else text
