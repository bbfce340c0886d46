"""Model names written as a list after a class noun or after the company that runs them:

* "companion chatbots such as Zephyr, Tarn.ai and Brisa", "rival products such as Halda 3 and the
  Merrow chatbot", "AI apps including Kelpie": every listed name is a product, even one shaped like
  a company ("Tarn.ai");
* "AI companions Kelpie, Tarn and Brisa": a plural class noun followed by the names;
* "Dunmore Inc, which operates Veyra.ai, Pellow Labs (Lumo) and Sorra Inc (Sorra.ai)": the names a
  company operates; a company named with its product in brackets stays the company, the bracketed
  name is the product.

A generic noun (products, apps, services, companions) needs an AI cue before it ("AI assistants,
including rival products such as"), a list of names after an operating verb needs a name shaped like
an AI product ("Veyra.ai") or a known model among them: "banned apps including Kelpie" and
"ByteDance, which operates TikTok" name no AI model. Word lists are in data/model_words.json.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from policyscan.extract.countries_data import country_of
from policyscan.extract.model_names import MAX_NAME, ai_cue, bad_name, run_left, run_right
from policyscan.extract.patterns import actor_word_set, exact_set, model_word_set, sent_of, tokens_in

if TYPE_CHECKING:
    from policyscan.extract.ai_models import _Builder

GLUE = frozenset([",", "and", "or", "as", "well"])
CUE_WINDOW = 8


def _ai_name(text: str) -> bool:
    """ "Tarn.ai", "Glimpse.AI", "Kelpie Chat", "Tern AI": a name that says it is an AI product."""
    last = text.split()[-1] if text.split() else ""
    tails = model_word_set("name_tail_words", lower=False) | model_word_set("company_suffixes_in_names", lower=False)
    return text.lower().endswith(".ai") or (" " in text and last in tails)


def _class_noun(doc: Doc, i: int) -> Token | None:
    """The noun that a list introduced at token ``i`` names a kind of ("chatbots such as")."""
    k = i - 1
    while k >= 0 and doc[k].text in (",", "”", '"', "’", ")"):
        k -= 1  # 'AI “companions” such as'

    if k < 0 or not (doc[k].text.islower() or (doc[k].is_sent_start and doc[k].text[1:].islower())):
        return None  # "Chatbots such as" opens a sentence
    low = doc[k].lower_
    if low in model_word_set("list_class_nouns") or low in model_word_set("list_product_nouns"):
        return doc[k]
    return None


def _cued(doc: Doc, noun: Token) -> bool:
    if noun.lower_ in model_word_set("list_class_nouns"):
        return True
    sent = sent_of(noun)
    start = max(min(noun.left_edge.i, noun.i), noun.i - CUE_WINDOW, sent.start)
    while start > sent.start and (doc[start - 1].is_punct and doc[start - 1].text not in (",", "-")):
        start -= 1  # 'artificial intelligence “companions”'
    if start - 1 > sent.start and doc[start - 1].lower_ in model_word_set("list_intro_words"):
        start = max(start - 1 - CUE_WINDOW // 2, sent.start)  # "AI assistants, including rival products such as"
    # the cue must describe the noun: "AI-generated content on platforms such as" is no list of AI products
    return ai_cue(doc, start, noun.i + 1)


def _name_end(doc: Doc, j: int, limit: int) -> int:
    """End of a listed name: the model-name rules, plus a first word the tagger took for a date ("the
    Merrow chatbot") and a domain-like tail written without spaces ("Glimpse.AI")."""
    end = run_right(doc, j, limit)
    tok = doc[j]
    while end < limit and doc[end].ent_type_ == "AI_MODEL" and (end == j or doc[end].ent_iob_ == "I"):
        end += 1  # a listed model: "Copilot" alone is no name by the name rules
    if end == j and tok.ent_type_ in ("DATE", "TIME") and tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title:
        if tok.lower_ not in model_word_set("calendar_words"):
            end = run_right(doc, j + 1, limit) if j + 1 < limit and doc[j + 1].text[:1].isupper() else j + 1
    while j < end < limit and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - j < MAX_NAME:
        end += 1  # "Pib AI Inc (Pib.ai)": a company's name, whose product follows in brackets
    while (
        j < end
        and end + 1 < limit
        and doc[end].text == "."
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2  # "Glimpse.AI"
    return end


def _past_modifiers(doc: Doc, j: int, limit: int) -> int:
    """Where a listed name starts after lower-case words describing it ("widely used", "popular")."""
    k = j
    while k < limit and k - j < 3 and doc[k].text.islower() and doc[k].pos_ in ("ADV", "ADJ", "VERB"):
        k += 1
    return k if k < limit and doc[k].text[:1].isupper() else j


def _items(doc: Doc, j: int, limit: int) -> list[tuple[int, int, int | None]]:
    """(start, end, bracketed start) of each name of a list starting at token ``j``."""
    nouns = model_word_set("name_nouns") | model_word_set("cue_nouns") | model_word_set("list_product_nouns")
    out: list[tuple[int, int, int | None]] = []
    while j < limit:
        if doc[j].lower_ in ("the", "its", "their"):
            j = _past_modifiers(doc, j + 1, limit)  # "the widely used Lumo app"
        end = _name_end(doc, j, limit)
        if end == j:
            break
        if end + 1 < limit and doc[end].lower_ in ("'s", "’s"):
            j = end + 1  # "Brisk's Tern Chat": the owner is no product
            end = _name_end(doc, j, limit)
            if end == j:
                break
        item: tuple[int, int, int | None] = (j, end, None)
        k = end
        if k + 2 < limit and doc[k].text == "(" and doc[k + 2].text == ")" and run_right(doc, k + 1, k + 2) == k + 2:
            item = (j, end, k + 1)  # "Pellow Labs (Lumo)"
            k += 3
        while k < limit and doc[k].lower_ in nouns and doc[k].text.islower():
            k += 1  # "the Merrow chatbot"
        out.append(item)
        if k >= limit or doc[k].lower_ not in GLUE:
            break
        while k < limit and doc[k].lower_ in GLUE:
            k += 1
        j = k
    return out


def _add_items(b: _Builder, items: list[tuple[int, int, int | None]]) -> None:
    doc = b.doc
    platforms = model_word_set("platform_names", lower=False)
    for start, end, inner in items:
        if inner is not None:
            start, end = inner, inner + 1
        if doc[start:end].text not in platforms and not bad_name(doc, start, end):
            b.add(start, end, doc[start:end].text)


def _known(b: _Builder, items: list[tuple[int, int, int | None]]) -> bool:
    from policyscan.extract.ai_models import _GAZ, model_key

    for start, end, inner in items:
        for s, e in ((start, end), (inner, inner + 1) if inner is not None else (start, end)):
            text = b.doc[s:e].text
            if _ai_name(text) or model_key(text) in _GAZ or model_key(text) in b.index.models:
                return True
    return False


def _introduced(doc: Doc, b: _Builder) -> None:
    """ "chatbots such as A, B and C", "AI apps including A", "AI companions A, B and C" """
    phrases = [p.split() for p in model_word_set("list_intro_words")]
    for i in tokens_in(doc, frozenset(p[-1] for p in phrases)):
        tok = doc[i]
        size = next((len(p) for p in phrases if [t.lower_ for t in doc[max(i - len(p) + 1, 0) : i + 1]] == p), 0)
        noun = _class_noun(doc, i - size + 1) if size else None
        if noun is None:
            continue
        items = _items(doc, i + 1, sent_of(tok).end)
        if _cued(doc, noun) or _known(b, items):  # "apps like Kelpie Chat and Tern AI"
            _add_items(b, [(s, e, None) for s, e, _ in items])
    plural = model_word_set("list_class_nouns") | model_word_set("list_product_nouns")
    for i in tokens_in(doc, plural):
        tok = doc[i]
        if not tok.text.islower() or not tok.lower_.endswith("s") or not _cued(doc, tok):
            continue
        items = _items(doc, i + 1, sent_of(tok).end)
        if len(items) >= 2:
            _add_items(b, [(s, e, None) for s, e, _ in items])


def _operated(doc: Doc, b: _Builder) -> None:
    """ "Dunmore Inc, which operates Veyra.ai, Pellow Labs (Lumo) and Sorra Inc (Sorra.ai)" """
    verbs = model_word_set("operate_verbs")
    for i in tokens_in(doc, verbs):
        if i == 0 or doc[i - 1].lower_ not in ("which", "that", "who"):
            continue
        items = _items(doc, i + 1, sent_of(doc[i]).end)
        if items and _known(b, items):
            _add_items(b, items)


def _describes(tok: Token) -> bool:
    """A lower-case word of a product's description: "clinical transcription", "note-taking"."""
    joined = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_
    after = tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
    if tok.text != "-" and not tok.text.islower():
        return False
    # "its Kelo screening assistant": the tagger reads the -ing word of a description as a verb
    return tok.text == "-" or tok.pos_ in ("NOUN", "ADJ") or tok.tag_ == "VBG" or joined or after


def _owned_products(doc: Doc, b: _Builder) -> None:
    """ "over its Mirrow Notes transcription tool": a company's named tool, described by lower-case words
    before the noun; not "its Yobikake appointment-booking app" (an app is not an AI product by itself)."""
    nouns = model_word_set("described_product_nouns")
    owners = model_word_set("owner_words")
    for i in tokens_in(doc, nouns):
        tok = doc[i]
        if not tok.text.islower():
            continue
        k = i
        while k - 1 > 0 and i - k < 5 and _describes(doc[k - 1]):
            k -= 1
        if k == i:
            continue  # "its Kelpie app" without a description: the cue rules decide
        start = run_left(doc, k, sent_of(tok).start)
        if start == k or start == 0 or doc[start - 1].lower_ not in owners:
            continue
        if not bad_name(doc, start, k):
            b.add(start, k, doc[start:k].text)


def _marketed(doc: Doc, b: _Builder) -> None:
    """ "The adviser, marketed as Rawdah Advisor, ...": the name a product is sold under."""
    phrases = model_word_set("marketing_phrases")
    ends = frozenset(p.split()[-1] for p in phrases)
    for i in tokens_in(doc, ends):
        said = [doc[k].lower_ for k in range(max(i - 3, 0), i + 1)]
        if not any(" ".join(said[-n:]) in phrases for n in range(2, len(said) + 1)):
            continue
        j = i + 1
        if j < len(doc) and doc[j].text in ('"', "“", "‘", "'"):
            j += 1
        sent = sent_of(doc[i])
        end = run_right(doc, j, sent.end)
        cued = ai_cue(doc, sent.start, sent.end) or (
            sent.start > 0 and ai_cue(doc, sent_of(doc[sent.start - 1]).start, sent.start)
        )
        if end > j and cued and not bad_name(doc, j, end):
            b.add(j, end, doc[j:end].text)


def _family_products(doc: Doc, b: _Builder) -> None:
    """ "KarooEye 5 and a newer product, KarooEye Cloud,": a product noun's appositive that starts with the
    name of a model already found is another model of that family."""
    families = {rec.name.split()[0] for rec in b.index.models.values() if " " in rec.name}
    for i in tokens_in(doc, model_word_set("list_product_nouns")):
        j = i + 1
        if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].text not in families:
            continue
        end = run_right(doc, j + 1, sent_of(doc[i]).end)
        # "a product, KarooEye Cloud": a company suffix after a model's family names the product
        core = end - 1 if doc[end - 1].text in exact_set("company_suffixes") else end
        if end > j + 2 and doc[end - 1].text[:1].isupper() and not bad_name(doc, j + 1, core):
            b.add(j + 1, end, doc[j + 1 : end].text)


def _beside_models(doc: Doc, b: _Builder) -> None:
    """ "users of ChatGPT, Gemini and Zorvane": a name listed with known models, at least half of the list,
    is a model too; not a person's full name ("ChatGPT and Sam Altman") nor a place."""
    done: set[int] = set()
    for i in sorted(b.index.token_key):
        sent = sent_of(doc[i])
        if sent.start in done:
            continue
        done.add(sent.start)
        j = sent.start
        while j < sent.end:
            if j > sent.start and (doc[j - 1].lower_ in GLUE or doc[j - 1].lower_ in ("'s", "’s")):
                j += 1
                continue
            items = _items(doc, j, sent.end)
            if len(items) < 2:
                j += 1
                continue
            known = [it for it in items if any(k in b.index.token_key for k in range(it[0], it[1]))]
            if known and 2 * len(known) >= len(items):
                for start, end, _ in items:
                    person = end - start > 1 and doc[start].ent_type_ == "PERSON"
                    place = _place(doc[start:end].text)  # "blocks Padma chatbot, Thailand fines"
                    if it_new(b, start, end) and not person and not place and not _new_clause(doc, start, end):
                        _add_items(b, [(start, end, None)])
            j = items[-1][1]


def _place(text: str) -> bool:
    from policyscan.extract.actors.filters import known_place

    return country_of(text) is not None or known_place(text)


def _new_clause(doc: Doc, start: int, end: int) -> bool:
    """ "blocks Padma chatbot, Kestrova fines a maker": after a comma, a name and its verb start a clause."""
    after_comma = start > 0 and doc[start - 1].text == ","
    return after_comma and end < len(doc) and doc[end].tag_ in ("VBZ", "VBD")


def it_new(b: _Builder, start: int, end: int) -> bool:
    return not any(k in b.index.token_key for k in range(start, end))


def _named_from(doc: Doc, i: int) -> int | None:
    """Where the name after naming word ``i`` starts: "called X", "known (internally) as X"."""
    if doc[i].lower_ in actor_word_set("naming_verbs"):
        return i + 1
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    return j + 1 if j < len(doc) and doc[j].lower_ == "as" else None


def _called(doc: Doc, b: _Builder) -> None:
    """ "an AI symptom checker called Dr Gum", "its speech model, known internally as Zephyr-ASR": a name
    given to a thing the article calls an AI product."""
    verbs = actor_word_set("naming_verbs") | actor_word_set("naming_as_verbs")
    for i in tokens_in(doc, verbs):
        first = _named_from(doc, i)
        k = i - 1 if i < 1 or doc[i - 1].text != "," else i - 2
        noun = doc[k] if k >= 0 and first is not None else None
        if noun is None or first is None or noun.pos_ != "NOUN" or not noun.text.islower():
            continue
        start = max(noun.left_edge.i, noun.i - CUE_WINDOW // 2)
        owned = noun.lower_ in model_word_set("name_nouns") and any(c.dep_ == "poss" for c in noun.children)
        if not (owned or ai_cue(doc, start, noun.i + 1)):  # "its speech model, known as ..."
            continue
        end = run_right(doc, first, sent_of(noun).end)
        if end > first and not bad_name(doc, first, end):
            b.add(first, end, doc[first:end].text)


def find_listed(doc: Doc, b: _Builder) -> None:
    _introduced(doc, b)
    _operated(doc, b)
    _owned_products(doc, b)
    _marketed(doc, b)
    _family_products(doc, b)
    _called(doc, b)
    _beside_models(doc, b)
