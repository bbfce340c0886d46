"""AI models: gazetteer hits, name shapes ("Halberd-4 Turbo", "Wren-7B") and
context ("its Corvid-3 model", "the Tessera and Quill systems", "Lumen, a
large language model"), with negative evidence (chips, apps, clouds).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from policyscan.extract import model_cues, model_lists, model_makers
from policyscan.extract.language_names import language_name, language_word
from policyscan.extract.model_classes import class_acronym, styled_name
from policyscan.extract.model_names import (
    appositive_name,
    bad_name,
    body_acronym,
    company_name_follows,
    definite_modifier,
    demonym,
    example_noun,
    maker_names,
    named_as_company,
    opening_adjective,
    product_ai_name,
    run_left,
    unknown_place_name,
)
from policyscan.extract.patterns import (
    CHIP_NAMES,
    MODEL_KEY_SEP,
    MODEL_SHAPE,
    developer_verb_forms,
    doc_ents,
    doc_text,
    exact_set,
    lexicon,
    lower_set,
    model_gazetteer,
    model_word_set,
    opens_sentence,
    sent_of,
    standalone_name,
    tokens_in,
)
from policyscan.report import AIModel


@dataclass
class ModelRec:
    key: str
    name: str
    aliases: set[str] = field(default_factory=set)
    developer: str | None = None
    developer_token: int | None = None
    mentions: int = 0
    first: int = 0
    maker_word: bool = False  # "the Marlen app" beside its maker "Marlen Digital" (extract/model_makers.py)


@dataclass
class ModelIndex:
    models: dict[str, ModelRec] = field(default_factory=dict)
    token_key: dict[int, str] = field(default_factory=dict)

    @property
    def tokens(self) -> set[int]:
        return set(self.token_key)


def model_key(name: str) -> str:
    return MODEL_KEY_SEP.sub("-", name.strip().lower())


def _gazetteer() -> dict[str, dict]:
    out = {}
    for entry in model_gazetteer():
        for name in [entry["name"], *entry.get("aliases", [])]:
            out[model_key(name)] = entry
    return out


_GAZ = _gazetteer()


def _looks_like_chip(name: str) -> bool:
    first = name.split()[0].split("-")[0]
    return any(r.match(first) for r in CHIP_NAMES) and not any(c.islower() for c in first[1:])


def _negative_context(doc: Doc, end: int) -> bool:
    for tok in doc[end : min(end + 3, len(doc))]:
        if tok.lower_ in lower_set("not_model_nouns"):
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "ADP", "CCONJ"):
            break
    return False


def _name_token(tok: Token, *, owned: bool = False) -> bool:
    """A token that can be part of a model's name. ``owned``: "its X model" (NER often calls X a place)."""
    if tok.ent_type_ in ("GPE", "LOC") and owned and tok.text[:1].isupper():
        return True
    if tok.ent_type_ == "NORP" and (owned or definite_modifier(tok)) and tok.text[:1].isupper() and not demonym(tok):
        return True  # "its Routa assistant", "the Tovin video generator": NER calls an unknown name a nationality
    if tok.ent_type_ in ("GPE", "NORP", "DATE", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "LOC"):
        return False
    if tok.ent_id_.startswith("actor:"):
        return False
    low = tok.lower_
    if low in lower_set("model_modifiers") or low in lower_set("not_actor_words"):
        return False
    if tok.pos_ in ("DET", "PRON") or low in model_word_set("name_function_words") or tok.ent_type_ == "LANGUAGE":
        return False  # "The popular AI chatbot", "Our model", "an Arabic-language model"
    if language_word(tok):
        return False
    has_digit = any(c.isdigit() for c in tok.text)
    if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not opens_sentence(tok)):
        return tok.text[:1].isupper() or has_digit
    return has_digit and any(c.isalpha() for c in tok.text) and tok.pos_ != "NUM"


