"""An acronym the text spells out for another body than the gazetteer's: "Saudi Arabia's Capital Market Authority
(CMA)" is not the UK's Competition and Markets Authority, whose short form the gazetteer also lists as "CMA"; in
that text every "CMA" is the body it spells out. Only a name whose initials are the acronym counts: "National Data
Protection Authority (ANPD)" translates the listed body's name and stays that body."""

from __future__ import annotations

from spacy.tokens import Doc

from policyscan.extract.actors.names import clean_name, gazetteer_entry


def clashing_acronyms(doc: Doc, acronyms: dict[int, tuple[int, str]]) -> set[str]:
    """The acronyms defined in brackets after a name that is not the gazetteer entry's for that acronym."""
    clash = set()
    for last, (_, acr) in sorted(acronyms.items()):
        entry = gazetteer_entry(acr)
        long = next((e for e in doc.ents if e.end == last + 1), None)
        if entry is None or long is None or len(long) < 2:
            continue
        name = clean_name(long.text)
        forms = {f.lower() for f in [entry["name"], *entry.get("aliases", [])]}
        if _initials(name) != acr:
            continue  # "National Data Protection Authority (ANPD)": a translation of the listed body's own name
        if all(name.lower() != f and not f.endswith(" " + name.lower()) for f in forms):
            clash.add(acr)
    return clash


def _initials(name: str) -> str:
    """ "Capital Markets Authority": "CMA" (capitalised words only, so "of" and "and" add nothing)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
