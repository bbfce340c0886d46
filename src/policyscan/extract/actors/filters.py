"""Entities that are not actors: laws and bills, products and chip numbers, headings, places used as
modifiers, names only ever quoted."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from policyscan.extract.actors.described_companies import based_premodifier
from policyscan.extract.actors.named_products import named_after_product_noun
from policyscan.extract.actors.names import clean_name, is_law_name, type_from_name
from policyscan.extract.actors.people import a_people, party_outlet, policy_nouns, public_body, rank_only
from policyscan.extract.actors.places import listed_place, origin_only
from policyscan.extract.actors.product_terms import named_as_company, not_an_actor, platform_mention
from policyscan.extract.patterns import (
    AMOUNT_NAME,
    BILL_NAME,
    MODEL_NUMBER,
    actor_word_set,
    capitals,
    doc_ents,
    doc_text,
    exact_set,
    in_ranges,
    lexicon,
    lower_set,
    model_word_set,
    quoted_ranges,
    verb_form_set,
    whole_word,
)
from policyscan.report import ActorType

PRODUCT_NOUNS = actor_word_set("product_nouns")
PLATFORM_USES = actor_word_set("platform_use_nouns")


def product_names(doc: Doc) -> set[str]:
    """Names the article itself calls an app or a service ("its Perdrix Voice app")."""
    names = set()
    for ent in doc_ents(doc):
        if ent.ent_id_:
            continue
        if ent[-1].lower_ in PRODUCT_NOUNS and public_body(ent):
            continue  # "the National Consumer Service" is a body, "the Perdrix Voice service" a product
        if ent[-1].lower_ in PRODUCT_NOUNS or (ent.end < len(doc) and doc[ent.end].lower_ in PRODUCT_NOUNS):
            names.add(clean_name(ent.text))
        elif any(c.dep_ == "appos" and c.lower_ in PRODUCT_NOUNS for c in ent.root.children):
            names.add(clean_name(ent.text))  # "Cantor Studio, a subscription app"
        elif (
            ent.end + 2 < len(doc)
            and doc[ent.end].text == ","
            and doc[ent.end + 1].lower_ in ("a", "an", "the")
            and any(
                t.lower_ in PRODUCT_NOUNS and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "NOUN")
                for t in _until_company_head(doc[ent.end + 2 : ent.end + 6])
            )
        ):
            names.add(clean_name(ent.text))  # "Jua Cloud, a data-centre service run from Nairobi"
        elif named_after_product_noun(ent):
            names.add(clean_name(ent.text))  # "block the messaging app Kolanut"
        elif ent.start > 0 and doc[ent.start - 1].lower_ in actor_word_set("naming_verbs"):
            before = doc[ent.start - 2] if ent.start > 1 else None
            if before is None or before.lower_ not in lexicon()["generic_actor_heads"]:
                names.add(clean_name(ent.text))  # "an AI symptom checker called Dr Gum"
    return names


def _until_company_head(span: Span) -> list[Token]:
    """ "Kestrel Labs, the Marrowby company whose chatbot ...": the apposition is a company; stop at its head."""
    out = []
    for t in span:
        if t.lower_ in actor_word_set("origin_heads") or t.lower_ in lexicon()["generic_actor_heads"]:
            break
        out.append(t)
    return out


def _law_context(ent: Span) -> bool:
    """ "the LGPD", "under the DSA": an acronym used like a law."""
    before = ent.start - 1
    if before > 0 and ent.doc[before].lower_ in ("the", "its", "their"):
        before -= 1  # "breaching the LGPD"
    prev = ent.doc[before] if before >= 0 else None
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ in actor_word_set("law_context_next"):
        return True
    return prev is not None and prev.lower_ in actor_word_set("law_context_prev")


def skip_entity(ent: Span, model_tokens: set[int], products: frozenset[str] = frozenset()) -> bool:
    text = clean_name(ent.text)
    if text in products and not ent.ent_id_ and not (named_as_company(ent) or based_premodifier(ent)):
        return True
    if not text or len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    if any(t.i in model_tokens for t in ent) and not maker_agent(ent, model_tokens):
        return True
    if text in exact_set("not_actor_words") or text.lower() in actor_word_set("never_actor_names"):
        return True
    if text.lower() in actor_word_set("language_names") | actor_word_set("material_names") or (
        not ent.ent_id_ and common_word(text)
    ):
        return True  # "translation between English, Hausa and Igbo"; "Schools have had ...", "Sandbox still open"
    if not ent.ent_id_ and place_modifier(ent) and (known_place(text) or origin_only(ent)):
        return True  # "the Melbourne company", "a Santiago start-up", "São Paulo's consumer agency"
    if text.islower() or is_law_name(text) or BILL_NAME.match(text):
        return True
    if not ent.ent_id_ and technology_phrase(text):
        return True  # "Chinese Artificial Intelligence (AI) model DeepSeek": a capitalised field, not a firm
    if not_an_actor(ent) if not ent.ent_id_ else platform_mention(ent):
        return True  # "Large Language Model", "unmanned aerial vehicles (UAVs)", "Share on Facebook"
    if news_source(ent) or title_fragment(ent) or listed_place(ent) or platform_use(ent) or rank_only(ent):
        return True
    if (
        not ent.ent_id_
        and " " not in text
        and (
            text.lower() in lexicon()["generic_actor_heads"]
            or text.lower() in lexicon()["institution_heads"]
            or text.lower()[:-1] in lexicon()["institution_heads"]
        )
    ):
        return True
    if ent.label_ == "ORG" and text.isupper() and len(text) <= 5 and _law_context(ent):
        return True
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.text in ("-", "–") and ent.end + 1 < len(ent.doc):
        if ent.doc[ent.end + 1].lower_ in actor_word_set("origin_participles"):
            return True
    if nxt is not None and nxt.lower_.startswith("-based"):
        return True
    if nxt is not None and nxt.lower_ in PRODUCT_NOUNS:
        return not ent.ent_id_
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in actor_word_set("place_prepositions") and not ent.ent_id_:
        return True
    if not ent.ent_id_ and len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ == "in" and ent.label_ == "ORG":
        return True  # "a solicitor in Cork"
    if (
        not ent.ent_id_
        and root.dep_ == "pobj"
        and root.head.lower_ == "by"
        and root.head.head.lower_ in actor_word_set("source_verbs")
    ):
        return True  # "a letter seen by <the newspaper>"
    if not ent.ent_id_ and root.dep_ == "appos" and root.head.lower_ in lower_set("law_nouns"):
        return True  # "the data protection law, the LGPD"
    if not ent.ent_id_ and len(ent) == 1 and _only_quoted(ent):
        return True  # "The State has a compelling interest," the judge wrote
    if amount(ent, text) or (
        not ent.ent_id_ and (place_mention(ent, text) or product_mention(ent) or in_law_name(ent))
    ):
        return True
    # "910B", "H20", "A100": model numbers of chips and products, not actors
    return MODEL_NUMBER.fullmatch(text) is not None


def platform_use(ent: Span) -> bool:
    """ "in a Facebook post", "a WhatsApp message": the platform used to speak, not its owner acting."""
    head = ent.root.head
    return ent.root.dep_ in ("compound", "nmod") and head.i >= ent.end and head.lower_ in PLATFORM_USES


def technology_phrase(text: str) -> bool:
    """ "Artificial Intelligence", "Chinese Generative AI": only a nationality and the words of the field."""
    words = text.split()
    cues = model_word_set("ai_cues")
    demonyms = lexicon()["demonyms"]
    return any(w.lower() in cues for w in words) and all(w.lower() in cues or w in demonyms for w in words)


def common_word(text: str) -> bool:
    """A single capitalised word that is one of our policy, product or institution nouns ("Moratorium", "Chatbots",
    "Schools", "Sandbox", "Companies"), or a country's people ("three million Pakistanis"): not a name."""
    if " " in text or not text.isalpha():
        return False
    low = text.lower()
    forms = {low, low[:-1], low[:-3] + "y"} if low.endswith("s") else {low}
    words = policy_nouns() | actor_word_set("group_heads") | _list_nouns() | lexicon()["generic_actor_heads"].keys()
    return bool(forms & words) or a_people(text)