class _Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.index = ModelIndex()

    def add(self, start: int, end: int, name: str, developer: str | None = None, *, mark: bool = True) -> None:
        """Record a model; ``mark=False`` leaves the tokens to the actor finder ("DeepSeek's app":
        the company owns the app, and is an actor too)."""
        if any(i in self.index.token_key for i in range(start, end)) or language_name(self.doc, start, end):
            return  # taken, or "whose Chichewa-language model Mlangizi": a language, whichever cue found it
        name = name.strip(" ,.;:")
        if len(name) < 2:
            return
        key = model_key(name)
        entry = _GAZ.get(key)
        if entry:
            key = model_key(entry["name"])
            developer = developer or entry.get("developer")
        rec = self.index.models.get(key)
        if rec is None:
            rec = ModelRec(key=key, name=entry["name"] if entry else name, first=start)
            self.index.models[key] = rec
        if name != rec.name:
            rec.aliases.add(name)
        rec.developer = rec.developer or developer
        rec.mentions += 1
        if mark:
            for i in range(start, end):
                self.index.token_key[i] = key


def find_models(doc: Doc) -> ModelIndex:
    b = _Builder(doc)
    for ent in doc_ents(doc):
        if ent.label_ == "AI_MODEL":
            b.add(ent.start, ent.end, ent.text)
    stop = exact_set("model_name_stop")
    for m in MODEL_SHAPE.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or "\n" in m.group(0):
            continue
        family = m.group("family").split()[0]
        if family in stop or (family.upper() == family and len(family) <= 2) or _looks_like_chip(m.group(0)):
            continue
        if any(t.ent_id_.startswith("actor:") for t in span) or _negative_context(doc, span.end):
            continue
        if any(t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for t in span) or _money_or_data(doc, span):
            continue
        b.add(span.start, span.end, m.group(0))
    model_cues.find_by_cues(doc, b)
    model_lists.find_listed(doc, b)
    _context_names(doc, b)
    model_makers.maker_products(doc, b)
    model_cues.find_siblings(doc, b)
    _mark_all_mentions(doc, b)
    _count_mentions(doc, b.index)
    return b.index


def _money_or_data(doc: Doc, span: Span) -> bool:
    """ "NOK 2.5 million" is an amount; "the image data set LION-9" is a data set."""
    if span[0].text in model_word_set("currency_codes", lower=False):
        return True
    if span.end < len(doc) and doc[span.end].lower_ in model_word_set("amount_words"):
        return True
    before = doc[max(span.start - 3, 0) : span.start]
    if any(t.lower_ in model_word_set("dataset_nouns") for t in before):
        return True
    if span.end < len(doc) and doc[span.end].text == ",":  # "LION-9, one of the largest image datasets"
        for t in doc[span.end + 1 : min(span.end + 9, len(doc))]:
            if t.lower_ in model_word_set("dataset_nouns"):
                return True
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ".", ";"):
                break
    return False


def _mark_all_mentions(doc: Doc, b: _Builder) -> None:
    """A name found once by context is a model wherever the article repeats it."""
    for rec in list(b.index.models.values()):
        for name in [rec.name, *rec.aliases]:
            for m in standalone_name(name).finditer(doc_text(doc)):
                span = doc.char_span(m.start(), m.end())
                if span is None or any(i in b.index.token_key for i in range(span.start, span.end)):
                    continue
                owned = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s") and name not in maker_names()
                if (not owned and _negative_context(doc, span.end)) or any(
                    t.ent_id_.startswith("actor:") for t in span
                ):
                    continue  # but "Tui's training data": what the model owns, not a data centre named Tui
                end = span.end
                if product_ai_name(doc, end, name):
                    end += 1  # "Dastan AI back online" where Dastan Labs makes Dastan: the product's longer name
                    rec.aliases.add(doc[span.start : end].text)
                elif (
                    company_name_follows(doc, end)
                    or named_as_company(doc, end)
                    or model_makers.company_use(rec, doc, span.start, end)
                ):
                    continue  # "Dastan Labs", "SaoMai Technology", "Zephyr, a start-up, said" are the makers
                for i in range(span.start, end):
                    b.index.token_key[i] = rec.key


