"""Small questions about tokens that every stage asks: the trigger verb lemma, the object of a verb,
whether a noun is a restriction or a trigger, whether a phrase is an amount of money.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from policyscan.extract.actions.antecedents import relative_antecedent
from policyscan.extract.actions.lists import from_list, restriction_list
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import (
    inflect,
    lexicon,
    lower_set,
    noun_lemma,
    sent_of,
    verb_forms,
)
from policyscan.report import Direction

CLIMB_DEPS = (
    "xcomp",
    "ccomp",
    "conj",
    "advcl",
    "acl",
    "pcomp",
    "relcl",
    "dobj",
    "pobj",
    "prep",
    "nsubjpass",
    "nsubj",
    "attr",
    "oprd",
    "appos",
)


VERB_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis", "dep"}


def verb_lemma(tok: Token) -> str | None:
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB") and not _tagged_adjective_verb(tok):
        return None
    return verb_forms().get(tok.lower_)


def _tagged_adjective_verb(tok: Token) -> bool:
    """ "it had disabled voice cloning": the small model tags the participle JJ, but it has a perfect
    auxiliary and an object, so it is the verb; "its decision to fine Tarn Systems Limited": an infinitive's
    "to" and an object make it the verb too; "the app was unblocked by the regulator": a by-agent makes it a
    passive participle, and so do a passive auxiliary and subject ("the cache servers were disabled")."""
    children = list(tok.children)
    return tok.pos_ == "ADJ" and (
        (
            any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have", "to") for c in children)
            and any(c.dep_ == "dobj" for c in children)
        )
        or any(c.dep_ == "agent" for c in children)
        or (any(c.dep_ == "auxpass" for c in children) and any(c.dep_ == "nsubjpass" for c in children))
    )


def misread_instrument(verb: Token) -> bool:
    """ "issued a circular barring ministries from ...": the small model reads the instrument noun as an adjective
    and the participle as a second one on the object noun; the participle is what the instrument does."""
    if verb.dep_ != "amod" or verb.tag_ != "VBG" or verb.i == 0 or verb.head.i < verb.i:
        return False
    return verb.doc[verb.i - 1].lower_ in word_set("misread_instrument_nouns")


def direct_object(verb: Token) -> Token | None:
    if misread_instrument(verb):
        return verb.head
    if _pronoun_recipient_relative(verb):
        return verb.head  # "a fine that the authority handed it": the relative pronoun stands for the fine
    for dep in ("dobj", "nsubjpass", "attr", "oprd"):
        for c in verb.children:
            if c.dep_ == dep:
                if c.lower_ in ("that", "which") and verb.dep_ == "relcl":
                    return relative_antecedent(verb, _object_fits(verb))
                return c
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VBN":
        return verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        if not any(c.dep_ in ("nsubj", "dobj") for c in verb.children):  # "banned by A and restricted by B"
            return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    small_clause = verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp")
    if small_clause and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj  # "ordered the ban lifted": the subject of a participle clause is what is acted on
    if _relative_clause(verb) and verb.head.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in verb.children):
        # "the proceedings the authority opened against X": a relative clause without "that"; "an inquiry that the
        # watchdog opened": the small model reads "that" as a conjunction and the clause as a noun's complement
        return relative_antecedent(verb, _object_fits(verb))
    if (reduced := _reduced_relative_subject(verb)) is not None:
        return reduced
    for c in verb.children:
        if c.dep_ in ("prep", "prt") and (
            c.lower_ in word_set("verb_object_preps") or (c.lower_ in word_set("particle_preps") and c.i == verb.i + 1)
        ):  # "switched off the adviser" parsed with "off" as a preposition (or a particle with an object): the verb's
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _relative_clause(verb: Token) -> bool:
    return verb.dep_ == "relcl" or (
        verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ in ("that", "which") for c in verb.children)
    )


def _object_fits(verb: Token) -> Callable[[Token], bool]:
    """Which nouns can be the object of ``verb`` when the object decides its act (flip, light, enact verbs)."""
    lemma = verb_forms().get(verb.lower_)
    cls = verb_entry(lemma)["class"] if lemma in lexicon()["verbs"] else None
    if cls == "flip":
        return lambda n: (
            is_restriction(n) or n.lower_ in word_set("revoked_permission_nouns") or n.lower_ in lower_set("law_nouns")
        )
    if cls == "light":  # "the moratorium on new approvals that it imposed": not the weak "approvals"
        return lambda n: noun_trigger(n) is not None and not lexicon()["nouns"][noun_lemma(n.lower_)].get("weak")
    if cls == "enact":
        return lambda n: n.lower_ in lower_set("law_nouns") or n.lower_ in lower_set("agreement_nouns")
    return lambda n: True


@cache
def _activity_forms() -> frozenset[str]:
    return frozenset(f for lemma in word_set("permitted_activities") for f in inflect(lemma))


def infinitive_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "allowed the company to go ahead", "allowed downloads to resume": the clause's subject and its verb, when
    the clause resumes or continues a business ("allowed users to create images" is what a product lets anyone do).
    """
    for c in verb.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.lower_ not in _activity_forms():
            continue
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if subj is not None and not any(t.lower_ in word_set("litigation_nouns") for t in subj.subtree):
                return subj, c  # never "allowed the authors' case to proceed": a court's procedure
    return None


