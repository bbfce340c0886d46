"""find_actors: one pass over the doc's entities, then the passes that add and merge what NER missed."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from policyscan.extract.actors.acronym_appositives import acronym_appositives
from policyscan.extract.actors.acronym_clash import clashing_acronyms
from policyscan.extract.actors.acronyms import find_acronyms, known_as, names_cut_at_and, spelled_out_names
from policyscan.extract.actors.bios import author_bio
from policyscan.extract.actors.blocs import place_only_blocs
from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.class_names import class_name
from policyscan.extract.actors.countries import country_governments, dateline_country
from policyscan.extract.actors.described_companies import (
    based_premodifier,
    described_companies,
    makers_named_like_models,
    relabelled,
    suffixed_maker,
)
from policyscan.extract.actors.described_twice import join_described_twice
from policyscan.extract.actors.filters import (
    known_place,
    maker_agent,
    modifier_org,
    product_names,
    skip_entity,
)
from policyscan.extract.actors.foreign import foreign_country, nationality_only
from policyscan.extract.actors.fragments import fragment
from policyscan.extract.actors.headings import heading_only
from policyscan.extract.actors.imperatives import imperative_opening
from policyscan.extract.actors.index import ActorIndex
from policyscan.extract.actors.institutions import (
    capital_actor,
    capitalised_heads,
    described_names,
    institution_phrases,
    subject_committees,
    unnamed_offices,
    untagged_names,
)
from policyscan.extract.actors.law_acronyms import defined_class_acronyms, defined_law_acronyms
from policyscan.extract.actors.lawmakers import place_lawmakers
from policyscan.extract.actors.legal_names import untagged_legal_names, with_legal_name
from policyscan.extract.actors.list_modifiers import listed_modifier, origin_place
from policyscan.extract.actors.listed import among_companies
from policyscan.extract.actors.makers import untagged_makers
from policyscan.extract.actors.mastheads import masthead
from policyscan.extract.actors.merge import merge_descriptions, merge_short_forms
from policyscan.extract.actors.names import (
    clean_name,
    company_suffixed,
    cut_before_head,
    edge_symbols,
    gazetteer_entry,
    type_from_name,
)
from policyscan.extract.actors.office_titles import title_portfolio
from policyscan.extract.actors.org_cues import retype_organisations
from policyscan.extract.actors.people import (
    acting_place,
    appositive_alias,
    based_apposition,
    company_apposition,
    described_before,
    person_role,
    person_title,
)
from policyscan.extract.actors.places import coordination
from policyscan.extract.actors.platforms import acting_platforms
from policyscan.extract.actors.portfolios import kind_committees, portfolio_ministries
from policyscan.extract.actors.repeats import untagged_repeats
from policyscan.extract.actors.split_heads import joined_heads
from policyscan.extract.actors.tickers import in_ticker, ticker_only
from policyscan.extract.actors.title_topics import office_portfolio, title_topic
from policyscan.extract.countries_data import country_of
from policyscan.extract.model_brackets import described_product
from policyscan.extract.model_makers import company_noun_before
from policyscan.extract.patterns import JUDGE_TITLE, TITLES, actor_word_set, capitals, doc_ents, exact_set, lexicon
from policyscan.report import ActorType


def model_names(doc: Doc, model_tokens: set[int]) -> frozenset[str]:
    """The names the model finder took ("Falcon Eye 4" and "Falcon Eye"): elsewhere the same words are still the
    model, not its maker ("the maker of Falcon Eye drone-targeting AI")."""
    names = set()
    run: list[int] = []
    for i in [*sorted(model_tokens), -2]:
        if run and i != run[-1] + 1:
            names.add(clean_name(doc[run[0] : run[-1] + 1].text))
            run = []
        run.append(i)
    suffixes = exact_set("company_suffixes")
    return frozenset(n for n in names if " " in n and n.split()[-1] not in suffixes)  # not "DeepSeek" the firm


def _acting_place(root: Token) -> bool:
    """A capital standing for its government acts as the subject or a passive's agent, or joined to one by
    "and" ("Washington and Beijing agreed to suspend ...")."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.lower_ == "by")


