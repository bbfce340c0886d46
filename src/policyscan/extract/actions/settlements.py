"""Settlements with an authority: "Kestrel settled with the commission for $240,000", "agreed to pay $2 million to
settle the commission's charges", "to settle claims brought by the attorney general". The company pays, but the
enforcing act is the authority's: a penalty it obtained. A settlement with no authority named ("settled the
authors' lawsuit") is a deal between parties, no act of anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.pleas import AUTHORITY_TYPES
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import verb_forms


def settles(trigger: Token) -> bool:
    lemma = verb_forms().get(trigger.lower_)
    return bool(lemma and verb_entry(lemma).get("counterparty_actor"))


def settling_party(trigger: Token, actors: ActorIndex) -> tuple[str, Token] | None:
    """The authority a settling verb names: its "with" party, the owner or bringer of the claims settled."""
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            parties = [q for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
        elif c.dep_ == "dobj" and c.lower_ in word_set("settled_claim_nouns"):
            parties = [
                *(p for p in c.children if p.dep_ == "poss"),
                *(
                    q
                    for a in c.children
                    if a.dep_ == "acl"
                    for b in a.children
                    if b.dep_ == "agent"
                    for q in b.children
                    if q.dep_ == "pobj"
                ),
            ]
        else:
            continue
        for party in parties:
            key = actors.resolve(party)
            if key is not None and actors.actors[key].type in AUTHORITY_TYPES:
                return key, party
    return None
