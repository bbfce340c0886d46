"""Triggers to frames: each lexicon verb class decides kind and direction from its object;
directives ("ordered X to suspend") take the embedded verb's kind; trigger nouns come last.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import (
    BILL_RE,
    direct_object,
    from_clause_object,
    has_from,
    is_money,
    is_restriction,
    noun_object,
    noun_trigger,
    verb_lemma,
    with_object,
)
from policyscan.extract.patterns import (
    lexicon,
    lower_set,
    noun_lemma,
    status_verb_forms,
    verb_forms,
)
from policyscan.report import Direction, Status

PERMISSION_NOUNS = {
    "licence",
    "license",
    "licences",
    "licenses",
    "approval",
    "approvals",
    "access",
    "permit",
    "permits",
    "authorization",
    "authorisation",
    "exemption",
    "exemptions",
    "waiver",
    "clearance",
    "certification",
}


def frame_for_verb(tok: Token, lemma: str) -> Frame | None:
    entry = lexicon()["verbs"][lemma]
    cls = entry["class"]
    obj = direct_object(tok)
    particle = entry.get("particle")
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return None
    status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
    if cls == "direct":
        if entry.get("needs_object") and obj is None:
            return None
        return Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, obj)
    if cls == "flip":
        if is_restriction(obj):
            kind = entry["kind"]
            return Frame(tok, kind, Direction.LOOSEN, status, tok, obj)
        if obj is not None and obj.lower_ in PERMISSION_NOUNS:
            return Frame(tok, entry["kind"], Direction.TIGHTEN, status, tok, obj)
        enjoined = from_clause_object(tok)
        if enjoined is not None and is_restriction(enjoined):
            return Frame(
                tok, entry["kind"], Direction.LOOSEN, status, tok, enjoined
            )  # "blocked X from enforcing a law"
        if entry.get("default_direction"):
            if obj is None and entry["default_direction"] == "tighten" and not has_from(tok):
                return None
            return Frame(tok, entry["kind"], Direction(entry["default_direction"]), status, tok, obj)
        return None
    if cls == "light" and obj is not None and noun_trigger(obj) is None and is_money(obj):
        return Frame(tok, "fund", Direction.NEUTRAL, status, tok, obj)  # "put S$45 million into ..."
    if entry.get("money_only"):
        return None
    if cls == "light":
        noun = obj if noun_trigger(obj) else with_object(tok)
        found = noun_trigger(noun)
        if found:
            kind, direction = found
            if entry.get("default_kind") == "propose":
                kind, direction = "propose", Direction.NEUTRAL  # proposing rules is not yet tightening
            if kind == "order" and lemma in ("place", "put"):
                return None  # "orders placed" are purchases
            return Frame(
                tok,
                kind,
                direction,
                status,
                tok,
                noun,
                extra=[obj] if obj is not None and obj is not noun else [],
            )
        if entry.get("default_kind") and obj is not None and not entry.get("objects_only"):
            return Frame(tok, entry["default_kind"], Direction(entry["default_direction"]), status, tok, obj)
        return None
    if cls == "enact":
        if obj is None:
            return None
        if obj.lower_ in ("it", "them") and lemma in ("pass", "sign", "enact", "adopt"):
            return Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, obj)
        words = {obj.lower_} | {c.lower_ for c in obj.children if c.dep_ == "compound"}
        if words & lower_set("agreement_nouns"):
            return Frame(tok, "agree", Direction.NEUTRAL, status, tok, obj)
        if (
            words & lower_set("law_nouns")
            or obj.ent_type_ == "LAW"
            or BILL_RE.match(obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text)
            or obj.text in lexicon()["law_words"]
            or (lemma == "approve" and "bill" in words)
            or (obj.pos_ == "PROPN" and obj.text == "Act")
        ):
            if lemma == "approve":
                return Frame(tok, "enact", Direction.TIGHTEN, status, tok, obj)  # approving a bill enacts it
            return Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, obj)
        if lemma == "approve":
            return Frame(tok, "approve", Direction.LOOSEN, status, tok, obj)
        return None
    if cls == "list":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in c.children:
                    if p.lower_ in ("list", "blacklist") and any(
                        w.lower_ in ("prohibited", "banned", "entity", "restricted", "blocked") for w in p.subtree
                    ):
                        return Frame(tok, "ban", Direction.TIGHTEN, status, tok, obj)
        return None
    return None


def directive_frame(tok: Token, lemma: str) -> tuple[Frame | None, Token | None]:
    """ "ordered the company to suspend access": the embedded verb decides the kind."""
    entry = lexicon()["verbs"][lemma]
    status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
    target = next((c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")), None)
    xcomp = next(
        (
            c
            for c in tok.children
            if (c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not entry.get("weak"))) and c.pos_ in ("VERB", "AUX")
        ),
        None,
    )  # "told reporters (that) ..." is reported speech, not a directive
    if xcomp is not None:
        negated = any(c.dep_ == "neg" for c in xcomp.children)
        inner_lemma = verb_lemma(xcomp)
        if negated:
            return Frame(tok, "ban", Direction.TIGHTEN, status, tok, target, extra=[xcomp]), xcomp
        if inner_lemma and lexicon()["verbs"][inner_lemma]["class"] != "directive":
            inner = frame_for_verb(xcomp, inner_lemma) or frame_needing_governor(xcomp, inner_lemma)
            if inner is not None:
                return Frame(tok, inner.kind, inner.direction, status, tok, target, extra=[xcomp]), xcomp
        if entry.get("weak"):
            return None, None
        return Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, target, extra=[xcomp]), xcomp
    if entry.get("weak") or target is None:
        return None, None
    return Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, target), None


def frame_needing_governor(tok: Token, lemma: str) -> Frame | None:
    entry = lexicon()["verbs"][lemma]
    if entry["class"] == "direct":
        return Frame(tok, entry["kind"], Direction(entry["direction"]), Status.ENACTED, tok, direct_object(tok))
    return None


GOVERNING_DEPS = ("xcomp", "ccomp", "advcl", "conj")


def governed(tok: Token) -> bool:
    """ "ordered X to stop", "decided to resume": these verbs only count under a directive or status verb."""
    node = tok
    for _ in range(3):
        if node.dep_ not in GOVERNING_DEPS or node.head is node:
            return False
        node = node.head
        if status_verb_forms().get(node.lower_) in ("say", "tell", "announce", "confirm", "state"):
            return False  # "X said the company had deleted ...": reported compliance, not a governed action
        lemma = verb_forms().get(node.lower_)
        if lemma and lexicon()["verbs"][lemma]["class"] == "directive":
            return True
        if status_verb_forms().get(node.lower_) or node.lower_ in lexicon()["hedge_adjectives"]:
            return True
        enabling = ("enough", "allowed", "cleared", "free", "able")
        if node.lower_ in enabling or any(c.lower_ in enabling for c in node.children):
            return True
        if node.dep_ != "conj":
            return False
    return False


def find_frames(doc: Doc) -> list[Frame]:
    frames: list[Frame] = []
    consumed: set[int] = set()
    for tok in doc:
        if tok.i in consumed:
            continue
        lemma = verb_lemma(tok)
        if lemma:
            entry = lexicon()["verbs"][lemma]
            if entry["class"] == "directive":
                frame, inner = directive_frame(tok, lemma)
                if inner is not None:
                    consumed.add(inner.i)
                if frame:
                    frames.append(frame)
                    if frame.object_token is not None:
                        consumed.add(frame.object_token.i)
                continue
            if entry.get("needs_governor") and not governed(tok):
                continue
            if entry.get("weak") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "from":
                continue
            frame = frame_for_verb(tok, lemma)
            if frame:
                frames.append(frame)
                if frame.object_token is not None:
                    consumed.add(frame.object_token.i)
                for c in tok.children:  # "barred X from allowing ...": the inner verb is part of this action
                    if c.dep_ == "prep" and c.lower_ == "from":
                        consumed.update(t.i for t in c.subtree)
            continue
    for tok in doc:
        if tok.i in consumed:
            continue
        loosening = lexicon()["loosen_nouns"].get(tok.lower_)
        if loosening and tok.pos_ == "NOUN":
            lifted = noun_object(tok)
            if lifted is not None and is_restriction(lifted):  # "the lifting of the licence requirement"
                frames.append(Frame(tok, loosening, Direction.LOOSEN, Status.ENACTED, tok, lifted))
                consumed.add(lifted.i)
            continue
        found = noun_trigger(tok)
        if not found or lexicon()["nouns"][noun_lemma(tok.lower_)].get("weak"):
            continue
        kind, direction = found
        frames.append(Frame(tok, kind, direction, Status.ENACTED, tok, noun_object(tok)))
    return frames