@cache
def _list_nouns() -> frozenset[str]:
    return frozenset(w.lower() for v in lexicon()["verbs"].values() for w in v.get("list_nouns", ()))


def known_place(text: str) -> bool:
    return text in actor_word_set("place_names") or text in capitals()


def place_modifier(ent: Span) -> bool:
    """ "built by Nairobi start-up Korvex Ltd", "the Melbourne company": a place naming where a firm is from,
    however the parser attached it; "Milan: Italy's regulator ..." a dateline."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is None:
        return False
    heads = actor_word_set("origin_heads")
    if nxt.lower_ in heads or doc[ent.end : ent.end + 3].text.lower() in heads:
        return True  # "start-up" is three tokens
    return nxt.text == ":" and (
        ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws or doc[ent.start - 1].is_space
    )


def maker_agent(ent: Span, model_tokens: set[int]) -> bool:
    """ "a chatbot built by Huemul Learning": a maker longer than the model's name it shares is a company."""
    root = ent.root
    return (
        root.i not in model_tokens
        and root.dep_ == "pobj"
        and root.head.lower_ == "by"
        and root.head.head.lower_ in lower_set("developer_verbs")
    )


def amount(ent: Span, text: str) -> bool:
    """ "a fine of up to R10 million", "The NOK 2.5 million fine": a sum of money, or its currency code."""
    if AMOUNT_NAME.fullmatch(text):
        return True
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return text in actor_word_set("currency_codes") and nxt is not None and nxt.like_num


