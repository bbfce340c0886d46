"""Clauses that tell what happened before the clause around them.

"lifted on Monday the ban it had imposed", "revoked on Friday the licence that it had granted": the ban and the
licence are older than Monday and Friday, so the outer clause's date is not theirs. The same holds without the
past perfect when the outer verb undoes what the clause tells: "lifted on Monday the block it imposed".
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import verb_forms
from policyscan.kinds import kind_info


def pluperfect(verb: Token) -> bool:
    """A participle in a relative clause or a clause on a noun, with a past-perfect auxiliary ("it had imposed")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ in word_set("pluperfect_auxiliaries") for c in verb.children)
    ) or _undone(verb)


def _undone(verb: Token) -> bool:
    """ "lifted the block it imposed", "restored the access that it cut": a simple past in a relative clause on what
    the governing verb undoes (a kind that presupposes an earlier act) is that earlier act."""
    noun = verb.head
    if verb.tag_ != "VBD" or verb.dep_ != "relcl" or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    lemma = verb_forms().get(noun.head.lower_)
    kind = verb_entry(lemma).get("kind") if lemma is not None else None
    return kind is not None and kind_info(kind).presupposes_prior


def earlier_clause(noun: Token) -> Token | None:
    """The earlier clause that describes this noun trigger ("the ban [it had imposed]"), if any."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if pluperfect(c)), None)
