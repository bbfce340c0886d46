"""Long official names and their short forms: "Long Name (ACR)", names NER cut at "and", "known as the PPC"."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.cut_names import cut_name_end, without_trailing_and
from policyscan.extract.actors.index import absorb
from policyscan.extract.actors.names import clean_name, type_from_name
from policyscan.extract.patterns import (
    ACRONYM_IN_PARENS,
    KNOWN_AS,
    actor_word_set,
    doc_text,
    exact_set,
    lexicon,
    tokens_in,
)
from policyscan.report import ActorType

OPEN_PAREN = frozenset(["("])


def find_acronyms(doc: Doc) -> dict[int, tuple[int, str]]:
    """Token index of a long name's last token -> (index of the acronym, acronym) for "Long Name (ACR)"."""
    found = {}
    for i in tokens_in(doc, OPEN_PAREN):
        if i >= len(doc) - 2:
            break
        tok = doc[i]
        if tok.text == "(" and doc[tok.i + 2].text == ")" and tok.i > 0:
            acr = doc[tok.i + 1].text
            long_name = tok.i >= 2 and doc[tok.i - 2].text[:1].isupper()
            if acr[0].isupper() and ACRONYM_IN_PARENS.match(acr) and (sum(c.isupper() for c in acr) >= 2 or long_name):
                found[tok.i - 1] = (tok.i + 1, acr)
    return found


NAME_GLUE = actor_word_set("name_glue")


