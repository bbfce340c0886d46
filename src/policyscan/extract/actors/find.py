"""find_actors: one pass over the doc's entities, then the passes that add and merge what NER missed."""

from __future__ import annotations

from spacy.tokens import Doc

from policyscan.extract.actors.acronyms import _acronyms, _known_as, _names_cut_at_and, _spelled_out_names
from policyscan.extract.actors.builder import _Builder
from policyscan.extract.actors.filters import _heading_only, _modifier_org, _skip_entity, product_names
from policyscan.extract.actors.index import ActorIndex
from policyscan.extract.actors.institutions import (
    _capital_actor,
    _capitalised_heads,
    _institution_phrases,
    _offices,
)
from policyscan.extract.actors.merge import _merge_descriptions, _merge_short_forms
from policyscan.extract.actors.names import _clean, _type_from_name
from policyscan.extract.actors.people import (
    _acting_place,
    _appositive_alias,
    _company_apposition,
    _person_role,
    _person_title,
)
from policyscan.extract.patterns import JUDGE_TITLE, TITLES, actor_word_set, capitals, exact_set
from policyscan.report import ActorType


def find_actors(doc: Doc, *, model_tokens: set[int] | None = None) -> ActorIndex:
    """Actors and their mentions, in document order. Pure function of the Doc."""
    model_tokens = model_tokens or set()
    b = _Builder(doc)
    acronyms = _acronyms(doc)
    capital_map = capitals()
    products = frozenset(product_names(doc))
    for ent in sorted(doc.ents, key=lambda e: e.start):
        if ent.label_ not in ("ORG", "GPE", "PERSON", "NORP", "PRODUCT", "LOC", "FAC"):
            continue
        if _skip_entity(ent, model_tokens, products):
            continue
        if "\n" in ent.text.strip() or _heading_only(ent) or _modifier_org(ent):
            continue
        name = _clean(ent.text)
        gaz = ent.ent_id_[6:] if ent.ent_id_.startswith("actor:") else None
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.lower_ == "administration" and ent.label_ in ("PERSON", "ORG"):
            b.add(ent.start, ent.end + 1, f"{name} administration", ActorType.GOVERNMENT)
            continue
        if ent.label_ == "PERSON":
            judge = bool(JUDGE_TITLE.match(name)) or (
                ent.start > 0 and doc[ent.start - 1].lower_ in actor_word_set("judge_words")
            )
            title = _person_title(doc, ent)
            name = TITLES.sub("", name)
            if title:
                b.titles.setdefault(name, title)
            if judge:
                b.add(ent.start, ent.end, name, ActorType.COURT)
                continue
        if ent.label_ in ("NORP", "LOC", "FAC") and not gaz:
            continue
        if ent.label_ == "PRODUCT" and not gaz and not _company_apposition(ent):
            continue
        if ent.label_ == "GPE" and name in capital_map and not gaz:
            if ent.root.dep_ in ("nsubj", "nsubjpass") or (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "by"):
                key = _capital_actor(b, name, capital_map[name])
                b.add(ent.start, ent.end, name, b.index.actors[key].type, key=key)
                b.index.actors[key].acting = True
            continue
        typ = _type_from_name(name, ent.label_)
        if _person_role(ent):
            typ = ActorType.PERSON
        if typ == ActorType.PERSON and len(name.split()) > 1 and name.split()[-1] in exact_set("company_suffixes"):
            typ = ActorType.COMPANY
        if _company_apposition(ent) and typ in (ActorType.COMPANY, ActorType.GROUP, ActorType.PERSON):
            typ = ActorType.COMPANY
        key = b.add(ent.start, ent.end, name, typ, key=gaz)
        rec = b.index.actors[key]
        if ent.start >= 2 and doc[ent.start - 1].text in ("'s", "’s") and doc[ent.start - 2].ent_type_ == "GPE":
            rec.country = rec.country or _clean(doc[doc[ent.start - 2].left_edge.i : ent.start - 1].text)
        if ent.label_ == "GPE" and _acting_place(ent):
            rec.acting = True
        if ent.end - 1 in acronyms:
            acr_i, acr = acronyms[ent.end - 1]
            b.by_name[acr.lower()] = key
            rec.aliases.add(acr)
            b.index.token_key[acr_i] = key
        _appositive_alias(ent, rec)
    _spelled_out_names(doc, b, acronyms)
    _names_cut_at_and(doc, b)
    _known_as(doc, b)
    _institution_phrases(doc, b)
    _capitalised_heads(doc, b)
    _offices(doc, b)
    _merge_short_forms(b.index)
    _merge_descriptions(b.index, b.descriptive, b.titles)
    b.index.titles = {k: t for k, t in b.titles.items() if k in b.index.actors}
    return b.index
