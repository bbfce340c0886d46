"""An acronym a text defines for a law is the law, never an actor: "the Personal Information Protection Act
(PIPA)", "the Online Harms Law (OHL)": later "breached the PIPA" names the act, not a company. Only the
article's own definition counts (``find_acronyms``), so an acronym some other text uses for a body is not
touched; ``law_acronyms`` in the data lists the few that are always laws."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from policyscan.extract.patterns import exact_set, lexicon, tokens_in


def defined_law_acronyms(doc: Doc, acronyms: dict[int, tuple[int, str]]) -> frozenset[str]:
    laws = exact_set("law_words")
    return frozenset(acr for last, (_, acr) in acronyms.items() if doc[last].text in laws)


def defined_class_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the text defines for a kind of thing written in lower case, not for a body: "private electronic
    system operators, known as PSE", "a private-scope electronic system operator (PSE Lingkup Privat)". A body's
    acronym follows its name ("the Data Office (DO)") or a body noun ("the privacy regulator (CNPD)")."""
    heads = lexicon()["institution_heads"].keys() | lexicon()["generic_actor_heads"].keys()
    found = set()
    for i in tokens_in(doc, _DEFINERS):
        tok = doc[i]
        if tok.text == "(" and tok.i + 1 < len(doc):
            before, acr = tok.i - 1, doc[tok.i + 1]
        elif tok.lower_ == "as" and tok.i >= 2 and doc[tok.i - 1].lower_ == "known" and tok.i + 1 < len(doc):
            before = tok.i - 3 if doc[tok.i - 2].text == "," else tok.i - 2
            acr = doc[tok.i + 2] if doc[tok.i + 1].lower_ == "the" and tok.i + 2 < len(doc) else doc[tok.i + 1]
        else:
            continue
        if before < 0 or not ACRONYM.fullmatch(acr.text) or acr.ent_id_:
            continue
        noun = doc[before]
        lead = doc[max(noun.left_edge.i, before - 5) : before]
        if any(t.text[:1].isupper() and not t.is_sent_start for t in lead):
            continue  # "the Commission d'accès à l'information (CAI)": a body's name in another language
        if noun.pos_ == "NOUN" and noun.text.islower() and noun.lower_ not in heads and noun.lemma_ not in heads:
            found.add(acr.text)
    return frozenset(found)


ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_DEFINERS = frozenset(["(", "as"])
