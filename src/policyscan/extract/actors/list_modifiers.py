"""Capitalised words that only qualify a noun. Listed before one plural noun: "in Northern and Western provinces",
"Uzbek and Georgian firms", "the Finance, Defence and Interior ministries" (a region, a nationality, a portfolio).
After "from" and a plural noun of people: "applicants from Tavira" (where they come from). None is an actor."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from policyscan.extract.patterns import actor_word_set, lexicon

_SEPARATORS = frozenset({",", "and", "or", "&"})


def _member(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in _SEPARATORS


def _list_around(doc: Doc, start: int, end: int) -> tuple[list[Token], Token | None]:
    """The capitalised single words joined by commas and "and" around doc[start:end], and the word after them."""
    members = [doc[start]]
    i = start - 1
    while i >= 1 and doc[i].lower_ in _SEPARATORS and _member(doc[i - 1]):
        members.insert(0, doc[i - 1])
        i -= 2
    j = end
    while j + 1 < len(doc) and doc[j].lower_ in _SEPARATORS and _member(doc[j + 1]):
        members.append(doc[j + 1])
        j += 2
    return members, (doc[j] if j < len(doc) else None)


def _demonym(tok: Token) -> bool:
    return tok.ent_type_ == "NORP" or tok.text in lexicon()["demonyms"]


def _plural_body(word: str) -> bool:
    heads = lexicon()["institution_heads"]
    return word.endswith("s") and (word[:-1] in heads or (word.endswith("ies") and word[:-3] + "y" in heads))


def listed_modifier(ent: Span) -> bool:
    """A one-word name in a list of such words before a lower-case plural noun that is a kind of place or of
    public body, or whose list holds a nationality: "Central and Eastern provinces", "Kazakh and Armenian firms"."""
    if ent.ent_id_ or len(ent) != 1:
        return False
    members, noun = _list_around(ent.doc, ent.start, ent.end)
    if len(members) < 2 or noun is None or not noun.is_alpha or not noun.text.islower() or noun.pos_ != "NOUN":
        return False
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.text.islower():
        noun = noun.head  # "Kalema and Forbes border posts": the plural noun after its own modifier
    word = noun.lower_
    if word in actor_word_set("place_nouns") or _plural_body(word):
        return True
    return noun.tag_ == "NNS" and any(_demonym(t) for t in members if t.i != ent.start)


def origin_place(ent: Span) -> bool:
    """ "applicants from Tavira and from rural areas", "users from Gozo": where people come from, not a party."""
    if ent.ent_id_:
        return False
    tok = ent.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from":
        return False
    people = prep.head
    return people.tag_ == "NNS" and people.lower_ in actor_word_set("people_nouns")
