"""A court or a body throwing out a party's claim: "the tribunal dismissed the company's objections", "the judge
dismissed proceedings brought by X", "the court rejected a petition by X to annul the fine", "threw out X's
challenge". The measure the party fought stands: the body upholds it against the party. No lexicon trigger sees
it, because the object is the party's own claim, not a restriction.

Only a claim a company brought counts (``unclaimed`` in the action finder): when authors or a rights group lose
a motion against a firm, whether that tightens or loosens depends on what they asked for.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import action_words, word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import inflect, lexicon
from policyscan.report import ActorType, Direction, Status


@cache
def _forms() -> dict[str, str]:
    """Every form of a dismissal verb -> the particle it needs ("" for none: "dismissed", "threw out")."""
    out: dict[str, str] = {}
    for phrase in word_set("dismissal_verbs"):
        lemma, _, particle = phrase.partition(" ")
        for form in inflect(lemma):
            out[form] = particle
    return out


def is_dismissal(kind: str, trigger: str) -> bool:
    """Whether an action of ``kind`` told by ``trigger`` is a claim thrown out ("dismissed", "threw out")."""
    return kind == action_words()["dismissal_kind"] and trigger.split(" ")[0].lower() in _forms()


def dismissal_frames(doc: Doc, framed: set[int]) -> list[Frame]:
    """One frame per dismissal verb whose object is a claim some named party brought."""
    frames: list[Frame] = []
    for tok in doc:
        particle = _forms().get(tok.lower_)
        if particle is None or tok.i in framed or tok.pos_ != "VERB":
            continue
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "did not dismiss the appeal"
        claim = _claim(tok)
        if claim is not None and claimant(claim) is not None:
            kind = action_words()["dismissal_kind"]
            frames.append(Frame(tok, kind, Direction.TIGHTEN, Status.ENACTED, tok, claim))
    return frames


def _claim(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in word_set("dismissed_claim_nouns"):
            return c
    return None


def claimant(claim: Token) -> Token | None:
    """Who brought the claim: "X's appeal", "a petition by X", "a request from X", "proceedings brought by X"."""
    for c in claim.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for agent in (a for a in c.children if a.dep_ == "agent"):
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


def unclaimed(frame: Frame, actors: ActorIndex, actor_key: str) -> bool:
    """A dismissal frame whose body is no court or tribunal or whose claim no company brought: no action."""
    if frame.kind != action_words()["dismissal_kind"] or _forms().get(frame.trigger.lower_) is None:
        return False
    if frame.object_token is None or actors.actors[actor_key].type != ActorType.COURT:
        return True  # a regulator turning down an application refuses it (a lexicon verb), it upholds nothing
    party = claimant(frame.object_token)
    key = _party_key(party, actors) if party is not None else None
    return key is None or actors.actors[key].type != ActorType.COMPANY


def _party_key(party: Token, actors: ActorIndex) -> str | None:
    """A named party, "its" or "the company"; never a described group ("a local human rights group")."""
    if (key := actors.key_at(party)) is not None:
        return key
    if party.pos_ == "PRON" or lexicon()["generic_actor_heads"].get(party.lower_) == ["company"]:
        return actors.resolve(party)
    return None