def _collect_left(noun: Token) -> list[Span]:
    """Names written before a model noun: "the Mythos and Fable models", "its R1 reasoning model"."""
    doc = noun.doc
    owned = any(c.dep_ == "poss" for c in noun.children)
    names: list[Span] = []
    i = noun.i - 1
    end = None
    gaps = 0
    while i >= sent_of(noun).start:
        tok = doc[i]
        if end is None and tok.lower_ in lower_set("model_modifiers") and not tok.text[:1].isupper():
            i -= 1
            continue
        if end is None and tok.is_space and "\n" not in tok.text:
            gaps += 1  # "its **Wattle** companion chatbot" with its markup blanked
            i -= 1
            continue
        if end is None and tok.lower_ in ("ai", "a.i.", "-"):
            i -= 1
            continue
        if end is None and tok.text.islower() and tok.dep_ in ("compound", "amod") and noun.i - i - gaps <= 3:
            i -= 1  # "its Wattle companion chatbot"
            continue
        if _name_token(tok, owned=owned) or (end is not None and _name_hyphen(tok, owned)):
            end = end if end is not None else i + 1
            i -= 1
            continue
        if end is not None and not language_word(tok):
            names.append(doc[i + 1 : end])  # not "Indonesia" of "a Bahasa Indonesia chatbot"
        end = None
        if tok.lower_ in ("and", "or", ",", "&"):
            i -= 1
            continue
        break
    if end is not None:
        names.append(doc[i + 1 : end])
    return names


def _name_hyphen(tok: Token, owned: bool) -> bool:
    """The hyphen inside a name ("SEA-LION", "Kai-Wren"): written tight on both sides, a name word before it."""
    if tok.text not in ("-", "\u2010", "\u2011") or tok.whitespace_ or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return not before.whitespace_ and _name_token(before, owned=owned)


def _lone_adjective(spans: list[Span], noun: Token) -> bool:
    """One adjective before a model noun, not owned and not in a list of names."""
    if len(spans) != 1 or len(spans[0]) != 1 or spans[0][0].pos_ != "ADJ":
        return False
    if noun.lower_ in model_word_set("product_name_nouns"):
        return False
    start = spans[0].start
    return not (start > 0 and noun.doc[start - 1].lower_ in ("its", "their", "'s", "’s"))


def _context_names(doc: Doc, b: _Builder) -> None:
    nouns = lower_set("model_nouns")
    for i in tokens_in(doc, nouns):
        tok = doc[i]
        if tok.lower_ not in nouns or tok.pos_ not in ("NOUN", "PROPN") or not tok.text.islower():
            continue  # "Halcyon Systems" is a company, "the Halcyon systems" are models
        if tok.lower_ == "family" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        spans = _collect_left(tok)
        for span in spans:
            if span.text.islower() or (_negative_context(doc, span.end) and span.end != tok.i):
                continue
            if _looks_like_chip(span.text) or span[0].text in exact_set("model_name_stop"):
                continue
            if body_acronym(span) or styled_name(span):
                continue
            if _lone_adjective(spans, tok) or opening_adjective(doc, span.start, span.end):
                continue  # "the Nordic model" (a way of doing things), but "the Zephyrine chatbot"
            if class_acronym(doc, span.start, span.end):
                continue  # "an HR assistant"
            if span[-1].lower_ in lexicon()["institution_heads"] or any(t.text in exact_set("law_words") for t in span):
                continue  # "Australian Government systems" are a government's computers; "the AI Act system"
            b.add(span.start, span.end, span.text)
        for child in tok.children:
            if child.dep_ in ("appos", "oprd") and _name_token(child) and child.i > tok.i:
                span = doc[child.left_edge.i if child.left_edge.i > tok.i else child.i : child.i + 1]
                if not bad_name(doc, span.start, span.end):  # "no lawful ground for training (Articles 6 and 9)"
                    b.add(span.start, span.end, span.text)
        # "Lumen, a large language model built by X" / "Lumen is a model"
        head = appositive_name(tok) if tok.dep_ == "appos" and not example_noun(tok) else None
        if head is not None and head.i < tok.i and not _looks_like_chip(head.text):
            defined = (
                _name_token(head)
                or unknown_place_name(head, tok)
                or (head.i == sent_of(head).start and head.text[:1].isupper() and head.pos_ in ("NOUN", "PROPN"))
            )  # a sentence-initial name the tagger calls a common noun
            if defined and not head.ent_id_.startswith("actor:") and head.text.lower() not in lower_set("model_nouns"):
                first = head.i  # "Mosaic Pro, a large language model": keep the name's compound words
                while first - 1 >= 0 and doc[first - 1].dep_ in ("compound", "nummod", "nmod"):
                    word = doc[first - 1]  # "Zephyr 4 Turbo, the company's newest model": a version inside
                    if not first - 1 <= word.head.i <= head.i or not (word.text[:1].isupper() or word.like_num):
                        break
                    first -= 1
                first = min(first, run_left(doc, head.i + 1, sent_of(head).start))
                b.add(first, head.i + 1, doc[first : head.i + 1].text)
        if tok.lower_ in ("version", "versions", "variant", "variants"):
            model_cues.version_family(tok, b)  # "Heron Eye 4, a newer version of Heron Eye"
        if tok.dep_ == "attr" and tok.head.lower_ in ("is", "was", "are"):
            for subj in tok.head.children:
                if subj.dep_ == "nsubj" and _name_token(subj) and subj.ent_type_ not in ("ORG", "PERSON"):
                    b.add(subj.i, subj.i + 1, subj.text)


