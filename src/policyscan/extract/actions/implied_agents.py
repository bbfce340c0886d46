"""Agents the parse does not hand over: a pronoun in a relative clause on a possessed noun, an agentless past
passive in a story of one public body, a by-agent hung on the object of an event noun.

"the ministry's order against Kestrel, which it lifted": the ministry; "The Quillon app was blocked on March 3."
after the one regulator is named: the regulator (``agents.sole_authority``); "the suspension of the Quillon
chatbot ordered by the authority": the authority, though the participle hangs on "chatbot".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from policyscan.extract.actions.pleas import AUTHORITY_TYPES
from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import lower_set, sent_of

_PAST_PASSIVE = ("was", "were", "been")


def told_done(verb: Token, patient: Token | None) -> bool:
    """``verb`` is a past passive without agent or negation whose subject ``patient`` is a thing named by a noun;
    a rule's content in the present ("the use of X is not allowed") and a denial are no such act."""
    return (
        patient is not None
        and patient.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "auxpass" and c.lower_ in _PAST_PASSIVE for c in verb.children)
        and not any(c.dep_ in ("agent", "neg") for c in verb.children)
    )


def agentless_done(verb: Token) -> bool:
    """ "Broadband was restored on 23 July": ``told_done`` on the verb's own passive subject."""
    return told_done(verb, next((c for c in verb.children if c.dep_ == "nsubjpass"), None))


def pronoun_owner(verb: Token, subject: Token, resolve: Callable[[Token], str | None]) -> str | None:
    """ "the ministry's order against Kestrel, which it lifted in May": a pronoun subject of a relative clause on
    a possessed noun is its possessor (the actor ``resolve`` names), not the nearer name the clause hangs on."""
    if verb.dep_ != "relcl" or subject.lower_ not in word_set("speaker_pronouns"):
        return None
    from policyscan.extract.actions.syntax import direct_object  # syntax imports this module

    antecedent = direct_object(verb)
    if antecedent is None or antecedent.i == verb.head.i:
        return None
    owner = next((c for c in antecedent.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    return resolve(owner) if owner is not None else None


def nested_by_agent(noun: Token) -> Token | None:
    """ "the block on X ordered by the office", "the suspension of the Quillon chatbot ordered by the authority": an
    act participle (data ``noun_act_participles``) with a by-agent on the event noun or on a noun one or two
    prepositions below it; never below on a law, licence or other instrument ("an inquiry into licences issued
    by the ministry")."""
    frontier = [noun]
    for depth in range(3):
        for obj in frontier:
            if depth and (obj.lower_ in lower_set("law_nouns") or obj.lower_ in word_set("permission_nouns")):
                continue
            for part in obj.children:
                if part.dep_ == "acl" and part.tag_ == "VBN" and part.lower_ in word_set("noun_act_participles"):
                    agent = next((a for a in part.children if a.dep_ == "agent"), None)
                    if agent is not None:
                        return next((p for p in agent.children if p.dep_ == "pobj"), None)
        frontier = [p for n in frontier for c in n.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return None


def according_to(verb: Token, resolve: Callable[[Token], str | None]) -> str | None:
    """ "Kestrel Labs was fined on March 3, according to the data authority": an agentless passive whose sentence
    gives its source; the source told it of its own act (``resolve`` names only authorities)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for t in sent_of(verb):
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            source = next((p for p in t.doc[t.i + 1].children if p.dep_ == "pobj"), None)
            if source is None:
                source = next((p for c in t.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"), None)
            if source is not None:
                return resolve(source)
    return None


def authority(actors: ActorIndex) -> Callable[[Token], str | None]:
    """A resolver that names only public bodies (a source that is a company or a person tells, it does not act)."""

    def resolve(tok: Token) -> str | None:
        k = actors.resolve(tok)
        return k if k is not None and actors.actors[k].type in AUTHORITY_TYPES else None

    return resolve


def requested(verb: Token) -> bool:
    """ "The app was blocked on March 3 at the request of the police": whoever asked for an agentless act did not
    do it (the asker's request is its own mention); the act is the body the story has been telling of."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in word_set("requester_preps"):
            continue
        for p in c.children:
            if p.dep_ == "pobj" and p.lower_ in word_set("requester_nouns"):
                if any(g.dep_ == "prep" and g.lower_ in word_set("author_preps") for g in p.children):
                    return True
    return False
