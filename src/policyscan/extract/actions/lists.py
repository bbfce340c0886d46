"""Restriction lists: an entity list, a sanctions list, a blacklist is a restriction like a ban. Taking a company
off one loosens ("removed the laboratory from the Entity List", "the list" again after the text named one), and
the body whose list it is ("China's unreliable entity list", "the Authority's (KMA) sandbox") is who acted when
the sentence names no agent. Adding to one is the ``list`` verb class (frames.py). Which nouns and which words
make a list a restriction is the data of the ``add`` verb's entry (``list_nouns``, ``list_words`` in
data/lexicon.json)."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import verb_entry
from policyscan.extract.patterns import tokens_in

_OWNER_DEPS = ("poss", "compound", "amod", "nmod")


def restriction_list(noun: Token | None) -> bool:
    """ "the Entity List", "a sanctions list", "its blacklist"; not a list of speakers or a shopping list."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    entry = verb_entry("add")
    if noun.lower_ not in entry["list_nouns"]:
        return False
    if noun.lower_ != "list" and noun.lower_ != "lists":
        return True  # "blacklist", "watchlist"
    if any(c.lower_ in entry["list_words"] for c in noun.children if c.i < noun.i):
        return True
    return _named_before(noun)


def _named_before(noun: Token) -> bool:
    """ "the list" with nothing else said of it, after the text named a restriction list: that list again."""
    if [c.lower_ for c in noun.children] != ["the"]:
        return False
    doc = noun.doc
    earlier = (doc[i] for i in tokens_in(doc, frozenset(["list", "lists"])) if i < noun.i)
    return any(
        any(c.lower_ in verb_entry("add")["list_words"] for c in t.children if c.i < t.i) for t in earlier
    ) or any(doc[i].i < noun.i for i in tokens_in(doc, frozenset(["blacklist", "watchlist"])))


def from_list(verb: Token) -> Token | None:
    """The list a verb takes something off: "removed X from the Entity List"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pobj" and restriction_list(p):
                    return p
    return None


def owner_words(noun: Token) -> list[Token]:
    """The words before a list noun that may name its owner: "the ministry's", "a US", "China's unreliable"."""
    return [c for c in noun.children if c.dep_ in _OWNER_DEPS and c.i < noun.i]
