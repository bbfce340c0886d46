"""Verbs that count only under another verb: "ordered X to stop", "decided to resume" (lexicon ``needs_governor``)."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import lexicon, status_verb_forms, verb_forms

GOVERNING_DEPS = ("xcomp", "ccomp", "advcl", "conj")


def governed(tok: Token) -> bool:
    """ "ordered X to stop", "decided to resume": these verbs only count under a directive or status verb."""
    node = tok
    for _ in range(3):
        if node.dep_ not in GOVERNING_DEPS or node.head == node:
            return False
        node = node.head
        if status_verb_forms().get(node.lower_) in word_set("reported_compliance_verbs"):
            return False  # "X said the company had deleted ...": reported compliance, not a governed action
        lemma = verb_forms().get(node.lower_)
        if lemma and verb_entry(lemma)["class"] == "directive":
            return True
        if status_verb_forms().get(node.lower_) or hedge_adjective(node):
            return True
        enabling = word_set("enabling_words")
        if node.lower_ in enabling or any(c.lower_ in enabling for c in node.children):
            return True
        if node.dep_ != "conj":
            return False
    return False


def hedge_adjective(node: Token) -> str | None:
    """The status a hedge word gives ("is set to ban": announced), or None; a verb of the same form with its
    particle ("set aside the ban") is an act, not a plan."""
    value: str | None = lexicon()["hedge_adjectives"].get(node.lower_)
    lemma = verb_forms().get(node.lower_)
    particle = verb_entry(lemma).get("particle") if lemma else None
    if value is not None and any(c.dep_ == "prt" or (particle and c.lower_ == particle) for c in node.children):
        return None
    return value
