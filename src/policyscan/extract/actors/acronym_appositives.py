"""A bare all-caps acronym set beside a description names the body the description stands for: "Romania's data
protection authority, the ANSPDCP, has opened ...", "Senegal's telecoms and posts regulator, the ARTP, on Wednesday
reinstated ...". The tagger often leaves such an acronym untagged (or the parser breaks the description at "and"),
so the body's own name was lost and its acts went to another country's regulator named before it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.index import absorb
from policyscan.extract.actors.names import clean_name
from policyscan.extract.countries_data import country_of
from policyscan.extract.patterns import actor_word_set, lexicon
from policyscan.report import ActorType

_POSSESSIVE = ("'s", "’s")


def _acronym(tok: Token) -> bool:
    return tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 8


def _description_head(doc: Doc, i: int) -> Token | None:
    """The head word of the description right before ", [the] ACRONYM,", lower case ("regulator")."""
    j = i - 1 if i >= 1 and doc[i - 1].lower_ == "the" else i
    if j < 2 or doc[j - 1].text != ",":
        return None
    head = doc[j - 2]
    return head if head.lower_ in lexicon()["institution_heads"] and head.text.islower() else None


def _country_before(head: Token) -> tuple[int, str] | None:
    """Where "<country>'s ... head" or "<demonym> ... head" starts and its country; no punctuation between."""
    doc = head.doc
    for k in range(head.i - 1, max(head.sent.start, head.i - 8) - 1, -1):
        tok = doc[k]
        if tok.text in _POSSESSIVE and k >= 1 and doc[k - 1].ent_type_ == "GPE":
            start = k - 1  # the country's entity, found from its last token, not by a scan of every entity
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            return start, clean_name(doc[start:k].text)
        if tok.is_punct and tok.text not in ("-",):
            return None
        if tok.text[:1].isupper() and (country := country_of(tok.text)):
            return k, country  # "the Senegalese telecoms regulator, the ARTP,"
    return None


def acronym_appositives(doc: Doc, b: Builder) -> None:
    """Name each description followed by ", [the] ACRONYM," by that acronym (see the module doc)."""
    heads = lexicon()["institution_heads"]
    never = actor_word_set("never_actor_names")
    for tok in doc:
        if not _acronym(tok) or tok.i in b.index.token_key or tok.lower_ in never or tok.ent_type_ in ("GPE", "DATE"):
            continue
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in (",", ")"):
            continue
        head = _description_head(doc, tok.i)
        if head is None:
            continue
        described = b.index.token_key.get(head.i)
        if described is not None and described not in b.descriptive:
            continue  # a named body's own word ("the Ministry, the MCIT,"): its appositive is handled with its name
        where = _country_before(head)
        key = b.add(tok.i, tok.i + 1, tok.text, ActorType(heads[head.lower_]), country=where[1] if where else None)
        if described is not None:
            absorb(b.index, key, described)
            b.descriptive.discard(described)
        elif where is not None:
            # the description the parser did not take, kept so that its field keeps other descriptions off
            b.index.actors[key].aliases.add(doc[where[0] : head.i + 1].text)
