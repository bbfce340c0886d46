"""What a lifting verb's object makes of it: withdrawing a demand to restrict loosens (issue 11, directions);
"lifted the curfew" keeps the curfew's own kind (``lifted_kind``).

"The authority withdrew its demand to restrict access to the app", "dropped its plan to ban the
service", "scrapped the order to block the site": the object of a lifting verb is not itself a
restriction noun, but a request noun (``action_words.json`` ``request_nouns``) whose ``to``-clause
restricts. Withdrawing it undoes the restriction; the embedded verb is part of this action, never an
enacted restriction of its own.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from policyscan.extract.actions.syntax import noun_trigger, verb_lemma
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.kinds import kind_info


def restricting_request(obj: Token | None, entry: dict[str, Any]) -> Token | None:
    """The restricting verb of "its demand *to restrict* access" when ``obj`` is such a request noun.

    Not for a verb that refuses (``needs_direct_object``: "rejected calls to ban", "refused a request to
    block"): refusing a demand is a denial of the restriction, not a loosening."""
    if obj is None or obj.lower_ not in word_set("request_nouns") or entry.get("needs_direct_object"):
        return None
    for child in obj.children:
        if child.dep_ not in ("acl", "relcl") or child.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue
        lemma = verb_lemma(child)
        if lemma and restricts(lemma):
            return child
    return None


def restricts(lemma: str) -> bool:
    entry = verb_entry(lemma)
    return entry.get("direction") == "tighten" or entry.get("default_direction") == "tighten"


def lifted_kind(obj: Token | None, verb_kind: str) -> str:
    """ "lifted the curfew": a kind with its own loosening codes (CAMEO 0813) stays itself."""
    found = noun_trigger(obj)
    if found is not None and kind_info(found[0]).lifted_as_own:
        return found[0]
    return verb_kind