def _count_mentions(doc: Doc, index: ModelIndex) -> None:
    text = doc_text(doc)
    for rec in index.models.values():
        names = [rec.name, *rec.aliases]
        total = 0
        for n in names:
            total += len(standalone_name(n).findall(text))
        rec.mentions = max(rec.mentions, total)


def _developer(actor_index, tok: Token) -> str | None:
    from policyscan.report import ActorType

    key = actor_index.resolve(tok)
    if key and actor_index.actors[key].type not in (ActorType.COMPANY, ActorType.GROUP):
        key = actor_index.recent(tok.i, {ActorType.COMPANY}) if tok.lower_ in ("its", "their") else None
    return actor_index.actors[key].name if key else None


def attach_developers(doc: Doc, index: ModelIndex, actor_index) -> None:
    """Developer from "X's Y", "its Y model", "Y, built by X", "X released Y"."""
    dev_verbs = developer_verb_forms()
    for i, key in sorted(index.token_key.items()):
        rec = index.models[key]
        if rec.developer:
            continue
        tok = doc[i]
        base = tok
        while base.dep_ == "conj" and base.head != base:  # "the Tessera and Quill systems made by X"
            base = base.head
        candidates = [tok, base]
        if base.head.lower_ in lower_set("model_nouns"):
            candidates.append(base.head)
        # "Lumen, a large language model built by X" / "Wren-7B, the chatbot made by X"
        candidates += [c for c in base.children if c.dep_ == "appos" and c.lower_ in lower_set("model_nouns")]
        for c in candidates:
            for child in c.children:
                if child.dep_ == "poss" and (d := _developer(actor_index, child)):
                    rec.developer = d
            if rec.developer:
                break
            for child in c.children:
                if child.dep_ == "acl" and child.lower_ in dev_verbs:
                    for agent in child.children:
                        if agent.dep_ == "agent":
                            for pobj in agent.children:
                                if d := _developer(actor_index, pobj):
                                    rec.developer = d
            if c.dep_ == "dobj" and c.head.lower_ in dev_verbs:
                for subj in c.head.children:
                    if subj.dep_ == "nsubj" and (d := _developer(actor_index, subj)):
                        rec.developer = d
            if rec.developer:
                break


def to_record(rec: ModelRec) -> AIModel:
    return AIModel(
        name=rec.name,
        aliases=sorted(a for a in rec.aliases if a != rec.name),
        developer=rec.developer,
        mentions=rec.mentions,
    )
