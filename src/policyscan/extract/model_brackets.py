"""Names described in brackets as AI products: "Vantu (an AI-based translation service)"; and whether a
name is described in brackets as a product or service at all ("SK Nova/Adot (a call recording service)":
the company before the slash). Word lists are in data/model_words.json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from policyscan.extract.model_names import ai_cue, bad_name, run_left
from policyscan.extract.patterns import lexicon, model_word_set, sent_of, tokens_in

if TYPE_CHECKING:
    from policyscan.extract.ai_models import _Builder

BRACKET = frozenset(["("])


def _add(b: _Builder, start: int, end: int) -> None:
    if end > start and not bad_name(b.doc, start, end):
        b.add(start, end, b.doc[start:end].text)


def bracketed(doc: Doc, b: _Builder) -> None:
    """ "Vantu (an AI-based translation service)", "Mirra (a service that makes images with generative AI)": a
    name described in brackets as an AI product or service (``bracketed_cue_nouns``), never as a company."""
    cue = model_word_set("cue_nouns") | model_word_set("bracketed_cue_nouns")
    determiners = model_word_set("appositive_determiners")
    heads = lexicon()["generic_actor_heads"]
    described: dict[int, list[tuple[int, bool]]] = {}  # sentence start -> (bracket, AI cue) per described name
    for i in tokens_in(doc, BRACKET):
        tok = doc[i]
        if tok.i < 1 or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in determiners:
            continue
        sent = sent_of(tok)
        close = next((k for k in range(tok.i + 2, min(tok.i + 20, sent.end)) if doc[k].text == ")"), None)
        if close is None or not any(t.lower_ in cue for t in doc[tok.i + 2 : close]):
            continue
        if any(t.lower_ in heads for t in doc[tok.i + 2 : close]):
            continue
        described.setdefault(sent.start, []).append((tok.i, ai_cue(doc, tok.i + 1, close)))
    for first, items in described.items():
        for i, cued in items:  # not "Kelto (a voice recording service)": no AI word describes it
            if cued and (start := run_left(doc, i, first)) < i:
                _add(b, start, i)


def described_product(doc: Doc, end: int) -> bool:
    """A bracketed description of a product or service right after token ``end`` ("(a call recording
    service)")."""
    if (
        end + 2 >= len(doc)
        or doc[end].text != "("
        or doc[end + 1].lower_ not in model_word_set("appositive_determiners")
    ):
        return False
    cue = model_word_set("cue_nouns") | model_word_set("bracketed_cue_nouns")
    close = next((k for k in range(end + 2, min(end + 20, len(doc))) if doc[k].text == ")"), None)
    return close is not None and any(t.lower_ in cue for t in doc[end + 2 : close])
