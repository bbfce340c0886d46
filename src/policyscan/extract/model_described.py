"""Names described after a comma as AI products, where the AI word comes after the product noun or in a
relative clause: "Spark, an app developed by Lumo that provides chatbot services"; "the popular Quill Plus,
which offers AI writing and translation services". Word lists are in data/model_words.json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from policyscan.extract.model_names import ai_cue, bad_name, run_left
from policyscan.extract.patterns import lexicon, model_word_set, sent_of, tokens_in

if TYPE_CHECKING:
    from policyscan.extract.ai_models import _Builder

_RELATIVE = frozenset(["which", "that"])
_LIMIT = 16


def _clause_end(doc: Doc, start: int) -> int:
    """The end of the description that starts at ``start``: the next semicolon, full stop or closing comma,
    but not a comma inside a list of services ("chatbot, translation and writing services")."""
    sent = sent_of(doc[start])
    k = start
    while k < min(start + _LIMIT, sent.end):
        t = doc[k]
        if t.text in (";", ".", "(", ")") or (
            t.text == "," and k + 1 < sent.end and doc[k + 1].pos_ in ("VERB", "AUX")
        ):
            break
        k += 1
    return k


def described_after(doc: Doc, noun: Token) -> bool:
    """ "Spark, an app developed by Lumo that provides chatbot services": an AI word in the words that describe
    the product noun of an appositive, after it."""
    return ai_cue(doc, noun.i + 1, _clause_end(doc, noun.i + 1))


def provided_services(doc: Doc, b: _Builder) -> None:
    """ "the popular Quill Plus, which provides chatbot and AI translation services": a capitalised name whose
    relative clause says it provides or offers AI services or tools is an AI product, not a company."""
    verbs = model_word_set("provide_verbs")
    nouns = model_word_set("cue_nouns") | model_word_set("quoted_cue_nouns")
    heads = lexicon()["generic_actor_heads"]
    for i in tokens_in(doc, _RELATIVE):
        rel = doc[i]
        if rel.lower_ not in _RELATIVE or i < 2 or doc[i - 1].text != "," or i + 1 >= len(doc):
            continue
        if doc[i + 1].lower_ not in verbs:
            continue
        end = _clause_end(doc, i + 2)
        words = doc[i + 2 : end]
        if not any(t.lower_ in nouns for t in words) or not ai_cue(doc, i + 2, end):
            continue
        if any(t.lower_ in heads for t in words):
            continue  # "Kestrel, which provides AI services to the company": a firm serving another
        stop = i - 1
        sent = sent_of(rel)
        start = run_left(doc, stop, sent.start)
        if not any(t.lower_ in nouns and t.text.islower() for t in doc[sent.start : start]):
            continue  # "Among the apps pulled was X, which ...": named a product first; a firm "provides" too
        if start < stop and not bad_name(doc, start, stop) and doc[start].ent_type_ not in ("GPE", "NORP"):
            b.add(start, stop, doc[start:stop].text)
