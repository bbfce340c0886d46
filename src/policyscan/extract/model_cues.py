"""Surface cues that mark a name as an AI model when it is in no list.

The parser often gets product phrases wrong ("the Chinese AI model Zephyr" comes out with
two subjects), so these rules read token sequences, not dependencies:

* a name right after a model noun: "the AI model Zephyr", "chatbot Zephyr", "an Arabic-language
  model, Zephyr,";
* a name right before one: "its Jambo Chat assistant", "the company's Condor 2 model", "the
  Zephyr chatbot app";
* a name defined by an appositive: "Zephyr 2, the model it uses";
* a versioned name after a release verb ("released Zephyr 2 Mini and Zephyr 3"), a camel-case
  name with a version ("KarooEye 5"), and versioned siblings of a model already found;
* a gazetteer name written with other capitals or as a hashtag ("ChatGpt", "#CHATGPT");
* a model that shares its maker's name (``maker_name`` in models.jsonl) where it is used as a
  product: "the DeepSeek app", "DeepSeek's chatbot", "downloads of DeepSeek".

Every word list is in data/model_words.json.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from policyscan.extract.model_brackets import bracketed
from policyscan.extract.model_described import described_after, provided_services
from policyscan.extract.model_names import (
    actor_types,
    ai_cue,
    bad_name,
    capitalised_gazetteer,
    example_noun,
    has_version,
    hyphened_cue,
    maker_joiner,
    maker_names,
    modifies_a_noun,
    name_word,
    pronoun_led_name,
    run_left,
    run_right,
)
from policyscan.extract.patterns import (
    CAMEL_VERSION,
    VERSION,
    VERSION_TAIL,
    actor_word_set,
    doc_text,
    exact_set,
    lexicon,
    lower_set,
    model_word_set,
    sent_of,
    standalone_name,
    tokens_in,
)

if TYPE_CHECKING:
    from policyscan.extract.ai_models import _Builder


def _add(b: _Builder, start: int, end: int) -> None:
    if end > start and not bad_name(b.doc, start, end):
        b.add(start, end, b.doc[start:end].text)


COMMA = frozenset([","])
CLOSING_QUOTES = frozenset(['"', "”", "’", "''"])


@cache
def _model_nouns() -> frozenset[str]:
    return model_word_set("name_nouns") | model_word_set("cue_nouns")


@cache
def _before_name_nouns() -> frozenset[str]:
    return _model_nouns() | model_word_set("quoted_cue_nouns")


def _after_nouns(doc: Doc, b: _Builder) -> None:
    """ "the Chinese AI model Zephyr", "chatbot Zephyr", "the AI app Zephyr", "a language model, Zephyr," """
    strong = model_word_set("name_nouns")
    cue = model_word_set("cue_nouns")
    for i in tokens_in(doc, _model_nouns()):
        tok = doc[i]
        low = tok.lower_
        if not tok.text.islower() or (low not in strong and low not in cue):
            continue
        sent = sent_of(tok)
        cued = ai_cue(doc, max(sent.start, tok.i - 5), tok.i)
        j = tok.i + 1
        comma = j < sent.end and doc[j].text == ","
        named = j < sent.end and doc[j].lower_ in actor_word_set("naming_verbs")
        if named:
            j += 1  # "a model called Vireo Care", "a chatbot named Zephyr": the article gives it a name
        if j < sent.end and doc[j].text in (",", "“", '"', "‘"):
            j += 1
        end = run_right(doc, j, sent.end)
        if end == j and (end := pronoun_led_name(doc, j, sent.end)) > j:
            _add_pronoun_name(b, j, end)
            continue
        if end == j:
            continue
        cued = cued or named
        if comma and end < sent.end and doc[end].text not in (",", ".", ")", ";", "—"):
            continue  # "large models, SB 99 establishes": a new clause, not an appositive
        maker = doc[j:end].text in maker_names()
        if low in cue and not (cued or maker):
            continue
        if low in model_word_set("ambiguous_name_nouns") and not (cued or maker or has_version(doc, j, end)):
            continue  # "a role model", "the business model"
        if end < len(doc) and doc[end].lower_ in lexicon()["developer_verbs"]:
            continue  # "the model Kestrel released": the maker, not the model
        _add(b, j, end)


def _add_pronoun_name(b: _Builder, start: int, end: int) -> None:
    """ "its chatbot My AI": the name's own words may be ones no other name is made of ("AI")."""
    if not bad_name(b.doc, start + 1, end) or b.doc[end - 1].text in model_word_set(
        "company_suffixes_in_names", lower=False
    ):
        b.add(start, end, b.doc[start:end].text)


