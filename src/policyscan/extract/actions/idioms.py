"""A trigger verb used in another sense: an idiom object ("clearing the way for", "removing an obstacle to")
or a preposition that makes it a deal between firms ("licenses its model to banks", "licensed archives from
publishers": a commercial licence sold or bought, not a permission granted by an authority)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from policyscan.extract.actions.syntax import direct_object


def other_sense(tok: Token, entry: dict[str, Any]) -> bool:
    """True when the verb's object or preposition (``not_objects``, ``not_preps`` in the lexicon) gives it
    a sense that is no policy action."""
    obj = direct_object(tok) if entry.get("not_objects") else None
    if obj is not None and obj.lower_ in entry["not_objects"]:
        return True
    preps = entry.get("not_preps", ())
    return any(c.dep_ in ("prep", "dative") and c.lower_ in preps for c in tok.children)
