"""Bodies named by what they are: ministries by their portfolio ("the finance and trade ministries" are two
bodies; "the trade ministry" is the Ministry of Investment, Trade and Industry when the article names it) and
committees by their kind ("the mayoral committee approved ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.actors.builder import Builder
from policyscan.extract.actors.index import ActorRec
from policyscan.extract.actors.names import gazetteer_entry
from policyscan.extract.countries_data import country_of
from policyscan.extract.patterns import actor_word_set, actor_words, tokens_in
from policyscan.report import ActorType

_BODY_TYPES = (ActorType.AGENCY, ActorType.GOVERNMENT, ActorType.REGULATOR)
_COMMITTEE = frozenset(["committee"])


def portfolio_ministries(doc: Doc, b: Builder) -> None:
    heads: dict[str, str] = actor_words()["portfolio_heads"]
    portfolios = actor_word_set("portfolio_words")
    for i in tokens_in(doc, frozenset(heads)):
        tok = doc[i]
        if tok.i in b.index.token_key or not tok.text.islower():
            continue
        words = _portfolio_words(tok, portfolios)
        singular = heads[tok.lower_]
        if not words or (singular != tok.lower_) != (len(words) > 1):
            continue  # "the finance and trade ministries", "the trade ministry"; not "the finance ministries"
        country = _country(tok, b)
        for w in words:
            named = _named_body(b, w.lower_, singular)
            if named is not None:
                b.add(w.i, w.i + 1, named.name, named.type, key=named.key)
            elif len(words) > 1:
                name = f"{country}'s {w.lower_} {singular}" if country else f"{w.lower_} {singular}"
                b.add(w.i, w.i + 1, name, ActorType.AGENCY, country=country)  # not merged by country alone
            elif _the(tok):  # "the IT ministry", "the home ministry": one body, named by its portfolio
                name = f"{w.text if w.text.isupper() else w.lower_} {singular}"
                entry = gazetteer_entry(name)  # "the commerce department" is the listed U.S. one only in a U.S. story
                listed = entry is not None and (
                    entry["name"] in b.index.actors
                    or (country is not None and country_of(country) == entry.get("country"))
                )
                same = [
                    r.key
                    for r in b.index.actors.values()
                    if r.name.lower().replace("’", "'").endswith(f"'s {name.lower()}")
                ]
                key = same[0] if len(same) == 1 else None if listed else name  # "India's finance ministry" named before
                b.add(w.i, tok.i + 1, name, ActorType.AGENCY, country=country, key=key)
    b.index.mentions.sort(key=lambda m: m.start)


def _the(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _portfolio(tok: Token, portfolios: frozenset[str]) -> bool:
    """A lower-case portfolio word, or one written as an acronym ("the IT ministry"), never the pronoun "it"."""
    if tok.pos_ == "PRON":
        return False
    return tok.text in portfolios or (tok.text.isupper() and len(tok.text) > 1 and tok.lower_ in portfolios)


def _portfolio_words(head: Token, portfolios: frozenset[str]) -> list[Token]:
    # lower-case words only: "Defense and Energy departments" are names the tagger reads on its own
    mods = [c for c in head.lefts if c.dep_ in ("nmod", "compound", "amod") and _portfolio(c, portfolios)]
    out = list(mods)
    for m in mods:
        out += [c for c in m.conjuncts if _portfolio(c, portfolios) and c not in out and c.i < head.i]
    return sorted(out, key=lambda t: t.i)


def _country(head: Token, b: Builder) -> str | None:
    for c in head.lefts:
        if c.dep_ == "poss" and c.ent_type_ == "GPE":
            return c.text
    # the nearest country named before: a real polity, not a province the tagger took for one ("Nghe An")
    for m in sorted((m for m in b.index.mentions if m.start < head.i), key=lambda m: -m.start):
        rec = b.index.actors[m.key]
        if rec.type == ActorType.COUNTRY and country_of(rec.name):
            return rec.name
    return None


def _named_body(b: Builder, word: str, head: str) -> ActorRec | None:
    """The one named ministry whose name holds the portfolio ("Ministry of Investment, Trade and Industry")."""
    found = [
        rec
        for rec in b.index.actors.values()
        if rec.type in _BODY_TYPES
        and head in (low := rec.name.lower().replace(",", " ").split())
        and word in low
        and rec.key not in b.descriptive
    ]
    return found[0] if len(found) == 1 else None


def kind_committees(doc: Doc, b: Builder) -> None:
    """ "the mayoral committee approved", "the parliamentary committee voted": a committee of a known kind that
    acts (subject of its verb) is a body, not a common noun."""
    kinds: dict[str, str] = actor_words()["committee_kinds"]
    for i in tokens_in(doc, _COMMITTEE):
        tok = doc[i]
        if tok.i in b.index.token_key or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        kind = next((c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.text in kinds), None)
        if kind is None:
            continue
        name = f"{kind.text} committee"
        b.add(kind.i, tok.i + 1, name, ActorType(kinds[kind.text]), key=b.by_name.get(name))
    b.index.mentions.sort(key=lambda m: m.start)