def _before_nouns(doc: Doc, b: _Builder) -> None:
    """ "its Jambo Chat assistant", "the company's Condor 2 model", "the Zephyr chatbot app" """
    strong = model_word_set("name_nouns")
    cue = model_word_set("cue_nouns")
    quoted_only = model_word_set("quoted_cue_nouns")
    mods = lower_set("model_modifiers")
    ai_tails = model_word_set("company_suffixes_in_names", lower=False)
    for i in tokens_in(doc, _before_name_nouns()):
        tok = doc[i]
        low = tok.lower_
        if not tok.text.islower() or modifies_a_noun(doc, tok):
            continue
        if low in quoted_only and not (i > 0 and doc[i - 1].text in CLOSING_QUOTES):
            continue  # "the Nordvik AI website" is the company's site, 'the "Jiemeng AI" website' a product
        sent = sent_of(tok)
        end = tok.i
        while end - 1 >= sent.start and tok.i - end < 3:  # "Zephyr companion chatbot", "Zephyr chatbot app"
            prev = doc[end - 1]
            if prev.is_space and "\n" not in prev.text:  # "its **Zephyr** assistant" with its markup blanked
                end -= 1
                continue
            if prev.text in CLOSING_QUOTES and end == tok.i:  # 'the "Jiemeng AI" website': a quoted name
                end -= 1
                continue
            if prev.text.islower() and (prev.lower_ in mods or prev.lower_ in strong or prev.lower_ in cue):
                end -= 1
                continue
            if prev.lower_ in model_word_set("ai_cues") and prev.text.islower():
                end -= 1
                continue
            if (cue_start := hyphened_cue(doc, end - 1)) is not None:
                end = cue_start  # "the Velo face-swap app"
                continue
            if prev.text in ai_tails and end - 1 > sent.start and doc[end - 2].text[:1].isupper():
                end -= 1  # "its Jiemeng AI app": the name is "Jiemeng", as in "the Kestrel AI chatbot"
                continue
            break
        start = run_left(doc, end, sent.start)
        if start == end:
            continue
        name = doc[start:end]
        tail = name[-1].text in model_word_set("name_tail_words", lower=False)
        known = name.text in maker_names() or model_key_in(b, name.text)
        before = start - 1 if start < 1 or not doc[start - 1].is_space else start - 2
        owned = before >= 0 and doc[before].lower_ in model_word_set("owner_words")
        cued = ai_cue(doc, max(sent.start, start - (8 if owned else 4)), tok.i)  # "a face-swap feature in its X app"
        if (low in cue or low in quoted_only) and not (tail or known or cued or has_version(doc, start, end)):
            continue
        if low not in cue and not (tail or known or cued or owned or has_version(doc, start, end)):
            if low not in model_word_set("product_name_nouns"):
                continue  # "the Nordic model", "the Singapore model" are ways of doing things
        _add(b, start, end)


def model_key_in(b: _Builder, name: str) -> bool:
    from policyscan.extract.ai_models import model_key

    return model_key(name) in b.index.models


