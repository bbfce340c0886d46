"""A known body's name written again where the tagger gave it no label: "Indecopi, the consumer agency, ..." is
tagged in one sentence and left bare in "In December 2025, Indecopi opens an investigation into ...". Once a
name is an actor, every untagged occurrence of exactly that name (same words, same capitals, not inside a longer
name or an AI model's name) is a mention of it, so that a verb whose subject it is has an actor."""

from __future__ import annotations

from spacy.tokens import Doc

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.filters import common_word, known_place
from policyscan.extract.countries_data import country_of
from policyscan.extract.patterns import actor_word_set, exact_set, tokens_in
from policyscan.report import ActorType


def _names(b: Builder) -> dict[tuple[str, ...], str]:
    """Every capitalised name or short name in capitals ("ANPD") of a non-country actor, as its words, with the
    actor's key; not the other aliases, which can be a word cut from a longer name ("Communications")."""
    out: dict[tuple[str, ...], str] = {}
    for key, rec in b.index.actors.items():
        if rec.type == ActorType.COUNTRY:
            continue
        for name in {rec.name, *(a for a in rec.aliases if a.isupper())}:
            words = tuple(name.split())
            if not words or not all(w[:1].isupper() for w in words) or common_word(name):
                continue
            if name in exact_set("not_actor_words") or len(name) < 3:
                continue
            out.setdefault(words, key)
        if rec.type == ActorType.COMPANY and (short := _without_legal_form(rec.name)) is not None:
            out.setdefault(tuple(short.split()), key)  # "Tarnis Pte Ltd" is "Tarnis" in the next paragraph
    for key, rec in sorted(b.index.actors.items()):
        if rec.type == ActorType.COMPANY and (short := _without_trade_word(rec.name)) is not None:
            out.setdefault(tuple(short.split()), key)  # "Ondaro Technologies" is "Ondaro" in the next paragraph
    return out


def _without_legal_form(name: str) -> str | None:
    """A registered company name without its legal form ("Tarnis Pte Ltd" -> "Tarnis"), when a name is left."""
    words = name.split()
    forms = actor_word_set("legal_forms")
    cut = len(words)
    while cut > 1 and words[cut - 1] in forms:
        cut -= 1
    short = " ".join(words[:cut])
    if cut == len(words) or len(short) < 3 or common_word(short) or short in exact_set("not_actor_words"):
        return None
    return short if all(w[:1].isupper() for w in words[:cut]) else None


def _without_trade_word(name: str) -> str | None:
    """A company's name without the one trade word that ends it ("Ondaro Technologies" -> "Ondaro"), when one
    distinctive word is left: never a place ("Kenya Telecom" is not Kenya) nor a common word ("Global Systems")."""
    words = name.split()
    if len(words) != 2 or words[-1] not in actor_word_set("company_name_tails"):
        return None
    short = words[0]
    if len(short) < 3 or not short[:1].isupper() or common_word(short) or short in exact_set("not_actor_words"):
        return None
    if country_of(short) is not None or known_place(short):
        return None
    return short


def _bare(doc: Doc, start: int, end: int, taken: dict[int, str], model_tokens: set[int]) -> bool:
    """No label, no mention, no model, a proper noun when one word, and no capitalised name word on either side."""
    if end - start == 1 and doc[start].pos_ != "PROPN" and not _short_form(doc[start].text):
        return False  # "the CNDP extended ...", tagged a common noun, is still the body's short name
    if any(t.ent_type_ or t.i in taken or t.i in model_tokens for t in doc[start:end]):
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    for edge in (before, after):
        if edge is not None and edge.pos_ == "PROPN" and edge.text[:1].isupper() and "\n" not in edge.text_with_ws:
            return False
    return True


def untagged_repeats(doc: Doc, b: Builder, model_tokens: set[int]) -> None:
    names = _names(b)
    if not names:
        return
    firsts = frozenset(words[0].lower() for words in names)
    added = False
    for i in tokens_in(doc, firsts):
        for words, key in sorted(names.items(), key=lambda kv: -len(kv[0])):
            end = i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[i:end]) != words:
                continue
            if _bare(doc, i, end, b.index.token_key, model_tokens):
                b.add(i, end, b.index.actors[key].name, b.index.actors[key].type, key=key)
                added = True
            break
    if added:
        b.index.mentions.sort(key=lambda m: m.start)


def _short_form(text: str) -> bool:
    return len(text) >= 3 and text.isupper() and text.isalpha()
