"""Products named after their maker: a name whose first word is the distinctive word of a company the
article names another way is that company's product when it is used as one.

* "its Halvard Sort product", "the Kestova Studio app", "whose Tarvo Talk service", "its Pemba
  Assistant", in an article that also names "Halvard Systems", "Kestova" or "Pemba Credit";
* "the Marlen photo-editing app" where the maker is "Marlen Digital": the maker's first word alone.

The maker's other name decides, not a cue word: "Halvard Sort" needs no AI word near it, but the company
must be written another way ("Halvard Systems", "Halvard said") and be no body in the actor gazetteer
(a known company's AI products are in the model gazetteer; "the Microsoft Teams app" is no AI model).
Word lists are in data/model_words.json.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from policyscan.extract.countries_data import country_of
from policyscan.extract.model_names import actor_types, ai_cue, bad_name, demonym, named_as_company, run_left, run_right
from policyscan.extract.patterns import (
    actor_word_set,
    capitals,
    doc_text,
    exact_set,
    lexicon,
    model_word_set,
    sent_of,
    standalone_name,
    tokens_in,
)

if TYPE_CHECKING:
    from policyscan.extract.ai_models import ModelRec, _Builder


@cache
def _product_nouns() -> frozenset[str]:
    return model_word_set("maker_product_nouns") | model_word_set("cue_nouns")


def _owner_words() -> frozenset[str]:
    return model_word_set("owner_words") | frozenset(["whose"])


def _maker_word(doc: Doc, word: str, name: str, at: int) -> bool:
    """``word`` names a company in this article in a form other than the product ``name`` (at token ``at``):
    alone ("Kestova said", "Kestova, founded in 2021,") or in a longer name that is not ``name`` ("Marlen
    Digital", "Halvard Systems"). A one-word product shares the one-word maker's name when the maker is
    called a company elsewhere ("the Halvex assistant from the firm Halvex", "Halvex said")."""
    if word.lower() in actor_types() or word in capitals() or word in exact_set("model_name_stop"):
        return False
    if country_of(word):
        return False
    suffixes = exact_set("company_suffixes") - _ai_suffixes()
    for m in standalone_name(word).finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        tok = span[0]
        if (tok.ent_type_ in ("GPE", "LOC") and tok.ent_id_) or demonym(tok):
            return False
        k = span.end
        if span.start == at:
            continue
        if name == word and _same_name_product(doc, at) and _called_company(doc, span.start, k):
            return True
        nxt = doc[k] if k < len(doc) else None
        if nxt is not None and nxt.text in suffixes:
            return True  # "Halvard Systems", "Brisane AS"
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start:
            full = doc[span.start : run_right(doc, span.start, sent_of(tok).end)].text
            same = full == name or (name != word and (full.startswith(name) or name.startswith(full)))
            if not (same or full.split()[-1] in _ai_suffixes() or _body(full)):
                return True  # "Marlen Digital" beside "the Marlen app"
            continue
        if name != word and (named_as_company(doc, k) or tok.ent_type_ == "ORG" or tok.dep_ in _NAME_ROLES):
            return True  # "Kestova said", "Kestova, a Lisbon start-up,", "Kestova was founded"
    return False


_NAME_ROLES = ("nsubj", "nsubjpass", "poss")


def _same_name_product(doc: Doc, at: int) -> bool:
    """ "the Halvex assistant": a product noun that names a product, not "the Halvex model" (its model)."""
    return at + 1 < len(doc) and doc[at + 1].lower_ in model_word_set("same_name_product_nouns")


def _called_company(doc: Doc, start: int, end: int) -> bool:
    """ "the firm Halvex", "Halvex said", "Halvex's chief executive" """
    return company_noun_before(doc, start) or named_as_company(doc, end) or person_of(doc, end)


def _body(name: str) -> bool:
    """ "Commerce Department", "Marlen County Council": a public body's name, not a company's."""
    last = name.split()[-1].lower()
    return last in lexicon()["institution_heads"] or last in lexicon()["generic_actor_heads"]


@cache
def _ai_suffixes() -> frozenset[str]:
    return model_word_set("company_suffixes_in_names", lower=False)


def model_key(name: str) -> str:
    from policyscan.extract.ai_models import model_key as key

    return key(name)


def _add_if_made(doc: Doc, b: _Builder, start: int, end: int) -> None:
    if end <= start or any(i in b.index.token_key for i in range(start, end)):
        return
    name = doc[start:end].text
    words = name.split()
    if words[-1] in exact_set("company_suffixes") or bad_name(doc, start, end) or named_as_company(doc, end):
        return
    if name.lower() in actor_types():
        return
    if _maker_word(doc, words[0], name, start):
        b.add(start, end, name)
        if len(words) == 1:
            b.index.models[model_key(name)].maker_word = True


def company_use(rec: ModelRec, doc: Doc, start: int, end: int) -> bool:
    """A model's name used for the company that shares it: "the Bratislava company Mirova", "Mirova's chief
    executive"; or the maker's longer name ("Marlen Digital" beside the product "Marlen")."""
    return longer(rec, doc, end) or company_noun_before(doc, start) or person_of(doc, end)


def company_noun_before(doc: Doc, start: int) -> bool:
    k = start - 1
    while k >= 0 and doc[k].text[:1].isupper() and start - k <= 2 and doc[k].ent_type_ in ("GPE", "LOC", "NORP"):
        k -= 1  # "the Bratislava company Mirova": the company's town
    heads = lexicon()["generic_actor_heads"]
    word = doc[k].lower_ if k >= 0 else ""
    if k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
        word = doc[k - 2 : k + 1].text.lower()  # "the start-up Quellin"
    return k >= 0 and doc[k].text.islower() and "company" in heads.get(word, [])


def person_of(doc: Doc, end: int) -> bool:
    """ "Mirova's chief executive", "Mirova's founder": a person of the company."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return False
    roles = actor_word_set("person_roles")
    return any(t.lower_ in roles for t in doc[end + 1 : min(end + 3, len(doc))])


def longer(rec: ModelRec, doc: Doc, end: int) -> bool:
    """A product named with its maker's first word ("Marlen") opens the maker's longer name ("Marlen Digital")."""
    if not rec.maker_word or end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start


def _hyphened(doc: Doc, i: int) -> bool:
    """ "photo-editing" at token ``i``: two lower-case words joined by a hyphen, written tight."""
    a, dash, c = doc[i], doc[i + 1], doc[i + 2]
    return dash.text == "-" and not a.whitespace_ and not dash.whitespace_ and a.text.islower() and c.text.islower()


def _before_product_nouns(doc: Doc, b: _Builder) -> None:
    """ "the Kestova Studio app", "the Marlen photo-editing app", "whose Tarvo Talk service" """
    for i in tokens_in(doc, _product_nouns()):
        tok = doc[i]
        if not tok.text.islower():
            continue
        sent = sent_of(tok)
        end = i
        if end - 3 >= sent.start and _hyphened(doc, end - 3):
            end -= 3  # "the Marlen photo-editing app": a lower-case description between name and noun
        start = run_left(doc, end, sent.start)
        if start - 2 >= sent.start and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].text[:1].isupper():
            continue  # "Department of Commerce systems": the end of a body's name
        if start < end and (end - start > 1 or start > sent.start):
            _add_if_made(doc, b, start, end)


def _after_owners(doc: Doc, b: _Builder) -> None:
    """ "its Pemba Assistant", "whose Tarvo Talk": a two-word name after an owner word."""
    for i in tokens_in(doc, _owner_words()):
        sent = sent_of(doc[i])
        end = run_right(doc, i + 1, sent.end)
        if end < sent.end and doc[end].pos_ == "NOUN" and doc[end].text.islower():
            continue  # "its Lodos Bulut cloud service": the noun after the name says what it is
        if end - (i + 1) >= 2:
            _add_if_made(doc, b, i + 1, end)


def maker_products(doc: Doc, b: _Builder) -> None:
    if not ai_cue(doc, 0, len(doc)):
        return  # a text about no AI product: "its Lumo Studio app" is a booking app
    _before_product_nouns(doc, b)
    _after_owners(doc, b)
