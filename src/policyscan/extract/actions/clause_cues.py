"""Clause shapes that make a trigger no event of its own: headline shorthand for a passive, an offence not
done, a participle made an adjective, a step forgone, a consequence, a plea, a condition."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set


def headline_passive(tok: Token) -> bool:
    """ "Bluegum fined $990,000 for ...": headline shorthand for a passive, the subject is the target."""
    if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("auxpass", "agent", "aux") for c in tok.children):
        return False  # "was fined $990,000 by X" is an ordinary passive
    if any(c.dep_ in ("dobj", "dative") and c.ent_type_ != "MONEY" and c.text not in "$€£" for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (
        nxt.ent_type_ == "MONEY" or nxt.text in ("$", "€", "£") or nxt.lower_ in ("over", "for")
    )


def failed_act(tok: Token) -> bool:
    """ "fined the company for failing to publish the bias audit": what was not done is the offence, not an action."""
    node = tok
    for _ in range(3):
        if node.dep_ not in ("xcomp", "pcomp", "acl", "dobj", "pobj", "prep") or node.head == node:
            return False
        node = node.head
        if node.lower_ in word_set("failure_words"):
            return True
    return False


def hyphen_adjective(tok: Token) -> bool:
    """ "the government-funded mission", "a state-backed lab": a participle made an adjective, not an event."""
    if tok.i < 2 or tok.pos_ not in ("VERB", "ADJ") or tok.tag_ != "VBN" or tok.doc[tok.i - 1].text != "-":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass") for c in tok.children):
        return False
    return tok.doc[tok.i - 2].pos_ in ("NOUN", "PROPN") and tok.doc[tok.i - 1].whitespace_ == ""


def forgone(tok: Token) -> bool:
    """ "closed its probe without imposing a fine", "would monitor rather than open an investigation"."""
    if tok.tag_ not in ("VB", "VBG"):
        return False
    doc = tok.doc
    before = " ".join(t.lower_ for t in doc[max(tok.i - 2, 0) : tok.i] if t.pos_ != "ADV" or t.lower_ == "rather")
    return any(before == p or before.endswith(" " + p) for p in word_set("forgoing_phrases"))


def consequence(tok: Token) -> bool:
    """ "suspended its licence, effectively barring it from trade": what the action amounts to, not a second one."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and any(c.dep_ == "advmod" and c.lower_ in word_set("consequence_adverbs") for c in tok.children)
    )


def petitioned(tok: Token) -> bool:
    """ "urged the court to suspend the direction", "called on Congress to pass a law": a plea, not an action."""
    if tok.dep_ in ("acl", "advcl", "relcl") and _asked_for(tok):
        return True  # "denied the company's request for an injunction to halt the law"
    if _aim_of_claim(tok):
        return True  # "a citizens' petition seeking to ban the app": what its authors ask for
    head = tok.head
    infinitive = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if (tok.dep_ not in ("xcomp", "ccomp") and not infinitive) or head.lower_ not in word_set("petition_verbs"):
        return False
    addressees = [c for c in head.children if c.dep_ in ("dobj", "dative", "nsubj")]
    addressees += [p for c in head.children if c.dep_ in ("prep", "prt") for p in c.children if p.dep_ == "pobj"]
    return any(a.lower_ in word_set("petitioned_bodies") for a in addressees)


def _asked_for(tok: Token) -> bool:
    node = tok
    for _ in range(4):
        if node.head == node:
            return False
        node = node.head
        if node.lower_ in word_set("plea_nouns"):
            return True
    return False


def conditional(tok: Token) -> bool:
    """ "would suffer harm if it had to switch off its product": a condition, not an event."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in word_set("condition_marks") for c in node.children):
            return node.dep_ == "advcl"
        if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head == node:
            return False
        node = node.head
    return False


def _aim_of_claim(tok: Token) -> bool:
    """ "a petition seeking to ban the app", "a lawsuit seeking to block the law": a claim's aim, not an act of
    whoever receives or handles the claim."""
    seeking = tok.head
    if tok.dep_ != "xcomp" or seeking.lower_ not in word_set("seeking_verbs") or seeking.dep_ != "acl":
        return False
    return seeking.head.lower_ in word_set("plea_nouns") | word_set("claim_nouns")
