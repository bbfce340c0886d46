"""What withdrawing an instrument does to the restriction it carries, and what a turned-down claim leaves standing.

- "revoked its letter suspending the app", "withdrew its notice concerning the block on X": the
  object is an instrument (``action_words.json`` ``restricting_instrument_nouns``) whose content restricts;
  withdrawing it undoes the restriction, and the restriction inside is part of this act, not an enacted act of
  its own.
- "vacated the injunction against the law", "stayed the lower court's injunction blocking the ban": the object is
  court relief (``relief_instrument_nouns``) whose content holds a restriction back; undoing it puts the
  restriction back, which tightens, and the blocking inside is part of this act.
- "annulled the watchdog's decision", "quashed the decision against X" (``enforcement_ruling_nouns``): a ruling an
  enforcing body made, or one made against a party, is enforcement; undoing it loosens.
- "rejected the firm's objections to the fine imposed by Y" (a ``dismissed_claim_nouns`` object, see
  ``dismissals.py``): Y's fine stands; the refusing verb does not make it a denied act.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.requests import restricts
from policyscan.extract.actions.syntax import is_restriction, noun_trigger, verb_lemma
from policyscan.extract.actions.words import word_set
from policyscan.extract.actors.names import gazetteer_entry
from policyscan.extract.patterns import lexicon
from policyscan.report import Direction


def _tightening_noun(tok: Token) -> bool:
    found = noun_trigger(tok)
    return is_restriction(tok) or (found is not None and found[1] == Direction.TIGHTEN)


def _trailing_preps(obj: Token) -> list[Token]:
    """Prepositions and clauses the parser hung on the verb right after its object ("withdrew its notification |
    concerning the block", "withdrew the circular | requiring banks to ..."): they belong to the object."""
    verb = obj.head
    return [c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i == obj.right_edge.i + 1]


def restricting_instrument(obj: Token | None) -> Token | None:
    """The restriction an instrument object carries: "its letter *suspending* the app", "the decision *to
    suspend* it" (a restricting participle or infinitive), "its notice concerning the *block* on X"
    (a restriction noun after one of ``instrument_topic_preps``)."""
    if obj is None or obj.lower_ not in word_set("restricting_instrument_nouns"):
        return None
    for child in [*obj.children, *_trailing_preps(obj)]:
        if child.dep_ in ("acl", "advcl") and child.pos_ == "VERB" and _content_form(child):
            lemma = verb_lemma(child)
            if lemma and restricts(lemma):
                return child
        if child.dep_ == "prep" and child.lower_ in word_set("instrument_topic_preps"):
            noun = next((p for p in child.children if p.dep_ == "pobj"), None)
            if noun is not None and _tightening_noun(noun):
                return noun
    return None


def relief_instrument(obj: Token | None) -> Token | None:
    """The restriction a court's relief holds back: "the injunction *against* the law", "its order *blocking* the
    ban", "the injunction that had *halted* enforcement" (``relieving_verbs`` over a restriction or a part of one)."""
    if obj is None or obj.lower_ not in word_set("relief_instrument_nouns"):
        return None
    for child in [*obj.children, *_trailing_preps(obj)]:
        if (
            child.dep_ in ("acl", "relcl", "advcl")
            and child.pos_ == "VERB"
            and verb_lemma(child) in word_set("relieving_verbs")
        ):
            held = next((c for c in child.children if c.dep_ == "dobj"), None)
            if held is not None and (is_restriction(held) or held.lower_ in word_set("part_nouns")):
                return child
        if child.dep_ == "prep" and child.lower_ == "against":
            noun = next((p for p in child.children if p.dep_ == "pobj"), None)
            if noun is not None and (is_restriction(noun) or noun.lower_ in word_set("part_nouns")):
                return noun
    return None


def _content_form(verb: Token) -> bool:
    """ "a letter *suspending* X", "a decision *to suspend* X": what it does, never how it was made ("an order
    *signed* by the governor")."""
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def rejects_challenge(verb: Token) -> bool:
    """ "rejected the firm's objections to the fine": the verb turns down a challenge, so what the challenge
    attacks is upheld, not denied."""
    return any(c.dep_ == "dobj" and c.lower_ in word_set("dismissed_claim_nouns") for c in verb.children)


def enforcement_ruling(obj: Token | None) -> bool:
    """ "the watchdog's decision", "the Garante's ruling", "the decision against Lumora Labs": a ruling an enforcing
    body made (its possessor's head noun or gazetteer entry is one of ``enforcer_types``) or made against a party.
    A ruling with its own content ("the decision to approve the merger") is read by what it does instead."""
    if obj is None or obj.lower_ not in word_set("enforcement_ruling_nouns"):
        return False
    if any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") for c in obj.children):
        return False
    for child in [*obj.children, *_trailing_preps(obj)]:
        if child.dep_ == "prep" and child.lower_ == "against" and any(p.dep_ == "pobj" for p in child.children):
            return True
        if child.dep_ == "poss" and _enforcer(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):  # "the decision of the data protection authority"
            if any(p.dep_ == "pobj" and _enforcer(p) for p in child.children):
                return True
    return False


def _enforcer(poss: Token) -> bool:
    heads = lexicon()["institution_heads"]
    if poss.pos_ != "PROPN":
        return heads.get(poss.lower_) in word_set("enforcer_types")
    name = " ".join(t.text for t in poss.subtree if t.dep_ not in ("case", "det") and t.dep_ != "prep")
    entry = gazetteer_entry(name)
    return entry is not None and entry.get("type") in word_set("enforcer_types")
