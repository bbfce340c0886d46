"""Places the tagger took for a firm or a person: "through Port Klang and Tanjung Rimba, the country's two
biggest ports", "cameras in the CBD, Rosebank and Mitchells Plain", "Kota Lama, a district of the capital",
"the port of Tanjung Rimba"; and what an office is "of" ("the Governor of Zamboanga", "the Minister of Digital
Affairs"): a place or a portfolio, not a body."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from policyscan.extract.actors.names import type_from_name
from policyscan.extract.patterns import CACHE_PREFIX, actor_word_set, capitals, exact_set
from policyscan.report import ActorType

_RANGE = {"from": "to", "to": "from"}  # the two ends of a range of places


def listed_place(ent: Span) -> bool:
    """An untagged name described as a place (a port, a district) or listed with places after "in"/"through"."""
    if ent.ent_id_ or ent.label_ not in ("ORG", "PERSON"):
        return False
    text = ent.text.strip()
    if type_from_name(text, "ORG") != ActorType.COMPANY or text.split()[-1] in exact_set("company_suffixes"):
        return False  # "the Port Authority", "Rimba Holdings Ltd"
    members = coordination(ent.root)
    top = members[0]
    if any(_described_as_place(m) for m in members):
        return True
    if top.dep_ == "pobj" and top.head.lower_ in ("of", "for"):
        owner = top.head.head  # "the port of Tanjung Rimba", "the Governor of Zamboanga", "Minister of Digital Affairs"
        if owner.lower_ in actor_word_set("office_of_titles"):
            return True
        acts = owner.dep_ in ("nsubj", "nsubjpass")
        if top.head.lower_ == "of" and owner.lower_ in actor_word_set("place_nouns") and not acts:
            return True  # not "the city of Tollmouth banned ...": the city acts
    if top.dep_ == "pobj" and _range_end(top):
        return True
    if top.dep_ != "pobj" or top.head.lower_ not in actor_word_set("place_list_prepositions"):
        return False
    return any(m.i not in range(ent.start, ent.end) and _is_place(m) for m in members)


def _range_end(tok: Token) -> bool:
    """ "spread from Colombo to Kandy": one end of a from-to range whose other end is a place is a place too."""
    prep = tok.head
    other = _RANGE.get(prep.lower_)
    if other is None or prep.head == prep:
        return False
    ends = [o for p in prep.head.children if p.dep_ == "prep" and p.lower_ == other for o in p.children]
    return any(o.dep_ == "pobj" and (_is_place(o) or _known_place(o)) for o in ends)


def _known_place(tok: Token) -> bool:
    return tok.text in actor_word_set("place_names") or tok.text in capitals()


def coordination(tok: Token) -> list[Token]:
    """Every member of the coordination ``tok`` belongs to ("A, B, C and D"), the first one first."""
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    out, todo = [first], [first]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "conj":
                out.append(c)
                todo.append(c)
    return out


def _described_as_place(tok: Token) -> bool:
    """ "X, the country's biggest port", "X, a district of the capital"."""
    return any(c.dep_ == "appos" and c.lower_ in actor_word_set("place_nouns") for c in tok.children)


def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or _described_as_place(tok)


def name_after_origin(ent: Span) -> bool:
    """ "made by Hà Nội start-up Mây AI": a name follows the origin word, so the name before it is a place
    however the tagger labelled it (the firm is the name after)."""
    doc = ent.doc
    heads = actor_word_set("origin_heads")
    for width in (1, 3):  # "firm", "start-up"
        end = ent.end + width
        if end < len(doc) and doc[ent.end : end].text.lower() in heads:
            nxt = doc[end]
            return nxt.text[:1].isupper() and (nxt.pos_ == "PROPN" or bool(nxt.ent_type_))
    return False


def described_origin(ent: Span) -> bool:
    """ "The authority also ordered the Reykjavik company to delete the essays": one capitalised word between "the"
    and a firm's head word, written nowhere else in the story, says where a firm named before is from; a firm's
    own name stands on its own somewhere ("Kestrel said ... the Kestrel company")."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return False
    return _word_counts(doc)[ent.text] == 1


def _word_counts(doc) -> Counter[str]:
    """How often each token text occurs in the doc, counted once per doc (a per-entity count is quadratic)."""
    counts = doc.user_data.get(CACHE_PREFIX + "word_counts")
    if counts is None:
        counts = doc.user_data[CACHE_PREFIX + "word_counts"] = Counter(t.text for t in doc)
    return counts


def origin_only(ent: Span) -> bool:
    """A name before a firm's head word that only says where the firm is from (see the two tests above)."""
    return name_after_origin(ent) or described_origin(ent)
