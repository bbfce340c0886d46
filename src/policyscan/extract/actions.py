"""Policy actions: who did what to whom, in which direction, how firmly, when.

Grammar, not a keyword list: a trigger verb or noun from the lexicon, its
agent found through active and passive voice, control verbs ("ordered X to
suspend"), conjunctions, reported speech and relative clauses; its status
decided by the governing verbs and modals ("threatened to", "is weighing",
"denied it would"); its direction by meaning ("lift a ban" loosens).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from policyscan.extract import dates as dates_mod
from policyscan.extract.actors import ActorIndex, _line_is_heading
from policyscan.extract.ai_models import ModelIndex
from policyscan.extract.patterns import (
    in_ranges,
    lexicon,
    lower_set,
    noun_lemma,
    quoted_ranges,
    sent_of,
    sent_start_index,
    sent_starts,
    status_verb_forms,
    verb_forms,
)
from policyscan.report import STATUS_RANK, ActorType, DateRef, Direction, Status

CLIMB_DEPS = (
    "xcomp",
    "ccomp",
    "conj",
    "advcl",
    "acl",
    "pcomp",
    "relcl",
    "dobj",
    "pobj",
    "prep",
    "nsubjpass",
    "nsubj",
    "attr",
    "oprd",
    "appos",
)
ACTING_TYPES = {
    ActorType.GOVERNMENT,
    ActorType.AGENCY,
    ActorType.REGULATOR,
    ActorType.LEGISLATURE,
    ActorType.COURT,
    ActorType.COMPANY,
    ActorType.INTERNATIONAL,
    ActorType.PERSON,
    ActorType.COUNTRY,
    ActorType.GROUP,
}
AUTHORITY_TYPES = {
    ActorType.GOVERNMENT,
    ActorType.AGENCY,
    ActorType.REGULATOR,
    ActorType.LEGISLATURE,
    ActorType.COURT,
    ActorType.INTERNATIONAL,
}
PERMISSION_NOUNS = {
    "licence",
    "license",
    "licences",
    "licenses",
    "approval",
    "approvals",
    "access",
    "permit",
    "permits",
    "authorization",
    "authorisation",
    "exemption",
    "exemptions",
    "waiver",
    "clearance",
    "certification",
}


@dataclass
class RawAction:
    trigger: str
    kind: str
    direction: Direction
    status: Status
    actor: str | None
    target: str | None
    objects: list[str]
    object_keys: set[str]
    date: DateRef
    sents: list[tuple[int, int]]
    order: int
    ids: list[str] = field(default_factory=list)


@dataclass
class _Frame:
    trigger: Token
    kind: str
    direction: Direction
    status: Status
    agent_from: Token
    object_token: Token | None
    extra: list[Token] = field(default_factory=list)


def _verb_lemma(tok: Token) -> str | None:
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
        return None
    return verb_forms().get(tok.lower_)


def _obj(verb: Token) -> Token | None:
    for dep in ("dobj", "nsubjpass", "attr", "oprd"):
        for c in verb.children:
            if c.dep_ == dep:
                if c.lower_ in ("that", "which") and verb.dep_ == "relcl":
                    return verb.head
                return c
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VBN":
        return verb.head
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "into", "of"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _is_restriction(tok: Token | None) -> bool:
    if tok is None:
        return False
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    return bool(words & lower_set("restriction_nouns")) or tok.lower_ in lower_set("law_nouns")


def _noun_trigger(tok: Token | None) -> tuple[str, Direction] | None:
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = noun_lemma(tok.lower_)
    entry = lexicon()["nouns"].get(lemma)
    if entry is None:
        return None
    if entry.get("plural_only") and tok.lower_ == lemma:
        return None
    mods = entry.get("needs_modifier")
    if mods and not any(c.lower_ in mods for c in tok.children if c.dep_ in ("amod", "compound")):
        return None
    return entry["kind"], Direction(entry["direction"])


def _with_object(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _frame_for_verb(tok: Token, lemma: str) -> _Frame | None:
    entry = lexicon()["verbs"][lemma]
    cls = entry["class"]
    obj = _obj(tok)
    particle = entry.get("particle")
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return None
    status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
    if cls == "direct":
        if entry.get("needs_object") and obj is None:
            return None
        return _Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, obj)
    if cls == "flip":
        if _is_restriction(obj):
            kind = entry["kind"]
            return _Frame(tok, kind, Direction.LOOSEN, status, tok, obj)
        if obj is not None and obj.lower_ in PERMISSION_NOUNS:
            return _Frame(tok, entry["kind"], Direction.TIGHTEN, status, tok, obj)
        enjoined = _from_clause_object(tok)
        if enjoined is not None and _is_restriction(enjoined):
            return _Frame(
                tok, entry["kind"], Direction.LOOSEN, status, tok, enjoined
            )  # "blocked X from enforcing a law"
        if entry.get("default_direction"):
            if obj is None and entry["default_direction"] == "tighten" and not _has_from(tok):
                return None
            return _Frame(tok, entry["kind"], Direction(entry["default_direction"]), status, tok, obj)
        return None
    if cls == "light" and obj is not None and _noun_trigger(obj) is None and _is_money(obj):
        return _Frame(tok, "fund", Direction.NEUTRAL, status, tok, obj)  # "put S$45 million into ..."
    if entry.get("money_only"):
        return None
    if cls == "light":
        noun = obj if _noun_trigger(obj) else _with_object(tok)
        found = _noun_trigger(noun)
        if found:
            kind, direction = found
            if entry.get("default_kind") == "propose":
                kind, direction = "propose", Direction.NEUTRAL  # proposing rules is not yet tightening
            if kind == "order" and lemma in ("place", "put"):
                return None  # "orders placed" are purchases
            return _Frame(
                tok,
                kind,
                direction,
                status,
                tok,
                noun,
                extra=[obj] if obj is not None and obj is not noun else [],
            )
        if entry.get("default_kind") and obj is not None and not entry.get("objects_only"):
            return _Frame(tok, entry["default_kind"], Direction(entry["default_direction"]), status, tok, obj)
        return None
    if cls == "enact":
        if obj is None:
            return None
        if obj.lower_ in ("it", "them") and lemma in ("pass", "sign", "enact", "adopt"):
            return _Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, obj)
        words = {obj.lower_} | {c.lower_ for c in obj.children if c.dep_ == "compound"}
        if words & lower_set("agreement_nouns"):
            return _Frame(tok, "agree", Direction.NEUTRAL, status, tok, obj)
        if (
            words & lower_set("law_nouns")
            or obj.ent_type_ == "LAW"
            or BILL_RE.match(obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text)
            or obj.text in lexicon()["law_words"]
            or (lemma == "approve" and "bill" in words)
            or (obj.pos_ == "PROPN" and obj.text == "Act")
        ):
            if lemma == "approve":
                return _Frame(tok, "enact", Direction.TIGHTEN, status, tok, obj)  # approving a bill enacts it
            return _Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, obj)
        if lemma == "approve":
            return _Frame(tok, "approve", Direction.LOOSEN, status, tok, obj)
        return None
    if cls == "list":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in c.children:
                    if p.lower_ in ("list", "blacklist") and any(
                        w.lower_ in ("prohibited", "banned", "entity", "restricted", "blocked") for w in p.subtree
                    ):
                        return _Frame(tok, "ban", Direction.TIGHTEN, status, tok, obj)
        return None
    return None


def _from_clause_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pcomp":
                    return _obj(p)
    return None


BILL_RE = re.compile(r"^(?:bill\s+)?(?:SB|AB|HB|HR|H\.R\.|S\.|PL|LD|SF|HF|C-)\s?\d+", re.I)


CURRENCY = re.compile(r"^(?:[A-Z]{0,3}[$€£¥₹₩]|(?:US|S|A|C|NZ|HK)\$)")
CURRENCY_WORDS = {"euros", "dollars", "pounds", "yen", "won", "rupees", "yuan", "reais", "pesos", "francs", "kronor"}


def _is_money(tok: Token) -> bool:
    """The object is an amount of money itself ("S$45 million", "€30m"), not a thing that costs money."""
    if tok.ent_type_ == "MONEY" or CURRENCY.match(tok.text):
        return True
    near = [t for t in tok.subtree if abs(t.i - tok.i) <= 3]
    return (
        any(CURRENCY.match(t.text) or t.lower_ in CURRENCY_WORDS for t in near)
        and tok.like_num is not None
        and (tok.lower_ in ("million", "billion", "bn", "mn", "m", "trillion") or tok.like_num)
    )


def _has_from(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)


def _directive_frame(tok: Token, lemma: str) -> tuple[_Frame | None, Token | None]:
    """ "ordered the company to suspend access": the embedded verb decides the kind."""
    entry = lexicon()["verbs"][lemma]
    status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
    target = next((c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")), None)
    xcomp = next(
        (
            c
            for c in tok.children
            if (c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not entry.get("weak"))) and c.pos_ in ("VERB", "AUX")
        ),
        None,
    )  # "told reporters (that) ..." is reported speech, not a directive
    if xcomp is not None:
        negated = any(c.dep_ == "neg" for c in xcomp.children)
        inner_lemma = _verb_lemma(xcomp)
        if negated:
            return _Frame(tok, "ban", Direction.TIGHTEN, status, tok, target, extra=[xcomp]), xcomp
        if inner_lemma and lexicon()["verbs"][inner_lemma]["class"] != "directive":
            inner = _frame_for_verb(xcomp, inner_lemma) or _frame_needing_governor(xcomp, inner_lemma)
            if inner is not None:
                return _Frame(tok, inner.kind, inner.direction, status, tok, target, extra=[xcomp]), xcomp
        if entry.get("weak"):
            return None, None
        return _Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, target, extra=[xcomp]), xcomp
    if entry.get("weak") or target is None:
        return None, None
    return _Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, target), None


def _frame_needing_governor(tok: Token, lemma: str) -> _Frame | None:
    entry = lexicon()["verbs"][lemma]
    if entry["class"] == "direct":
        return _Frame(tok, entry["kind"], Direction(entry["direction"]), Status.ENACTED, tok, _obj(tok))
    return None


GOVERNING_DEPS = ("xcomp", "ccomp", "advcl", "conj")


def _governed(tok: Token) -> bool:
    """ "ordered X to stop", "decided to resume": these verbs only count under a directive or status verb."""
    node = tok
    for _ in range(3):
        if node.dep_ not in GOVERNING_DEPS or node.head is node:
            return False
        node = node.head
        if status_verb_forms().get(node.lower_) in ("say", "tell", "announce", "confirm", "state"):
            return False  # "X said the company had deleted ...": reported compliance, not a governed action
        lemma = verb_forms().get(node.lower_)
        if lemma and lexicon()["verbs"][lemma]["class"] == "directive":
            return True
        if status_verb_forms().get(node.lower_) or node.lower_ in lexicon()["hedge_adjectives"]:
            return True
        enabling = ("enough", "allowed", "cleared", "free", "able")
        if node.lower_ in enabling or any(c.lower_ in enabling for c in node.children):
            return True
        if node.dep_ != "conj":
            return False
    return False


def _frames(doc: Doc) -> list[_Frame]:
    frames: list[_Frame] = []
    consumed: set[int] = set()
    for tok in doc:
        if tok.i in consumed:
            continue
        lemma = _verb_lemma(tok)
        if lemma:
            entry = lexicon()["verbs"][lemma]
            if entry["class"] == "directive":
                frame, inner = _directive_frame(tok, lemma)
                if inner is not None:
                    consumed.add(inner.i)
                if frame:
                    frames.append(frame)
                    if frame.object_token is not None:
                        consumed.add(frame.object_token.i)
                continue
            if entry.get("needs_governor") and not _governed(tok):
                continue
            if entry.get("weak") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "from":
                continue
            frame = _frame_for_verb(tok, lemma)
            if frame:
                frames.append(frame)
                if frame.object_token is not None:
                    consumed.add(frame.object_token.i)
                for c in tok.children:  # "barred X from allowing ...": the inner verb is part of this action
                    if c.dep_ == "prep" and c.lower_ == "from":
                        consumed.update(t.i for t in c.subtree)
            continue
    for tok in doc:
        if tok.i in consumed:
            continue
        loosening = lexicon()["loosen_nouns"].get(tok.lower_)
        if loosening and tok.pos_ == "NOUN":
            lifted = _noun_object(tok)
            if lifted is not None and _is_restriction(lifted):  # "the lifting of the licence requirement"
                frames.append(_Frame(tok, loosening, Direction.LOOSEN, Status.ENACTED, tok, lifted))
                consumed.add(lifted.i)
            continue
        found = _noun_trigger(tok)
        if not found or lexicon()["nouns"][noun_lemma(tok.lower_)].get("weak"):
            continue
        kind, direction = found
        frames.append(_Frame(tok, kind, direction, Status.ENACTED, tok, _noun_object(tok)))
    return frames


def _noun_object(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "into", "of", "for", "to"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


# ---------------------------------------------------------------- agents


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


PATIENT_SUBJECT = {"resume", "restore", "reinstate"}
REPORTING = {"say", "announce", "confirm", "rule", "decide", "conclude", "find", "state", "tell", "agree"}
VERB_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis", "dep"}


def _noun_agent(noun: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    """ "Italy's ban", "an FTC probe", "a probe by X", "X is weighing a ban"."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and c.i not in models.token_key and (k := actors.resolve(c)):
            return k
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if (k := actors.resolve(p)) is not None:
                    return k
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        light = verb_forms().get(head.lower_)
        if status_verb_forms().get(head.lower_) or (light and lexicon()["verbs"][light]["class"] == "light"):
            return _agent(head, actors, models)
    if noun.lower_ in lexicon()["loosen_nouns"] and noun.dep_ in ("nsubj", "nsubjpass"):
        return _reporter(noun, actors, models)  # "DSIT said that the lifting of the requirement would apply"
    return None


