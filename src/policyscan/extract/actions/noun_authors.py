"""Whether a weak event noun names its author ("an April block by the administration", "orders from Norway,
Chile and Kenya"): only then is the bare noun an event of its own."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.implied_agents import nested_by_agent
from policyscan.extract.actions.words import word_set


def has_agent_phrase(noun: Token) -> bool:
    """ "an April block by the administration", "Governor Amsel's 2023 order", "orders from A, B and C": the
    noun names its author. A name right after it means a misparsed verb ("Westland's court orders Kestrel to
    ..."), not a noun event."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.pos_ in ("PROPN", "DET", "PRON"):
        return False
    return nested_by_agent(noun) is not None or any(  # "the block on X ordered by Y": the participle hangs on X
        (c.dep_ == "prep" and _author_prep(noun, c) and any(p.pos_ == "PROPN" or p.dep_ == "pobj" for p in c.children))
        or (c.dep_ == "poss" and c.pos_ == "PROPN")
        for c in noun.children
    )


def _author_prep(noun: Token, prep: Token) -> bool:
    """ "by X" for any such noun; "from X" for an instrument ("orders from the regulator"), never a date
    ("a block from May")."""
    if prep.lower_ == "by":
        return True
    return (
        prep.lower_ == "from"
        and noun.lower_ in word_set("content_instrument_nouns")
        and any(p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ != "DATE" for p in prep.children)
    )