def _appositives(doc: Doc, b: _Builder) -> None:
    """ "Zephyr 2, the model it uses", "Zephyr, a voice-cloning tool sold by" """
    strong = model_word_set("name_nouns")
    cue = model_word_set("cue_nouns")
    determiners = model_word_set("appositive_determiners")
    for i in tokens_in(doc, COMMA):
        tok = doc[i]
        if tok.text != "," or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in determiners:
            continue
        sent = sent_of(tok)
        noun = None
        owned = any(t.lower_ in ("'s", "’s") for t in doc[tok.i + 2 : tok.i + 5])
        for k in range(tok.i + 2, min(tok.i + (9 if owned else 7), sent.end)):  # "the company's video app"
            t = doc[k]
            if t.lower_ in strong or t.lower_ in cue:
                noun = t
                break
            if t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "PRON", "SCONJ") and t.text != "-" and t.tag_ != "VBG":
                break  # but "Quill, an AI writing assistant"
            if t.lower_ in lexicon()["generic_actor_heads"] and not (
                k + 1 < sent.end and doc[k + 1].lower_ in ("'s", "’s")
            ):  # "Corrib Studio, the company's video app": the company only owns the app
                break  # "Kestrel AI, the Toronto company whose Wren model": the company is named
        if noun is None or not noun.text.islower() or modifies_a_noun(doc, noun):
            continue
        if example_noun(noun):
            continue  # "Tallinn, the model for digital government": an example to follow, not a model
        if noun.lower_ in cue and not (ai_cue(doc, tok.i + 1, noun.i + 1) or described_after(doc, noun)):
            continue
        end = tok.i
        while end - 1 > sent.start and doc[end - 1].is_space and "\n" not in doc[end - 1].text:
            end -= 1  # "**Condor Chat**, the chatbot" with its markup blanked
        while (start := run_left(doc, end, sent.start)) < end:  # "V3 and R1, the models behind it"
            _add(b, start, end)
            if start - 1 <= sent.start or doc[start - 1].lower_ not in ("and", "or", ","):
                break
            end = start - 1


def _company_subject(verb: Token) -> bool:
    suffixes = exact_set("company_suffixes")
    for subj in verb.children:
        if subj.dep_ == "nsubj" and (subj.ent_type_ == "ORG" or subj.text in suffixes):
            return actor_types().get(subj.text.lower(), "company") == "company"
    return False


def _released(doc: Doc, b: _Builder) -> None:
    """ "released Zephyr 2 Mini and Zephyr 3": versioned names after a release verb."""
    verbs = model_word_set("release_verbs")
    for i in tokens_in(doc, verbs):
        tok = doc[i]
        if tok.lower_ not in verbs or tok.pos_ not in ("VERB", "AUX"):
            continue
        sent = sent_of(tok)
        if not (ai_cue(doc, sent.start, sent.end) or _company_subject(tok)):
            continue  # "the ministry released Circular 12"
        j = tok.i + 1
        if j < sent.end and doc[j].lower_ == "out":
            j += 1
        while j < sent.end:
            end = run_right(doc, j, sent.end)
            if end == j or not has_version(doc, j, end):
                break
            _add(b, j, end)
            j = end
            if j < sent.end and doc[j].lower_ in ("and", "or", ","):
                j += 1
                if j < sent.end and doc[j].lower_ in ("and", "or"):
                    j += 1
                continue
            break


def _camel_versions(doc: Doc, b: _Builder) -> None:
    """ "KarooEye 5": a camel-case product name with a version number."""
    stop = model_word_set("versioned_product_stop", lower=False)
    for m in CAMEL_VERSION.finditer(doc_text(doc)):
        if m.group(0).split()[0] in stop:
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None or any(t.ent_type_ in ("MONEY", "PERCENT") for t in span):
            continue
        _add(b, span.start, span.end)


def _siblings(doc: Doc, b: _Builder) -> None:
    """ "Zephyr 2 Mini", "Zephyr 3" once "Zephyr 2" or "the Zephyr chatbot" is a model."""
    suffixes = "|".join(sorted((re.escape(s) for s in exact_set("model_suffixes")), key=len, reverse=True))
    text = doc_text(doc)
    families = set()
    for rec in list(b.index.models.values()):
        words = rec.name.split()
        while len(words) > 1 and (VERSION.match(words[-1]) or words[-1] in exact_set("model_suffixes")):
            words.pop()
        family = " ".join(words)
        if len(family) >= 3 and family[:1].isupper() and not VERSION.match(family):
            families.add(family)
    for family in sorted(families):
        pat = re.compile(r"(?<![\w-])" + re.escape(family) + VERSION_TAIL.replace("SUFFIXES", suffixes))
        for m in pat.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None or any(t.ent_type_ in ("MONEY", "PERCENT") for t in span):
                continue
            if span.end < len(doc) and doc[span.end].lower_ in model_word_set("amount_words"):
                continue
            b.add(span.start, span.end, span.text)


