"""Checks on a frame that `find.py` asks while turning frames into actions: whether a body can do the act, a law
passed again, court relief and loosening content, and the trigger's text."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from policyscan.extract.actions.challenges import relief_instrument
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import direct_object, is_restriction, noun_trigger
from policyscan.extract.actions.words import action_words, verb_entry, word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import lower_set, sent_starts, verb_forms
from policyscan.kinds import kind_info
from policyscan.report import ActorType

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


def acts(actors: ActorIndex, key: str, frame: Frame) -> bool:
    """Whether this actor can be the one acting in ``frame``."""
    rec = actors.actors[key]
    if rec.type not in ACTING_TYPES:
        return False
    if rec.type == ActorType.PERSON and rec.key not in actors.titles and not kind_info(frame.kind).by_private_persons:
        return False  # quoted lawyers and analysts comment; officials (titled) act; anyone can sue
    if rec.type == ActorType.COMPANY and legislating(frame):
        return False  # "they would introduce a bill": a company proposes no law, a pronoun went astray
    # a court "examining the dispute" is hearing a case, not opening a probe
    return not (rec.type == ActorType.COURT and not kind_info(frame.kind).by_courts)


LAW_AGAIN_SENTENCES = 2  # "the measure" is the bill of its own or the previous sentence


def same_law_again(frame: Frame, earlier: int) -> bool:
    """ "Governor X signed the measure on Thursday": a bill named again only by "the measure" or "it", without
    content of its own, right after a bill told as loosening, is that bill."""
    obj = frame.object_token
    if obj is None or any(c.dep_ in ("relcl", "acl", "prep", "compound", "amod") for c in obj.children):
        return False
    anaphor = obj.lower_ in word_set("object_pronouns") or (
        obj.lower_ in lower_set("law_nouns")
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in obj.children)
    )
    if not anaphor:
        return False
    starts = sent_starts(frame.trigger.doc)
    sent = starts[frame.trigger.i]
    for _ in range(LAW_AGAIN_SENTENCES):
        if sent == starts[earlier]:
            return True
        if sent == 0:
            return False
        sent = starts[sent - 1]  # the sentence before
    return False


def legislating(frame: Frame) -> bool:
    obj = frame.object_token
    return (
        frame.kind in word_set("legislative_kinds")
        and obj is not None
        and obj.lower_ in word_set("legislative_objects")
    )


def private_party(actors: ActorIndex, key: str, frame: Frame) -> bool:
    rec = actors.actors[key]
    return rec.type == ActorType.PERSON and rec.key not in actors.titles and kind_info(frame.kind).by_private_persons


def court_relief(frame: Frame) -> bool:
    """A court blocking, enjoining or striking down a law or its enforcement loosens."""
    lemma = verb_forms().get(frame.trigger.lower_)
    if not (lemma and verb_entry(lemma).get("court_relief")) and frame.kind != action_words()["court_relief_kind"]:
        return False
    if lemma and verb_entry(lemma)["class"] == "flip" and relief_instrument(frame.object_token) is not None:
        return False  # "vacated the injunction against the law" undoes relief: the law is back
    made_by = {  # "suspended ..., following a decision by the judge": the instrument, not what was suspended
        t.i
        for c in frame.trigger.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in word_set("instrument_agent_preps"))
        for t in c.subtree
    }
    words = {t.lower_ for t in frame.trigger.subtree if t.i not in made_by}
    if frame.object_token is not None:
        words |= {t.lower_ for t in frame.object_token.subtree}
    return bool(words & (lower_set("law_nouns") | word_set("court_relief_words")))


def loosening_content(frame: Frame) -> bool:
    """A law or bill whose own clause loosens ("a bill that delays / rolls back / repeals ...")."""
    obj = frame.object_token
    if obj is None:
        return False
    for t in obj.subtree:
        if t.i == obj.i or t.pos_ != "VERB" or _in_adverbial(t, obj):
            continue  # not "amendments that oblige employers to tell applicants when AI is used to reject them"
        if t.dep_ == "amod" and t.i < obj.i:
            continue  # "the long-delayed data protection bill": its history, not its content
        lemma = verb_forms().get(t.lower_)
        entry = verb_entry(lemma) if lemma else {}
        if entry.get("class") == "flip" and (
            entry.get("default_direction") != "tighten" or is_restriction(direct_object(t))
        ):
            return True  # "a bill that rolls back / repeals / delays ..."
        if entry.get("loosening_clause") or _lowers_levy(t, entry):
            return True
    return False


def _lowers_levy(verb: Token, entry: dict[str, Any]) -> bool:
    """ "a decree cutting tariffs on servers": a light verb that loosens the one noun kind it takes."""
    if entry.get("class") != "light" or entry.get("noun_direction") != "loosen":
        return False
    found = noun_trigger(direct_object(verb))
    return found is not None and found[0] in entry.get("only_noun_kinds", ())


def _in_adverbial(t: Token, top: Token) -> bool:
    while t != top and t.head != t:
        if t.dep_ == "advcl":
            return True
        t = t.head
    return False


def trigger_text(frame: Frame) -> str:
    toks = [frame.trigger]
    for c in frame.trigger.children:
        if c.dep_ in ("prt", "neg"):
            toks.append(c)
    toks += [e for e in frame.extra if e is not None and e.pos_ in ("VERB", "AUX")]
    if (
        frame.object_token is not None
        and frame.object_token is not frame.trigger
        and noun_trigger(frame.object_token) is not None
    ):
        toks.append(frame.object_token)
        toks += [
            c for c in frame.object_token.children if c.dep_ in ("compound", "amod") and c.i < frame.object_token.i
        ]
    toks = sorted(set(toks), key=lambda t: t.i)
    return " ".join(t.text for t in toks)