def find_actors(doc: Doc, *, model_tokens: set[int] | None = None) -> ActorIndex:
    """Actors and their mentions, in document order. Pure function of the Doc."""
    model_tokens = model_tokens or set()
    b = Builder(doc)
    acronyms = find_acronyms(doc)
    clashing = clashing_acronyms(doc, acronyms)  # "Capital Market Authority (CMA)": not the UK's CMA
    law_acronyms = defined_law_acronyms(doc, acronyms)  # "the Personal Information Protection Act (PIPA)"
    class_acronyms = defined_class_acronyms(doc)  # "private electronic system operators, known as PSE"
    capital_map = capitals()
    products = frozenset(product_names(doc)) | model_names(doc, model_tokens)
    currencies = actor_word_set("currency_codes")
    for ent in joined_heads(sorted(doc_ents(doc), key=lambda e: e.start)):  # "Agency" + "for the Protection of X"
        label = relabelled(ent)
        if label != ent.label_:
            ent = Span(doc, ent.start, ent.end, label=label)
        if ent.label_ not in ("ORG", "GPE", "PERSON", "NORP", "PRODUCT", "LOC", "FAC"):
            continue
        if len(ent) > 1 and ent[-1].text in currencies and ent.end < len(doc) and doc[ent.end].like_num:
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.ent_id)  # "fined Kestrel NOK 2.5m"
        ent = with_legal_name(owner_before_slash(ent, model_tokens))
        own = model_tokens - set(range(ent.start, ent.end)) if suffixed_maker(ent, model_tokens) else model_tokens
        if (
            skip_entity(ent, own, products)
            or in_ticker(ent)
            or imperative_opening(ent)
            or fragment(ent)
            or title_portfolio(ent)
            or title_topic(ent)
            or office_portfolio(ent)
            or masthead(ent)
        ):
            continue
        if class_name(ent) or listed_modifier(ent) or author_bio(ent) or origin_place(ent):
            continue  # a list's name; "Central and Eastern provinces"
        if ent.text.strip() in law_acronyms or ent[0].text in class_acronyms:
            continue
        if ent.label_ == "ORG" and not ent.ent_id_ and nationality_only(ent):
            continue  # "The Zambian" before "Supreme Court"
        if "\n" in ent.text.strip() or heading_only(ent) or modifier_org(ent):
            continue
        name = clean_name(ent.text)
        gaz = ent.ent_id_[6:] if ent.ent_id_.startswith("actor:") else None
        if name in clashing:
            gaz = None
        if gaz is None and ent.end < len(doc) and doc[ent.end].text.islower():
            # "the US Commerce department": the lower-case head completes a listed body's name
            entry = gazetteer_entry(f"{name} {doc[ent.end].text}")
            if entry is not None and doc[ent.end].lower_ in lexicon()["institution_heads"]:
                ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)
                name, gaz = clean_name(ent.text), entry["name"]
        if gaz is None and ent.label_ == "ORG" and cut_before_head(ent):
            ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)  # "the Data Ombudsman" tagged "Data"
            name = clean_name(ent.text)
        # a city the tagger took for an org or a person ("São Paulo's agency") is a place: an actor only when it acts
        # "🇹🇭 Thailand" (a flag before a country's name) tagged a person
        place = known_place(name) or (edge_symbols(ent.text) and country_of(name) is not None)
        label = "GPE" if not gaz and ent.label_ in ("ORG", "PERSON") and place else ent.label_
        described = None
        if not gaz and not place and label in ("GPE", "LOC", "FAC", "NORP") and country_of(name) is None:
            appositive = (
                company_apposition(ent)
                or based_apposition(ent)
                or among_companies(ent)
                or maker_agent(ent, model_tokens)
                or based_premodifier(ent)
            )
            described = described_before(ent) or (ActorType.COMPANY if appositive else None)
            label = "ORG" if described else label  # "Sahra AI, a Dubai-based start-up", "US firm Cadence"
        if label == "PERSON" and not gaz and company_noun_before(doc, ent.start):
            label = "ORG"  # "the Brno company Vorla"
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.lower_ in actor_word_set("administration_words") and label in ("PERSON", "ORG"):
            b.add(ent.start, ent.end + 1, f"{name} {nxt.lower_}", ActorType.GOVERNMENT)
            continue
        if label == "PERSON":
            judge = bool(JUDGE_TITLE.match(name)) or (
                ent.start > 0 and doc[ent.start - 1].lower_ in actor_word_set("judge_words")
            )
            title = person_title(doc, ent)
            name = TITLES.sub("", name)
            if title:
                b.titles.setdefault(name, title)
            if judge:
                b.add(ent.start, ent.end, name, ActorType.COURT)
                continue
        if label in ("NORP", "LOC", "FAC") and not gaz:
            continue
        if label == "PRODUCT" and not gaz and not company_apposition(ent):
            continue
        if label == "GPE" and name in capital_map and not gaz:
            if _acting_place(ent.root):
                key = capital_actor(b, name, capital_map[name])
                b.add(ent.start, ent.end, name, b.index.actors[key].type, key=key)
                b.index.actors[key].acting = True
            continue
        typ = described or type_from_name(name, label)
        if typ == ActorType.COMPANY and label == "ORG" and described_before(ent) == ActorType.GROUP:
            typ = ActorType.GROUP  # "music rights society VERA"
        if person_role(ent):
            typ = ActorType.PERSON
        if typ == ActorType.PERSON and len(name.split()) > 1 and company_suffixed(name):
            typ = ActorType.COMPANY
        if (company_apposition(ent) or maker_agent(ent, model_tokens)) and typ in (
            ActorType.COMPANY,
            ActorType.GROUP,
            ActorType.PERSON,
        ):
            typ = ActorType.COMPANY  # "Kestrel, a Toronto start-up", "a chatbot built by Huemul Learning"
        foreign = foreign_country(ent, (gazetteer_entry(gaz) or {}).get("country") if gaz else None)
        key = b.add(ent.start, ent.end, name, typ, key=gaz or (name if name in clashing else None), country=foreign)
        rec = b.index.actors[key]
        if ent.start >= 2 and doc[ent.start - 1].text in ("'s", "’s") and doc[ent.start - 2].ent_type_ == "GPE":
            rec.country = rec.country or clean_name(doc[doc[ent.start - 2].left_edge.i : ent.start - 1].text)
        if label == "GPE" and acting_place(ent):
            rec.acting = True
        if ent.end - 1 in acronyms:
            acr_i, acr = acronyms[ent.end - 1]
            b.by_name[acr.lower()] = key
            rec.aliases.add(acr)
            b.index.token_key[acr_i] = key
        appositive_alias(ent, rec)
        for child in ent.root.children:
            if child.dep_ == "appos" and child.i > ent.end and child.is_alpha and child.text.isupper():
                if in_ticker(doc[child.i : child.i + 1]):
                    continue  # "Kestrel (NYSE: KST)": an exchange, not Kestrel's short name
                if 2 <= len(child.text) <= 8 and rec.type != ActorType.PERSON:  # "the Authority, the GPDP, said"
                    rec.aliases.add(child.text)
                    b.by_name.setdefault(child.text.lower(), key)
    listed_companies(doc, b, model_tokens)
    acting_platforms(doc, b)
    untagged_makers(doc, b, model_tokens)
    untagged_legal_names(doc, b, model_tokens)
    spelled_out_names(doc, b, acronyms)
    names_cut_at_and(doc, b)
    known_as(doc, b)
    country_governments(doc, b)
    described_names(doc, b)
    described_companies(doc, b, model_tokens)
    makers_named_like_models(doc, b, model_tokens)
    institution_phrases(doc, b)
    acronym_appositives(doc, b)
    untagged_names(doc, b)
    capitalised_heads(doc, b)
    subject_committees(doc, b)
    unnamed_offices(doc, b)
    place_lawmakers(doc, b)
    portfolio_ministries(doc, b)
    kind_committees(doc, b)
    merge_short_forms(b.index)
    merge_descriptions(b.index, b.descriptive, b.titles, home=dateline_country(doc))
    join_described_twice(b.index, b.descriptive)
    place_only_blocs(doc, b.index)
    ticker_only(doc, b.index)
    untagged_repeats(doc, b, model_tokens)
    retype_organisations(doc, b.index, b.titles)  # "Sava Parks, which runs ...": not a person
    b.index.titles = {k: t for k, t in b.titles.items() if k in b.index.actors}
    return b.index


