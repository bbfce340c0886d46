"""Names that are a class of product, not a product: "an HR assistant", "a QA tool". A short all-capitals
abbreviation after an indefinite article (class_articles in data/model_words.json) names a kind of work the
product does; a product's own name does not take "a" or "an"."""

from __future__ import annotations

from spacy.tokens import Doc

from policyscan.extract.patterns import model_word_set


def class_acronym(doc: Doc, start: int, end: int) -> bool:
    """ "over an HR assistant that screened applicants": HR is what the assistant is for."""
    if end - start != 1 or start == 0:
        return False
    text = doc[start].text
    if not (2 <= len(text) <= 3 and text.isalpha() and text.isupper()):
        return False
    return doc[start - 1].lower_ in model_word_set("class_articles")
