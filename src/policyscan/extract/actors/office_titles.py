"""The portfolios of a minister's title: "the Minister of Commerce and Consumer Affairs", "a spokesperson for the
Minister of Artificial Intelligence and Digital Innovation". The parser often hangs the portfolio after "and" on the
minister, not on the first portfolio, and the tagger calls it an organisation: it is part of the person's title,
never a company or a body of its own."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.patterns import actor_word_set

TITLE_REACH = 8  # tokens from a portfolio back to the "of" of its minister's title


def title_portfolio(ent: Span) -> bool:
    """``ent`` is a portfolio named after "and" or a comma in "<Minister> of/for <portfolio>, ... and <ent>"."""
    if ent.ent_id_ or ent.start < 3 or ent.doc[ent.start - 1].lower_ not in ("and", "&", ","):
        return False
    words = {w.lower() for w in ent.text.split()}
    if not words & (actor_word_set("portfolio_words") | actor_word_set("portfolio_tail_words")):
        return False  # "the Secretary of Commerce and Kestrel Labs": a firm beside the title
    doc = ent.doc
    for i in range(ent.start - 2, max(ent.start - 2 - TITLE_REACH, 0), -1):
        tok = doc[i]
        if tok.lower_ in ("of", "for"):
            owner = doc[i - 1]
            return owner.text[:1].isupper() and owner.lower_ in actor_word_set("office_of_titles")
        if not (tok.text[:1].isupper() or tok.lower_ in ("and", "&", ",")):
            return False
    return False
