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

from spacy.tokens import Doc, Span, Token

from policyscan.extract.patterns import (
    BILL_NAME,
    CAMEL_VERSION,
    CHIP_NAMES,
    VERSION,
    VERSION_TAIL,
    actor_gazetteer,
    doc_text,
    exact_set,
    lexicon,
    lower_set,
    model_gazetteer,
    model_word_set,
    sent_of,
    standalone_name,
    tokens_in,
)

if TYPE_CHECKING:
    from policyscan.extract.ai_models import _Builder

BAD_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "LANGUAGE")
DEMONYM_END = ("an", "ese", "ish", "ch", "ic")  # "Valdorian", "Japanese", "Danish", "French"
MAX_NAME = 5


@cache
def _actor_types() -> dict[str, str]:
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
def _capitalised_gazetteer() -> list[tuple[str, re.Pattern[str]]]:
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

    typ = _actor_types().get(tok.text.lower())
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
    return tok.text in lexicon()["demonyms"] or low.endswith(DEMONYM_END) or (tok.pos_ == "ADJ" and low.endswith("i"))


def name_word(tok: Token, *, first: bool) -> bool:
    """A token that can be a word of a model's name (``first``: the name's first word)."""
    text = tok.text
    low = tok.lower_
    if not text or low in model_word_set("name_function_words") or tok.pos_ in ("DET", "PRON", "ADP", "CCONJ"):
        return False
    if text in model_word_set("languages", lower=False) or low in model_word_set("dataset_nouns"):
        return False
    if tok.ent_type_ == "NORP" and _demonym(tok):
        return False
    if tok.ent_type_ in BAD_ENTS and not (tok.ent_type_ in ("DATE", "QUANTITY") and not first and _is_version(tok)):
        return False
    if text in model_word_set("name_tail_words", lower=False):
        return not first  # "Jambo Chat", but "AI" or "Chat" alone is no name
    if not first and _is_version(tok):
        return True
    if not first and text in exact_set("model_suffixes"):
        return True
    if text[:1].isupper():
        return low not in lower_set("model_modifiers") or text in model_word_set("name_tail_words", lower=False)
    # "o1", "o3-mini": a lower-case letter joined to a version
    return bool(re.match(r"^[a-z]\d+(?:[.-]\w+)?$", text))


def body_acronym(span: Span) -> bool:
    """ "the FBI facial-recognition system", "the NHS AI model": a body's acronym, not a model."""
    tok = span[0]
    return len(span) == 1 and tok.text.isupper() and tok.text.isalpha() and tok.ent_type_ in ("ORG", "GPE")


def _bad_name(doc: Doc, start: int, end: int) -> bool:
    """Negative evidence for a name span: institutions, company suffixes, countries, money."""
    words = doc[start:end]
    last = words[-1]
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
    if (
        end - start == 1
        and words[0].text.isupper()
        and words[0].text.isalpha()
        and words[0].ent_type_ in ("ORG", "GPE")
    ):
        return True  # "the FBI facial-recognition system", "the NHS AI model": a body's acronym
    if words[0].text in model_word_set("currency_codes", lower=False) or words[0].text in exact_set("model_name_stop"):
        return True
    if end < len(doc) and doc[end].lower_ in model_word_set("amount_words"):
        return True
    # a body in the actor gazetteer is a model only when a company shares its name with its product
    return words.text.lower() in _actor_types() and words.text not in maker_names()


def _run_right(doc: Doc, i: int, limit: int) -> int:
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


def _run_left(doc: Doc, end: int, limit: int) -> int:
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
    return i


