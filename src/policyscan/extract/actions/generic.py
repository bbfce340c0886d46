"""Generic statements that tell no single event: a power ("the authority can order processing to stop and
impose fines"), a habit ("Kestria has restricted online platforms before") and a membership ("Kestria is one of
several countries in the region to restrict AI tools in government").

Each is about what a body may do or has done in general; the event of the story, when there is one, is told in
its own sentence. A past membership ("was one of the first countries to ban X", "became ...") still tells when
the act happened and is kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set

_SUBJECTS = ("nsubj", "nsubjpass")
_PRESENT_COPULAS = ("is", "are", "'s", "'re")
_PRESENT_PERFECT = ("has", "have", "'s", "'ve")
_MAX_STEPS = 5
_JOINED = ("conj", "advcl", "xcomp")


def generic_statement(tok: Token) -> bool:
    """The trigger states a power, a habit or a membership, not one event."""
    return stated_power(tok) or habit(tok) or membership(tok)


def stated_power(tok: Token) -> bool:
    """ "can ... impose fines", also a verb joined to the modal verb ("can order X to stop and impose fines")."""
    modals = word_set("capability_modals")
    cur = tok
    for _ in range(_MAX_STEPS):
        if any(c.dep_ == "aux" and c.lower_ in modals for c in cur.children):
            return True
        if any(c.dep_ in _SUBJECTS or (c.dep_ == "aux" and c.lower_ != "to") for c in cur.children):
            return False  # a verb with its own subject or auxiliary has its own mood
        if cur.dep_ not in _JOINED or cur.head == cur:
            return False
        cur = cur.head  # "can order processing to stop and impose fines": the parser chains conj, advcl, xcomp
    return False


def habit(tok: Token) -> bool:
    """A present perfect with a bare "before" and no date: what a body has done on other occasions."""
    perfect = any(c.dep_ == "aux" and c.lower_ in _PRESENT_PERFECT for c in tok.children)
    if not perfect or any(t.ent_type_ == "DATE" for t in tok.subtree):
        return False  # "has blocked apps before, during the 2021 protests" dates one past event
    return any(
        c.dep_ == "advmod" and c.lower_ in word_set("habit_adverbs") and not list(c.children) for c in tok.children
    )


def membership(tok: Token) -> bool:
    """The trigger describes a class its subject is said (in the present) to belong to: "is one of several
    countries to restrict", "are among the states that have banned"; a dated act ("... that banned X in 2023")
    is kept."""
    if any(t.ent_type_ == "DATE" for t in tok.subtree):
        return False
    cop = tok.head
    for _ in range(_MAX_STEPS):
        if cop.pos_ in ("AUX", "VERB") and cop.lower_ in _PRESENT_COPULAS:
            break
        if cop.head == cop:
            return False
        cop = cop.head
    else:
        return False
    if cop.lower_ not in _PRESENT_COPULAS:
        return False
    heads = word_set("membership_heads")
    nouns = word_set("member_nouns")
    for child in cop.children:
        if child.dep_ in ("attr", "prep") and child.lower_ in heads:
            if any(t.lower_ in nouns and t.i < tok.i for t in child.subtree):
                return True
    return False
