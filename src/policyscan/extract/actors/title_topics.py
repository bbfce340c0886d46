"""Words of a law's or an order's title are not bodies: "Law No. 81 on Electronic Transactions and Personal Data",
"the Basic Act on the Promotion of X and the Creation of a Trust Framework", "the Executive Order on
the Safe and Accountable Development of AI". The tagger calls the capitalised topic an organisation or a
person, and the parser hangs the preposition on the verb, so the title is read from its surface: a capitalised
instrument word (lexicon ``law_words``), an optional number ("No. 81"), a topic preposition (actor_words
``title_topic_preps``), then only capitalised words and the small words of titles (``title_joiners``) up to the
name. The same holds for the portfolio of an office's title ("the Under Secretary of Trade for Export
Security", "the Secretary of State for Science and Innovation"): the person's title, not a body."""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract.patterns import actor_word_set, lexicon

TITLE_REACH = 16  # tokens from a name back to its title's instrument word


def _numbering(tok: Token) -> bool:
    """ "No. 81", "2024/12": the number between an instrument word and its topic."""
    return tok.like_num or tok.text in ("No", "No.", "Nr", "Nr.", ".", "/", "-") or any(c.isdigit() for c in tok.text)


def _instrument_before(prep: Token) -> bool:
    doc = prep.doc
    i = prep.i - 1
    skipped = 0
    while i >= 0 and skipped < 4 and _numbering(doc[i]):
        i, skipped = i - 1, skipped + 1
    return i >= 0 and doc[i].text in lexicon()["law_words"]


def title_topic(ent: Span) -> bool:
    """``ent`` stands inside the topic of a titled instrument ("the Act on ...")."""
    if ent.ent_id_ or ent.start == 0:
        return False
    doc = ent.doc
    preps = actor_word_set("title_topic_preps")
    words = [t for t in ent if t.pos_ != "DET"]
    if len(words) > 2 and words[0].text in lexicon()["law_words"] and words[1].lower_ in preps:
        return True  # "the Regulation for Electronic Identification" tagged whole
    joiners = actor_word_set("title_joiners")
    floor = max(ent.sent.start, ent.start - TITLE_REACH)
    for i in range(ent.start - 1, floor - 1, -1):
        tok = doc[i]
        if tok.lower_ in preps and _instrument_before(tok):
            return True
        if "\n" in tok.text or not (tok.lower_ in joiners or (tok.text[:1].isupper() and tok.is_alpha)):
            return False
    return False


def office_portfolio(ent: Span) -> bool:
    """``ent`` right after "<Office> of" (actor_words ``office_of_titles``, capitalised) names no body of its own
    (no word of lexicon ``institution_heads``): a portfolio in a person's title."""
    doc = ent.doc
    if ent.ent_id_ or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    office = doc[ent.start - 2]
    if not office.text[:1].isupper() or office.lower_ not in actor_word_set("office_of_titles"):
        return False
    heads = lexicon()["institution_heads"]
    return not any(t.lower_ in heads for t in ent) and any(t.lower_ in ("for", "and") for t in ent)
