"""What a rule says, not what a body did (issue 11, precision, ninth round).

- A power a law confers: "Section 12 of the act allows the office to apply for an order requiring a company to
  suspend or prohibit the processing": the suspending is what the office may one day seek. The verb of
  conferring (``power_verbs``) has a law or one of its parts as subject, never a body ("the court allowed the
  ministry to suspend the app" is the court's ruling and stays).
- A proviso: "ministries may use the tool again, provided they disable the memory function": a condition of
  the act, not a second act (``proviso_words``).
- A duty laid on anyone of a kind: "it would require providers to remove content within 12 hours", "a provider
  such as X would be required to file documentation": the obliged party is generic (a bare plural or an
  indefinite noun, no name) and the requiring is hypothetical or told of a law. "The ministry ordered
  platforms to remove the videos" is told as done and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import lexicon

_CLIMB = ("xcomp", "ccomp", "conj", "acl", "pobj", "prep", "pcomp", "advcl", "relcl")


def rule_content(tok: Token) -> bool:
    return conferred_power(tok) or proviso(tok) or generic_duty(tok)


def _law_subject(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.ent_type_ == "LAW" or subject.lower_ in word_set("law_part_nouns"):
        return True
    return subject.lower_ in lexicon()["law_nouns"]


def conferred_power(tok: Token) -> bool:
    node = tok
    for _ in range(7):
        if node.dep_ not in _CLIMB or node.head == node:
            return False
        node = node.head
        if node.lower_ in word_set("power_verbs") and _law_subject(node):
            return True
    return False


def proviso(tok: Token) -> bool:
    node = tok
    for _ in range(3):
        if node.dep_ == "conj":
            node = node.head
            continue
        head = node.head
        if node.dep_ in ("pcomp", "advcl", "ccomp") and head.lower_ in word_set("proviso_words"):
            return True
        return node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in word_set("proviso_words") for c in node.children
        )
    return False


def _generic(party: Token) -> bool:
    """ "providers", "platforms", "a provider such as X", "any company": anyone of a kind, no name."""
    if party.pos_ != "NOUN" or party.ent_type_:
        return False
    dets = [c.lower_ for c in party.children if c.dep_ == "det"]
    if party.tag_ == "NNS":
        return not dets or dets[0] in ("all", "any", "every")
    return bool(dets) and dets[0] in ("a", "an", "any", "every")


def generic_duty(tok: Token) -> bool:
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if tok.lower_ in word_set("duty_verbs"):  # "It would require providers to ...": the draft's duty, not an act
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        told_of_rule = subject is not None and (  # never "the bank said it would require ...": its plan
            (subject.lower_ in ("it", "this") and tok.dep_ == "ROOT")
            or (subject.lower_ in ("which", "that") and tok.head.lower_ in lexicon()["law_nouns"])
        )
        return ((told_of_rule and _hedged(tok)) or _law_subject(tok)) and _generic_party(tok)
    verb = node.head
    if node.dep_ != "xcomp" or verb.lower_ not in word_set("duty_verbs"):
        return False
    return _generic_party(verb) and (_hedged(verb) or _law_subject(verb))


def _generic_party(verb: Token) -> bool:
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    party = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    return party is not None and _generic(party)


def _hedged(verb: Token) -> bool:
    modals = lexicon()["hedge_modals"]  # "would", "could", "may": told as a possibility, not as done or announced
    return any(c.dep_ == "aux" and modals.get(c.lower_) == "considered" for c in verb.children)
