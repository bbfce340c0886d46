"""The members a plural or generic subject lists ("regulators, including A, B and C", "the privacy authorities for
Canada and Alberta", "the attorneys general of Vermont and Ohio"): each named body acts."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.pleas import AUTHORITY_TYPES
from policyscan.extract.actions.senses import portfolio_members
from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex
from policyscan.report import ActorType


def _members(tok: Token) -> list[Token]:
    """Tokens a plural or generic subject lists: "regulators, including A, B and C", "a number of states such as A"."""
    heads = [tok]
    if tok.lower_ in word_set("quantity_heads"):  # "a number of states, including ..."
        heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    out: list[Token] = []
    holders = word_set("office_holders")
    if tok.lower_ in holders or any(c.dep_ == "compound" and c.lower_ in holders for c in tok.children):
        # "the attorneys general of Vermont and New Mexico sued ...", "the attorney general of Texas sued ..."
        for holder in (tok, *(c for c in tok.children if c.dep_ == "amod")):
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    out += [p2 for p in c.children if p.dep_ == "pobj" for p2 in (p, *p.conjuncts)]
    if tok.tag_ == "NNS":  # "three authors – A, B and C – sued ...": a plural noun's apposition lists its members
        out += [m for a in tok.children if a.dep_ == "appos" and a.conjuncts for m in (a, *a.conjuncts)]
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and (c.lower_ in word_set("member_preps") or _such_as(c)):
                for p in c.children:
                    if p.dep_ == "pobj":  # "including A, B, and C" is sometimes parsed with B as A's apposition
                        out += [
                            p,
                            *p.conjuncts,
                            *(a for m in (p, *p.conjuncts) for a in m.children if a.dep_ == "appos"),
                        ]
    return out


def _such_as(prep: Token) -> bool:
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def list_members(tok: Token, actors: ActorIndex) -> list[str]:
    """The named actors a generic subject lists, in order ("states including A, B and C")."""
    keys: list[str] = []
    members = [*(actors.key_at(m) for m in _members(tok)), *_place_members(tok, actors)]
    for k in [*members, *portfolio_members(tok, actors)]:
        if k is not None and k not in keys:
            keys.append(k)
    return keys


def _place_members(tok: Token, actors: ActorIndex) -> list[str]:
    """ "the privacy authorities for Canada, Quebec and Alberta", "its counterparts in Italy and Spain",
    "the attorneys general of Vermont and Ohio": a plural body noun before places stands for each
    place's own body: the one the text names for that place, or else the place itself."""
    if tok.lower_ not in word_set("place_body_heads"):
        return []
    keys: list[str] = []
    for holder in (tok, *(c for c in tok.children if c.dep_ == "amod")):  # "attorneys general of ..."
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in word_set("place_member_preps"):
                continue
            for p in (p for p in c.children if p.dep_ == "pobj"):
                for m in (p, *p.conjuncts):
                    if any(a.dep_ == "amod" for a in m.children):
                        continue  # "authorities in northern Chile": a region's authorities, not the country's
                    k = actors.key_at(m)
                    if k is not None and actors.actors[k].type == ActorType.COUNTRY:
                        keys.append(_place_body(k, actors) or k)
    return keys


def _place_body(place: str, actors: ActorIndex) -> str | None:
    """The one public body the text names for a place ("... Commissioner of Alberta", a regulator of Canada);
    never the place's government, which is the place itself ("Alberta's government" is not its privacy office)."""
    name = actors.actors[place].name
    found = [
        rec.key
        for rec in actors.actors.values()
        if rec.type in AUTHORITY_TYPES - {ActorType.GOVERNMENT, ActorType.LEGISLATURE}
        and (rec.country == name or rec.name.endswith(" " + name))
    ]
    return found[0] if len(found) == 1 else None
