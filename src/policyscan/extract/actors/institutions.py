"""Institutions named by description ("Italy's data-protection authority"), by a capitalised head
("the Commission"), by an office ("the governor"), or by a capital city ("Brussels")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from policyscan.extract.actors.acronyms import extend_name
from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.countries import thing_modifier
from policyscan.extract.actors.index import ActorIndex, ActorRec, Mention, absorb
from policyscan.extract.actors.names import clean_name, company_owned, gazetteer_entry, poss_free
from policyscan.extract.patterns import (
    PLACE_WORD_POSS,
    STATE_LEAD,
    actor_word_set,
    actor_words,
    exact_set,
    lexicon,
    line_is_heading,
    sent_of,
    tokens_in,
)
from policyscan.report import ActorType

COUNTRY_WORDS = actor_word_set("country_words")


def _institution_phrase(head: Token, index: ActorIndex) -> tuple[int, str, str | None] | None:
    """A named-by-description institution: "Italy's data-protection authority", "the French regulator"."""
    mods = [c for c in head.lefts if c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod") or c.text == "-"]
    body = lexicon()["institution_heads"].get(head.lower_) in actor_word_set("unnamed_body_types")
    if not mods and not (body and _place_of(head)):  # "a court in Nairobi" is named by its place alone
        return None
    start = min((m.left_edge.i for m in mods), default=head.i)
    country = None
    distinctive = False
    for m in mods:
        if m.dep_ == "poss":
            if m.lower_ in COUNTRY_WORDS or m.head.lower_ in COUNTRY_WORDS:
                k = index.recent(m.i, {ActorType.COUNTRY})
                country = index.actors[k].name if k else None
                distinctive = country is not None
            elif m.ent_type_ in ("GPE", "NORP") or (
                (mk := index.key_at(m)) and index.actors[mk].type == ActorType.COUNTRY
            ):
                country = clean_name(m.text)
                distinctive = True
        elif m.ent_type_ in ("NORP", "GPE") and m.text not in exact_set("not_actor_words"):
            country = clean_name(m.text)  # but not "the first AI service": the tagger calls "AI" a place
            distinctive = True
        elif m.lower_ == "state" and m.dep_ in ("compound", "amod", "nmod"):
            k = index.following(-1, {ActorType.COUNTRY})  # the story's place: the first one it names
            if k:
                country = index.actors[k].name
                distinctive = True
    placed = None if distinctive or not body else _place_of(head)
    if not distinctive and placed is None:
        return None
    det = [c for c in head.lefts if c.dep_ == "det"]
    # "a court in Nairobi", "an Ankara court": a body of a place may be told as one of its kind
    if det and det[0].lower_ not in (("the", "a", "an") if placed or (body and country) else ("the",)):
        return None
    for t in head.doc[start : head.i]:
        if "\n" in t.text_with_ws:
            start = t.i + 1
    words = [t.text_with_ws for t in head.doc[start : head.i + 1]]
    text = clean_name("".join(words))
    if country and STATE_LEAD.match(text):
        text = STATE_LEAD.sub(lambda _: country + " ", text)  # a function: the name is text, not a template
    if country and PLACE_WORD_POSS.match(text):
        text = PLACE_WORD_POSS.sub(lambda m: country + m.group(1), text)
    if placed is not None:
        place, prep = placed
        if prep.i > head.i:  # "a criminal judgeship of peace in Ankara": the name runs to the place
            return start, f"{clean_name(head.doc[start : prep.i].text)} in {place}", place
        return start, f"{place} {text}", place
    return start, text, country


@cache
def _head_words() -> frozenset[str]:
    return frozenset(lexicon()["institution_heads"])


@cache
def _office_words() -> frozenset[str]:
    return frozenset(lexicon()["official_heads_need_gpe"]) - actor_word_set("offices_not_alone")


def _place_of(head: Token) -> tuple[str, Token] | None:
    """The place that names an unnamed body, and its preposition: "a regional trial court in Makati" (place
    after), "In Geneva, the cantonal government imposed ..." (place fronted on the body's verb). Not a country:
    its bodies are named other ways ("France's government")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
    if head.dep_ in ("nsubj", "nsubjpass"):
        preps += [c for c in head.head.children if c.dep_ == "prep" and c.i < head.i]
    elif head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.i < head.i:
        preps.append(head.head.head)  # parsed as "In [X, the cantonal government]"
    countries = set(lexicon()["demonyms"].values())
    for prep in preps:
        if prep.lower_ not in actor_word_set("in_place_prepositions"):
            continue
        obj = next((g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
        ent = next((e for e in head.doc.ents if obj is not None and e.start <= obj.i < e.end), None)
        if ent is not None and (place := clean_name(ent.text)) not in countries:
            return place, prep
    return None


def institution_phrases(doc: Doc, b: Builder) -> None:
    heads = lexicon()["institution_heads"]
    for i in tokens_in(doc, _head_words()):
        tok = doc[i]
        if tok.i in b.index.token_key or tok.lower_ not in heads or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if thing_modifier(tok):
            continue  # "a Chinese government laboratory"
        if tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in actor_word_set("plural_form_heads"):
            continue  # not "the two ministries"; "Singapore's police" is one body
        if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON" and tok.text[:1].isupper():
            continue  # "U.S. President Arlo Ruhl": a title before a name, not a body
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN" and tok.head.text[:1].isupper():
            continue  # "state-run news agency Korvo": a description of the name that follows, not a body
        found = _institution_phrase(tok, b.index)
        if not found:
            continue
        start, name, country = found
        if not name or company_owned(name):
            continue  # only punctuation before the head; "the company's Milan sales office" is the company's
        if any(
            i in b.index.token_key and b.index.actors[b.index.token_key[i]].type != ActorType.COUNTRY
            for i in range(start, tok.i + 1)
        ):
            continue
        existing = b.by_name.get(name.lower()) or b.by_name.get(poss_free(name))
        key = b.add(start, tok.i + 1, name, ActorType(heads[tok.lower_]), country=country, key=existing)
        if existing is None:
            b.descriptive.add(key)
        if tok.i + 1 in b.index.token_key:
            pass
        _link_appositive_name(tok, b, key)


def _link_appositive_name(head: Token, b: Builder, key: str) -> None:
    """ "the country's watchdog, the Garante" -> one actor, named by its name: a description with a name beside
    it is no longer waiting for one ("Tunisia's telecoms regulator, INTT," is INTT, not a ministry named later)."""
    names = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos" and head.head.i < head.i:
        names.append(head.head)  # "AGCOM, Italy's communications regulator,": the name first
    for child in names:
        if (other := b.index.key_at(child)) and other != key:
            if key not in b.descriptive or other in b.descriptive:
                absorb(b.index, key, other)
                continue
            named, described = b.index.actors[other], b.index.actors[key]
            if named.type in (ActorType.COMPANY, ActorType.PERSON):
                named.type = described.type  # the tagger's guess is the body the description says ("the Seimas")
            absorb(b.index, other, key)
            b.descriptive.discard(key)


def untagged_names(doc: Doc, b: Builder) -> None:
    """ "The Czech Ministry of Industry and Trade ruled out ...", "The Information and Technologies Authority
    (BTK) told ...": a body's capitalised name the tagger missed, found from its head word."""
    heads = lexicon()["institution_heads"]
    offices = set(lexicon()["official_heads_need_gpe"])
    glue = actor_word_set("name_glue")
    for i in tokens_in(doc, _head_words()):
        tok = doc[i]
        if tok.i in b.index.token_key or tok.lower_ not in heads or tok.lower_ in offices:
            continue
        if tok.ent_type_:
            continue  # tagged: the entity pass kept it or had a reason not to (an outlet, a law's title)
        if not tok.text[:1].isupper() or tok.text.isupper() or line_is_heading(doc, tok.idx):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON":
            continue  # a title before a name
        start = tok.i
        sent_start = sent_of(tok).start
        while start - 1 >= sent_start:
            prev = doc[start - 1]
            # not "Members of Commission II": a sentence's first word is capitalised whatever it is
            proper = prev.ent_type_ in ("NORP", "GPE") or (prev.pos_ == "PROPN" and not prev.is_sent_start)
            if (
                proper
                and prev.text[:1].isupper()
                and prev.lower_ not in ("the", "a", "an")
                and "\n" not in prev.text_with_ws
            ) or (prev.lower_ in glue and start - 2 >= sent_start and doc[start - 2].text[:1].isupper()):
                start -= 1
            else:
                break
        while start < tok.i and doc[start].lower_ in glue:
            start += 1
        end = extend_name(doc, start, tok.i + 1)
        span = doc[start:end]
        if len([t for t in span if t.lower_ not in glue]) < 2:
            continue
        if any(
            t.i in b.index.token_key and b.index.actors[b.index.token_key[t.i]].type != ActorType.COUNTRY for t in span
        ):
            continue
        name = clean_name(span.text)
        key = b.add(start, end, name, ActorType(heads[tok.lower_]), key=b.by_name.get(name.lower()))
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acr = doc[end + 1].text
            if acr.isupper() and len(acr) >= 2:
                b.index.actors[key].aliases.add(acr)  # "(BTK)": its short form, in another language
                other = b.by_name.get(acr.lower())
                if other and other != key:
                    absorb(b.index, key, other)
                b.by_name[acr.lower()] = key
                b.index.token_key[end + 1] = key
    b.index.mentions.sort(key=lambda m: m.start)


def subject_committees(doc: Doc, b: Builder) -> None:
    """ "At the Senate, the committee on electoral reforms has approved ...": a committee named by its subject,
    after the chamber it belongs to when the sentence names one."""
    for i in tokens_in(doc, COMMITTEE_WORDS):
        tok = doc[i]
        if tok.i in b.index.token_key or tok.lower_ not in COMMITTEE_WORDS or not tok.text.islower():
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for")), None)
        if prep is None:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i - prep.i > 4 or not all(t.text.islower() for t in doc[prep.i : obj.i + 1]):
            continue  # "the committee on Monday" names no subject
        name = clean_name(doc[tok.i : obj.i + 1].text)
        sent = sent_of(tok)
        chamber = next(
            (
                m.key
                for m in b.index.mentions
                if sent.start <= m.start < tok.i and b.index.actors[m.key].type == ActorType.LEGISLATURE
            ),
            None,
        )
        if chamber is not None:
            name = f"{b.index.actors[chamber].name} {name}"
        b.add(tok.i, obj.i + 1, name, ActorType.LEGISLATURE, key=b.by_name.get(name.lower()))
    b.index.mentions.sort(key=lambda m: m.start)


COMMITTEE_WORDS = frozenset(["committee", "subcommittee"])


def described_names(doc: Doc, b: Builder) -> None:
    """ "Indecopi, the consumer protection and competition agency, opened ...": a name the tagger missed, given
    its kind by the description in apposition."""
    heads = lexicon()["institution_heads"]
    for i in tokens_in(doc, _head_words()):
        tok = doc[i]
        if tok.dep_ != "appos" or tok.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children):
            continue
        name_tok = tok.head
        if name_tok.tag_ != "NNP" or name_tok.ent_type_ or name_tok.i in b.index.token_key or name_tok.i >= tok.i:
            continue
        start = min([c.i for c in name_tok.lefts if c.dep_ == "compound" and c.tag_ == "NNP"] + [name_tok.i])
        if any(t.ent_type_ or t.i in b.index.token_key for t in doc[start : name_tok.i + 1]):
            continue
        name = clean_name(doc[start : name_tok.i + 1].text)
        if len(name) < 3 or not name[:1].isupper() or name.lower() in lexicon()["generic_actor_heads"]:
            continue
        b.add(start, name_tok.i + 1, name, ActorType(heads[tok.lower_]))
    b.index.mentions.sort(key=lambda m: m.start)


def capitalised_heads(doc: Doc, b: Builder) -> None:
    """ "the Commission" / "the Office" after "European Commission" was named."""
    heads = lexicon()["institution_heads"]
    for i in tokens_in(doc, _head_words()):
        tok = doc[i]
        if tok.i in b.index.token_key or not tok.text[:1].isupper() or tok.lower_ not in heads:
            continue
        opening = tok.i == 0 or (doc[tok.i - 1].lower_ not in ("the", "’s", "'s") and tok.i == sent_of(tok).start)
        if opening and (heads[tok.lower_] != "legislature" or tok.dep_ != "nsubj" or tok.tag_ != "NNP"):
            continue  # but "Parliament passed the act": a legislature is named so, capitalised or not
        if doc[tok.i - 1].lower_ in actor_word_set("rank_words") and doc[tok.i - 1].text[:1].isupper():
            continue  # "Major General Tavi Sorn": a rank before a name
        for m in reversed(b.index.mentions):
            rec = b.index.actors[m.key]
            if m.start < tok.i and rec.name.split()[-1].lower() == tok.lower_:
                b.index.mentions.append(Mention(tok.i, tok.i + 1, m.key))
                b.index.token_key[tok.i] = m.key
                rec.mentions += 1
                break
        else:
            _unnamed_body(tok, b, heads[tok.lower_])
    b.index.mentions.sort(key=lambda m: m.start)


def unnamed_offices(doc: Doc, b: Builder) -> None:
    """ "the governor signed it": the story's governor when no person holds that title."""
    offices = _office_words()
    for i in tokens_in(doc, offices):
        tok = doc[i]
        if tok.i in b.index.token_key or tok.lower_ not in offices or tok.pos_ != "NOUN":
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        if tok.lower_ in b.titles.values() or _office_of_body(tok):
            continue
        place = b.index.following(-1, {ActorType.COUNTRY})
        if place is None:
            continue
        name = f"{b.index.actors[place].name} {tok.lower_}"
        key = b.add(
            tok.i - 1,
            tok.i + 1,
            name,
            ActorType.GOVERNMENT,
            country=b.index.actors[place].name,
            key=b.by_name.get(poss_free(name)),
        )
        b.index.actors[key].acting = True
    b.index.mentions.sort(key=lambda m: m.start)


def _office_of_body(tok: Token) -> bool:
    """ "The President of the Competition Office", "the president of Kestrel": the head of a named body, not
    the place's government."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ != "GPE" and g.lower_ not in COUNTRY_WORDS
            for g in c.children
        )
        for c in tok.children
    )  # not "the President of Kenya", "the President of the Republic"


def _unnamed_body(tok: Token, b: Builder, typ: str) -> None:
    """ "The Legislature voted ...": a capitalised body acting in a story about one place."""
    if typ not in actor_word_set("unnamed_body_types") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return
    if _office_of_body(tok):
        return
    own = actor_words()["national_legislatures"].get(tok.lower_)
    if own is not None:  # "The Sejm voted": Poland's parliament, whatever place the story named last
        key = b.add(tok.i, tok.i + 1, tok.text, ActorType(typ), country=own)
        b.index.actors[key].acting = True
        return
    place = b.index.recent(tok.i, {ActorType.COUNTRY}) or b.index.following(tok.i, {ActorType.COUNTRY})
    if place is None and tok.lower_ in _office_words():
        return  # "The Deputy Minister said": an office of no named place is nobody's government
    name = f"{b.index.actors[place].name} {tok.text}" if place else tok.text
    key = b.add(tok.i, tok.i + 1, name, ActorType(typ), country=b.index.actors[place].name if place else None)
    b.index.actors[key].acting = True


def capital_actor(b: Builder, capital: str, info: dict) -> str:
    for pref in info.get("prefer", []):
        key = b.by_name.get(pref.lower())
        if key:
            return key
    government = info["government"]
    key = b.by_name.get(government.lower())
    if key:
        return key
    entry = gazetteer_entry(government)
    typ = ActorType(entry["type"]) if entry else ActorType.GOVERNMENT
    name = entry["name"] if entry else f"{government} government"
    rec = b.index.actors.setdefault(name, ActorRec(key=name, name=name, type=typ, country=government))
    b.by_name.setdefault(name.lower(), name)
    return rec.key
