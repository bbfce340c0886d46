"""Pleas and wishes: what someone asks the authorities to do is not an act; only an authority's request is."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import lexicon, noun_lemma
from policyscan.report import ActorType

AUTHORITY_TYPES = {
    ActorType.GOVERNMENT,
    ActorType.AGENCY,
    ActorType.REGULATOR,
    ActorType.LEGISLATURE,
    ActorType.COURT,
    ActorType.INTERNATIONAL,
}


def prompting(noun: Token) -> bool:
    return bool(lexicon()["nouns"].get(noun_lemma(noun.lower_), {}).get("prompting")) and noun.pos_ == "NOUN"


def issued_from(noun: Token, prep: Token) -> bool:
    """ "a directive from the ministry", "rules from the regulator": an instrument's author, not a plea's."""
    nouns = word_set("content_instrument_nouns") | word_set("misread_instrument_nouns")
    return prep.lower_ == "from" and noun.lower_ in nouns


def wished(tok: Token) -> bool:
    """ "proposed that all such tools be licensed by the regulator", "asking that the block be lifted": a passive
    subjunctive under a verb of asking or proposing is what someone wants done, not something done."""
    return (
        tok.dep_ == "ccomp"
        and tok.head.lower_ in word_set("petition_verbs") | word_set("proposing_forms")
        and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in tok.children)
    )


def plea(tok: Token, actors: ActorIndex) -> bool:
    """ "asking that the block be lifted", "asked the regulator to delay the rules", "after a request from
    Kestrel": what a company or a person asks of the authorities (or of nobody named) is a plea; only an
    authority's request is an act."""
    if prompting(tok):
        return True
    if wished(tok):
        return True
    if tok.lower_ in word_set("petition_verbs"):
        head = tok
    elif tok.dep_ in ("ccomp", "xcomp") and tok.head.lower_ in word_set("petition_verbs"):
        head = tok.head
    else:
        return False
    addressees = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    authority = {t.value for t in AUTHORITY_TYPES}
    return not addressees or any(
        ((k := actors.resolve(a)) is not None and actors.actors[k].type in AUTHORITY_TYPES)
        or bool(authority & set(lexicon()["generic_actor_heads"].get(a.lower_, ())))
        for a in addressees
    )
