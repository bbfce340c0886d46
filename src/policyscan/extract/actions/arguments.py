"""What an action is about: the target (its object) and the named objects and phrases around it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from policyscan.extract.actions.content import content_clauses
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import VERB_DEPS, is_restriction, noun_trigger
from policyscan.extract.actions.words import word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.ai_models import ModelIndex
from policyscan.extract.patterns import (
    lexicon,
    sent_of,
    sent_start_index,
    status_verb_forms,
    verb_forms,
)
from policyscan.kinds import kind_info

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


def argument_tokens(frame: Frame) -> list[Token]:
    roots = [frame.trigger, *[e for e in frame.extra if e is not None]]
    content = _content(frame)
    if frame.object_token is not None:
        roots.append(frame.object_token)
        roots.extend(content)
    toks: dict[int, Token] = {}
    for r in roots:
        for c in r.children:
            if c.dep_ == "ccomp" and (kind_info(frame.kind).clause_object or r in content):
                pass  # "examining whether X will fall under ...", "a rule obliging operators to register": the object
            elif c.dep_ == "nsubjpass" and r is frame.trigger and frame.object_token is not None:
                pass  # "X was fined 3 million euros": the one fined is what the fine is about
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


def _content(frame: Frame) -> list[Token]:
    """The clauses saying what the instrument the frame acts on does ("passed a law to restrict X")."""
    obj = frame.object_token
    if obj is None or obj.lower_ not in word_set("content_instrument_nouns"):
        return []
    return content_clauses(frame.trigger, obj)


def phrase(tok: Token) -> str:
    """A readable noun phrase for a head token: its subtree, cut at the first clause boundary."""
    doc = tok.doc
    start = max(tok.left_edge.i, tok.i - 6)
    end = tok.i + 1
    for t in doc[tok.i + 1 : min(tok.right_edge.i + 1, tok.i + 10)]:
        if t.lower_ in word_set("clause_starts") or t.dep_ in ("relcl", "acl") or t.is_quote:
            break
        end = t.i + 1
    if end + 1 < len(doc) and doc[end].lower_ in word_set("age_preps") and _age(doc[end + 1]):
        end += 2  # "bar users under 18": the parser hangs the age on the verb, it bounds the object
    text = " ".join(doc[start:end].text.split())
    return text.strip(" ,;:\"'“”‘’()—–-")


MAX_AGE_BOUND = 21  # "under 13", "under 18": a bound on users' age, never "under 500 employees"


def _age(tok: Token) -> bool:
    return tok.text.isdigit() and int(tok.text) <= MAX_AGE_BOUND


def find_objects(frame: Frame, actors: ActorIndex, models: ModelIndex, actor_key: str | None, doc: Doc):
    args = argument_tokens(frame)
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
        elif (t.lower_ in word_set("actor_pronouns") or t.lower_ in lexicon()["generic_actor_heads"]) and t.dep_ in (
            "dobj",
            "poss",
            "pobj",
            "dative",
        ):
            k = actors.resolve(t) if not told_by_stranger(t, actors) else None
            if k and k != actor_key and actors.actors[k].name not in names:
                names.append(actors.actors[k].name)
                keys.add("actor:" + k)
    if not any(k.startswith("model:") for k in keys) and any(
        t.lower_ in word_set("model_reference_nouns") for t in args
    ):
        for mk in recent_models(frame.trigger, models):
            names.append(models.models[mk].name)
            keys.add("model:" + mk)
    target = None
    tgt_tok = frame.object_token
    if tgt_tok is not None:
        if (
            (ak := actors.key_at(tgt_tok)) is not None
            or tgt_tok.lower_ in word_set("object_pronouns")
            or tgt_tok.lower_ in lexicon()["generic_actor_heads"]
        ):
            ak = ak or actors.resolve(tgt_tok)
            if ak and ak != actor_key:
                target = actors.actors[ak].name
                keys.add("actor:" + ak)
            elif tgt_tok.lower_ in word_set("object_pronouns") and (event := antecedent_event(tgt_tok)) is not None:
                target = phrase(event)  # "The June ban was the first. It was imposed by X on June 9": the ban
                for t in event.subtree:
                    if (mk := models.token_key.get(t.i)) is not None and models.models[mk].name not in names:
                        names.append(models.models[mk].name)
                        keys.add("model:" + mk)
        elif (mk := models.token_key.get(tgt_tok.i)) is not None:
            target = models.models[mk].name
        else:
            target = phrase(tgt_tok)
    phrases: list[str] = []
    content = _content(frame)
    for t in args:
        if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT"):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in word_set("non_object_preps"):
            continue
        told = t.dep_ == "ccomp" and t.head in content  # "a rule obliging operators *to register* every flight"
        if ((t.dep_ in ("dobj", "pobj", "xcomp", "pcomp") or told) and t.pos_ in ("NOUN", "PROPN", "VERB")) or (
            t.dep_ == "dative" and _recipient(t)  # "fined Kestrel Labs 4 million euros": the one fined
        ):
            p = phrase(t)
            if p and p not in phrases and len(phrases) < 6:
                phrases.append(p)
    phrases = [p for p in phrases if not any(p != q and p in q for q in phrases)][:3]
    objects = names + [p for p in phrases if p not in names and p != target]
    return target, objects, keys


def _recipient(dative: Token) -> bool:
    """A name given something, or a noun the parser took for one when the verb has no direct object
    ("X unblocks Quillon app" in a headline); never "giving companies more time"."""
    return dative.pos_ == "PROPN" or (dative.pos_ == "NOUN" and not any(c.dep_ == "dobj" for c in dative.head.children))


def told_by_stranger(pronoun: Token, actors: ActorIndex) -> bool:
    """ "Orvane said regulators in Peru had blocked access to its app": in a clause a name reports, "its" is that
    name; when the name is no actor of the story, the pronoun stands for nobody known, never a body of an earlier
    sentence."""
    if pronoun.lower_ not in word_set("actor_pronouns"):
        return False
    root = sent_of(pronoun).root
    lemma = status_verb_forms().get(root.lower_) or verb_forms().get(root.lower_)
    if not (lemma in word_set("reporting_verbs") or root.lower_ in word_set("reporting_forms")):
        return False
    speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (
        speaker is not None
        and speaker.text[:1].isupper()
        and speaker.lower_ not in lexicon()["generic_actor_heads"]
        and not any(c.dep_ == "det" for c in speaker.children)  # a name ("Orvane", tagged a noun or not)
        and actors.resolve(speaker) is None
    )


def recent_models(tok: Token, models: ModelIndex) -> list[str]:
    """ "these models": the models named in this or the previous two sentences."""
    sent_starts_ = [s for s in sent_start_index(tok.doc) if s <= tok.i]
    floor = sent_starts_[-3] if len(sent_starts_) >= 3 else 0
    keys: list[str] = []
    for i, k in sorted(models.token_key.items()):
        if floor <= i < tok.i and k not in keys:
            keys.append(k)
    return keys


def antecedent_event(pronoun: Token) -> Token | None:
    """The restriction or trigger noun a pronoun stands for: the subject of the previous sentence when it names
    one ("The June ban was one of the first. It was imposed ..."), else nothing is guessed."""
    starts = sent_start_index(pronoun.doc)
    own = max(s for s in starts if s <= pronoun.i)
    if pronoun.i - own > 1 or own == 0:
        return None  # only a pronoun opening its sentence looks back
    prev = sent_of(pronoun.doc[own - 1])
    for t in prev:
        if t.dep_ in ("nsubj", "nsubjpass") and (is_restriction(t) or noun_trigger(t) is not None):
            return t
    return None
