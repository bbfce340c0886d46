"""Rankings that only describe an event told elsewhere: "It is the second-largest penalty imposed by the office",
"the commission's largest fine against an AI company", "It was the first time the ministry had ordered a removal",
"..., one of the largest penalties the office has imposed" (a summary after a comma).

A ranked noun that is the predicate of "is"/"was" (or an apposition beside the event) compares the event with
others; "the first time ... had ordered" dates nothing new. Neither is a second action. The event itself ("The
office fined the firm on Monday, its largest penalty") and what the ranking sentence cites as a precedent ("since
it fined two firms in 2024") are kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set

_PREDICATE_DEPS = ("attr", "appos")
_DESCRIBING_DEPS = ("acl", "relcl")


def ranked_remention(tok: Token) -> bool:
    """The trigger is a ranked predicate noun, or the clause that describes one or a ranked "time"."""
    if tok.dep_ == "conj" and tok.head != tok and ranked_remention(tok.head):
        return True  # "the first service to be blocked and then restored by the regulator"
    if _ranked(tok) and tok.dep_ in _PREDICATE_DEPS:
        return True  # "... is the commission's largest penalty"
    if tok.dep_ not in _DESCRIBING_DEPS or tok.head == tok:
        return False
    noun = tok.head
    if not _ranked(noun):
        return False
    return noun.lower_ in word_set("remention_occasions") or noun.dep_ in _PREDICATE_DEPS or _summary(noun)


def _summary(noun: Token) -> bool:
    """A ranked noun phrase set off by a comma after the clause it sums up, whatever the parser made of it:
    "..., the latest restriction imposed on the app", "..., one of the largest penalties the office has imposed"."""
    first = noun.left_edge
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        first = noun.head.head.left_edge
    return first.i > noun.sent.start and noun.doc[first.i - 1].text in (",", ";", "—", "–")


def _ranked(noun: Token) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    ranks = word_set("remention_ranks")
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in ranks for c in noun.children)
