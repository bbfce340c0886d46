"""Stock tickers: "Amazon (NASDAQ: AMZN)", "Kestrel (NYSE: KST)", "Wren (LSE: WRN.L)". An exchange and a ticker in
brackets after a company's name are neither a body nor another name of the company. Any exchange is read the same
way (an upper-case word, a colon, an upper-case ticker), so no list of exchanges is needed."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from policyscan.extract.actors.index import ActorIndex
from policyscan.extract.patterns import doc_text

_TICKER = re.compile(r"\([A-Z][A-Za-z]{1,9}(?:[ -][A-Z]{2,6})?[ \t]*:[ \t]*[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,3})?\)")


def in_ticker(ent: Span) -> bool:
    """``ent`` lies inside an "(EXCHANGE: TICKER)" bracket."""
    doc = ent.doc
    spans = doc.user_data.get("policyscan_tickers")
    if spans is None:
        spans = doc.user_data["policyscan_tickers"] = [m.span() for m in _TICKER.finditer(doc_text(doc))]
    return any(start <= ent.start_char and ent.end_char <= end for start, end in spans)


def ticker_only(doc: Doc, index: ActorIndex) -> None:
    """Hide every actor named only inside tickers ("NASDAQ" found by a later pass): it is never a party."""
    for rec in index.actors.values():
        spans = [doc[m.start : m.end] for m in index.mentions if m.key == rec.key]
        if spans and all(in_ticker(s) for s in spans):
            rec.place_only = True
