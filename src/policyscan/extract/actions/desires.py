"""What one party wants another to do is neither's action: "the government wants the Senate to pass the bill",
"Kestrel Labs wants the regulator to lift the ban", "the ministry expects parliament to approve the rules". The
embedded clause has its own subject and a "to"; "the ministry wants to ban the app" (its own plan) stays a
proposal."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set


def wanted_of_another(tok: Token) -> bool:
    if tok.dep_ != "ccomp" or tok.head.lower_ not in word_set("desire_verbs"):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    return own_subject and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
