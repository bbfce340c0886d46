"""Long official names and their short forms: "Long Name (ACR)", names NER cut at "and", "known as the PPC"."""

from __future__ import annotations

from spacy.tokens import Doc

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.index import absorb
from policyscan.extract.actors.names import clean_name
from policyscan.extract.patterns import ACRONYM_IN_PARENS, KNOWN_AS, actor_word_set, doc_text, lexicon, tokens_in
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
            if ACRONYM_IN_PARENS.match(acr) and (sum(c.isupper() for c in acr) >= 2 or long_name):
                found[tok.i - 1] = (tok.i + 1, acr)
    return found


NAME_GLUE = actor_word_set("name_glue")


def names_cut_at_and(doc: Doc, b: Builder) -> None:
    """ "Department of Consumer and Worker Protection": NER stops at "and"; the capitalised words that follow,
    ending in an institution word, belong to the name."""
    heads = lexicon()["institution_heads"]
    for rec in list(b.index.actors.values()):
        for m in [m for m in b.index.mentions if m.key == rec.key]:
            end = m.end
            if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&"):
                continue
            j = end + 1
            while j < len(doc) and j - end <= 5 and doc[j].text[:1].isupper():
                j += 1
            if j == end + 1 or (doc[j - 1].lower_ not in heads and doc[m.end - 1].lower_ not in heads):
                continue
            if not any(t.lower_ in heads for t in doc[m.start : j]):
                continue
            full = clean_name(doc[m.start : j].text)
            if rec.name == clean_name(doc[m.start : m.end].text) and rec.type != ActorType.PERSON:
                rec.aliases.add(rec.name)
                rec.name = full
                for i in range(m.end, j):
                    b.index.token_key[i] = rec.key
                b.by_name[full.lower()] = rec.key


def spelled_out_names(doc: Doc, b: Builder, acronyms: dict[int, tuple[int, str]]) -> None:
    """ "Saudi Data and Artificial Intelligence Authority (SDAIA)": NER often cuts long official names at
    "and"; the parenthesised acronym says where the name starts and ends."""
    for last, (acr_i, acr) in acronyms.items():
        start = last
        while start - 1 >= 0 and (
            doc[start - 1].text[:1].isupper()
            or (doc[start - 1].lower_ in NAME_GLUE and doc[start - 2].text[:1].isupper())
        ):
            if doc[start - 1].is_sent_start or doc[start - 1].text in ("'s", "’s"):
                break
            start -= 1
        words = doc[start : last + 1]
        if len(words) < 3 or words[-1].lower_ not in lexicon()["institution_heads"]:
            continue
        initials = "".join(t.text[0] for t in words if t.lower_ not in NAME_GLUE).upper()
        if not (initials.startswith(acr.upper()[:2]) or acr.upper() in initials):
            continue
        name = clean_name(words.text)
        covered = {b.index.token_key[i] for i in range(start, last + 1) if i in b.index.token_key}
        covered |= {b.index.token_key[acr_i]} if acr_i in b.index.token_key else set()
        country_keys = {k for k in covered if b.index.actors[k].type == ActorType.COUNTRY}
        key = b.add(start, last + 1, name, ActorType(lexicon()["institution_heads"][words[-1].lower_]))
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
        while head.dep_ in ("pobj", "prep", "oprd", "acl", "attr", "agent") and head.head is not head:
            head = head.head
        owner = b.index.resolve(head) if head.i != span.start else None
        if owner and owner != b.index.key_at(doc[span.start]):
            acr_key = b.index.key_at(doc[span.start])
            if acr_key and acr_key in b.index.actors:
                absorb(b.index, owner, acr_key)
            b.by_name[m.group(1).lower()] = owner
            b.index.actors[owner].aliases.add(m.group(1))
