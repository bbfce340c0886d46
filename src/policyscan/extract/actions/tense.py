"""The tense an action is told in: done ("has banned", "banned"), future ("will ban"), or said in the past."""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract.actions.earlier import pluperfect
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import lexicon, status_noun, word_set
from policyscan.report import Status


def date_is_past(span: Span) -> bool | None:
    """The tense of the verb the DATE phrase hangs on: "became more complicated on Monday, when the ministry
    announced it would require ..." is a past Monday even though "require" is future."""
    node = span.root
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in word_set("future_auxiliaries") for c in node.children):
                return False
            if node.tag_ == "VBD" or perfect(node):
                return True
            if node.tag_ == "VBN" and node.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" for c in node.children):
                return True  # "the rule, issued in January, would have ...": the participle's January is past
            return None
        if node.head.i == node.i:
            break
    return None


def told_as_past(frame: Frame) -> str | None:
    """ "perfect" for an event told in the present perfect ("has banned", "said it has blocked"), "past" for the
    simple past ("banned", "said it would block"): something that already happened or was already said,
    so never dated after publication; "progressive" for the present progressive ("is pausing"), under way
    as the story is told; "earlier" for a past perfect in a clause on a noun, older than the clause around it.
    None otherwise."""
    node = frame.trigger
    if pluperfect(node):
        return "earlier"  # "lifted the ban it had imposed": before the clause around it, not the story's recent past
    if node.pos_ == "ADJ" and (misread := _misread_participle(node)) is not None:
        return misread
    via_clause = False  # a noun in a prepositional phrase is told with the verb above only for a clause on it
    for _ in range(5):
        auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
        if auxes & word_set("future_auxiliaries") and "have" in auxes:
            return None  # "would have taken effect": a counterfactual, not a done event
        if perfect(node):
            return "perfect"
        if node.tag_ == "VBD":
            return "past"
        if progressive(node):
            return "progressive"
        if node.head.i == node.i or not (
            node.dep_ in ("xcomp", "ccomp", "conj", "dobj", "advcl")
            or (node.dep_ in ("pobj", "prep") and via_clause)
            or (node.dep_ == "acl" and node.tag_ == "VB")
        ):  # "said it has no plans to ban": the infinitive on "plans" is told with "said"; so is "said in a
            # notice that it would require" (the clause on "notice", the notice on "said")
            break
        via_clause = via_clause or node.dep_ == "acl"
        node = node.head
    return "past" if decided(frame.trigger) else None


def _misread_participle(node: Token) -> str | None:
    """ "told reporters that the company had disabled voice cloning": the small model reads the participle as an
    adjective on the next noun (and "had" as the clause's verb or the participle's auxiliary), but the auxiliary
    still tells the tense (a past perfect here is the reported past, as in "said it had disabled")."""
    auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
    before = node.i - 1
    while before > 0 and node.doc[before].pos_ == "ADV":
        before -= 1
    if before >= 0 and node.dep_ == "amod":  # or "had" read as the main verb, its object the noun after
        auxes.add(node.doc[before].lower_)
    if auxes & word_set("perfect_auxiliaries"):
        return "perfect"
    return "past" if auxes & word_set("pluperfect_auxiliaries") else None


def told_after(trigger: Token) -> bool:
    """ "It has since lifted the fine", "the office later opened an inquiry": told as after the event just before
    it, so that event's date is not this one's."""
    node = trigger
    for _ in range(2):
        if any(c.dep_ == "advmod" and c.lower_ in word_set("after_adverbs") for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    return False


def decided(trigger: Token) -> bool:
    """ "Newsom's decision to veto the bill", "the ministry's move to block the app": a decision already taken
    (a status noun that enacts), unless a future verb governs it or it is denied ("no decision to")."""
    noun = trigger.head
    if not (trigger.dep_ == "acl" and trigger.tag_ == "VB" and noun.pos_ == "NOUN"):
        return False
    word = status_noun(noun.lower_)
    if word is None or lexicon()["status_nouns"][word] != Status.ENACTED.value:
        return False
    if any(c.lower_ == "no" for c in noun.children):
        return False
    verb = noun.head
    return not any(c.dep_ == "aux" and c.lower_ in word_set("future_auxiliaries") for c in verb.children)


def progressive(node: Token) -> bool:
    """ "Meta is pausing its plans", "the regulators are investigating X": happening as the story is told."""
    return node.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in word_set("present_progressive_auxiliaries") for c in node.children
    )


def perfect(node: Token) -> bool:
    return node.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in word_set("perfect_auxiliaries") for c in node.children
    )


def said_in_past(span: Span) -> bool:
    """ "announced on Tuesday that the rules will be delayed": the date belongs to a past reporting verb."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.tag_ == "VBD"


def own_tense(node: Token) -> bool:
    """ "said it would appeal and that it had already suspended X": a conjunct with its own subject and auxiliary
    keeps its own tense, never the modal of the verb it is joined to."""
    return (
        node.dep_ == "conj"
        and any(c.dep_ == "aux" for c in node.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    )


def is_future(frame: Frame, status: Status) -> bool:
    node = frame.trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in word_set("future_auxiliaries") for c in node.children):
            return True
        if node.head == node or own_tense(node):
            break
        node = node.head
    return status in (Status.PROPOSED, Status.ANNOUNCED) and frame.trigger.tag_ in ("VB", "VBP", "VBZ")
