"""What a model's name looks like: the words a name can be made of, where a name starts and ends
around a token, and the negative evidence that makes a span no model (an institution, a country, a
bill, a chip, money).

The cue rules in ``model_cues`` find where a name should be; these functions say which tokens it is.
Every word list is in data/model_words.json.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from policyscan.extract.language_names import language_word
from policyscan.extract.model_classes import class_acronym
from policyscan.extract.patterns import (
    BILL_NAME,
    CHIP_NAMES,
    VERSION,
    actor_gazetteer,
    doc_text,
    exact_set,
    lexicon,
    lower_set,
    model_gazetteer,
    model_word_set,
    opens_sentence,
)

BAD_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "LANGUAGE")
MAX_NAME = 5


@cache
def actor_types() -> dict[str, str]:
    out = {}
    for e in actor_gazetteer():
        for n in [e["name"], *e.get("aliases", [])]:
            out[n.lower()] = e["type"]
    return out


@cache
def maker_names() -> frozenset[str]:
    """Models that share their maker's name ("DeepSeek"): models only where used as a product."""
    return frozenset(e["name"] for e in model_gazetteer() if e.get("maker_name"))


@cache
def capitalised_gazetteer() -> list[tuple[str, re.Pattern[str]]]:
    """Gazetteer names with two or more capitals, matched in any case and after a '#'."""
    out = []
    for e in model_gazetteer():
        if e.get("context_only"):
            continue
        for n in [e["name"], *e.get("aliases", [])]:
            if sum(c.isupper() for c in n) >= 2 and len(n) >= 5:
                out.append((n, re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", re.I)))
    return out


def _country_like(tok: Token) -> bool:
    from policyscan.extract.patterns import capitals

    typ = actor_types().get(tok.text.lower())
    if typ in ("government", "legislature", "court", "agency", "regulator", "international_body"):
        return True
    if tok.ent_type_ == "GPE" and (tok.ent_id_.startswith("actor:") or tok.text in capitals()):
        return True
    return any(tok.text == v.get("government") for v in capitals().values())


def _is_version(tok: Token) -> bool:
    return bool(VERSION.match(tok.text))


def _demonym(tok: Token) -> bool:
    """A nationality word ("Valdorian", "Danish"); NER also calls unknown product names NORP."""
    low = tok.lower_
    return (
        tok.text in lexicon()["demonyms"]
        or low.endswith(tuple(model_word_set("demonym_endings")))
        or (tok.pos_ == "ADJ" and low.endswith("i"))
    )


demonym = _demonym


def definite_modifier(tok: Token) -> bool:
    """ "the Tovin video generator": a name right after "the" that modifies the noun still to come."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and tok.dep_ == "compound"


def name_word(tok: Token, *, first: bool) -> bool:
    """A token that can be a word of a model's name (``first``: the name's first word)."""
    text = tok.text
    low = tok.lower_
    if not text or low in model_word_set("name_function_words") or tok.pos_ in ("DET", "PRON", "ADP", "CCONJ"):
        return False
    if language_word(tok) or low in model_word_set("dataset_nouns"):
        return False
    if tok.pos_ == "ADV" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ",":
        return False  # "Separately, the Tarn-Vista model": a sentence adverb, not a name
    if tok.ent_type_ == "NORP" and _demonym(tok):
        return False
    if tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VBD", "VBN") and opens_sentence(tok):
        return False  # "“Using AI tools to mislead buyers is illegal”": a verb capitalised to open a sentence
    if tok.ent_type_ in BAD_ENTS and not (tok.ent_type_ in ("DATE", "QUANTITY") and not first and _is_version(tok)):
        return False
    if text in model_word_set("name_tail_words", lower=False):
        return not first  # "Jambo Chat", but "AI" or "Chat" alone is no name
    if not first and _is_version(tok):
        return True
    if not first and text in exact_set("model_suffixes"):
        return True
    if text[:1].isupper():
        # "Tramuntana Video 2": a capitalised modifier word inside a versioned name is part of the name
        versioned = not first and tok.i + 1 < len(tok.doc) and _is_version(tok.doc[tok.i + 1])
        return (
            versioned
            or low not in lower_set("model_modifiers")
            or text in model_word_set("name_tail_words", lower=False)
        )
    # "o1", "o3-mini": a lower-case letter joined to a version
    return bool(re.match(r"^[a-z]\d+(?:[.-]\w+)?$", text))


def body_acronym(span: Span) -> bool:
    """ "the FBI facial-recognition system", "the NHS AI model": a body's acronym, not a model."""
    tok = span[0]
    return len(span) == 1 and tok.text.isupper() and tok.text.isalpha() and tok.ent_type_ in ("ORG", "GPE")


def opening_adjective(doc: Doc, start: int, end: int) -> bool:
    """ "Commercial chatbots must register": a sentence's first word, an adjective before a plural noun, is
    capitalised because it opens the sentence, not because it is a name."""
    tok = doc[start]
    return (
        end - start == 1
        and bool(tok.is_sent_start)
        and tok.pos_ == "ADJ"
        and tok.text[1:].islower()
        and not any(c.isdigit() for c in tok.text)
        and end < len(doc)
        and doc[end].tag_ in ("NNS", "NNPS")
    )


def bad_name(doc: Doc, start: int, end: int) -> bool:
    """Negative evidence for a name span: institutions, company suffixes, countries, money."""
    words = doc[start:end]
    last = words[-1]
    if opening_adjective(doc, start, end) or class_acronym(doc, start, end):
        return True  # "an HR assistant"
    if last.lower_ in lexicon()["institution_heads"] or last.lower_ in lexicon()["generic_actor_heads"]:
        return True
    if BILL_NAME.match(words.text):
        return True  # "models targeted by SB 99"
    if any(any(r.match(t.text) for r in CHIP_NAMES) for t in words):
        return True  # "Nvidia H100 systems"
    if any(t.text in exact_set("law_words") for t in words):
        return True  # "the EU AI Act system"
    if last.text in exact_set("company_suffixes") and last.text not in model_word_set("name_tail_words", lower=False):
        return True
    if end - start == 1 and _country_like(words[0]):
        return True
    if body_acronym(words):
        return True
    if words[0].text in model_word_set("currency_codes", lower=False) or words[0].text in exact_set("model_name_stop"):
        return True
    if end < len(doc) and doc[end].lower_ in model_word_set("amount_words"):
        return True
    # a body in the actor gazetteer is a model only when a company shares its name with its product
    return words.text.lower() in actor_types() and words.text.lower() not in {m.lower() for m in maker_names()}


def run_right(doc: Doc, i: int, limit: int) -> int:
    """End of the name that starts at token ``i`` (``i`` when there is none)."""
    j = i
    while j < limit and j - i < MAX_NAME:
        tok = doc[j]
        if tok.text in ("-", "‐") and j > i and j + 1 < limit and name_word(doc[j + 1], first=False):
            j += 1
            continue
        if not name_word(tok, first=j == i):
            break
        j += 1
    return j


def run_left(doc: Doc, end: int, limit: int) -> int:
    """Start of the name that ends before token ``end`` (``end`` when there is none)."""
    i = end
    while i - 1 >= limit and end - i < MAX_NAME:
        tok = doc[i - 1]
        if tok.text in ("-", "‐") and i < end and i - 2 >= limit and name_word(doc[i - 2], first=False):
            i -= 1
            continue
        if not name_word(tok, first=False):
            break
        i -= 1
    while i < end and not name_word(doc[i], first=True):  # a name cannot start with "2" or "Chat"
        i += 1
    if i < end and i - 1 >= limit and language_word(doc[i - 1]):
        return end  # "a Bahasa Indonesia chatbot": the name of a language, not of a model
    return i


@cache
def _cue_pattern() -> re.Pattern[str]:
    words = sorted(model_word_set("ai_cues"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def ai_cue(doc: Doc, lo: int, hi: int) -> bool:
    """An AI cue word among tokens lo..hi, also inside a hyphenated word ("voice-cloning", "Arabic-language")."""
    lo = max(lo, 0)
    if hi <= lo:
        return False
    span = doc[lo:hi]  # its characters from the text: Span.text makes a Token of every word
    return _cue_pattern().search(doc_text(doc)[span.start_char : span.end_char].lower()) is not None


def has_version(doc: Doc, start: int, end: int) -> bool:
    return any(_is_version(doc[k]) or any(c.isdigit() for c in doc[k].text) for k in range(start, end))


def modifies_a_noun(doc: Doc, tok: Token) -> bool:
    """ "chatbot maker", "AI service provider": the model noun is only a modifier of another noun."""
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if tok.head.i == nxt.i and tok.dep_ in ("nsubj", "nsubjpass"):
        return False  # "whose Sahra 2 model powers bots": the next word is the model's verb, tagged a noun
    if tok.lower_ in model_word_set("name_nouns") and tok.i > 0 and _is_version(doc[tok.i - 1]):
        return False  # a versioned name before "model" is a model, whatever the tagger made of the next word
    listed = model_word_set("name_nouns") | model_word_set("cue_nouns")
    return nxt.pos_ == "NOUN" and nxt.text.islower() and nxt.lower_ not in listed


def appositive_name(noun: Token) -> Token | None:
    """The name an appositive model noun defines: the word written right before its comma ("Zephyr, the
    voice assistant made by ..."), whatever the parser made its head; None when no name is there."""
    doc = noun.doc
    left = noun.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return noun.head if noun.head.i == left - 1 else None
    j = left - 2
    while j > 0 and doc[j].is_space and "\n" not in doc[j].text:  # "**Zephyr**, the ..." with markup blanked
        j -= 1
    return doc[j] if any(c.isalnum() for c in doc[j].text) else None


def unknown_place_name(tok: Token, noun: Token) -> bool:
    """A capitalised word NER calls a place that no gazetteer knows as one, defined by the appositive
    model noun ``noun`` ("Zephyr, the voice assistant"; not "Kerala, the model for ...")."""
    return (
        tok.ent_type_ in ("GPE", "LOC")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        and tok.text[:1].isupper()
        and not tok.ent_id_
        and not _country_like(tok)
        and tok.text not in lexicon()["demonyms"]
    )


def example_noun(noun: Token) -> bool:
    """ "Tallinn, the model for digital government": a bare model noun meaning an example to follow (but "a
    language model for Moroccan Arabic" is an AI model)."""
    return (
        noun.lower_ in ("model", "models")
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in noun.children)
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
    )


def named_as_company(doc: Doc, end: int) -> bool:
    """ "Zephyr said", "Zephyr, a Hangzhou start-up, ...": the name used for the company."""
    while end < len(doc) and doc[end].is_space and "\n" not in doc[end].text:
        end += 1  # "**Zephyr AI**, the Athens company": the markup blanked
    if end >= len(doc):
        return False
    if doc[end].lower_ in model_word_set("company_verbs"):
        return True
    if doc[end].text != "," or end + 1 >= len(doc) or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    words = []
    for tok in doc[end + 2 : min(end + 8, len(doc))]:
        if tok.is_punct and tok.text != "-":
            break
        words.append(tok.text_with_ws.lower())
    heads = lexicon()["generic_actor_heads"]
    return any("company" in heads.get(w, []) for w in re.findall(r"[\w-]+", "".join(words)))


def company_name_follows(doc: Doc, end: int) -> bool:
    """ "Dastan Labs", "Cendana Digital Sdn Bhd", "Tero Sistemas said": the model's name opens a longer
    name, the company's: a company word within the next capitalised words, or more words of the
    same tagged name that are no part of a model's name (a version, "Mini", "Chat")."""
    if end >= len(doc):
        return False
    suffixes = exact_set("company_suffixes") - model_word_set("company_suffixes_in_names", lower=False)
    model_words = model_word_set("name_tail_words", lower=False) | exact_set("model_suffixes")
    k = end
    while k < min(end + 3, len(doc)) and doc[k].text[:1].isupper() and doc[k].text not in model_words:
        if doc[k].text in suffixes:
            return True
        k += 1
    nxt = doc[end]
    if nxt.text in model_word_set("company_suffixes_in_names", lower=False) and named_as_company(doc, end + 1):
        return True  # "Kestrin AI said", "Kestrin AI, the maker of the Kestrin chatbot,"
    if nxt.ent_iob_ == "I" and nxt.is_alpha and nxt.text[:1].isupper() and nxt.text not in model_words:
        k = end
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        if named_as_company(doc, k):
            return True  # "Velo Studio, the app's developer, did not respond": the longer name is the maker's
    return (
        nxt.ent_iob_ == "I"
        and nxt.ent_type_ == "ORG"  # not "Cóndor Gov", an edition the tagger took for a person
        and nxt.is_alpha
        and nxt.text[:1].isupper()
        and nxt.text not in model_words
    )


def product_ai_name(doc: Doc, end: int, name: str) -> bool:
    """ "Dastan AI" right after the model name "Dastan", in an article whose maker is "Dastan Labs": the
    product written with "AI" after it, not a second company."""
    if end >= len(doc) or doc[end].text not in model_word_set("company_suffixes_in_names", lower=False):
        return False
    if end + 1 < len(doc) and doc[end + 1].text in (",", "(") and named_as_company(doc, end + 1):
        return False  # "Dastan AI, a Lahore start-up,"
    maker = re.compile(re.escape(name) + r"\s+(?:" + _maker_suffixes() + r")(?![\w-])")
    return maker.search(doc_text(doc)) is not None


@cache
def _maker_suffixes() -> str:
    """Company suffixes that make a name the maker's ("Dastan Labs"), as one regex alternation, built once."""
    others = sorted(exact_set("company_suffixes") - model_word_set("company_suffixes_in_names", lower=False))
    return "|".join(re.escape(w) for w in others)


def pronoun_led_name(doc: Doc, j: int, limit: int) -> int:
    """End of a product name that opens with a capitalised possessive ("the chatbot My AI", "an assistant
    called Your Guide"), written mid-sentence; ``j`` when there is none."""
    tok = doc[j] if j < limit else None
    if tok is None or tok.is_sent_start or not tok.text[:1].isupper() or tok.text.isupper():
        return j
    if tok.lower_ not in model_word_set("possessive_name_openers"):
        return j
    k = j + 1
    while k < limit and k - j <= 3 and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    return k if k > j + 1 else j


def hyphened_cue(doc: Doc, last: int) -> int | None:
    """Where a lower-case AI cue written with hyphens ("face-swap", "voice-cloning") that ends at token ``last``
    starts; None when the words there make no cue."""
    start = last
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        if doc[start - 2].whitespace_:
            break
        start -= 2
    if start == last or not all(t.text.islower() or t.text == "-" for t in doc[start : last + 1]):
        return None
    return start if doc[start : last + 1].text.lower() in model_word_set("ai_cues") else None


def maker_joiner(tok: Token, joiners: frozenset[str]) -> bool:
    """A joiner, an AI word or the brackets of its acronym between a maker's name and its product noun
    ("DeepSeek's artificial intelligence (AI) service")."""
    ai = tok.lower_ in model_word_set("ai_cues") and tok.text.islower()
    return tok.lower_ in joiners or ai or tok.text in ("(", ")", "AI")
