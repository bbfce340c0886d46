"""Names: cleaning an entity's text, the gazetteer, the actor type a name implies."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from spacy.tokens import Span

from policyscan.extract.patterns import (
    AMOUNT_TAIL,
    LEADING_DET,
    OPEN_PAREN_TAIL,
    POSSESSIVE_S,
    TRAILING_POSS,
    actor_gazetteer,
    actor_word_set,
    exact_set,
    lexicon,
)
from policyscan.report import ActorType

# Page furniture around a name: flag emoji and other symbols, arrows, bullets ("🇹🇭 Thailand", "Unsubscribe ·")
_SYMBOLS = "\\s\u00b7\u2022|»«›‹\u2190-\u21ff\u2600-\u27bf\ufe0f\U0001f000-\U0001faff"
_EDGE_SYMBOLS = re.compile(f"^[{_SYMBOLS}]+|[{_SYMBOLS}]+$")


def edge_symbols(text: str) -> bool:
    """Whether furniture symbols stand before or after the words ("🇹🇭 Thailand")."""
    return _EDGE_SYMBOLS.search(text.strip()) is not None


def clean_name(text: str) -> str:
    text = _EDGE_SYMBOLS.sub("", " ".join(text.split()))
    text = TRAILING_POSS.sub("", text)
    text = LEADING_DET.sub("", text)
    text = OPEN_PAREN_TAIL.sub("", text)  # "Office of the ... Commissioner (ODPC" cut by NER
    text = AMOUNT_TAIL.sub("", text)  # "fined Fjord AI NOK 2.5 million": the sum is not part of the name
    text = text.strip(" ,;:()[]\"'“”‘’—–-")
    if text.endswith(".") and text[:-1].count(".") == 0:
        text = text[:-1]
    return text


def _gazetteer_index() -> dict[str, dict]:
    index = {}
    for entry in actor_gazetteer():
        for name in [entry["name"], *entry.get("aliases", [])]:
            index[clean_name(name).lower()] = entry
    return index


_GAZ: dict[str, dict] | None = None


def gazetteer_entry(name: str) -> dict | None:
    global _GAZ
    if _GAZ is None:
        _GAZ = _gazetteer_index()
    entry = _GAZ.get(name.lower())
    if entry is not None and not name.isupper() and _only_acronym(entry, name):
        return None  # "Sec. 230" is a section, not the SEC: a short form in capitals matches only in capitals
    return entry


def _only_acronym(entry: dict, name: str) -> bool:
    low = clean_name(name).lower()
    forms = [f for f in [entry["name"], *entry.get("aliases", [])] if clean_name(f).lower() == low]
    return bool(forms) and all(f.isupper() for f in forms)


def company_suffixed(name: str) -> bool:
    """A name of two words or more whose last is a company suffix, with or without its full stop ("Kolmar Sp",
    "Drava d.o.o.")."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".") in _undotted_suffixes()


@cache
def _undotted_suffixes() -> frozenset[str]:
    return frozenset(s.rstrip(".") for s in lexicon()["company_suffixes"])


def type_from_name(name: str, label: str) -> ActorType:
    if label == "PERSON":
        return ActorType.PERSON
    if label in ("GPE", "LOC"):
        return ActorType.COUNTRY
    words = name.split()
    last = words[-1].lower() if words else ""
    if last in actor_word_set("administration_words") and len(words) == 2:
        return ActorType.GOVERNMENT
    if any(p in name.lower() for p in actor_word_set("academic_phrases")):
        return ActorType.GROUP  # "Borvia Institute of Technology": a university, not an agency
    for w in reversed([w.lower() for w in words]):
        if w in lexicon()["institution_heads"]:
            return ActorType(lexicon()["institution_heads"][w])
    if central_bank(name):
        return ActorType.REGULATOR
    if company_suffixed(name):
        return ActorType.COMPANY
    lowered = {w.lower().strip(",.") for w in words}
    if lowered & actor_word_set("court_heads"):
        return ActorType.COURT  # "the Ninth Circuit"
    if lowered & actor_word_set("group_heads"):
        return ActorType.GROUP  # universities, parties, foundations, campaigns
    if label == "NORP":
        return ActorType.GROUP
    return ActorType.COMPANY


def central_bank(name: str) -> bool:
    """ "Central Bank of Egypt", "Saudi Central Bank", "Reserve Bank of India": a regulator, not a company."""
    low = f" {name.lower()} "
    return any(f" {phrase} " in low for phrase in actor_word_set("central_bank_phrases"))


def is_law_name(name: str) -> bool:
    """ "the AI Act", "Online Safety Act 2023", "the Data Protection Act of 2018", "the LGPD"."""
    words = name.split()
    if len(words) > 1 and re.fullmatch(r"(?:19|20)\d\d", words[-1]):
        words = words[:-2] if words[-2].lower() == "of" else words[:-1]  # the year a law is named by
        words = [w.rstrip(",") for w in words]
    # "the Regulation on Personal Data Transfer", "the Law on Cybersecurity": a law named by its subject
    subject = len(words) > 2 and words[0] in exact_set("law_words") and words[1] in actor_word_set("law_subject_words")
    if _body_with_remit(words):
        return False  # "the Office of Science and Technology Policy", "the Ministry of Interior and Public Order"
    return bool(words) and (
        subject
        or words[-1] in exact_set("law_words")
        or (name.upper() == name and name in actor_word_set("law_acronyms"))
    )


def _body_with_remit(words: list[str]) -> bool:
    heads = lexicon()["institution_heads"]
    links = actor_word_set("body_name_links")
    return any(w.lower() in heads and nxt.lower() in links for w, nxt in pairwise(words))


def poss_free(name: str) -> str:
    """ "California's governor" and "California governor" are one office."""
    return POSSESSIVE_S.sub("", name.lower())


def country_name(name: str | None) -> str | None:
    if not name:
        return None
    return lexicon()["demonyms"].get(name, name)


def cut_before_head(ent: Span) -> bool:
    """An organisation the tagger cut before its own capitalised head: "the Data Ombudsman" tagged "Data",
    "the Kestrel Authority" tagged "Kestrel". The next token is an institution head the entity's last word
    modifies, written capitalised inside the sentence and tagged no other name."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    return (
        nxt.text[:1].isupper()
        and nxt.is_alpha
        and not nxt.is_sent_start
        and not nxt.ent_type_
        and nxt.lower_ in lexicon()["institution_heads"]
        and ent[-1].head == nxt
        and ent[-1].dep_ == "compound"
    )


def company_owned(name: str) -> bool:
    """ "company's Milan sales office": a description owned by "the company", no public body."""
    first = name.split()[0].lower() if name.split() else ""
    owner = first.removesuffix("'s").removesuffix("’s")
    return owner != first and "company" in lexicon()["generic_actor_heads"].get(owner, [])
