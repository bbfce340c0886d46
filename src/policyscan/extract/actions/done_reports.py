"""A finished act told under "announce": "announced on Monday that it had banned X" is enacted, not announced.

"announced it would ban X" and "announced plans to ban X" stay announced (a modal, a noun): only a complement
clause with its own subject whose verb is in the past or perfect tells an act already done.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import lexicon


def reports_done(lemma: str, clause: Token | None) -> bool:
    """``clause`` is the complement the status verb ``lemma`` governs: does it tell a finished act?"""
    if clause is None or lemma not in word_set("done_report_verbs") or clause.dep_ != "ccomp":
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a in lexicon()["hedge_modals"] or a in word_set("future_auxiliaries") for a in auxes):
        return False
    if clause.tag_ == "VBD":
        return True
    perfect = word_set("perfect_auxiliaries") | word_set("pluperfect_auxiliaries")
    return clause.tag_ == "VBN" and any(a in perfect for a in auxes)