def _climb(tok: Token, deps: tuple[str, ...]) -> Token:
    while tok.dep_ in deps and tok.head != tok:
        tok = tok.head
    return tok


def place_mention(ent: Span, text: str) -> bool:
    """A name that is only where something is: "a teacher in Co Mayo", "courts in Dunmore County and Santa
    Rosa", "a Kraków law firm", "Kowhai AI, the Christchurch company". Not a body's name ("a lawsuit in the
    High Court"), not a company's ("a stake in Kestrel Labs")."""
    if ent.label_ in ("GPE", "LOC") or type_from_name(text, "ORG") != ActorType.COMPANY:
        return False  # a tagged place is a country-type actor, reported only when it acts
    if text.split()[-1] in exact_set("company_suffixes"):
        return False
    top = _climb(ent.root, ("conj", "appos"))
    prep = top.head
    if (
        top.dep_ == "pobj"
        and prep.lower_ in actor_word_set("at_place_prepositions")
        and prep.head.lower_ in actor_word_set("site_nouns")
    ):
        return True  # "its offices at Bryggen, Bergen", not "a researcher at Kestrel"
    if (
        top.dep_ == "pobj"
        and prep.lower_ in actor_word_set("in_place_prepositions")
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.head.dep_ not in ("nsubj", "nsubjpass")  # "Police in X said they ...": X stands in for them
        and prep.head.lower_ not in actor_word_set("not_place_heads")
    ):
        return True
    if ent.root.dep_ not in ("compound", "nmod"):
        return False
    head = _climb(ent.root.head, ("compound",))
    dets = actor_word_set("origin_determiners")
    return head.lower_ in actor_word_set("origin_heads") and (
        head.dep_ == "appos" or any(c.dep_ == "det" and c.lower_ in dets for c in head.children)
    )


def in_law_name(ent: Span) -> bool:
    """ "the Law on Digital Technology Industry": the rest of a law's name; "the Artificial Intelligence Governance
    Bill 2026", "the Electronic Communications and Transactions (Amendment) Bill": the words before its law word."""
    doc = ent.doc
    for tok in doc[ent.end : min(ent.end + 8, len(doc))]:
        if tok.text in actor_word_set("law_name_tails"):
            return True
        if tok.lower_ in ("and", "of", "for", "on", "with", "&", "(", ")"):
            continue
        if not tok.text[:1].isupper() or tok.pos_ in ("VERB", "AUX") or tok.lower_ in verb_form_set():
            break  # not "Senate Passes AI Act" in a headline: the body passes the law
    prep = ent.start - 1
    if prep >= 0 and doc[prep].lower_ == "the":
        prep -= 1  # "the Interim Measures for the Management of Generative AI Services"
    return (
        prep >= 1
        and doc[prep].lower_ in actor_word_set("law_name_prepositions")
        and doc[prep - 1].text in exact_set("law_words")
    )


def product_mention(ent: Span) -> bool:
    """ "the maker of Falcon Eye", "six chatbot apps ..., including Mirage Muse": what a maker makes, a product."""
    top = _climb(ent.root, ("compound", "conj"))
    prep = top.head
    if top.dep_ != "pobj":
        return False
    if prep.lower_ in actor_word_set("maker_prepositions") and prep.head.lower_ in actor_word_set("maker_nouns"):
        return True
    if prep.lower_ not in actor_word_set("example_prepositions"):
        return False
    sent_start = prep.sent.start
    plural = next((t for t in reversed(ent.doc[sent_start : prep.i]) if t.tag_ in ("NNS", "NNPS")), None)
    return plural is not None and plural.lower_ in PRODUCT_NOUNS


