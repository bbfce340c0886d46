"""Wording that tells no event of its own.

- A standing rule of the speaker's own: "Kestrel said its terms of use ban political impersonation", "its usage
  policy prohibits medical advice". The present tense on the body's own document states what has long held;
  "its *new* policy bans political ads" (``new_rule_modifiers``) is a change and stays.
- A step promised only before or until another: "would require identity checks before restoring it": the
  restoring depends on the checks, it is no plan of its own ("blocked the app before restoring it on
  Friday", in the past, is told as done and stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import lexicon

_OWN = ("its", "their", "our", "his", "her")


def standing_own_rule(verb: Token) -> bool:
    if verb.tag_ not in ("VBZ", "VBP", "VB") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ not in word_set("own_rule_nouns"):  # "its terms of use ban": a bare VB, no aux
            continue
        own = any(c.dep_ == "poss" and c.lower_ in _OWN for c in subject.children)
        changed = any(c.lower_ in word_set("new_rule_modifiers") for c in subject.children)
        if own and not changed:
            return True
    return False


def pending_step(verb: Token) -> bool:
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("before", "until", "till") or prep.head == prep:
        return False
    return any(c.dep_ == "aux" and c.lower_ in lexicon()["hedge_modals"] for c in prep.head.children)
