"""The DATE phrase a word governs, and the date of the document an act was told in ("fined the company in a
decision dated 3 July")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract.actions.words import word_set
from policyscan.extract.week_days import day_root


def attached_date(node: Token, date_ents: list[Span]) -> Span | None:
    for ent in date_ents:
        root = day_root(ent)
        if root.head.i == node.i and root.i != node.i:
            return ent
        if root.head.dep_ == "prep" and root.head.head.i == node.i:
            return ent
        if any(
            t.head.i == node.i and t.dep_ in ("npadvmod", "tmod", "advmod", "compound", "nmod", "amod") for t in ent
        ):
            return ent
    return None


def published_in(trigger: Token, ents: list[Span]) -> Span | None:
    """ "fined the company in a decision published on Wednesday": the day of the decision announcing it; also when
    the parser hangs the decision on the fine's amount ("fined X 2 million crowns in a decision dated 3 July")."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for prep in (p for holder in holders for p in holder.children if p.dep_ == "prep"):
        for noun in prep.children:
            for part in noun.children if noun.dep_ == "pobj" else ():
                if part.dep_ == "acl" and part.lower_ in word_set("dating_participles"):
                    if (found := attached_date(part, ents)) is not None:
                        return found
    return None


def instrument_dated(trigger: Token, ents: list[Span]) -> Span | None:
    """ "will require licences to import chips and servers, under a joint decree issued on Wednesday": an act that an
    instrument lays down takes the date the sentence gives the instrument, wherever the parser hangs the phrase
    (one dated instrument in the sentence, or none is taken)."""
    nouns = word_set("authored_instrument_nouns") | word_set("carried_instrument_nouns")
    found = {
        ent.start: ent
        for noun in trigger.sent
        if noun.dep_ == "pobj" and noun.lower_ in nouns and noun.head.lower_ in word_set("instrument_carrier_preps")
        for part in noun.children
        if part.dep_ in ("acl", "relcl") and part.lower_ in word_set("dating_participles")
        if (ent := attached_date(part, ents)) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def inverted_speaker_date(said: Token, ents: list[Span]) -> Span | None:
    """ "\"We have banned X,\" said Ilse Varga, the head of Y, on March 3": after an inverted speaker and its
    apposition the parser hangs the reporting verb's date on the speaker; it still dates the saying."""
    speaker = next((c for c in said.children if c.dep_ == "nsubj" and c.i > said.i), None)
    if speaker is None or speaker.pos_ != "PROPN" or not any(c.dep_ == "appos" for c in speaker.children):
        return None
    return attached_date(speaker, ents)