def title_fragment(ent: Span) -> bool:
    """ "Treasury" in "Treasury Secretary Jan Bell", "U.S. President" before the president's name."""
    if ent.ent_id_ or ent.label_ == "PERSON":
        return False
    heads = lexicon()["institution_heads"]
    if any(w.lower() in heads for w in ent.text.split()[:-1]) or ent.root.lower_ in heads:
        return False  # "European Commission President X": the body is named in full
    doc = ent.doc
    offices = {w for w, typ in heads.items() if typ in actor_word_set("regulatory_types")}
    # "eSafety Commissioner Jane Roe": a commissioner's title names the regulator itself
    first_words = {t.split()[0] for t in actor_word_set("titles")} - {w.capitalize() for w in offices}
    if ent.text.split()[-1] in first_words and ent.end < len(doc) and doc[ent.end].ent_type_ == "PERSON":
        return True
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text in first_words
        and (doc[ent.end + 1].ent_type_ == "PERSON" or doc[ent.end + 1].text in first_words)
    )


def news_source(ent: Span) -> bool:
    """ "according to Reuters", "told the Daily Beacon", "the Tribune reported": an outlet that only reports."""
    if ent.ent_id_:
        return False
    name = clean_name(ent.text)
    words = name.split()
    outlets = actor_word_set("outlet_words")
    outlet = name.lower() in actor_word_set("news_outlets") or (
        len(words) > 1
        and (
            words[-1] in outlets
            # "Xinhua News Agency", not "National Cyber Security Agency" or "Rinjani Digital"
            or (words[-1] in actor_word_set("outlet_tail_words") and words[-2] in outlets)
            or words[0] in actor_word_set("outlet_first_words")  # "Gazeta Lubuska", "Corriere della Sera"
        )
    )
    root = ent.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return outlet and head.lower_ in actor_word_set("report_verbs")
    if outlet and not party_outlet(ent):
        return True  # "(Reuters)", "on Bloomberg TV", "Fox News' reporter": never the one acting
    if ent.label_ == "PERSON":
        return False
    if root.dep_ in ("dobj", "dative") and head.lower_ in ("tell", "tells", "told", "telling"):
        return True  # "told Inquirer Media"
    heads = actor_word_set("source_heads")
    if root.dep_ == "pobj" and head.lower_ in ("to", "with", "on"):
        return head.head.lower_ in heads
    return False


def _only_quoted(ent: Span) -> bool:
    text = doc_text(ent.doc)
    ranges = quoted_ranges(ent.doc)
    if not in_ranges(ent.start_char, ranges):
        return False
    name = ent.text.strip()
    return all(in_ranges(m.start(), ranges) for m in whole_word(name).finditer(text))


def demonym_name(ent: Span) -> bool:
    """ "American AI innovation", "African AI development": a nationality before "AI" is not a firm's name."""
    demonyms = {w.lower() for w in lexicon()["demonyms"]}
    return len(ent) > 1 and all(
        t.lower_ in demonyms or (t.tag_ == "JJ" and t.lower_.endswith(("an", "ese", "ish"))) for t in ent[:-1]
    )


def modifier_org(ent: Span) -> bool:
    """ "American AI firms": an ORG-tagged modifier of a common plural noun is not a name."""
    if ent.ent_id_ or ent.end >= len(ent.doc):
        return False
    nxt = ent.doc[ent.end]
    if ent.label_ == "ORG" and nxt.tag_ == "NNS" and ent.root.dep_ in ("compound", "amod") and ent[0].tag_ == "JJ":
        return True
    # "a Kraków law firm", "an Izmir start-up": a name used as a modifier of a common noun
    head = ent.root.head
    heads = lexicon()["institution_heads"].keys() | lexicon()["generic_actor_heads"].keys()
    if len(ent) == 1 and nxt.text.islower() and nxt.pos_ == "NOUN" and nxt.lower_ not in heads and nxt.head == head:
        if head.lower_ not in lexicon()["institution_heads"]:  # but "the Kestrova data regulator"
            return ent.root.dep_ == "compound"  # "Digital rights group X": one word modifying "rights", not a name
    if head.lower_ in lexicon()["institution_heads"] or head.lower_ in lexicon()["generic_actor_heads"]:
        return False  # "the Biden administration", "the Texas governor" name an actor
    if head.lower_ in actor_word_set("speaker_nouns"):
        return False  # "a Ministry of Finance spokesperson said": the body speaks
    if len(ent) > 1 and ent[-1].text in exact_set("company_suffixes") and not demonym_name(ent):
        return False  # "granted Merlion Capital Bank approval": a company's own name, misparsed as a modifier
    return ent.root.dep_ in ("compound", "nmod") and head.i >= ent.end and head.pos_ == "NOUN" and head.text.islower()
