"""A body's name the tagger cut after its head word: "Agency" + "for the Protection of Inhabitants' Data" (a
plural possessive inside the name splits it). The head word alone and the rest, joined by "for" or "of", are
one name: "the Agency for the Protection of Inhabitants' Data (PRODHAB) opened ..." is one body acting."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.patterns import lexicon

JOINING = ("for", "of", "the")


def joined_heads(ents: list[Span]) -> list[Span]:
    """``ents`` in order, each head-word ORG joined with the ORG that completes it."""
    heads = lexicon()["institution_heads"]
    out: list[Span] = []
    skip: set[int] = set()
    for n, ent in enumerate(ents):
        if n in skip:
            continue
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "ORG"
            and len(ent) == 1
            and ent[0].lower_ in heads
            and ent[0].text[:1].isupper()
            and nxt.start > ent.end
            and ent[0].doc[ent.end].lower_ in ("for", "of")
            and all(t.lower_ in JOINING for t in ent[0].doc[ent.end : nxt.start])
        ):
            start = nxt.start + 1 if nxt[0].lower_ == "the" else nxt.start
            if start < nxt.end and nxt.doc[start].text[:1].isupper():
                out.append(Span(ent.doc, ent.start, nxt.end, label="ORG"))
                skip.add(n + 1)
                continue
        out.append(ent)
    return out