SKIP_IN_NAME = frozenset(["DATE", "TIME", "GPE", "PERSON", "NORP", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"])


def _glue_end(doc: Doc, end: int) -> int | None:
    """Where the rest of a cut name starts after ``end``: "and X", "for the X", "of X" (not "and the X": a
    second body). None when no glue follows."""
    if end >= len(doc) or doc[end].lower_ not in NAME_GLUE:
        return None
    j = end + 1
    if doc[end].lower_ in ("for", "of", "on") and j < len(doc) and doc[j].lower_ == "the":
        j += 1
    return j


def _rest_of_name(doc: Doc, j: int, *, any_entity: bool = False) -> int:
    """The end of a run of up to five capitalised words from ``j`` that is no person, place or date (any
    entity but a date when the tagger kept the glue word in the name: "Ministry of IT and")."""
    skip = frozenset(["DATE", "TIME"]) if any_entity else SKIP_IN_NAME
    k = j
    while k < len(doc) and k - j < 5 and doc[k].text[:1].isupper() and doc[k].ent_type_ not in skip:
        if doc[k].ent_id_ or doc[k].is_sent_start:
            return j
        k += 1
    return k


def extend_name(doc: Doc, start: int, end: int) -> int:
    """The true end of an institution's name NER cut at a glue word, or ``end``."""
    heads = lexicon()["institution_heads"]
    cut_and = end - 1 > start and doc[end - 1].lower_ in ("and", "&")
    if cut_and:
        end -= 1  # "Ministry of IT and" with "Telecommunication" left out
    first = [t.lower_ for t in doc[start:end]]
    head_first = any(w in heads and n in ("of", "for") for w, n in itertools.pairwise(first))
    extended = False
    while (j := _glue_end(doc, end)) is not None:
        k = _rest_of_name(doc, j, any_entity=cut_and and not extended)
        if k == j:
            break
        if doc[end].lower_ in ("and", "&"):
            if doc[k - 1].text in exact_set("company_suffixes"):
                break  # "the Trade Commission and Korvane Ltd": a second actor
            if head_first and (doc[k - 1].lower_ in heads or doc[k - 1].lower_ in actor_word_set("group_heads")):
                break  # "the Institute of Technology and Kestrova State University": two bodies, each with its head
            if not (head_first or doc[k - 1].lower_ in heads):
                break  # "Department of ... and Worker Protection", "Ministry of X and Y"
        elif not (extended or head_first or doc[end - 1].lower_ in heads):
            break  # "Spanish Agency for ...", not "Kestrel for ..."
        if doc[end].lower_ in ("of", "for") and doc[end - 1].lower_ in heads:
            head_first = True  # "Czech Ministry" + "of Industry": the rest may follow "and"
        end, extended = k, True
    return end if extended else (end + 1 if cut_and else end)


def names_cut_at_and(doc: Doc, b: Builder) -> None:
    """ "Department of Consumer and Worker Protection", "Ministry of the Interior and Kingdom Relations",
    "Spanish Agency for the Supervision of Artificial Intelligence": NER stops at the glue word; the
    capitalised words that follow belong to the name when the name is an institution's (its head word ends
    the name, or opens it before "of"/"for")."""
    for rec in list(b.index.actors.values()):
        if rec.key not in b.index.actors or rec.type in (ActorType.PERSON, ActorType.COUNTRY):
            continue
        for m in [m for m in b.index.mentions if m.key == rec.key]:
            k = extend_name(doc, m.start, cut_name_end(doc, m.start, m.end))
            if k <= m.end or rec.name != clean_name(doc[m.start : m.end].text):
                if (short := without_trailing_and(rec.name)) and rec.name == clean_name(doc[m.start : m.end].text):
                    rec.name, m.end = short, m.end - 1
                    b.by_name[short.lower()] = rec.key
                    b.index.token_key.pop(m.end, None)
                continue
            full = clean_name(doc[m.start : k].text)
            placed = any(doc[i].ent_type_ == "GPE" for i in range(m.end, k))  # "... Commissioner" + "of Alberta"
            if rec.name.split()[-1].lower() not in NAME_GLUE | {"the"} and not placed:
                rec.aliases.add(rec.name)  # the short name stands for this body only when no place tells it apart
            rec.name = full
            rec.aliases.discard(full)
            for i in range(m.end, k):
                other = b.index.token_key.get(i)
                if other and b.index.actors[other].type == ActorType.COUNTRY:
                    continue  # "Communications Authority of" + "Kenya": the country stays an actor of its own
                if other and other != rec.key:
                    absorb(b.index, rec.key, other)  # "Kingdom Relations" taken for a firm of its own
                b.index.token_key[i] = rec.key
            m.end = k
            b.by_name[full.lower()] = rec.key
            typ = type_from_name(full, "ORG")
            if rec.type == ActorType.COMPANY and typ != ActorType.COMPANY:
                rec.type = typ


def spelled_out_names(doc: Doc, b: Builder, acronyms: dict[int, tuple[int, str]]) -> None:
    """ "Saudi Data and Artificial Intelligence Authority (SDAIA)": NER often cuts long official names at
    "and"; the parenthesised acronym says where the name starts and ends."""
    for last, (acr_i, acr) in acronyms.items():
        start = last
        while start - 1 >= 0 and (
            doc[start - 1].text[:1].isupper()
            or (doc[start - 1].lower_ in NAME_GLUE and doc[start - 2].text[:1].isupper())
            or (doc[start - 1].lower_ == "the" and start >= 3 and doc[start - 2].lower_ in ("of", "for", "on"))
        ):
            if doc[start - 1].is_sent_start or doc[start - 1].text in ("'s", "’s"):
                break
            start -= 1
        words = doc[start : last + 1]
        heads = lexicon()["institution_heads"]
        # "Agency for Regulation and Development of the Financial Market (ARDFM)": the head may open the name
        head = next((t for t in reversed(words) if t.lower_ in heads), None) if len(words) >= 3 else None
        if head is None or words[-1].text in exact_set("law_words"):
            continue  # "the General Data Protection Regulation (GDPR)" is a law
        if head.i != last and (head.i != start or doc[head.i + 1].lower_ not in ("for", "of", "on")):
            continue
        initials = "".join(t.text[0] for t in words if t.lower_ not in NAME_GLUE and t.lower_ != "the").upper()
        if not (initials.startswith(acr.upper()[:2]) or acr.upper() in initials):
            continue
        name = clean_name(words.text)
        covered = {b.index.token_key[i] for i in range(start, last + 1) if i in b.index.token_key}
        covered |= {b.index.token_key[acr_i]} if acr_i in b.index.token_key else set()
        country_keys = {k for k in covered if b.index.actors[k].type == ActorType.COUNTRY}
        key = b.add(start, last + 1, name, ActorType(heads[head.lower_]))
        b.index.actors[key].aliases.add(acr)
        b.by_name[acr.lower()] = key
        for k in covered - country_keys - {key}:
            absorb(b.index, key, k)
        b.index.token_key[acr_i] = key


def known_as(doc: Doc, b: Builder) -> None:
    """ "The commission, known as the PPC, ...": the short name belongs to the actor just named."""
    for m in KNOWN_AS.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            continue
        head = doc[span.start]
        while head.dep_ in ("pobj", "prep", "oprd", "acl", "attr", "agent") and head.head != head:
            head = head.head
        owner = b.index.resolve(head) if head.i != span.start else None
        if owner and owner != b.index.key_at(doc[span.start]):
            acr_key = b.index.key_at(doc[span.start])
            if acr_key and acr_key in b.index.actors:
                absorb(b.index, owner, acr_key)
            b.by_name[m.group(1).lower()] = owner
            b.index.actors[owner].aliases.add(m.group(1))
