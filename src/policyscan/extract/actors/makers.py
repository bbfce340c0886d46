"""Makers the tagger missed: a capitalised name with no entity label that the sentence makes a company
("the app is made by Casablanca-based Qirat", "a chatbot built by Tessel"): the agent of a developer verb
("made", "built", "developed", ...) or the name after "<place>-based"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.filters import common_word, known_place
from policyscan.extract.actors.names import clean_name
from policyscan.extract.patterns import exact_set, lower_set, tokens_in
from policyscan.report import ActorType


def _maker_head(tok: Token) -> Token | None:
    """The name's last word after "by" of a developer verb, or after "-based"."""
    if tok.lower_ == "by" and tok.dep_ == "agent" and tok.head.lower_ in lower_set("developer_verbs"):
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    doc = tok.doc
    if tok.lower_ == "based" and tok.i >= 1 and doc[tok.i - 1].text == "-":
        j = tok.i + 1
        while j + 1 < len(doc) and doc[j].dep_ == "compound" and doc[j].head.i > j:
            j += 1
        return doc[j] if j < len(doc) else None
    return None


def untagged_makers(doc: Doc, b: Builder, model_tokens: set[int]) -> None:
    for i in tokens_in(doc, frozenset(["by", "based"])):
        head = _maker_head(doc[i])
        if head is None or head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_:
            continue
        start = min([c.i for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head.i])
        span = doc[start : head.i + 1]
        if any(t.i in b.index.token_key or t.i in model_tokens or t.ent_type_ for t in span):
            continue
        name = clean_name(span.text)
        if len(name) < 2 or known_place(name) or name in exact_set("not_actor_words") or common_word(name):
            continue  # not "AI-Based Companies" in a title-case heading
        b.add(start, head.i + 1, name, ActorType.COMPANY)
    b.index.mentions.sort(key=lambda m: m.start)