@cache
def _cue_pattern() -> re.Pattern[str]:
    words = sorted(model_word_set("ai_cues"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _ai_cue(doc: Doc, lo: int, hi: int) -> bool:
    """An AI cue word among tokens lo..hi, also inside a hyphenated word ("voice-cloning", "Arabic-language")."""
    lo = max(lo, 0)
    if hi <= lo:
        return False
    span = doc[lo:hi]  # its characters from the text: Span.text makes a Token of every word
    return _cue_pattern().search(doc_text(doc)[span.start_char : span.end_char].lower()) is not None


def _has_version(doc: Doc, start: int, end: int) -> bool:
    return any(_is_version(doc[k]) or any(c.isdigit() for c in doc[k].text) for k in range(start, end))


def _modifies_a_noun(doc: Doc, tok: Token) -> bool:
    """ "chatbot maker", "AI service provider": the model noun is only a modifier of another noun."""
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    listed = model_word_set("name_nouns") | model_word_set("cue_nouns")
    return nxt.pos_ == "NOUN" and nxt.text.islower() and nxt.lower_ not in listed


def _add(b: _Builder, start: int, end: int) -> None:
    if end > start and not _bad_name(b.doc, start, end):
        b.add(start, end, b.doc[start:end].text)


COMMA = frozenset([","])


@cache
def _model_nouns() -> frozenset[str]:
    return model_word_set("name_nouns") | model_word_set("cue_nouns")


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
        cued = _ai_cue(doc, max(sent.start, tok.i - 5), tok.i)
        j = tok.i + 1
        comma = j < sent.end and doc[j].text == ","
        if j < sent.end and doc[j].text in (",", "“", '"', "‘"):
            j += 1
        end = _run_right(doc, j, sent.end)
        if end == j:
            continue
        if comma and end < sent.end and doc[end].text not in (",", ".", ")", ";", "—"):
            continue  # "large models, SB 99 establishes": a new clause, not an appositive
        maker = doc[j:end].text in maker_names()
        if low in cue and not (cued or maker):
            continue
        if low in ("model", "models") and not (cued or maker or _has_version(doc, j, end)):
            continue  # "a role model", "the business model"
        if end < len(doc) and doc[end].lower_ in lexicon()["developer_verbs"]:
            continue  # "the model Kestrel released": the maker, not the model
        _add(b, j, end)


def _before_nouns(doc: Doc, b: _Builder) -> None:
    """ "its Jambo Chat assistant", "the company's Condor 2 model", "the Zephyr chatbot app" """
    strong = model_word_set("name_nouns")
    cue = model_word_set("cue_nouns")
    mods = lower_set("model_modifiers")
    for i in tokens_in(doc, _model_nouns()):
        tok = doc[i]
        low = tok.lower_
        if not tok.text.islower() or (low not in strong and low not in cue) or _modifies_a_noun(doc, tok):
            continue
        sent = sent_of(tok)
        end = tok.i
        while end - 1 >= sent.start and tok.i - end < 3:  # "Zephyr companion chatbot", "Zephyr chatbot app"
            prev = doc[end - 1]
            if prev.text.islower() and (prev.lower_ in mods or prev.lower_ in strong or prev.lower_ in cue):
                end -= 1
                continue
            if prev.lower_ in model_word_set("ai_cues") and prev.text.islower():
                end -= 1
                continue
            break
        start = _run_left(doc, end, sent.start)
        if start == end:
            continue
        name = doc[start:end]
        tail = name[-1].text in model_word_set("name_tail_words", lower=False)
        known = name.text in maker_names() or model_key_in(b, name.text)
        cued = _ai_cue(doc, max(sent.start, start - 4), tok.i)
        owned = start > 0 and doc[start - 1].lower_ in ("its", "their", "'s", "’s")
        if low in cue and not (tail or known or cued or _has_version(doc, start, end)):
            continue
        if low not in cue and not (tail or known or cued or owned or _has_version(doc, start, end)):
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
    for i in tokens_in(doc, COMMA):
        tok = doc[i]
        if tok.text != "," or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in ("a", "an", "the", "its", "their"):
            continue
        sent = sent_of(tok)
        noun = None
        for k in range(tok.i + 2, min(tok.i + 7, sent.end)):
            t = doc[k]
            if t.lower_ in strong or t.lower_ in cue:
                noun = t
                break
            if t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "PRON", "SCONJ") and t.text != "-":
                break
            if t.lower_ in lexicon()["generic_actor_heads"]:
                break  # "Kestrel AI, the Toronto company whose Wren model": the company is named
        if noun is None or not noun.text.islower() or _modifies_a_noun(doc, noun):
            continue
        if noun.lower_ in cue and not _ai_cue(doc, tok.i + 1, noun.i + 1):
            continue
        end = tok.i
        while (start := _run_left(doc, end, sent.start)) < end:  # "V3 and R1, the models behind it"
            _add(b, start, end)
            if start - 1 <= sent.start or doc[start - 1].lower_ not in ("and", "or", ","):
                break
            end = start - 1


def _company_subject(verb: Token) -> bool:
    suffixes = exact_set("company_suffixes")
    for subj in verb.children:
        if subj.dep_ == "nsubj" and (subj.ent_type_ == "ORG" or subj.text in suffixes):
            return _actor_types().get(subj.text.lower(), "company") == "company"
    return False


def _released(doc: Doc, b: _Builder) -> None:
    """ "released Zephyr 2 Mini and Zephyr 3": versioned names after a release verb."""
    verbs = model_word_set("release_verbs")
    for i in tokens_in(doc, verbs):
        tok = doc[i]
        if tok.lower_ not in verbs or tok.pos_ not in ("VERB", "AUX"):
            continue
        sent = sent_of(tok)
        if not (_ai_cue(doc, sent.start, sent.end) or _company_subject(tok)):
            continue  # "the ministry released Circular 12"
        j = tok.i + 1
        if j < sent.end and doc[j].lower_ == "out":
            j += 1
        while j < sent.end:
            end = _run_right(doc, j, sent.end)
            if end == j or not _has_version(doc, j, end):
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
    for name, pat in _capitalised_gazetteer():
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
    for name in sorted(maker_names()):
        for m in standalone_name(name).finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None:
                continue
            k = span.end
            owner = k < len(doc) and doc[k].lower_ in ("'s", "’s")
            while k < len(doc) and k - span.end < 3 and doc[k].lower_ in ("ai", "a.i.", "'s", "’s", "-", "related"):
                k += 1
            used = k < len(doc) and doc[k].lower_ in products
            before = [doc[x].lower_ for x in range(max(span.start - 2, 0), span.start)]
            used = used or bool(before and (before[-1] in nouns or before[-1] in uses))
            used = used or before[-2:] == ["downloads", "of"] or before[-2:] == ["use", "of"]
            if used:
                b.add(span.start, span.end, name, mark=not owner)


def find_by_cues(doc: Doc, b: _Builder) -> None:
    _case_variants(doc, b)
    _maker_products(doc, b)
    _released(doc, b)
    _before_nouns(doc, b)
    _after_nouns(doc, b)
    _appositives(doc, b)
    _camel_versions(doc, b)


def find_siblings(doc: Doc, b: _Builder) -> None:
    _siblings(doc, b)
