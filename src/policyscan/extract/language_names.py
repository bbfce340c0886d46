"""Languages are not product names: "a Dhivehi-language assistant", "its Chichewa-speaking chatbot".

A capitalised word joined by a hyphen to "language" (model_words ``language_joiners``) names a language whatever
the word is, so an unlisted language is recognised by its grammar, not by a longer list; the word is then a
language wherever the article writes it ("answers questions in Dhivehi and English")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.patterns import CACHE_PREFIX, model_word_set

_KEY = CACHE_PREFIX + "hyphen_languages"


def _hyphen_languages(doc: Doc) -> frozenset[str]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        joiners = model_word_set("language_joiners")
        cached = frozenset(
            t.text
            for t in doc[:-2]
            if t.text[:1].isupper()
            and t.is_alpha
            and not t.whitespace_
            and doc[t.i + 1].text in ("-", "‑")
            and not doc[t.i + 1].whitespace_
            and doc[t.i + 2].lower_ in joiners
        )
        doc.user_data[_KEY] = cached
    return cached


def language_word(tok: Token) -> bool:
    """``tok`` is a language: listed (model_words ``languages``) or written before "-language" in the doc."""
    return tok.text in model_word_set("languages", lower=False) or tok.text in _hyphen_languages(tok.doc)


def language_name(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is one word that is a language."""
    return end - start == 1 and language_word(doc[start])
