"""Entities that are not actors: laws and bills, products and chip numbers, headings, places used as
modifiers, names only ever quoted."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from policyscan.extract.actors.names import clean_name, is_law_name
from policyscan.extract.patterns import (
    BILL_NAME,
    MODEL_NUMBER,
    actor_word_set,
    doc_ents,
    doc_text,
    exact_set,
    in_ranges,
    lexicon,
    line_is_heading,
    lower_set,
    quoted_ranges,
    whole_word,
)

PRODUCT_NOUNS = actor_word_set("product_nouns")


def product_names(doc: Doc) -> set[str]:
    """Names the article itself calls an app or a service ("its Perdrix Voice app")."""
    names = set()
    for ent in doc_ents(doc):
        if ent.ent_id_:
            continue
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
                for t in doc[ent.end + 2 : ent.end + 6]
            )
        ):
            names.add(clean_name(ent.text))  # "Jua Cloud, a data-centre service run from Nairobi"
        elif ent.start > 0 and doc[ent.start - 1].lower_ in actor_word_set("naming_verbs"):
            before = doc[ent.start - 2] if ent.start > 1 else None
            if before is None or before.lower_ not in lexicon()["generic_actor_heads"]:
                names.add(clean_name(ent.text))  # "an AI symptom checker called Dr Gum"
    return names


def _law_context(ent: Span) -> bool:
    """ "the LGPD", "under the DSA": an acronym used like a law."""
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ in actor_word_set("law_context_next"):
        return True
    return prev is not None and prev.lower_ in actor_word_set("law_context_prev")


def skip_entity(ent: Span, model_tokens: set[int], products: frozenset[str] = frozenset()) -> bool:
    text = clean_name(ent.text)
    if text in products and not ent.ent_id_:
        return True
    if not text or len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    if any(t.i in model_tokens for t in ent):
        return True
    if text in exact_set("not_actor_words") or text.lower() in actor_word_set("never_actor_names"):
        return True
    if text.islower() or is_law_name(text) or BILL_NAME.match(text):
        return True
    if news_source(ent) or title_fragment(ent):
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
    # "910B", "H20", "A100": model numbers of chips and products, not actors
    return MODEL_NUMBER.fullmatch(text) is not None


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
    outlet = name.lower() in actor_word_set("news_outlets") or (
        len(words) > 1 and words[-1] in actor_word_set("outlet_words")
    )
    root = ent.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return outlet and head.lower_ in actor_word_set("report_verbs")
    if outlet:
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


def heading_only(ent: Span) -> bool:
    """An entity seen only in Title Case headings, never in running text, is not trusted."""
    if ent.ent_id_ or not line_is_heading(ent.doc, ent.start_char):
        return False
    name = ent.text.strip()
    return not any(
        other.text.strip() == name and not line_is_heading(ent.doc, other.start_char)
        for other in doc_ents(ent.doc)
        if other.start != ent.start
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
    if head.lower_ in lexicon()["institution_heads"] or head.lower_ in lexicon()["generic_actor_heads"]:
        return False  # "the Biden administration", "the Texas governor" name an actor
    return ent.root.dep_ in ("compound", "nmod") and head.i >= ent.end and head.pos_ == "NOUN" and head.text.islower()
