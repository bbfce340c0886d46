"""Names that are a class of product, not a product: "an HR assistant", "a QA tool". A short all-capitals
abbreviation after an indefinite article (class_articles in data/model_words.json) names a kind of work the
product does; a product's own name does not take "a" or "an". Nor is a name joined by a hyphen to a word of
likeness ("a Game of Thrones-inspired chatbot", "a Harry Potter-themed assistant"): the product imitates it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from policyscan.extract.patterns import model_word_set


def class_acronym(doc: Doc, start: int, end: int) -> bool:
    """ "over an HR assistant that screened applicants": HR is what the assistant is for."""
    if end - start != 1 or start == 0:
        return False
    text = doc[start].text
    if not (2 <= len(text) <= 3 and text.isalpha() and text.isupper()):
        return False
    return doc[start - 1].lower_ in model_word_set("class_articles")


def styled_name(span: Span) -> bool:
    """ "the Game of Thrones-inspired chatbot": the name before "-inspired", "-themed", "-style" is what the
    product imitates, not the product (style_words in data/model_words.json)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "-" or doc[span.end - 1].whitespace_:
        return False
    return not doc[span.end].whitespace_ and doc[span.end + 1].lower_ in model_word_set("style_words")
