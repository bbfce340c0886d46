"""Who else stands on the subject's side of a verb: names joined to an unnamed subject ("the singers, together
with the Guild of Session Musicians, sued ...", "the novelist Ana Ruiz and the Writers Union sued ...")."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex


def side_names(subject: Token, actors: ActorIndex) -> list[str]:
    """The named actors an unnamed subject is listed with: its conjuncts ("the defence ministry and the State
    Bank"), its apposition's conjuncts ("the novelist Ana Ruiz and the Writers Union"), its companions
    ("the singers, together with the Guild", "by the four actors together with the union"), in order."""
    toks = [*subject.conjuncts]
    for a in (c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"):  # a name, not a description
        toks += [a, *a.conjuncts]
    toks += companions(subject) + _by_companions(subject)
    keys: list[str] = []
    for t in toks:
        if (k := actors.key_at(t)) is not None and k not in keys:
            keys.append(k)
    return keys


def _by_companions(subject: Token) -> list[Token]:
    """ "a lawsuit filed by the four actors together with the union": a companion of a by-agent's object."""
    if subject.dep_ != "pobj" or subject.head.lower_ != "by":
        return []
    out: list[Token] = []
    verb = subject.head.head  # the parser hangs "together with" on the noun or on the participle
    for prep in [*subject.children, *(c for c in verb.children if c.i > subject.i)]:
        if prep.dep_ == "prep" and prep.lower_ == "with" and _companion_with(prep):
            out += [p2 for p in prep.children if p.dep_ == "pobj" for p2 in (p, *p.conjuncts)]
    return out


def _companion_with(prep: Token) -> bool:
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ in word_set("companion_adverbs")


def companions(subject: Token) -> list[Token]:
    """ "The FTC, along with the DOJ, sued ...": bodies joined to the subject before the verb."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.i < subject.i:
        return []
    out: list[Token] = []
    for prep in [*subject.children, *verb.children]:
        if prep.dep_ != "prep" or not subject.i < prep.i < verb.i:
            continue
        if prep.lower_ in word_set("companion_adverbs"):  # "along" holding "with"
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
        elif (joint := _joint_work(prep)) is not None:  # "in coordination with the DOJ"
            prep = joint
        elif not (
            prep.lower_ in word_set("companion_preps")
            or (prep.lower_ == "with" and prep.doc[prep.i - 1].lower_ in word_set("companion_adverbs"))
        ):
            continue
        for p in prep.children:
            if p.dep_ == "pobj":
                out += [p, *p.conjuncts]
    return out


def _joint_work(prep: Token) -> Token | None:
    """ "The ministry, in coordination with A and B, ordered ...": the with-phrase of a joint-work noun names
    bodies acting with the subject ("in cooperation with", "in conjunction with"); "in consultation with" does not."""
    if prep.lower_ != "in":
        return None
    for noun in (n for n in prep.children if n.dep_ == "pobj" and n.lower_ in word_set("companion_nouns")):
        return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return None


def possessor(tok: Token) -> bool:
    """A name the parser hung on a noun as a modifier because of a curly apostrophe: it owns the noun
    ("X’s agreement to suspend", "Kestrel Labs’ decision to pause")."""
    if tok.dep_ != "nmod" or tok.pos_ not in ("PROPN", "NOUN"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in ("’s", "’", "'s", "'") and nxt.i < tok.head.i


def of_which(subj: Token) -> bool:
    """ "Norland and Valdoria, both of which have restricted ...": a quantifier over the relative pronoun."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(w.lower_ in ("which", "whom") for w in p.children)
        for p in subj.children
    )
