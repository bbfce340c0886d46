"""Names of lists and of classes of bodies, never a body: "the Entity List of Chinese chip makers", "its Unverified
List" (a list a body keeps), "had not hired a Data Protection Compliance Organisation" (any body of a kind the
law names, told with "a"/"an")."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.patterns import lexicon

CLASS_HEADS = frozenset(["organisation", "organization", "provider", "operator", "officer", "controller", "processor"])


def list_name(ent: Span) -> bool:
    """A name whose head word, after its first word, is "List"."""
    return not ent.ent_id_ and any(t.text == "List" for t in ent[1:])


def class_of_bodies(ent: Span) -> bool:
    """ "a Data Protection Compliance Organisation": a capitalised kind of body after "a"/"an" that ends its noun
    phrase ("a European Commission spokesperson" is the Commission's)."""
    doc = ent.doc
    if ent.ent_id_ or ent.start == 0 or doc[ent.start - 1].lower_ not in ("a", "an"):
        return False
    if ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN"):
        return False
    last = ent[-1].lower_
    return last in CLASS_HEADS or last in lexicon()["institution_heads"]


def class_name(ent: Span) -> bool:
    return list_name(ent) or class_of_bodies(ent)
