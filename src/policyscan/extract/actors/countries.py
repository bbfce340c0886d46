"""A country's government named by description: "the Nepali government", "Kenya's government", "Kenyan
authorities", "the government of Peru", and a bare "the government" in a story about one country.

Every such phrase for one country is one actor (the first phrase names it, the others are its aliases), of
type government, whose ``country`` is the canonical name from data/countries.json. The country's own name
stays a place (type country) that is reported only when it acts ("Nepal lifted its ban").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.names import clean_name
from policyscan.extract.countries_data import country_of, country_table, demonym_of
from policyscan.extract.patterns import DATELINE_KEY, capitals, doc_ents, lexicon, tokens_in
from policyscan.report import ActorType

_NAME_DEPS = ("amod", "compound", "nmod", "poss", "npadvmod")


@cache
def _heads() -> frozenset[str]:
    return frozenset(country_table()["government_heads"])


@cache
def _not_national() -> frozenset[str]:
    return frozenset(country_table()["not_national"])


def _country_before(head: Token) -> tuple[int, str] | None:
    """ "the Nepali government", "South Korean authorities", "Guinea's transitional authorities": the first token
    of the phrase and the country its modifiers name."""
    mods = [c for c in head.lefts if c.dep_ in _NAME_DEPS]
    if not mods or not _national(head):
        return None
    start = min(m.left_edge.i for m in mods)
    words = head.doc[start : head.i]
    if any(t.ent_type_ in ("ORG", "PERSON") and not country_of(t.text) for t in words):
        return None  # "the Kestrel Labs authorities"
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            country = country_of(words[i:j].text)
            if country:
                return start, country
    return None


def thing_modifier(head: Token) -> bool:
    """ "a Chinese government laboratory", "U.S. government approval": the government's name only says whose
    thing it is; "government officials", "a government ban" still name the government acting."""
    nxt = head.head
    if head.lower_ not in _heads() or head.dep_ != "compound" or nxt.i <= head.i or nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    return nxt.lower_ not in country_table()["acting_modifier_heads"] and nxt.lower_ not in lexicon()["nouns"]


def _national(head: Token) -> bool:
    """ "the Kenyan authorities", not "several French local authorities" (some bodies, not the government)."""
    lefts = list(head.lefts)
    return not any(c.lower_ in _not_national() or c.tag_ == "CD" for c in lefts) and all(
        c.lower_ == "the" for c in lefts if c.dep_ == "det"
    )


def _country_after(head: Token) -> str | None:
    """ "the government of Kenya", "Government of India", "authorities in Kenya" (not "in northern Chile").

    Not "the data protection authorities of France" (a kind of body, not the government) nor "the authorities
    of France and Portugal" (one body per place: the joint-act rules give each its own)."""
    if not _national(head) or any(c.dep_ == "compound" for c in head.lefts):
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and not any(c.dep_ == "conj" for c in obj.children):
                return country_of(head.doc[obj.left_edge.i : obj.i + 1].text)
    return None


def _named_country(name: str, heads: frozenset[str]) -> str | None:
    """ "China government", "Government of India", "Kenyan authorities": the country a government's name gives."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in heads:
        return country_of(" ".join(words[:-1]))
    if len(words) > 2 and words[0].lower() in heads and words[1] == "of":
        return country_of(" ".join(words[2:]))
    return None


def story_country(doc: Doc) -> str | None:
    """The story's own country: the one it names, by name or nationality ("Kenya", "Kenyans"), or, when it names
    none, the one of the capital in its dateline ("NEW DELHI: The government has lifted ..."); None for several
    (a story that also names another country may mean either by "the government")."""
    found = set()
    for ent in doc_ents(doc):
        text = ent.text.strip()
        country = country_of(text) or (country_of(text[:-1]) if ent.label_ == "NORP" and text.endswith("s") else None)
        if ent.label_ in ("GPE", "NORP") and country:
            found.add(country)
            if len(found) > 1:
                return None
    return next(iter(found), None) or _dateline_country(doc.user_data.get(DATELINE_KEY))


def dateline_country(doc: Doc) -> str | None:
    """The country whose capital the story's dateline names, if it has one."""
    return _dateline_country(doc.user_data.get(DATELINE_KEY))


