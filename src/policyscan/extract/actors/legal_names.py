"""Companies named with their legal form that the tagger missed: "Kestrel Oy", "PT Nusantara Data Tbk",
"Steppe JSC", "Vltava s.r.o.". The capitalised words before a legal form (data/actor_words.json
``legal_forms``) are the company's name; so are untagged proper nouns before a word firms end their names with
(``company_name_tails``: "Kestrel Labs", "Quorra Analytics")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.mastheads import masthead
from policyscan.extract.actors.names import clean_name
from policyscan.extract.patterns import (
    actor_word_set,
    doc_text,
    exact_set,
    line_is_heading,
    model_word_set,
    sent_of,
    standalone_name,
    tokens_in,
)
from policyscan.report import ActorType

MAX_WORDS = 4


def _name_word(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text) and text not in exact_set("not_actor_words")


def with_legal_name(ent: Span) -> Span:
    """ "Virmalised OÜ" tagged as the bare "OÜ", "Selvik Media" as "Media", "Yulduz AI" as "AI": an entity that
    opens with a legal form or a word firms end their names with takes the untagged proper nouns of the same
    sentence before it, which are the company's name."""
    doc, forms = ent.doc, _name_ending_words()
    if ent.ent_id_ or ent[0].text not in forms:
        return ent
    start, first = ent.start, sent_of(ent[0]).start
    while start - 1 >= first and ent.start - start < MAX_WORDS:
        prev = doc[start - 1]
        if prev.ent_type_ or prev.pos_ != "PROPN" or not _name_word(prev.text) or prev.text in forms:
            break
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label="ORG")


@cache
def _name_ending_words() -> frozenset[str]:
    """Legal forms, firm-name words and the AI tail: read once, asked for every entity."""
    ai_tails = model_word_set("company_suffixes_in_names", lower=False)
    return actor_word_set("legal_forms") | actor_word_set("company_name_tails") | ai_tails


def untagged_legal_names(doc: Doc, b: Builder, model_tokens: set[int]) -> None:
    _untagged_names(doc, b, model_tokens, actor_word_set("legal_forms"), proper=False)
    # "fined Kestrel Labs on Monday": a proper name ending in a word firms end their names with
    _untagged_names(doc, b, model_tokens, actor_word_set("company_name_tails"), proper=True)


def _untagged_names(doc: Doc, b: Builder, model_tokens: set[int], forms: frozenset[str], *, proper: bool) -> None:
    for i in tokens_in(doc, frozenset(f.lower() for f in forms)):
        tok = doc[i]
        if tok.text not in forms or tok.i in b.index.token_key:
            continue
        if proper and (tok.ent_type_ or tok.pos_ != "PROPN"):
            continue  # tagged: the entity pass kept it or had a reason not to
        if (key := b.index.token_key.get(i - 1)) is not None and b.index.actors[key].type == ActorType.PERSON:
            b.index.actors[key].type = ActorType.COMPANY  # "Vltavin s.r.o.": the tagger's person stops at the form
            continue
        end = i + 1
        while end < len(doc) and doc[end].text in forms and end - i < 2:
            end += 1  # "Sdn Bhd", "Pte Ltd"
        sent_start = sent_of(tok).start
        start = i
        while start - 1 >= sent_start and i - start < MAX_WORDS and _name_word(doc[start - 1].text):
            if doc[start - 1].text in forms and start - 1 != i - 1:
                break
            start -= 1
        while start < i and doc[start].text in forms:
            start += 1
        if start == i or (doc[start].is_sent_start and start + 1 == i and doc[start].pos_ != "PROPN"):
            continue  # "Inc." alone; "Shares AB": a sentence's capitalised first word is no name by itself
        if proper and any(t.pos_ != "PROPN" or t.ent_type_ for t in doc[start:i]):
            continue
        if any(k in b.index.token_key or k in model_tokens for k in range(start, end)):
            continue
        name = clean_name(doc[start:end].text)
        if name.lower() in actor_word_set("never_actor_names"):
            continue  # "divides Big Tech": the sector, not a firm
        if len(name) > 2 and not _heading_only(doc, name) and not masthead(Span(doc, start, end)):
            b.add(start, end, name, ActorType.COMPANY)
    b.index.mentions.sort(key=lambda m: m.start)


def _heading_only(doc: Doc, name: str) -> bool:
    """ "**WHITCOMBE ASHDOWN LLP**" on a masthead line: a name written only in headings is page furniture."""
    text = doc_text(doc)
    return all(line_is_heading(doc, m.start()) for m in standalone_name(name).finditer(text))
