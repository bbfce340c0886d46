"""An acronym a text defines for a law is the law, never an actor: "the Personal Information Protection Act
(PIPA)", "the Online Harms Law (OHL)": later "breached the PIPA" names the act, not a company. Only the
article's own definition counts (``find_acronyms``), so an acronym some other text uses for a body is not
touched; ``law_acronyms`` in the data lists the few that are always laws."""

from __future__ import annotations

from spacy.tokens import Doc

from policyscan.extract.patterns import exact_set


def defined_law_acronyms(doc: Doc, acronyms: dict[int, tuple[int, str]]) -> frozenset[str]:
    laws = exact_set("law_words")
    return frozenset(acr for last, (_, acr) in acronyms.items() if doc[last].text in laws)