def _reduced_relative_subject(verb: Token) -> Token | None:
    """ "upheld a fine against X levied last July by the agency": the small model reads the participle as a
    clause of its own with the fine as its subject; the noun right after the verb is the verb's object."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ not in ("VBD", "VBN") or c.i <= verb.i:
            continue
        if any(a.dep_ in ("dobj", "aux", "auxpass", "mark") for a in c.children):
            continue  # a clause of its own: "upheld the order after the agency fined X", "..., as it had ruled"
        subj = next((s for s in c.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"), None)
        if subj is not None and subj.left_edge.i == verb.i + 1 and any(a.dep_ == "agent" for a in c.children):
            return subj
    return None


def _pronoun_recipient_relative(verb: Token) -> bool:
    """ "the fine that X handed it": a relative "that" read as a mark, the recipient pronoun read as the object
    (never "complaints that it gave wrong answers", where "that" opens what the complaints say)."""
    if verb.dep_ != "relcl" or not any(
        c.lower_ in ("that", "which") and c.dep_ in ("dative", "mark") for c in verb.children
    ):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in word_set("object_pronouns") for c in verb.children)


def is_restriction(tok: Token | None) -> bool:
    if tok is None:
        return False
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    if lexicon()["nouns"].get(noun_lemma(tok.lower_), {}).get("needs_of") and noun_trigger(tok) is not None:
        return True  # "lifted the state of emergency"
    if tok.lower_ in word_set("held_law_nouns") and (_held_by_firm(tok) or words & word_set("number_code_words")):
        return False  # "suspended the importer-exporter code of Varuna Datatech", "the USSD short code": a number
    if bool(words & lower_set("restriction_nouns")) or tok.lower_ in lower_set("law_nouns") or restriction_list(tok):
        return True
    if words & word_set("restriction_modifiers"):
        return True  # "a mandatory labelling scheme" is a requirement whatever the noun
    # "the strict tier of the code", "key provisions of the act": a part of a restriction is one
    return tok.lower_ in word_set("part_nouns") and is_restriction(noun_object_of(tok))


def _held_by_firm(noun: Token) -> bool:
    """A code or number that a named firm or person holds ("the code of Varuna Datatech", "Varuna's code")."""
    holders = [c for c in noun.children if c.dep_ == "poss"]
    holders += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(h.pos_ == "PROPN" and h.ent_type_ in ("ORG", "PERSON") for h in holders)


def noun_object_of(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def noun_trigger(tok: Token | None) -> tuple[str, Direction] | None:
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = noun_lemma(tok.lower_)
    entry = lexicon()["nouns"].get(lemma)
    if entry is None:
        return None
    if entry.get("plural_only") and tok.lower_ == lemma:
        return None
    mods = entry.get("needs_modifier")
    if mods and not any(c.lower_ in mods for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
        return None
    of_words = entry.get("needs_of")
    if of_words and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in of_words for p in c.children) for c in tok.children
    ):
        return None  # "a state of emergency", not "the state"
    verbs = entry.get("only_after_verbs")
    if verbs and verb_forms().get(tok.head.lower_) not in verbs:
        return None  # "extended the deadline" loosens; "set a deadline" is no action
    about = entry.get("sought_about")
    if about and not (tok.head.lower_ in word_set("inviting_verbs") and _asks_whether(tok, about)):
        return None  # "seeking comments on whether the partnership is a merger": a merger inquiry, not any comment
    return entry["kind"], Direction(entry["direction"])


def _asks_whether(tok: Token, about: list[str]) -> bool:
    """A "whether" question after ``tok`` in its sentence that names one of ``about``."""
    after = [t.lower_ for t in sent_of(tok) if t.i > tok.i]
    asks = next((i for i, w in enumerate(after) if w == "whether"), None)
    return asks is not None and any(w in about for w in after[asks:])


def with_object(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def from_clause_object(tok: Token) -> Token | None:
    """What a from-clause keeps someone from: "blocked X from enforcing a law" (the law), "removed X from the
    Entity List" (the list)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pcomp":
                    return direct_object(p)
    return from_list(tok)


def noun_object(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in word_set("noun_object_preps"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def has_from(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)


CURRENCY = re.compile(r"^(?:[A-Z]{0,3}[$€£¥₹₩]|(?:US|S|A|C|NZ|HK)\$)")


def is_money(tok: Token) -> bool:
    """The object is an amount of money itself ("S$45 million", "€30m"), not a thing that costs money."""
    if tok.ent_type_ == "MONEY" or CURRENCY.match(tok.text):
        return True
    near = [t for t in tok.subtree if abs(t.i - tok.i) <= 3]
    return (
        any(CURRENCY.match(t.text) or t.lower_ in word_set("currency_words") for t in near)
        and tok.like_num is not None
        and (tok.lower_ in word_set("amount_words") or tok.like_num)
    )


def raised_subject(node: Token, tok: Token) -> Token | None:
    """ "The ministry is set to ban X", "is expected to lift": the subject of the passive participle
    (``raising_participles``) is the one who will act, for the verb right under it only: not "are expected to
    review it and decide whether to block X"."""
    if tok.head.i != node.i or tok.dep_ != "xcomp" or node.lower_ not in word_set("raising_participles"):
        return None
    return next((c for c in node.children if c.dep_ == "nsubjpass"), None)
