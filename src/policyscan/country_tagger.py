"""The ``policyscan_countries`` pipeline component: countries named in full, whatever the tagger made of them."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from policyscan.extract.countries_data import country_table


@Language.factory("policyscan_countries")
def make_country_tagger(nlp, name):
    """Countries named in full whatever the tagger made of them (see ``CountryTagger``)."""
    return CountryTagger(nlp)


# what the tagger often makes of a country's name: "Nepal" as a PERSON, "Kenya" as an ORG
RETAGGED = frozenset({"PERSON", "ORG", "NORP", "LOC", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"})


class CountryTagger:
    """A country's or region's own name is a GPE (LOC for a region that never acts, "Asia-Pacific"): untagged,
    or tagged as exactly that name (with or without "the") under another label ("Nepal" as a PERSON). A longer
    name holding it ("Central Bank of Kenya") and our gazetteer's hits are left as they are. Ambiguous names
    ("Georgia", "Jordan") and two-letter capitals ("US", "UK") are left to the tagger."""

    def __init__(self, nlp) -> None:
        table = country_table()
        self.matcher = PhraseMatcher(nlp.vocab)
        names = [n for e in table["countries"] if not e.get("ambiguous") for n in [e["name"], *e["aliases"]]]
        self.matcher.add("GPE", [nlp.make_doc(n) for n in names if len(n) > 2 or not n.isupper()])
        self.matcher.add("LOC", [nlp.make_doc(n) for n in table["regions"]])

    def __call__(self, doc):
        found = filter_spans([Span(doc, s, e, label=label) for label, s, e in self.matcher(doc)])
        if not found:
            return doc
        ents = list(doc.ents)
        at = {i: k for k, e in enumerate(ents) for i in range(e.start, e.end)}  # token -> its entity (linear)
        changed = False
        for span in found:
            over = sorted({at[i] for i in range(span.start, span.end) if i in at})
            if not over:
                ents.append(span)
            elif len(over) == 1 and _same_name(ents[over[0]], span):
                ent = ents[over[0]]
                if ent.ent_id_ or ent.label_ not in RETAGGED or (ent.label_, ent.start) == (span.label_, span.start):
                    continue
                ents[over[0]] = span
            else:
                continue
            changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda e: e.start)
        return doc


def _same_name(ent, span) -> bool:
    """ "Nepal" tagged as "Nepal", or "The European Economic Area" for "European Economic Area"."""
    if ent.end != span.end:
        return False
    return ent.start == span.start or (ent.start == span.start - 1 and ent[0].lower_ == "the")
