"""Who acts: climb from a trigger to its subject, passive agent, governing verb or possessor."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.syntax import CLIMB_DEPS, VERB_DEPS
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.ai_models import ModelIndex
from policyscan.extract.patterns import (
    lexicon,
    lower_set,
    sent_of,
    status_verb_forms,
    verb_forms,
)
from policyscan.report import ActorType

AUTHORITY_TYPES = {
    ActorType.GOVERNMENT,
    ActorType.AGENCY,
    ActorType.REGULATOR,
    ActorType.LEGISLATURE,
    ActorType.COURT,
    ActorType.INTERNATIONAL,
}


def subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def noun_agent(noun: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    """ "Italy's ban", "an FTC probe", "a probe by X", "X is weighing a ban"."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and c.i not in models.token_key and (k := actors.resolve(c)):
            return k
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if (k := actors.resolve(p)) is not None:
                    return k
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        light = verb_forms().get(head.lower_)
        if status_verb_forms().get(head.lower_) or (light and verb_entry(light)["class"] == "light"):
            return find_agent(head, actors, models)
    if noun.lower_ in lexicon()["loosen_nouns"] and noun.dep_ in ("nsubj", "nsubjpass"):
        return reporter(noun, actors, models)  # "DSIT said that the lifting of the requirement would apply"
    return None


def shallow_agent(tok: Token, actors: ActorIndex) -> str | None:
    """The parser missed the verb ("Gov. X on Tuesday barred ..." as an adjective): nearest actor to the left."""
    for t in reversed(tok.doc[sent_of(tok).start : tok.i]):
        if tok.i - t.i > 10 or t.pos_ == "VERB":
            break
        if (k := actors.key_at(t)) is not None:
            return k
    return None


def under_agent(verb: Token, actors: ActorIndex) -> str | None:
    """An agentless participle done "under" a named government or official."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "under":
            for p in c.children:
                k = actors.resolve(p) if p.dep_ == "pobj" else None
                if k and actors.actors[k].type in AUTHORITY_TYPES | {ActorType.PERSON}:
                    return k
    return None


def reporter(tok: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    node = tok
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        lemma = status_verb_forms().get(node.lower_) or verb_forms().get(node.lower_)
        if lemma in word_set("reporting_verbs") or node.lower_ in word_set("reporting_forms"):
            subj = subject_of(node)
            return actors.resolve(subj) if subj is not None else None
    return None


def find_agent(tok: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    """Climb from a trigger to the actor: subject, passive agent, governing verb, possessor."""
    if tok.pos_ == "NOUN" and not tok.tag_.startswith("VB"):
        return noun_agent(tok, actors, models)
    if tok.tag_ == "VBD" and tok.dep_ not in VERB_DEPS:
        return shallow_agent(tok, actors)
    if (lemma := verb_forms().get(tok.lower_)) and verb_entry(lemma).get("patient_subject"):
        return reporter(tok, actors, models)
    node = tok
    for _ in range(6):
        if (node.pos_ in ("NOUN", "PROPN") and node.i != tok.i) or node.pos_ == "NOUN":
            for c in node.children:
                if c.dep_ == "poss" or (c.dep_ == "compound" and actors.key_at(c)):
                    k = actors.resolve(c)
                    if k and c.i not in models.token_key:
                        return k
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        if (k := actors.resolve(p)) is not None:
                            return k
        else:
            subj = subject_of(node)
            if subj is None and node.i == tok.i and tok.tag_ == "VBN" and (k := under_agent(tok, actors)):
                return k  # "restrictions imposed under the previous administration"
            if subj is not None:
                if subj.i in models.token_key:
                    subj = None
                else:
                    k = actors.resolve(subj)
                    if k:
                        return k
                    if subj.lower_ in ("which", "that", "who") and node.dep_ == "relcl":
                        k = actors.resolve(node.head)
                        if k is None and node.head.lower_ not in lower_set("law_nouns"):
                            k = noun_agent(node.head, actors, models)  # "a ruling by the court that upheld ..."
                        if k:
                            return k  # never "an order that imposes a ban": what an instrument says is not new
                    if node.i == tok.i and subj.head.dep_ == "agent":
                        return None  # "a lawsuit filed by three authors": the named agent is not someone else
                    if node.dep_ not in ("ccomp", "advcl", "xcomp", "pcomp", "acl", "conj"):
                        return None
        if node.dep_ in CLIMB_DEPS and node.head is not node:
            node = node.head
            continue
        break
    if is_passive(tok):
        # "Anthropic was ordered to block ...": an unnamed agent acting on a named company or model
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and (actors.resolve(patient) or patient.i in models.token_key):
            return actors.recent(tok.i, AUTHORITY_TYPES)
    return None
