"""Past-perfect clauses: what they tell happened before the clause around them.

"lifted on Monday the ban it had imposed", "revoked on Friday the licence that it had granted": the ban and the
licence are older than Monday and Friday, so the outer clause's date is not theirs. So is a clause in the simple past
on what a lifting verb undoes ("on Monday lifted the block it imposed"): the block came first.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import verb_forms

UNDOING_CLASS = "flip"  # lexicon verb class of "lift", "revoke", "overturn": the verb acts on an earlier act


def pluperfect(verb: Token) -> bool:
    """A participle in a relative clause or a clause on a noun, with a past-perfect auxiliary ("it had imposed"),
    or a simple past relative clause on what a lifting verb undoes ("lifted the block it imposed")."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    if verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in word_set("pluperfect_auxiliaries") for c in verb.children
    ):
        return True
    return verb.dep_ == "relcl" and verb.tag_ == "VBD" and _undone(verb.head)


def _undone(noun: Token) -> bool:
    """ "the block" in "lifted the block": the object of a verb that undoes an earlier act."""
    lemma = verb_forms().get(noun.head.lower_) if noun.dep_ == "dobj" else None
    return lemma is not None and verb_entry(lemma)["class"] == UNDOING_CLASS


def earlier_clause(noun: Token) -> Token | None:
    """The past-perfect clause that describes this noun trigger ("the ban [it had imposed]"), if any."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if pluperfect(c)), None)


def described_date(clause: Token, date_ents: list[Span]) -> Span | None:
    """ "reverses a March increase, when the ministry raised the duty": a date written before the noun the earlier
    clause describes is that clause's date."""
    noun = clause.head
    for ent in date_ents:
        if ent.end <= noun.i and any(t.head.i == noun.i and t.dep_ in ("compound", "amod", "nmod") for t in ent):
            return ent
    return None
