"""The writer's own lines at a story's end: "Jana Novak is a senior reporter at the Borvia Herald", "About the
author: Jana Novak covers tech policy for ...", "Contact Jana Novak at ...". The journalist named there reports
the story; a mention there is no actor (the same person quoted in the story is found where quoted)."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.patterns import actor_word_set, sent_of

_OPENERS = ("about the author", "contact", "email", "e-mail", "follow", "write to")


def _is_writer(root) -> bool:
    """ "X is a senior reporter at ...", "X was a correspondent for ...": "be" with a journalist's noun and outlet."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in ("is", "was", "has been"):
        return False
    return any(
        c.dep_ == "attr"
        and c.lower_ in actor_word_set("journalist_nouns")
        and any(p.dep_ == "prep" and p.lower_ in ("at", "for", "with") for p in c.children)
        for c in verb.children
    )  # not "X is a writer whose novels were copied": a party described by her trade


def _covers_for(root) -> bool:
    """ "X covers tech policy for the Borvia Herald", "X reports on AI for ...": a beat, not an act."""
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.lower_ in ("covers", "covered", "reports", "writes")
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    )


def author_bio(ent: Span) -> bool:
    if ent.ent_id_ or ent.label_ != "PERSON":
        return False
    sent = sent_of(ent[0])
    opening = sent.text.lstrip(" *_#>-•").lower()
    if opening.startswith(_OPENERS) and ent.start - sent.start <= 5:
        return True
    return _is_writer(ent.root) or _covers_for(ent.root)
