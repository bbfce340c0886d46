"""An act told without a date, then named again as a noun with the day it was announced: "The board has banned
the app. The ban, announced on Monday, applies to all networks." (issue 11, dates: a date on another mention of
the same event)."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Span, Token

from policyscan.extract.actions.dated_in import attached_date
from policyscan.extract.actions.words import lexicon, verb_entry, word_set
from policyscan.extract.patterns import noun_lemma, sent_of, sent_starts, verb_forms


def _kind(tok: Token) -> str | None:
    if tok.pos_ in ("NOUN", "PROPN"):
        return lexicon()["nouns"].get(noun_lemma(tok.lower_), {}).get("kind")
    lemma = verb_forms().get(tok.lower_)
    return verb_entry(lemma).get("kind") if lemma is not None else None


def renamed_date(trigger: Token, date_ents: list[Span]) -> Span | None:
    """The date on a dating participle ("announced", "issued", "published") of the next sentence's subject when
    that subject is the trigger's own kind of act ("The ban, announced on Monday, ...")."""
    doc = trigger.doc
    starts = sent_starts(doc)
    end = next((i for i in range(trigger.i + 1, len(doc)) if starts[i] != starts[trigger.i]), None)
    kind = _kind(trigger)
    if end is None or kind is None:
        return None
    nxt = starts[end]
    sentence = takewhile(lambda t: starts[t.i] == nxt, doc[nxt:])  # the next sentence only: linear over the text
    subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    for noun in subjects:
        if noun.pos_ != "NOUN" or _kind(noun) != kind:
            continue
        for part in noun.children:
            if part.dep_ in ("acl", "relcl") and part.lower_ in word_set("dating_participles"):
                ents = [e for e in date_ents if starts[e.start] == nxt]
                if (found := attached_date(part, ents)) is not None:
                    return found
    return None


def _subject_words(trigger: Token) -> set[str]:
    node = trigger
    while node.head.i != node.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    return {t.lower_ for t in subj.subtree if t.is_alpha and len(t) > 2} - {"the"} if subj is not None else set()


def named_before_date(trigger: Token, date_ents: list[Span]) -> Span | None:
    """ "... a 1.8 billion won fine imposed by the commission in May. The commission fined the company after ...":
    the previous sentence names the act as a noun with a dated participle whose agent is the one acting now."""
    doc = trigger.doc
    starts = sent_starts(doc)
    here = starts[trigger.i]
    kind, who = _kind(trigger), _subject_words(trigger)
    if here == 0 or kind is None or not who:
        return None
    prev = starts[here - 1]
    ents = [e for e in date_ents if starts[e.start] == prev]
    nouns = lexicon()["nouns"]  # the tagger may call the noun an adjective: "a 1.8 billion won fine imposed by"
    for noun in (t for t in sent_of(doc[prev]) if nouns.get(noun_lemma(t.lower_), {}).get("kind") == kind):
        for part in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            agent = next((c for c in part.children if c.dep_ == "agent"), None)
            words = {t.lower_ for t in agent.subtree if t.is_alpha and len(t) > 2} if agent is not None else set()
            if words & who and (found := attached_date(part, ents)) is not None:
                return found
    return None
