"""Actions the sentence says did not happen or were only weighed: "though no proposal has been tabled", "imposed no
fine", "the firm has not been fined", "is examining whether to open proceedings" (a choice still to be made, not an
inquiry into anyone)."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame

_NONE = "no"
_COMPARATIVES = ("fewer", "less", "more", "longer")  # "no fewer than ten apps" still counts them


def absent(frame: Frame) -> bool:
    """The event's noun is determined by "no": nothing was tabled, imposed or opened; or the perfect says it never
    happened ("it has never fined an AI company": a record, no act and no denial of a plan)."""
    trig = frame.trigger
    if _never_done(trig) or _unacted_negation(trig):
        return True
    nouns = [trig, frame.object_token] + [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(n is not None and n.pos_ in ("NOUN", "PROPN") and _none(n) for n in nouns)


def _unacted_negation(verb: Token) -> bool:
    """ "Osprey Labs has not been fined", "the app was not blocked": a negated passive with no agent tells that
    nothing happened to its subject; no body did anything, and none denied anything. Told as a body's word ("said
    the app would not be banned") or with a modal ("will not be fined") it is that body's denial, and stays."""
    deps = {c.dep_ for c in verb.children}
    if verb.pos_ not in ("VERB", "AUX") or not {"neg", "auxpass"} <= deps or "agent" in deps:
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return not modal and verb.dep_ in ("ROOT", "conj") and (verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT")


def _never_done(verb: Token) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children) and aux in ({"has"}, {"have"}, {"had"})


def _none(noun: Token) -> bool:
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ == _NONE and c.i < noun.i:
            nxt = noun.doc[c.i + 1]
            return nxt.lower_ not in _COMPARATIVES
    return False


def deliberating(tok: Token) -> bool:
    """ "examining whether to open sanction proceedings": the verb weighs an action of its own, it acts on no one."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i:
            marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "aux")}
            if "whether" in marks and "to" in marks:
                return True
    return False
