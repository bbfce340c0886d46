"""What a refusing or withdrawing verb does to a restriction it does not name as its object.

- "The Federal Court dismissed Quillon's challenge to the $400,000 penalty", "rejected the firm's objections
  to the fine", "threw out proceedings brought by X that claimed it should not have to pay a penalty": a body
  that turns down a challenge (``action_words.json`` ``challenge_nouns``) keeps the restriction challenged;
  the act tightens (it upholds the penalty).
- "revoked its letter suspending the app", "withdrew its notification regarding the suspension of X": the
  object is an instrument (``restricting_instrument_nouns``) whose content restricts; withdrawing it undoes the
  restriction, and the restriction inside is part of this act, not an enacted act of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.requests import restricts
from policyscan.extract.actions.syntax import is_restriction, noun_trigger, verb_lemma
from policyscan.extract.actions.words import word_set
from policyscan.report import Direction


def _tightening_noun(tok: Token) -> bool:
    found = noun_trigger(tok)
    return is_restriction(tok) or (found is not None and found[1] == Direction.TIGHTEN)


def challenged_restriction(obj: Token | None) -> Token | None:
    """The restriction a challenge noun object attacks ("challenge to the penalty"), searched in its own
    phrase (its prepositions, participles and relative clauses), or None."""
    if obj is None or obj.lower_ not in word_set("challenge_nouns"):
        return None
    phrase = [t for p in [obj, *_trailing_preps(obj)] for t in p.subtree if t.i != obj.i]
    nominal = [t for t in phrase if t.pos_ == "NOUN" or t.dep_ in ("dobj", "pobj")]  # "the $400,000 fine" as JJ
    return next((t for t in nominal if _tightening_noun(t) and not _sought(t, obj)), None)


def _sought(noun: Token, top: Token) -> bool:
    """ "a petition seeking a ban", "a lawsuit calling for a moratorium": the restriction is what the challenge
    asks for, not what it attacks."""
    node = noun
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        if node.lower_ in word_set("seeking_forms"):
            return True
    return False


def _trailing_preps(obj: Token) -> list[Token]:
    """Prepositions the parser hung on the verb right after its object ("dismissed X's challenge | to the
    penalty"): they belong to the object."""
    verb = obj.head
    return [c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i == obj.right_edge.i + 1]


def restricting_instrument(obj: Token | None) -> Token | None:
    """The restriction an instrument object carries: "its letter *suspending* the app", "the decision *to
    suspend* it" (a restricting participle or infinitive), "its notification regarding the *suspension* of X"
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


def _content_form(verb: Token) -> bool:
    """ "a letter *suspending* X", "a decision *to suspend* X": what it does, never how it was made ("an order
    *signed* by the governor")."""
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def rejects_challenge(verb: Token) -> bool:
    """ "rejected the firm's objections to the fine": the verb turns down a challenge, so what the challenge
    attacks is upheld, not denied."""
    return any(c.dep_ == "dobj" and c.lower_ in word_set("challenge_nouns") for c in verb.children)
