"""Names that are things, not actors: a capitalised technology or product term ("Large Language Model",
"the Personal Learning Device programme"), the acronym of a technology spelled out before it ("unmanned
aerial vehicles (UAVs)"), and a platform named in a share line or as the place of a post ("Share on
Facebook", "in a Facebook post"). A company named as the maker is still an actor; these are only the
names of the things. Word lists are in data/model_words.json.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from policyscan.extract.patterns import doc_text, lexicon, model_word_set

ACRONYM = re.compile(r"[A-Z]{2,6}s?")
LINE_WORDS = 14


def _product_term(ent: Span) -> bool:
    """ "Large Language Model", "Personal Learning Device": capitalised words ending in a product noun."""
    words = ent.text.split()
    return len(words) >= 2 and words[-1].istitle() and words[-1].lower() in model_word_set("product_head_nouns")


def _spelled_acronym(ent: Span) -> bool:
    """ "unmanned aerial vehicles (UAVs)": an acronym whose lower-case words before it name a thing."""
    text = ent.text
    if not ACRONYM.fullmatch(text) or ent.start < 2 or ent.doc[ent.start - 1].text != "(":
        return False
    letters = text.rstrip("s").lower()
    words = ent.doc[max(ent.start - 1 - len(letters), 0) : ent.start - 1]
    if len(words) != len(letters) or not all(t.is_alpha and t.text.islower() for t in words):
        return False
    heads = lexicon()["institution_heads"]
    if words[-1].lower_ in heads or words[-1].lower_ in lexicon()["generic_actor_heads"]:
        return False  # "the national data authority (NDA)" is a body
    return "".join(t.text[0] for t in words) == letters


def platform_mention(ent: Span) -> bool:
    """ "Share on Facebook", "Facebook · Instagram · Telegram", "in a Facebook post": the platform, not its owner."""
    platforms = model_word_set("platform_names", lower=False)
    if ent.text not in platforms:
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in model_word_set("platform_use_nouns"):
        return True
    text = doc_text(doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)]
    words = re.findall(r"[\w()]+", line)
    named = [w for w in words if w in platforms]
    return len(named) >= 2 and len(words) <= LINE_WORDS


def named_as_company(ent: Span) -> bool:
    """ "Kestrova said", "Kestrova, a Lagos company,": a name its product shares, used for the company."""
    from policyscan.extract.actors.people import company_apposition
    from policyscan.extract.model_makers import company_noun_before, person_of

    doc = ent.doc
    said = ent.end < len(doc) and doc[ent.end].lower_ in model_word_set("company_verbs")
    # "the Brno company Vorla", "Vorla's chief executive"
    return said or company_apposition(ent) or company_noun_before(doc, ent.start) or person_of(doc, ent.end)


def not_an_actor(ent: Span) -> bool:
    return _product_term(ent) or _spelled_acronym(ent) or platform_mention(ent)