def owner_before_slash(ent: Span, model_tokens: set[int]) -> Span:
    """ "SK Nova/Adot (a call recording service)": a company and its product written with a slash, the
    product a model or described as a product or service; the words before the slash are the company."""
    slash = next((t.i for t in ent if t.text == "/"), None)
    if slash is None or slash == ent.start or slash + 1 == ent.end:
        return ent
    product = all(i in model_tokens for i in range(slash + 1, ent.end)) or described_product(ent.doc, ent.end)
    if not product or any(i in model_tokens for i in range(ent.start, slash)):
        return ent
    return Span(ent.doc, ent.start, slash, label=ent.label_)


def listed_companies(doc: Doc, b: Builder, model_tokens: set[int]) -> None:
    """ "chatbots from Tamsin Holdings, Brightmere Technologies, Snap, OpenAI and Quillet": an untagged name in a
    list of companies is a company too."""
    seen: set[int] = set()
    for rec in list(b.index.actors.values()):
        if rec.type != ActorType.COMPANY:
            continue
        for m in [m for m in b.index.mentions if m.key == rec.key]:
            root = doc[m.start : m.end].root
            if root.i in seen or (root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children)):
                continue
            members = coordination(root)
            seen.update(t.i for t in members)
            companies = [t for t in members if (k := b.index.key_at(t)) and b.index.actors[k].type == ActorType.COMPANY]
            if len(companies) < 2:
                continue
            for t in members:
                if t.i in b.index.token_key or t.i in model_tokens or t.ent_type_ or t.pos_ != "PROPN":
                    continue
                if not t.text[:1].isupper() or known_place(t.text) or t.text in exact_set("not_actor_words"):
                    continue
                start = min([c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t.i])
                if any(i in b.index.token_key for i in range(start, t.i + 1)):
                    continue
                b.add(start, t.i + 1, clean_name(doc[start : t.i + 1].text), ActorType.COMPANY)
    b.index.mentions.sort(key=lambda m: m.start)
