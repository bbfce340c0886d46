"""Co-agents: every other named body that shares an action's subject ("the FTC and the SEC", "the FTC, along
with the DOJ", "the OPC, the CAI and ...")."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.agent_lists import list_members
from policyscan.extract.actions.subjects import companions
from policyscan.extract.actors import ActorIndex
from policyscan.extract.ai_models import ModelIndex


def _name_part(subject: Token, conj: Token) -> bool:
    """ "the Ministry of Science and ICT": a bare word after an of-phrase ends the name, not a second body."""
    if any(c.dep_ in ("det", "prep", "poss") for c in conj.children):
        return False
    of_ends = [p.right_edge.i for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(conj.i - end <= 2 for end in of_ends if end < conj.i)


def _list_items(subject: Token, actors: ActorIndex, trigger: Token | None = None) -> list[Token]:
    """The subject and its conjuncts, with the appositions a list runs through: "the OPC, the Office of the
    Commissioner for Yukon, and the CAI" (the parser hangs the second name on the first as an apposition),
    "A and the Commission d'accès (CAI)" (an unnamed conjunct stands for its named apposition)."""
    own = trigger is not None and _in_own_clause(subject, trigger)
    items = [subject, *[c for c in subject.conjuncts if not _name_part(subject, c) and not (own and _relative(c))]]
    out: list[Token] = []
    for item in items:
        out.append(item)
        for a in (a for a in item.children if a.dep_ == "appos"):
            if a.conjuncts or (item.i != subject.i and actors.key_at(item) is None) or _listed(a, item, actors):
                out += [a, *(c for c in a.conjuncts if c not in items and c not in out)]
    return out


def _in_own_clause(subject: Token, trigger: Token) -> bool:
    return any(c.dep_ == "relcl" and (c == trigger or c.is_ancestor(trigger)) for c in subject.children)


def _relative(conj: Token) -> bool:
    """ "Chile, which banned X in May, and Peru, which fined Y in June": a name with its own relative clause
    does not share the act told in another name's clause."""
    return any(c.dep_ == "relcl" for c in conj.children)


def _listed(appos: Token, item: Token, actors: ActorIndex) -> bool:
    """ "Australia, Canada, and Taiwan have banned ...": a name between the subject and its conjunct, parsed as an
    apposition of the subject, is one more item of the list."""
    return actors.key_at(appos) is not None and any(appos.i < c.i for c in item.conjuncts)


def _noun_agents(noun: Token, actors: ActorIndex) -> list[Token]:
    """ "similar moves by A and B, which also restricted ...": the by-agents of an unnamed noun a relative
    clause hangs on, every conjunct of them."""
    if noun.pos_ != "NOUN" or actors.key_at(noun) is not None:
        return []
    by = (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj")
    return [t for p in by for t in (p, *p.conjuncts)]


def co_agents(
    subject: Token, first: str, actors: ActorIndex, models: ModelIndex, trigger: Token | None = None
) -> list[str]:
    """Every other named body that shares the subject: "the FTC and the SEC", "regulators including A and B".

    Only names count (a pronoun or "the ministry" among the conjuncts adds nothing), and an object
    is never reached: conjuncts of the subject token are on the subject's side of the verb."""
    keys = [first]
    for tok in [*_list_items(subject, actors, trigger), *companions(subject), *_noun_agents(subject, actors)]:
        found = [actors.key_at(tok)] if tok is not subject else []
        found += list_members(tok, actors)
        for k in found:
            if k is not None and k not in keys and tok.i not in models.token_key:
                keys.append(k)
    return keys[1:]
