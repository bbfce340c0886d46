"""A name the tagger called a place, listed among companies: "music publishers including Universal Music
Group (UMG), Concord and ABKCO". A place it knows stays a place ("Kenya, Uganda and the EU")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from policyscan.extract.patterns import actor_word_set

_GLUE = frozenset([",", "and", "or", "&"])
_PLACE_PREPS = actor_word_set("place_prepositions") | actor_word_set("in_place_prepositions") | {"at", "from", "to"}


def _neighbour(doc: Doc, k: int, step: int) -> int | None:
    """The token across list glue from ``k`` (moving by ``step``), None when no glue is there."""
    start = k
    while 0 <= k < len(doc) and doc[k].lower_ in _GLUE:
        k += step
    if k == start or not 0 <= k < len(doc):
        return None
    if step < 0 and doc[k].text == ")":  # "Universal Music Group (UMG), Concord": the acronym's owner
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    return k if k >= 0 else None


def among_companies(ent: Span) -> bool:
    """``ent`` is written between list glue and a name the tagger calls an organisation."""
    doc = ent.doc
    top = ent.root
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ in _PLACE_PREPS:
        return False  # "cameras in the CBD, Bellville and Mitchells Plain": places where something is
    sides = [_neighbour(doc, ent.start - 1, -1), _neighbour(doc, ent.end, 1)]
    found = [doc[k] for k in sides if k is not None]
    return any(t.ent_type_ == "ORG" for t in found) and not any(t.ent_type_ in ("GPE", "LOC") for t in found)