def _shallow_agent(tok: Token, actors: ActorIndex) -> str | None:
    """The parser missed the verb ("Gov. X on Tuesday barred ..." as an adjective): nearest actor to the left."""
    for t in reversed(tok.doc[sent_of(tok).start : tok.i]):
        if tok.i - t.i > 10 or t.pos_ == "VERB":
            break
        if (k := actors.key_at(t)) is not None:
            return k
    return None


def _reporter(tok: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    node = tok
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        lemma = status_verb_forms().get(node.lower_) or verb_forms().get(node.lower_)
        if lemma in REPORTING or node.lower_ in (
            "said",
            "says",
            "ruled",
            "decided",
            "announced",
            "confirmed",
        ):
            subj = _subject(node)
            return actors.resolve(subj) if subj is not None else None
    return None


def _agent(tok: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    """Climb from a trigger to the actor: subject, passive agent, governing verb, possessor."""
    if tok.pos_ == "NOUN" and not tok.tag_.startswith("VB"):
        return _noun_agent(tok, actors, models)
    if tok.tag_ == "VBD" and tok.dep_ not in VERB_DEPS:
        return _shallow_agent(tok, actors)
    if verb_forms().get(tok.lower_) in PATIENT_SUBJECT:
        return _reporter(tok, actors, models)
    node = tok
    for _ in range(6):
        if (node.pos_ in ("NOUN", "PROPN") and node.i != tok.i) or node.pos_ == "NOUN":
            for c in node.children:
                if c.dep_ == "poss" or (c.dep_ == "compound" and actors.key_at(c)):
                    k = actors.resolve(c)
                    if k and c.i not in models.token_key:
                        return k
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        if (k := actors.resolve(p)) is not None:
                            return k
        else:
            subj = _subject(node)
            if subj is not None:
                if subj.i in models.token_key:
                    subj = None
                else:
                    k = actors.resolve(subj)
                    if k:
                        return k
                    if subj.lower_ in ("which", "that", "who") and node.dep_ == "relcl":
                        k = actors.resolve(node.head)
                        if k:
                            return k
                    if node.dep_ not in ("ccomp", "advcl", "xcomp", "pcomp", "acl", "conj"):
                        return None
        if node.dep_ in CLIMB_DEPS and node.head is not node:
            node = node.head
            continue
        break
    if _is_passive(tok):
        # "Anthropic was ordered to block ...": an unnamed agent acting on a named company or model
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and (actors.resolve(patient) or patient.i in models.token_key):
            return actors.recent(tok.i, AUTHORITY_TYPES)
    return None


# ---------------------------------------------------------------- status


def _status(frame: _Frame) -> Status:
    status = frame.status
    node = frame.trigger
    lex = lexicon()
    status_forms = status_verb_forms()
    best = status
    for depth in range(5):
        for c in node.children:
            if c.dep_ == "aux" and c.lower_ in lex["hedge_modals"]:
                best = _worse(best, Status(lex["hedge_modals"][c.lower_]))
            if c.dep_ == "neg" and depth == 0 and node.i == frame.trigger.i:
                best = Status.DENIED
            if c.lower_ in ("whether", "if") and c.dep_ == "mark" and depth <= 1:
                best = _worse(best, Status.CONSIDERED)  # "to decide whether to clear the deal"
        if depth > 0 or node.i != frame.trigger.i:
            lemma = status_forms.get(node.lower_)
            if lemma:
                best = _worse(best, Status(lex["status_verbs"][lemma]))
                if any(c.dep_ == "neg" for c in node.children) and lemma not in ("deny", "refuse"):
                    best = Status.DENIED
            if node.lower_ in lex["status_nouns"] and node.pos_ == "NOUN":
                best = _worse(best, Status(lex["status_nouns"][node.lower_]))
                if any(c.lower_ == "no" for c in node.children):
                    best = Status.DENIED  # "had no plans to restrict"
            if any(c.lower_ == "yet" and c.dep_ == "advmod" for c in node.children) and node.pos_ in ("VERB", "AUX"):
                best = _worse(best, Status.PROPOSED)  # "has yet to pass it"
            if node.lower_ in lex["hedge_adjectives"]:
                best = _worse(best, Status(lex["hedge_adjectives"][node.lower_]))
        if (
            node.dep_ in ("xcomp", "ccomp", "dobj", "acl", "pcomp", "pobj", "prep", "nsubjpass", "acomp", "conj")
            and node.head is not node
        ):
            if node.dep_ == "conj" and depth == 0:
                node = node.head
                continue
            node = node.head
        else:
            break
    return best


def _worse(a: Status, b: Status) -> Status:
    return b if STATUS_RANK[b] > STATUS_RANK[a] else a


# ---------------------------------------------------------------- objects and target


SKIP_CHILD_DEPS = {
    "nsubj",
    "nsubjpass",
    "aux",
    "auxpass",
    "neg",
    "punct",
    "mark",
    "advmod",
    "cc",
    "csubj",
    "agent",
}


def _arguments(frame: _Frame) -> list[Token]:
    roots = [frame.trigger, *[e for e in frame.extra if e is not None]]
    if frame.object_token is not None:
        roots.append(frame.object_token)
    toks: dict[int, Token] = {}
    for r in roots:
        for c in r.children:
            if c.dep_ == "ccomp" and frame.kind == "investigate":
                pass  # "examining whether X will fall under ...": the clause is the object
            elif c.dep_ in SKIP_CHILD_DEPS or (c.dep_ in ("ccomp", "advcl", "relcl") and frame.object_token is not c):
                continue
            for t in c.subtree:
                toks[t.i] = t
        if r is not frame.trigger:
            toks[r.i] = r
    if frame.trigger.tag_ == "VBD" and frame.trigger.dep_ not in VERB_DEPS:
        sent_end = sent_of(frame.trigger).end
        for t in frame.trigger.doc[frame.trigger.i + 1 : min(sent_end, frame.trigger.i + 25)]:
            toks[t.i] = t
    return [toks[i] for i in sorted(toks)]


CLAUSE_STARTS = {",", ";", ":", "(", "—", "–", "that", "which", "who", "whose", "because", "after", "while", "as"}


def _phrase(tok: Token) -> str:
    """A readable noun phrase for a head token: its subtree, cut at the first clause boundary."""
    doc = tok.doc
    start = max(tok.left_edge.i, tok.i - 6)
    end = tok.i + 1
    for t in doc[tok.i + 1 : min(tok.right_edge.i + 1, tok.i + 10)]:
        if t.lower_ in CLAUSE_STARTS or t.dep_ in ("relcl", "acl") or t.is_quote:
            break
        end = t.i + 1
    text = " ".join(doc[start:end].text.split())
    return text.strip(" ,;:\"'“”‘’()—–-")


NON_OBJECT_PREPS = {
    "after",
    "before",
    "during",
    "amid",
    "despite",
    "following",
    "since",
    "until",
    "because",
    "by",
    "within",
    "in",
    "at",
    "through",
    "throughout",
    "per",
    "like",
}


def _objects(frame: _Frame, actors: ActorIndex, models: ModelIndex, actor_key: str | None, doc: Doc):
    args = _arguments(frame)
    names: list[str] = []
    keys: set[str] = set()
    for t in args:
        if (mk := models.token_key.get(t.i)) is not None:
            name = models.models[mk].name
            if name not in names:
                names.append(name)
            keys.add("model:" + mk)
        elif (ak := actors.key_at(t)) is not None and ak != actor_key:
            name = actors.actors[ak].name
            if name not in names:
                names.append(name)
            keys.add("actor:" + ak)
        elif (
            t.lower_ in ("it", "its", "them", "their") or t.lower_ in lexicon()["generic_actor_heads"]
        ) and t.dep_ in ("dobj", "poss", "pobj", "dative"):
            k = actors.resolve(t)
            if k and k != actor_key:
                names.append(actors.actors[k].name)
                keys.add("actor:" + k)
    if not any(k.startswith("model:") for k in keys) and any(
        t.lower_ in ("models", "systems", "model", "system") for t in args
    ):
        for mk in _recent_models(frame.trigger, models):
            names.append(models.models[mk].name)
            keys.add("model:" + mk)
    target = None
    tgt_tok = frame.object_token
    if frame.kind and frame.extra and frame.object_token is not None:
        tgt_tok = frame.object_token
    if tgt_tok is not None:
        if (
            (ak := actors.key_at(tgt_tok)) is not None
            or tgt_tok.lower_ in ("it", "them")
            or tgt_tok.lower_ in lexicon()["generic_actor_heads"]
        ):
            ak = ak or actors.resolve(tgt_tok)
            target = actors.actors[ak].name if ak and ak != actor_key else None
            if target:
                keys.add("actor:" + ak)
        elif (mk := models.token_key.get(tgt_tok.i)) is not None:
            target = models.models[mk].name
        else:
            target = _phrase(tgt_tok)
    phrases = []
    for t in args:
        if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT"):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in NON_OBJECT_PREPS:
            continue
        if t.dep_ in ("dobj", "pobj", "xcomp", "pcomp") and t.pos_ in ("NOUN", "PROPN", "VERB"):
            p = _phrase(t)
            if p and p not in phrases and len(phrases) < 6:
                phrases.append(p)
    phrases = [p for p in phrases if not any(p != q and p in q for q in phrases)][:3]
    objects = names + [p for p in phrases if p not in names and p != target]
    return target, objects, keys


def _recent_models(tok: Token, models: ModelIndex) -> list[str]:
    """ "these models": the models named in this or the previous two sentences."""
    sent_starts_ = [s for s in sent_start_index(tok.doc) if s <= tok.i]
    floor = sent_starts_[-3] if len(sent_starts_) >= 3 else 0
    keys: list[str] = []
    for i, k in sorted(models.token_key.items()):
        if floor <= i < tok.i and k not in keys:
            keys.append(k)
    return keys


# ---------------------------------------------------------------- dates


def _attached_dates(node: Token, date_ents: list[Span]) -> Span | None:
    for ent in date_ents:
        root = ent.root
        if root.head.i == node.i and root.i != node.i:
            return ent
        if root.head.dep_ == "prep" and root.head.head.i == node.i:
            return ent
        if any(
            t.head.i == node.i and t.dep_ in ("npadvmod", "tmod", "advmod", "compound", "nmod", "amod") for t in ent
        ):
            return ent
    return None


def _date_span(frame: _Frame, date_ents: list[Span]) -> Span | None:
    node = frame.trigger
    starts = sent_starts(node.doc)
    sent_ents = [
        e
        for e in date_ents
        if starts[e.start] == starts[node.i] and not dates_mod.DURATION.fullmatch(" ".join(e.text.lower().split()))
    ]  # "over three years" says how long, not when
    if not sent_ents:
        return None
    if node.tag_ == "VBD" and node.dep_ not in VERB_DEPS:
        return min(sent_ents, key=lambda e: abs(e.start - node.i))
    if frame.object_token is not None and frame.object_token is not node:
        found = _attached_dates(frame.object_token, sent_ents)
        if found is not None:
            return found
    for depth in range(6):
        found = _attached_dates(node, sent_ents)
        if found is not None:
            return found
        if depth > 0 and node.pos_ in ("VERB", "AUX") and (near := _nearby_date(node, sent_ents)) is not None:
            return near  # "on Tuesday fined X and ordered it to ...": the conjoined verb shares the date
        if node.dep_ == "relcl":
            found = _attached_dates(node.head, sent_ents)
            if found is not None:
                return found
        if node.head is node or node.dep_ not in (*CLIMB_DEPS, "acomp"):
            break
        node = node.head
    return _nearby_date(frame.trigger, sent_ents)


def _nearby_date(trigger: Token, ents: list[Span]) -> Span | None:
    """ "X on Tuesday opened ..." parsed with the date on the subject: a close DATE with no verb between."""
    best = None
    for ent in ents:
        lo, hi = (ent.end, trigger.i) if ent.end <= trigger.i else (trigger.i + 1, ent.start)
        if hi - lo > 5 or any(t.pos_ in ("VERB", "AUX") for t in trigger.doc[lo:hi]):
            continue
        if best is None or abs(ent.start - trigger.i) < abs(best.start - trigger.i):
            best = ent
    return best


def _is_future(frame: _Frame, status: Status) -> bool:
    node = frame.trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would") for c in node.children):
            return True
        if node.head is node:
            break
        node = node.head
    return status in (Status.PROPOSED, Status.ANNOUNCED) and frame.trigger.tag_ in ("VB", "VBP", "VBZ")


# ---------------------------------------------------------------- entry point


def find_actions(doc: Doc, actors: ActorIndex, models: ModelIndex, *, published: date | None) -> list[RawAction]:
    date_ents = [e for e in doc.ents if e.label_ == "DATE"]
    out: list[RawAction] = []
    anchor = published
    quoted = quoted_ranges(doc)
    resolved: dict[int, dates_mod.Resolved] = {}
    for frame in _frames(doc):
        if _line_is_heading(doc, frame.trigger.idx) or in_ranges(frame.trigger.idx, quoted):
            continue
        if _headline_passive(frame.trigger):
            continue
        actor_key = _agent(frame.agent_from, actors, models)
        if actor_key is None:
            continue
        rec = actors.actors[actor_key]
        if rec.type not in ACTING_TYPES:
            continue
        if rec.type == ActorType.PERSON and rec.key not in actors.titles:
            continue  # quoted lawyers and analysts comment; officials (titled) act
        if rec.type == ActorType.COURT and frame.kind == "investigate":
            continue  # a court "examining the dispute" is hearing a case, not opening a probe
        status = _status(frame)
        if frame.kind in ("enact", "sign") and _loosening_content(frame):
            frame.direction = Direction.LOOSEN  # "signed a bill that delays the AI law"
        if rec.type == ActorType.COURT and _court_relief(frame):
            frame.kind, frame.direction = "block-by-court", Direction.LOOSEN
        target, objects, keys = _objects(frame, actors, models, actor_key, doc)
        span = _date_span(frame, date_ents)
        dref = DateRef()
        if span is not None:
            if span.start not in resolved:  # one DATE phrase, one value: "A day earlier ... banned and fined"
                resolved[span.start] = dates_mod.resolve(
                    span.text, published, future=_is_future(frame, status), anchor=anchor
                )
            res = resolved[span.start]
            dref = DateRef(
                text=span.text,
                value=res.value,
                granularity=res.granularity,
                start=span.start_char,
                end=span.end_char,
            )
            if res.value:
                anchor = dates_mod.date_to_iso(res.value) or anchor
        sent = sent_of(frame.trigger)
        trigger = _trigger_text(frame)
        out.append(
            RawAction(
                trigger=trigger,
                kind=frame.kind,
                direction=frame.direction,
                status=status,
                actor=rec.name,
                target=target,
                objects=objects,
                object_keys=keys,
                date=dref,
                sents=[(sent.start_char, sent.end_char)],
                order=frame.trigger.i,
            )
        )
    return out


COURT_VERBS = {
    "block",
    "enjoin",
    "halt",
    "suspend",
    "strike",
    "overturn",
    "freeze",
    "pause",
    "grant",
    "issue",
}


def _court_relief(frame: _Frame) -> bool:
    """A court blocking, enjoining or striking down a law or its enforcement loosens."""
    lemma = verb_forms().get(frame.trigger.lower_)
    if lemma not in COURT_VERBS and frame.kind != "block-by-court":
        return False
    words = {t.lower_ for t in frame.trigger.subtree}
    if frame.object_token is not None:
        words |= {t.lower_ for t in frame.object_token.subtree}
    return bool(words & (lower_set("law_nouns") | {"enforcing", "enforcement", "ban", "rule", "rules", "injunction"}))


def _loosening_content(frame: _Frame) -> bool:
    """A law or bill whose own clause loosens ("a bill that delays / rolls back / repeals ...")."""
    obj = frame.object_token
    if obj is None:
        return False
    for t in obj.subtree:
        if t.i == obj.i or t.pos_ != "VERB":
            continue
        lemma = verb_forms().get(t.lower_)
        entry = lexicon()["verbs"].get(lemma or "", {})
        if entry.get("class") == "flip" and (entry.get("default_direction") != "tighten" or _is_restriction(_obj(t))):
            return True  # "a bill that rolls back / repeals / delays ..."
        if lemma in ("delay", "postpone", "repeal", "exempt", "waive", "ease", "relax", "lift", "loosen"):
            return True
    return False


def _headline_passive(tok: Token) -> bool:
    """ "Bluegum fined $990,000 for ...": headline shorthand for a passive, the subject is the target."""
    if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("auxpass", "agent", "aux") for c in tok.children):
        return False  # "was fined $990,000 by X" is an ordinary passive
    if any(c.dep_ in ("dobj", "dative") and c.ent_type_ != "MONEY" and c.text not in "$€£" for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (
        nxt.ent_type_ == "MONEY" or nxt.text in ("$", "€", "£") or nxt.lower_ in ("over", "for")
    )


def _trigger_text(frame: _Frame) -> str:
    toks = [frame.trigger]
    for c in frame.trigger.children:
        if c.dep_ in ("prt", "neg"):
            toks.append(c)
    toks += [e for e in frame.extra if e is not None and e.pos_ in ("VERB", "AUX")]
    if (
        frame.object_token is not None
        and frame.object_token is not frame.trigger
        and _noun_trigger(frame.object_token) is not None
    ):
        toks.append(frame.object_token)
        toks += [
            c for c in frame.object_token.children if c.dep_ in ("compound", "amod") and c.i < frame.object_token.i
        ]
    toks = sorted(set(toks), key=lambda t: t.i)
    return " ".join(t.text for t in toks)
