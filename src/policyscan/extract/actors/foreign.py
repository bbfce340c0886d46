"""A listed body's name used for another country's body: "the Zambian Supreme Court", "India's Supreme Court",
"the Supreme Court of Kenya", "Peru's Congress". The gazetteer's "Supreme Court" is the United States' court;
the words around the name say whose court this one is. The name stays as written (it matches every way the
story names the court); only its country changes, and the nationality before it is no actor of its own.
"""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.countries_data import country_of


def _country_before(ent: Span) -> str | None:
    """ "the Zambian Supreme Court" (the nationality tagged apart or inside), "India's Supreme Court" """
    doc = ent.doc
    k = ent.start - 1
    if k >= 1 and doc[k].text in ("'s", "’s"):
        return country_of(doc[k - 1].text) if doc[k - 1].ent_type_ == "GPE" else None
    if k >= 0 and doc[k].text[:1].isupper() and doc[k].pos_ in ("ADJ", "PROPN"):
        return country_of(doc[k].text) if country_of(doc[k].text) != doc[k].text else None
    return None


def _country_after(ent: Span) -> str | None:
    """ "the Supreme Court of Kenya" """
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    place = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
    return country_of(place.text) if place is not None else None


def foreign_country(ent: Span, listed: str | None) -> str | None:
    """The country the words around a listed body's name give it, when it is not the listed one."""
    if not listed:
        return None
    country = _country_before(ent) or _country_after(ent)
    return country if country is not None and country != listed else None


def nationality_only(ent: Span) -> bool:
    """ "The Zambian" tagged an organisation before "Supreme Court": a nationality, no actor."""
    words = [t for t in ent if t.lower_ != "the"]
    return len(words) == 1 and country_of(words[0].text) not in (None, words[0].text)
