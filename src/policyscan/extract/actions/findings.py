"""Findings of a breach: "the court found that X had infringed Y's trademarks", "the regulator concluded that
X breached the law", "the commissioner found the police's use of the database illegal". The body that finds acts
against the party found in breach; no lexicon trigger sees it, because the breach verb is the party's own act.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import is_restriction
from policyscan.extract.actions.words import action_words, word_set
from policyscan.extract.patterns import inflect, lower_set
from policyscan.report import Direction, Status

COPULAS = {"is", "was", "are", "were", "be", "been"}


@cache
def _forms(key: str) -> frozenset[str]:
    return frozenset(f for lemma in word_set(key) for f in inflect(lemma))


def finding_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    """One frame per finding verb whose clause says a party broke a rule or acted unlawfully."""
    frames: list[Frame] = []
    for tok in doc:
        if tok.i in consumed or tok.pos_ != "VERB" or tok.lower_ not in _forms("finding_verbs"):
            continue
        found = _party_in_breach(tok)
        if found is not None:
            party, clause = found
            extra = [clause] if clause.lower_ not in COPULAS else []  # "found infringed", never "found was"
            kind = action_words()["finding_kind"]
            frames.append(Frame(tok, kind, Direction.TIGHTEN, Status.ENACTED, tok, party, extra=extra))
    return frames


def _party_in_breach(finding: Token) -> tuple[Token, Token] | None:
    """The subject of a breach clause under ``finding``; never a law or restriction ("found the ban unlawful" is
    a court striking something down, not a finding against a party)."""
    for clause in finding.children:
        if clause.dep_ == "ccomp" and not _negated(clause):
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or _rule_itself(subj):
                continue
            if clause.lower_ in _forms("breach_verbs"):
                return subj, clause  # "found that X had infringed ...", "ruled that X breached ..."
            if clause.lower_ in COPULAS and any(_unlawful(c) for c in clause.children if c.dep_ == "acomp"):
                return subj, clause  # "found that the use of the database was illegal"
        if clause.dep_ in ("ccomp", "oprd", "xcomp") and _unlawful(clause):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)  # "found X's use illegal"
            if subj is not None and not _rule_itself(subj):
                return subj, clause
    return None


def _unlawful(tok: Token) -> bool:
    return tok.lower_ in word_set("unlawful_words") and not any(c.dep_ == "neg" for c in tok.children)


def _negated(clause: Token) -> bool:
    return any(c.dep_ == "neg" for c in clause.children)


def _rule_itself(subj: Token) -> bool:
    if subj.pos_ == "PRON" and subj.lower_ == "it":
        return True  # "found that it breached the charter": "it" may be the law itself
    return is_restriction(subj) or subj.lower_ in lower_set("law_nouns")
