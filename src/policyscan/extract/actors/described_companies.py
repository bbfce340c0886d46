"""Names the tagger missed or mislabelled, given their kind by the words around them: "Pelton Mobile, the country's
second-largest mobile network, said ..." and "Marrow Systems, the Oslo-area developer of ..." (a company described
in apposition), "**Fennick Analytics** was fined" (a company's name tagged a work of art), "led by novelist Tandi
Mbeki" (a person after the noun of her occupation, tagged a building), "Lumeo AI" beside the Lumeo chatbot (the
maker of a model named like it)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.names import clean_name
from policyscan.extract.model_names import named_as_company
from policyscan.extract.patterns import actor_word_set, exact_set, lower_set
from policyscan.report import ActorType

# Labels the entity pass drops, or keeps as another kind, that a description may overrule.
_LOOSE_LABELS = frozenset({"", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "PERSON"})
_DESCRIPTION_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "ADV"})
_MAX_DESCRIPTION = 10


def relabelled(ent: Span) -> str:
    """The entity's label, corrected where the words around it say what it is."""
    doc = ent.doc
    if ent.ent_id_:
        return ent.label_
    if ent.label_ == "WORK_OF_ART" and 1 < len(ent) <= 3 and ent[-1].text in exact_set("company_suffixes"):
        if all(t.pos_ == "PROPN" for t in ent):  # not an order's title "Ensuring ... for Artificial Intelligence"
            return "ORG"  # "**Fennick Analytics** was fined": bold markup read as a title
    tails = actor_word_set("company_name_tails") | actor_word_set("legal_forms")
    if ent.label_ == "PRODUCT" and len(ent) > 1 and ent[-1].text in tails:
        return "ORG"  # "fined Marrin Labs": a firm's name, not a product's
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if (
        prev is not None
        and ent.label_ in ("FAC", "LOC", "ORG", "GPE")
        and prev.text.islower()
        and prev.lower_ in actor_word_set("occupation_nouns")
        and all(t.text[:1].isupper() for t in ent)
    ):
        return "PERSON"  # "led by novelist Tandi Mbeki"
    return ent.label_


def suffixed_maker(ent: Span, model_tokens: set[int]) -> bool:
    """ "an investigation into Lumeo AI over the Lumeo chatbot": a model's name with a company suffix after it that
    is not part of the name (and no product noun after that) is the model's maker."""
    doc = ent.doc
    if ent.ent_id_ or len(ent) < 2 or ent[-1].i in model_tokens or ent[-1].text not in exact_set("company_suffixes"):
        return False
    if not all(t.i in model_tokens for t in ent[:-1]):
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is None or nxt.lower_ not in actor_word_set("product_nouns")


def _described_as_company(doc: Doc, comma: int) -> bool:
    """The words after ``comma`` are "the/a ... <company noun>", possessives and hyphens allowed ("the country's
    second-largest mobile network", "the Oslo-area developer of ...")."""
    k = comma + 1
    if k >= len(doc) or doc[k].lower_ not in ("a", "an", "the"):
        return False
    last = None
    for t in doc[k + 1 : min(k + 1 + _MAX_DESCRIPTION, len(doc))]:
        if t.text in ("-", "'s", "\u2019s") or t.pos_ in _DESCRIPTION_POS:
            last = t
            continue
        break
    if last is None:
        return False
    nouns = lower_set("company_appositives")
    joined = doc[last.i - 2 : last.i + 1].text.lower() if last.i - 2 > k and doc[last.i - 1].text == "-" else ""
    return last.lower_ in nouns or joined in nouns  # "a Prague start-up": the tokenizer splits the hyphen off


def described_companies(doc: Doc, b: Builder, model_tokens: set[int]) -> None:
    """A capitalised name nobody took, right before a comma and a description of a company, is that company."""
    for comma in (t.i for t in doc if t.text == ","):
        end = comma
        while end > 0 and doc[end - 1].is_space and "\n" not in doc[end - 1].text:
            end -= 1  # "**Pelton Mobile**, the ...": the markup blanked
        start = end
        while start > 0:
            tok = doc[start - 1]
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ not in _LOOSE_LABELS:
                break
            start -= 1
        if start == end or not _described_as_company(doc, comma):
            continue
        if any(i in b.index.token_key or i in model_tokens for i in range(start, end)):
            continue
        name = clean_name(doc[start:end].text)
        if len(name) < 3 or name.lower() in actor_word_set("never_actor_names"):
            continue
        b.add(start, end, name, ActorType.COMPANY, key=b.by_name.get(name.lower()))
    b.index.mentions.sort(key=lambda m: m.start)


def makers_named_like_models(doc: Doc, b: Builder, model_tokens: set[int]) -> None:
    """ "its Quorra chatbot ... Quorra said it would comply": a one-word model's name the model finder left to the
    company (it speaks, or is described as a firm) is the company, though the tagger tagged nothing there."""
    names = {doc[i].text for i in model_tokens if doc[i].text[:1].isupper() and doc[i].is_alpha}
    for tok in doc:
        if tok.text not in names or tok.i in model_tokens or tok.i in b.index.token_key:
            continue
        if named_as_company(doc, tok.i + 1):
            b.add(tok.i, tok.i + 1, tok.text, ActorType.COMPANY, key=b.by_name.get(tok.lower_))
    b.index.mentions.sort(key=lambda m: m.start)


def based_premodifier(ent: Span) -> bool:
    """ "the app's developer, Lagos-based Tindelo AI": a name after "<place>-based" is an organisation based
    there, not a place or a building, whatever the tagger says."""
    doc = ent.doc
    i = ent.start - 1
    return (
        i >= 2
        and doc[i].lower_ in actor_word_set("seat_participles")  # not "Iranian-made Shahed drones"
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    )