def _dateline_country(dateline: str | None) -> str | None:
    """ "NEW DELHI", "ACCRA, Nov 25 (Reuters)": the country whose capital the dateline names."""
    city = re.split(r"[,(:]", dateline or "", maxsplit=1)[0].strip()
    if not city:
        return None
    entry = next((v for k, v in capitals().items() if k.casefold() == city.casefold()), None)
    return country_of(entry["government"]) if entry else None


def _bare(head: Token) -> bool:
    """ "the government", "The Government", "authorities": no word naming which (that is the story's country)."""
    if any(c.dep_ in _NAME_DEPS for c in head.lefts) or any(c.dep_ == "prep" for c in head.rights):
        return False
    det = [c for c in head.lefts if c.dep_ == "det"]
    if det and det[0].lower_ != "the":
        return False
    acting = head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "pobj" and head.head.lower_ == "by")
    return acting and (bool(det) or head.lower_ == "authorities" or head.text[:1].isupper())


def country_governments(doc: Doc, b: Builder) -> None:
    """Give every phrase naming a country's government one actor per country."""
    heads = _heads()
    others = [r for r in b.index.actors.values() if r.type == ActorType.GOVERNMENT]
    by_country: dict[str, str] = {}
    for rec in others:
        if (country := _named_country(rec.name, heads)) is not None:
            # "Beijing said ..." stands for "China government", the tagger found "Government of India": the
            # same government as "the Chinese government", "India's government"
            rec.country = country
            by_country.setdefault(country, rec.key)
    story = story_country(doc)
    for i in tokens_in(doc, heads):
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in b.index.token_key or thing_modifier(tok):
            continue
        found = _country_before(tok)
        start, country = found if found else (tok.i, _country_after(tok))
        end = tok.i + 1
        also = None
        if country is None:
            if story is None or others or not _bare(tok):
                continue  # several countries, or a named government to resolve to: the generic rules decide
            name, country = f"{story} government", story
            if demonym := demonym_of(story):
                also = f"{demonym} government"  # the story says neither; both are its name
        else:
            if found is None:
                end = max(end, next(p for p in tok.rights if p.dep_ == "prep").right_edge.i + 1)
            while start < tok.i and doc[start].lower_ in ("the", "a"):
                start += 1
            name = clean_name(doc[start:end].text)
        key = b.add(start, end, name, ActorType.GOVERNMENT, country=country, key=by_country.get(country))
        by_country.setdefault(country, key)
        rec = b.index.actors[key]
        rec.country = country
        rec.type = ActorType.GOVERNMENT
        if also and also != rec.name:
            rec.aliases.add(also)
    _central_government(doc, b, story, by_country)
    b.index.mentions.sort(key=lambda m: m.start)


def _central_government(doc: Doc, b: Builder, story: str | None, by_country: dict[str, str]) -> None:
    """ "The Centre had written to Apple" in a story about India: the word that country's press uses for its
    central government, capitalised, after "the", with no "for"/"of" naming another centre."""
    if story is None:
        return
    words = frozenset(country_table()["central_government_words"].get(story, []))
    for i in tokens_in(doc, frozenset(w.lower() for w in words)) if words else []:
        tok = doc[i]
        if tok.text not in words or tok.i in b.index.token_key or tok.i == 0 or doc[i - 1].lower_ != "the":
            continue
        if any(c.dep_ in ("prep", "compound", "amod") for c in tok.children) or tok.ent_type_ not in ("", "ORG"):
            continue  # "the Centre for Data Ethics", "the Data Centre"
        key = b.add(i, i + 1, f"{story} government", ActorType.GOVERNMENT, country=story, key=by_country.get(story))
        by_country.setdefault(story, key)
        rec = b.index.actors[key]
        rec.aliases.add(tok.text)
        rec.type = ActorType.GOVERNMENT
        rec.country = story
