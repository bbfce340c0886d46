"""A platform named by a bare word that is no name elsewhere ("X", "Twitter" are in ``not_actor_words``
because share rows and "on X" places name them): an actor where the sentence makes it one, as the subject
of a verb, the agent of a passive, or what an action is taken against ("X said", "deleted by X",
"an investigation into X", "regulators contacted X")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.actors.builder import Builder
from policyscan.extract.patterns import actor_word_set, exact_set, model_word_set, tokens_in
from policyscan.report import ActorType


def _acts(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return True
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        return True
    # "deleted by X." : the tokenizer keeps the full stop on a single capital and leaves it a "dep"
    return tok.dep_ in ("pobj", "dep") and head.lower_ in actor_word_set("platform_actor_preps")


def acting_platforms(doc: Doc, b: Builder) -> None:
    words = model_word_set("platform_names", lower=False) & exact_set("not_actor_words")
    for i in tokens_in(doc, frozenset(w.lower() + dot for w in words for dot in ("", "."))):
        tok = doc[i]
        name = tok.text.removesuffix(".") if len(tok.text) == 2 else tok.text
        if name not in words or i in b.index.token_key or not _acts(tok):
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ in model_word_set("platform_use_nouns"):
            continue  # "X accounts", "a Twitter post"
        b.add(i, i + 1, name, ActorType.COMPANY)
    b.index.mentions.sort(key=lambda m: m.start)
