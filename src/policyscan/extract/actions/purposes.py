"""A purpose clause that restates its own action: "added 12 firms to the entity list *to restrict* their access",
"suspended the app *to allow* an inspection". The governing verb is the event; its purpose is what the event is
for, not a second event. A purpose that gives the direction a neutral verb lacks ("issued guidance *to tighten*
export controls") is kept: it is the only place the direction is told."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import inflect
from policyscan.report import Direction


def without_restated_purposes(frames: Iterable[Frame]) -> Iterator[Frame]:
    frames = list(frames)
    directions = {f.trigger.i: f.direction for f in frames}
    kinds = {f.trigger.i: f.kind for f in frames}
    for frame in frames:
        tok = frame.trigger
        to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        purpose = tok.dep_ == "advcl" and to_clause
        if purpose and tok.head.i != tok.i and directions.get(tok.head.i) not in (None, Direction.NEUTRAL):
            continue
        if to_clause and tok.dep_ in ("xcomp", "advcl") and tok.head.i != tok.i and _claims(tok.head, kinds):
            continue  # "sued to block the law", "went to court to stop the ban": a claim's aim is not done
        yield frame


def _claims(head: Token, kinds: dict[int, str]) -> bool:
    """ "sued", "appealed", "petitioned", "went to court": the verb makes a claim whose aim its clause tells."""
    if kinds.get(head.i) in word_set("aiming_kinds") or head.lower_ in _claim_forms():
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "to" and any(n.lower_ in word_set("court_words") for n in p.children)
        for p in head.children
    )


@cache
def _claim_forms() -> frozenset[str]:
    return frozenset(f for lemma in word_set("claiming_verbs") for f in inflect(lemma))


def pressed_for(tok: Token) -> bool:
    """ "has been under pressure from Washington to tighten controls": the parser hangs the infinitive on the verb
    beside the plea noun, not on the noun ("pressure to tighten", which ``plea_nouns`` already covers)."""
    if tok.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    pleas = word_set("plea_nouns")
    return any(
        c.dep_ == "prep" and c.i < tok.i and any(p.dep_ == "pobj" and p.lower_ in pleas for p in c.children)
        for c in tok.head.children
    )