# A quick test before each name's case-blind regex: where the regex matches, every matched character
# casefolds to the name's character, except that re.IGNORECASE also lets "i" match the Turkish dotted
# and dotless I, which casefold to other strings; mapped to "i" first, the casefolded text holds the
# casefolded name wherever the regex can match.
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i"})


def _case_variants(doc: Doc, b: _Builder) -> None:
    """ "ChatGpt", "#CHATGPT": a gazetteer name in other capitals."""
    text = doc_text(doc)
    folded = text.translate(_DOTTED_I).casefold()
    for name, pat in capitalised_gazetteer():
        if name.casefold() not in folded:
            continue  # no match possible: see _DOTTED_I
        for m in pat.finditer(text):
            if m.group(0) == name:
                continue
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                b.add(span.start, span.end, name)


def _maker_products(doc: Doc, b: _Builder) -> None:
    """ "the DeepSeek app", "DeepSeek's chatbot", "DeepSeek AI services", "downloads of DeepSeek" """
    text = doc_text(doc)
    products = model_word_set("maker_product_nouns")
    nouns = model_word_set("name_nouns") | model_word_set("cue_nouns")
    uses = model_word_set("use_words")
    joiners = model_word_set("maker_name_joiners")
    phrases = model_word_set("maker_use_phrases")
    for name in sorted(maker_names()):
        for m in standalone_name(name).finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None:
                continue
            k = span.end
            owner = k < len(doc) and doc[k].lower_ in ("'s", "’s")
            while k < len(doc) and k - span.end < 6 and doc[k].lower_ not in products and maker_joiner(doc[k], joiners):
                k += 1  # "DeepSeek's artificial intelligence (AI) service"
            used = k < len(doc) and doc[k].lower_ in products
            before = [doc[x].lower_ for x in range(max(span.start - 2, 0), span.start)]
            used = used or bool(before and (before[-1] in nouns or before[-1] in uses))
            used = used or " ".join(before[-2:]) in phrases
            if used:
                b.add(span.start, span.end, name, mark=not owner)


def find_by_cues(doc: Doc, b: _Builder) -> None:
    _case_variants(doc, b)
    _maker_products(doc, b)
    _released(doc, b)
    _before_nouns(doc, b)
    _after_nouns(doc, b)
    _appositives(doc, b)
    provided_services(doc, b)
    bracketed(doc, b)
    _camel_versions(doc, b)


def _listed_makers(doc: Doc, b: _Builder) -> None:
    """ "approved tools include Zephyr and Brisk's Tern Chat": a name shared by a maker and its model, listed
    beside a model, is the model."""
    text = doc_text(doc)
    for name in sorted(maker_names()):
        for m in standalone_name(name).finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None or any(i in b.index.token_key for i in range(span.start, span.end)):
                continue
            if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
                continue  # "DeepSeek's app": the company owns it
            after = span.end + 1 if span.end + 1 < len(doc) and doc[span.end].lower_ in LIST_GLUE else None
            before = span.start - 2 if span.start >= 2 and doc[span.start - 1].lower_ in LIST_GLUE else None
            if any(k is not None and _model_at(doc, b, k) for k in (after, before)):
                b.add(span.start, span.end, name)


LIST_GLUE = frozenset(["and", "or", ","])


def _model_at(doc: Doc, b: _Builder, k: int) -> bool:
    """A model's name at token ``k``, or after its owner ("Brisk's Tern Chat")."""
    if k in b.index.token_key:
        return True
    return k + 2 < len(doc) and doc[k + 1].lower_ in ("'s", "’s") and k + 2 in b.index.token_key


def find_siblings(doc: Doc, b: _Builder) -> None:
    _siblings(doc, b)
    _listed_makers(doc, b)


def version_family(noun: Token, b: _Builder) -> None:
    """ "Heron Eye 4, a newer version of Heron Eye": the family of a versioned model already found."""
    for prep in noun.children:
        for obj in prep.children if prep.dep_ == "prep" and prep.lower_ == "of" else ():
            if obj.dep_ != "pobj" or obj.ent_id_.startswith("actor:") or not name_word(obj, first=True):
                continue
            start = run_left(noun.doc, obj.i + 1, prep.i + 1)
            name = noun.doc[start : obj.i + 1].text
            if start <= obj.i and any(m.name.startswith(name + " ") for m in b.index.models.values()):
                b.add(start, obj.i + 1, name)
