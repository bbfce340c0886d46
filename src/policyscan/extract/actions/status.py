"""How firm an action is: governing status verbs, modals, negation and hedges only ever weaken it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from policyscan.extract.actions.advice import told_advice
from policyscan.extract.actions.challenges import rejects_challenge
from policyscan.extract.actions.content import authored
from policyscan.extract.actions.done_reports import reports_done
from policyscan.extract.actions.governing import hedge_adjective
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.tense import own_tense
from policyscan.extract.actions.time_left import time_left_to
from policyscan.extract.actions.words import action_words, status_noun, word_set
from policyscan.extract.patterns import (
    lexicon,
    status_verb_forms,
    verb_forms,
)
from policyscan.report import STATUS_RANK, Status


def find_status(frame: Frame) -> Status:
    if _negative_subject(frame.trigger):
        return Status.DENIED  # "Neither authority imposed a fine", "None of the regulators has fined X"
    best = _own_status(frame)
    done_so = _do_so(frame.trigger) if best in (Status.CONSIDERED, Status.PROPOSED) else None
    if done_so is not None and _own_status(replace(frame, trigger=done_so, object_token=None)) == Status.DENIED:
        return Status.DENIED  # "asked whether it would block the app, the minister said there were no plans to do so"
    return best


def _negative_subject(verb: Token) -> bool:
    """The subject says nobody acted: "neither X nor Y", "no regulator", "none of the agencies"."""
    words = word_set("negative_subject_words")
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in words or any(g.dep_ in ("det", "preconj") and g.lower_ in words for g in subject.children):
            return True
    return False


def _do_so(trigger: Token) -> Token | None:
    """A later "do so" in the same sentence that stands for the trigger's action."""
    sent = trigger.sent
    for t in sent:
        if t.i > trigger.i and t.lower_ in ("do", "doing") and any(c.lower_ == "so" for c in t.children):
            return t
    return None


def _own_status(frame: Frame) -> Status:
    if frame.agent_from is not frame.trigger and told_advice(frame.trigger):
        return _own_status(replace(frame, trigger=frame.agent_from, object_token=None))  # the advice's own status
    status = frame.status
    node = frame.trigger
    lex = lexicon()
    status_forms = status_verb_forms()
    best = status
    obj = frame.object_token
    came_from: Token | None = None
    if obj is not None and any(
        c.dep_ in ("amod", "compound") and c.lower_ in word_set("draft_modifiers") for c in obj.children
    ):
        best = worse(best, Status.PROPOSED)  # "published draft rules", "the proposed ban"
    if best != Status.DENIED and _conditioned_on_target(node):
        best = Status.THREATENED  # "may fine X if the company fails to ...", "will block it unless ..."
    for depth in range(5):
        for c in node.children:
            if c.dep_ == "aux" and c.lower_ in lex["hedge_modals"]:
                best = worse(best, Status(lex["hedge_modals"][reported_modal(node, c)]))
            if c.dep_ == "neg" and depth == 0 and node.i == frame.trigger.i:
                best = Status.DENIED
            if c.lower_ in ("whether", "if") and c.dep_ == "mark" and depth <= 1:
                best = worse(best, Status.CONSIDERED)  # "to decide whether to clear the deal"
        if time_left_to(node):
            best = worse(best, Status.CONSIDERED)  # "has until October 12 to sign or veto the bill"
        if depth > 0 or node.i != frame.trigger.i:
            lemma = status_forms.get(node.lower_) if node.pos_ not in ("NOUN", "PROPN") else None  # "draft rules",
            # "a Final Rule adding X" rule nothing out
            if lemma and lex["status_verbs"][lemma] == Status.DENIED.value and rejects_challenge(node):
                lemma = None  # "rejected X's objections to the fine imposed by Y": the fine stands
            if lemma and not reports_done(lemma, came_from):
                governing = Status(lex["status_verbs"][lemma])
                if governing == Status.THREATENED and best == Status.CONSIDERED:
                    best = governing  # "warned that it could ban X": the hedge is the threat
                best = worse(best, governing)
                if any(c.dep_ == "neg" for c in node.children) and lemma not in word_set("self_negating_status_verbs"):
                    best = Status.DENIED
            noun = status_noun(node.lower_)
            if noun and node.pos_ == "NOUN":
                best = worse(best, Status(lex["status_nouns"][noun]))
                if any(c.lower_ == "no" for c in node.children):
                    best = Status.DENIED  # "had no plans to restrict"
            if any(c.lower_ == "yet" and c.dep_ == "advmod" for c in node.children) and node.pos_ in ("VERB", "AUX"):
                best = worse(best, Status.PROPOSED)  # "has yet to pass it"
            if (hedged := hedge_adjective(node)) is not None:
                best = worse(best, Status(hedged))
        if (
            node.dep_ in ("xcomp", "ccomp", "dobj", "acl", "pcomp", "pobj", "prep", "nsubjpass", "acomp", "conj")
            or (node.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))
        ) and node.head != node:  # "calls to ban" parsed as a relative clause is still a complement
            if node.dep_ == "conj" and depth == 0:
                node = node.head.head if own_tense(node) and node.head.dep_ == "ccomp" else node.head
                continue  # "said it would appeal and that it had suspended X": not the appeal's "would"
            if node.dep_ == "acl" and authored(node.head):
                break  # "refused to suspend a directive from the ministry requiring X": the directive stands
            if depth == 0 and node.i == frame.trigger.i and _done_by_agent(node):
                break  # "argued that it owed nothing under a penalty issued by X": the penalty was issued
            came_from, node = node, node.head
        else:
            break
    return best


def reported_modal(verb: Token, modal: Token) -> str:
    """ "said the ministry would restrict ...": reported speech shifts "will" back to "would"."""
    shifted = action_words()["reported_future"].get(modal.lower_)
    if shifted is None or verb.dep_ != "ccomp" or any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
        return modal.lower_  # "would have taken effect" stays hypothetical
    head = verb.head
    lemma = status_verb_forms().get(head.lower_) or verb_forms().get(head.lower_)
    if lemma in word_set("reporting_verbs") and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children
    ):
        return shifted
    return modal.lower_


def worse(a: Status, b: Status) -> Status:
    return b if STATUS_RANK[b] > STATUS_RANK[a] else a


def _conditioned_on_target(verb: Token) -> bool:
    """A hedged action held over someone: "unless X complies", "if the firm does not / fails to ..."."""
    if not any(c.dep_ == "aux" and c.lower_ in lexicon()["hedge_modals"] for c in verb.children):
        return False
    for c in verb.children:
        mark = next((m.lower_ for m in c.children if m.dep_ == "mark"), None)
        if c.dep_ != "advcl" or mark not in ("if", "unless"):
            continue
        if mark == "unless" or any(m.dep_ == "neg" for m in c.children) or c.lower_ in word_set("noncompliance_verbs"):
            return True
    return False


def _done_by_agent(participle: Token) -> bool:
    """ "a penalty issued by the commissioner", "the ban imposed by the office in May": a past participle on a
    noun, with its agent, tells a done act whatever the clause around the noun hopes or argues; "any fine imposed
    by the court" is no particular act."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in participle.children):
        return False
    if any(
        c.dep_ == "det" and c.lower_ in word_set("negative_subject_words") | {"any", "every"}
        for c in participle.head.children
    ):
        return False
    return any(c.dep_ == "agent" for c in participle.children)
