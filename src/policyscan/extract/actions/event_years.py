"""An act dated by the event it happened around: "restricted access around the 2020 election", "shut down the
internet during its 2021 vote". The year written on the noun of a time preposition on the act's verb is the act's
year (prepositions: data/action_words.json ``event_time_prepositions``; not "ahead of" or "after", which place the
act before or after the event, possibly in another year)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract.actions.timing import YEAR_WORD
from policyscan.extract.actions.words import word_set


def _objects(prep: Token) -> list[Token]:
    out = [c for c in prep.children if c.dep_ == "pobj"]
    for c in prep.children:  # "ahead of the 2024 referendum", "prior to its 2021 vote"
        if c.dep_ == "prep" and c.lower_ in ("of", "to"):
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


_CLAUSES = ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis")


def _in_clause(tok: Token, trigger: Token) -> bool:
    """``tok`` hangs on ``trigger`` through phrases, not through another clause."""
    node = tok
    while node.i != trigger.i:
        if node.dep_ in _CLAUSES or node.head.i == node.i:
            return False
        node = node.head
    return True


def event_year(trigger: Token) -> Span | None:
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    preps = word_set("event_time_prepositions")
    for prep in trigger.subtree:
        if prep.lower_ not in preps or prep.dep_ not in ("prep", "advmod") or not _in_clause(prep, trigger):
            continue
        for noun in _objects(prep):
            for c in noun.children:
                if c.i < noun.i and c.dep_ in ("nummod", "compound", "amod", "nmod") and YEAR_WORD.fullmatch(c.text):
                    return noun.doc[c.i : c.i + 1]
    return None
