"""Wording that names an action the clause's subject does not take (issue 11, precision, eighth round).

One call from ``find.find_actions`` after the agent is known; each test says why with an invented example:

- a pending condition: "ordered X to stop until it introduces human review" (what X must do first);
- a law's content told with "it": "The law was passed in March. It also limits access" (what the law says);
- an instrument's authorship: "a regulation drafted by the premier's office" (who wrote it, not an event);
- an event only appraised: "the council called the ban a turning point" (a comment on another's ban);
- an obligation laid on a party that is no authority: "Kestrel must also remove the files" (the court's or
  regulator's order, told from the obliged side);
- a passive with its own patient credited to a company named in the clause before ("that providers had been
  told to unblock the app");
- a company's business move: "Zentra is postponing its stock market debut", "agreed to invest $4 billion".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from policyscan.extract.actions.pleas import AUTHORITY_TYPES
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import inflect, lower_set, verb_forms
from policyscan.report import ActorType

PRESENT_TAGS = ("VBZ", "VBP", "VB")


@cache
def _forms(key: str) -> frozenset[str]:
    return frozenset(f for lemma in word_set(key) for f in inflect(lemma))


def not_acting(frame: Frame, actor_type: ActorType, subject: Token | None = None) -> bool:
    tok = frame.trigger
    if pending_condition(tok) or authorship(tok) or appraised(tok) or law_said(subject):
        return True
    if actor_type in AUTHORITY_TYPES:
        return False
    return obliged(tok) or borrowed_subject(tok, subject) or (actor_type == ActorType.COMPANY and business_move(frame))


def obliger(frame: Frame, first: str, actors: ActorIndex) -> str:
    """ "The company must remove the profiles, the judge wrote", "the office said Kestrel must delete the data":
    an obligation an authority reports is that authority's act; told by nobody, ``obliged`` drops it."""
    if actors.actors[first].type in AUTHORITY_TYPES or not obliged(frame.trigger):
        return first
    node = frame.trigger
    for _ in range(3):
        if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head == node:
            break
        node = node.head
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None and (k := actors.resolve(subj)) and actors.actors[k].type in AUTHORITY_TYPES:
            return k
    return first


def pending_condition(tok: Token) -> bool:
    """ "until it introduces meaningful human review", "once the firm adds age checks": a present-tense clause
    under a pending mark is a condition still to be met. A past one ("until the ministry lifted it") is told."""
    node = tok
    for _ in range(3):
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and marks & word_set("pending_marks"):
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children)
            return node.tag_ in PRESENT_TAGS or modal
        if node.dep_ not in ("xcomp", "conj") or node.head == node:
            return False
        node = node.head
    return False


def law_said(subject: Token | None) -> bool:
    """ "The law was passed in March. It also limits access for under-14s": "it" is the law the sentence before
    is about, and what a law says is its content, not a new act of the body the pronoun fell to."""
    if subject is None or subject.lower_ != "it":
        return False
    sent = subject.sent
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in subject.doc[sent.start : subject.i]) or sent.start == 0:
        return False  # "it" is not the sentence's first subject
    before = subject.doc[sent.start - 1].sent
    root = before.root
    told = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(told) and told[0].lower_ in lower_set("law_nouns") | word_set("law_like_subjects")


def authorship(tok: Token) -> bool:
    """ "a regulation drafted by the Prime Minister's office": a participle naming who wrote an instrument."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lower_ in _forms("authorship_verbs")


def appraised(tok: Token) -> bool:
    """ "called the ban a turning point", "hailed the fine": a known event named only as what is judged."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubj"):
        return False
    if not any(c.dep_ in ("det", "poss") for c in tok.children):
        return False  # "called for a ban" and "called a ban" without a known event are not this
    return tok.head.lower_ in _forms("appraising_verbs") and tok.head.pos_ == "VERB"


def obliged(tok: Token) -> bool:
    """ "Kestrel must also remove the files", "the firm is required to delete the data": the obliged party."""
    if any(c.dep_ == "aux" and c.lower_ in word_set("obligation_modals") for c in tok.children):
        return True
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lower_ in _forms("obliging_verbs")
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def borrowed_subject(tok: Token, subject: Token | None) -> bool:
    """ "said Cendana had registered and that providers had been told to unblock it": a passive with its own
    patient and no by-agent names no agent; the subject of the clause before it did not tell anyone."""
    if subject is None or subject.head == tok or subject.head.lower_ in _saying():
        return False  # "Kestrel said its app had been withdrawn": the speaker's own step stays its own
    if subject.dep_ != "nsubj" or tok.dep_ not in ("conj", "ccomp"):
        return False  # "Colorado's bill, which was signed into law": a possessor names the bill's own state
    children = list(tok.children)
    return (
        any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "nsubjpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


@cache
def _saying() -> frozenset[str]:
    return word_set("saying_forms") | word_set("reporting_forms") | _forms("reporting_verbs")


def business_move(frame: Frame) -> bool:
    """A company's own listing, investment or deal ("postponing its debut", "an agreement to invest")."""
    if frame.kind not in word_set("business_kinds"):
        return False
    if verb_forms().get(frame.trigger.lower_) in word_set("business_verbs"):
        return True  # "Kestrel invested $4 billion in Pellow"
    if frame.object_token is None:
        return False  # "a state bank led a funding round" stays: only what the move is about decides
    words = {t.lower_ for t in frame.object_token.subtree}
    return bool(words & (word_set("business_nouns") | _forms("business_verbs")))
