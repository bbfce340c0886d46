"""Lawmakers of a named place acting together ("Kenyan lawmakers passed ...", "State lawmakers approved ...")
are that place's legislature: an actor named for the place, so the act is not lost for want of a body's name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.actors.builder import Builder
from policyscan.extract.patterns import actor_word_set, lexicon, verb_forms
from policyscan.report import ActorType


def _place(word: Token, b: Builder) -> str | None:
    """The place a modifier of "lawmakers" names: a demonym ("Kenyan"), a place name ("New York"), or "state"
    in a story about one place. A party ("Republican lawmakers") or a chamber is no place."""
    demonym = lexicon()["demonyms"].get(word.text)
    if demonym is not None:
        return str(demonym)
    if (k := b.index.key_at(word)) is not None and b.index.actors[k].type == ActorType.COUNTRY:
        return b.index.actors[k].name
    if word.lower_ == "state":
        k = b.index.following(-1, {ActorType.COUNTRY})  # the story's place: the first one it names
        return b.index.actors[k].name if k else None
    return None


def _chamber_act(verb: Token) -> bool:
    """Passing, approving, adopting or voting is the chamber's act; "lawmakers urged ..." or "are preparing a
    bill" is what some of its members do, not the legislature."""
    lemma = verb_forms().get(verb.lower_)
    entry = lexicon()["verbs"].get(lemma) if lemma else None
    return (entry is not None and entry["class"] == "enact") or verb.lower_ in actor_word_set("lawmaker_verbs")


def _acting_verb(tok: Token) -> Token | None:
    """The verb the lawmakers do: theirs as its subject, or as the agent of a passive ("a bill was passed by
    Kenyan lawmakers")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    return None


def _places_in(tok: Token) -> list[Token]:
    """ "Lawmakers in Ontario approved ...": the place after "in" is theirs, as in "Ontario lawmakers" (not
    "lawmakers from two opposition parties", who are members of parties, nor "lawmakers in the chamber")."""
    return [
        p
        for c in tok.rights
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
    ]


def place_lawmakers(doc: Doc, b: Builder) -> None:
    words = actor_word_set("lawmaker_nouns")
    for tok in doc:
        if tok.lower_ not in words or tok.i in b.index.token_key:
            continue
        verb = _acting_verb(tok)
        if verb is None or not _chamber_act(verb):
            continue
        mods = [m for m in tok.lefts if m.dep_ in ("amod", "compound", "nmod")] + _places_in(tok)
        place = next((p for m in mods if (p := _place(m, b)) is not None), None)
        if place is None:
            continue
        key = b.add(tok.i, tok.i + 1, f"{place} lawmakers", ActorType.LEGISLATURE, country=place)
        b.index.actors[key].acting = True
    b.index.mentions.sort(key=lambda m: m.start)
