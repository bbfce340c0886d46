"""A policy moved from one standard to another: "changed its licensing policy from a presumption of denial to
case-by-case review" loosens, "replaced case-by-case review with a presumption of denial" tightens.

The verb alone says nothing ("changed its policy"); the two standards named by its "from"/"to" (or its object
and "with") decide, from the word lists ``restrictive_standards`` and ``permissive_standards``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from policyscan.extract.actions.content import unframed_content
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import action_words, word_set
from policyscan.extract.patterns import inflect, tokens_in
from policyscan.report import Direction, Status


@cache
def _shift_forms() -> frozenset[str]:
    return frozenset(f for lemma in word_set("shift_verbs") for f in inflect(lemma))


def _pobj(verb: Token, prep: str) -> Token | None:
    """The object of the first ``prep`` in the verb's own clause that names a standard ("for chips from
    Lirania from a presumption of denial": the second); the parser may hang it on any noun before."""
    found = None
    for t in verb.subtree:
        if t.dep_ == "prep" and t.lower_ == prep and t.i > verb.i and _own_clause(t, verb):
            p = next((p for p in t.children if p.dep_ == "pobj"), None)
            if p is not None and _standard(p) is not None:
                return p
            found = found or p
    return found


def _own_clause(tok: Token, verb: Token) -> bool:
    node = tok
    while node.i != verb.i:
        if node.dep_ in ("relcl", "ccomp", "advcl", "acl", "xcomp", "conj") or node.head == node:
            return False
        node = node.head
    return True


def _standard(tok: Token | None) -> str | None:
    """ "restrictive", "permissive" or None for the phrase under ``tok``."""
    if tok is None:
        return None
    text = " ".join(t.lower_ for t in tok.subtree).replace(" - ", "-")
    words = set(text.split())
    if words & word_set("restrictive_standards"):
        return "restrictive"
    if words & word_set("permissive_standards"):
        return "permissive"
    return None


def policy_shift_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    frames: list[Frame] = []
    for i in tokens_in(doc, _shift_forms()):
        verb = doc[i]
        if i in consumed or verb.pos_ not in ("VERB", "AUX"):
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if (old := _pobj(verb, "from")) is not None:
            new = _pobj(verb, "to")
        else:  # "replaced the presumption of denial with case-by-case review"
            old, new = obj, _pobj(verb, "with")
        moves = (_standard(old), _standard(new))
        if moves == ("restrictive", "permissive"):
            kind, direction = action_words()["shift_loosen_kind"], Direction.LOOSEN
        elif moves == ("permissive", "restrictive"):
            kind, direction = action_words()["shift_tighten_kind"], Direction.TIGHTEN
        else:
            continue
        extra = [t for t in (old, new) if t is not None]
        frames.append(Frame(verb, kind, direction, Status.ENACTED, _agent_from(verb), obj or old, extra=extra))
        consumed.add(i)
        consumed.update(t.i for std in (old, new) if std is not None for t in std.subtree)  # not a ban of its own
    return frames


def _agent_from(verb: Token) -> Token:
    """ "issued a final rule in January, which changed ...": the parser hangs the relative clause on the date; the
    instrument's issuer acts (as for "issued a decree that bans ...")."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return verb
    head = verb.head
    if head.ent_type_ == "DATE" and head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    return head.head if unframed_content(verb) else verb
