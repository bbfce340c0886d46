"""Frames the small parser's misreadings hide, and where a noun counts only as what prompted an act."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.shifts import policy_shift_frames
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import sent_starts, status_verb_forms, tokens_in, verb_form_set, verb_forms
from policyscan.report import Direction, Status


def repaired_frames(doc: Doc, consumed: set[int], frame_for_verb: Callable[[Token, str], Frame | None]) -> list[Frame]:
    """Frames after the verb frames: misread perfects and present directives, moves between two standards."""
    frames = perfect_adjective_frames(doc, consumed) + subject_adjective_frames(doc, consumed)
    frames += infinitive_adjective_frames(doc, consumed) + coordinated_adjective_frames(doc, consumed)
    frames += misread_present_frames(doc, consumed, frame_for_verb)
    return frames + policy_shift_frames(doc, consumed)  # "from a presumption of denial to case-by-case review"


def perfect_adjective_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    """ "it had disabled voice cloning": the small model makes "had" the verb (or the adjective's auxiliary) and
    the participle an adjective on its object; the participle is the act, and its agent is "had"'s subject."""
    perfect = word_set("perfect_auxiliaries") | word_set("pluperfect_auxiliaries")
    frames: list[Frame] = []
    for i in tokens_in(doc, verb_form_set()):
        tok = doc[i]
        obj, have = tok.head, doc[i - 1] if i else tok
        if tok.pos_ != "ADJ" or tok.dep_ != "amod" or have.lower_ not in perfect or i in consumed:
            continue
        entry = verb_entry(verb_forms()[tok.lower_])
        if entry["class"] == "direct" and obj.i > tok.i and (obj.head.i == have.i or have.head.i == tok.i):
            subject = next((c for c in have.children if c.dep_ == "nsubj"), have)  # the agent climbs from here
            subject = have if subject.pos_ in ("NOUN", "PROPN") else subject  # "the company had": "had"'s subject
            status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
            frames.append(Frame(tok, entry["kind"], Direction(entry["direction"]), status, subject, obj))
            consumed.add(obj.i)
    return frames


def infinitive_adjective_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    """ "announced its decision to fine Tarn Systems EUR 2 million": the small model reads "to" as a preposition
    of the noun before it and the verb as an adjective on the name after it; after a noun's "to", a direct verb
    with a noun after it is that noun's content ("fine-tune" is one word)."""
    frames: list[Frame] = []
    for i in tokens_in(doc, verb_form_set()):
        tok, to = doc[i], doc[i - 1] if i else doc[i]
        if tok.pos_ != "ADJ" or tok.dep_ != "amod" or i in consumed or to.lower_ != "to" or to.dep_ != "prep":
            continue
        if tok.head.i <= i or to.head.pos_ not in ("NOUN", "VERB") or (i + 1 < len(doc) and doc[i + 1].text == "-"):
            continue
        if to.head.pos_ == "VERB" and to.head.lower_ in status_verb_forms():
            continue  # "threatened last week to fine X": not done, and the status verb is not on the path
        entry = verb_entry(verb_forms()[tok.lower_])
        if entry["class"] == "direct" and not entry.get("needs_governor") and tok.head.pos_ in ("NOUN", "PROPN"):
            status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
            frames.append(Frame(tok, entry["kind"], Direction(entry["direction"]), status, to, tok.head))
            consumed.add(tok.head.i)
    return frames


def coordinated_adjective_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    """ "Selvik Labs added watermarks and barred uploads of photos": the small model reads the second verb as an
    adjective on its object and joins that object to the first verb's object; a past form of a direct verb right
    after "and", on a noun joined to a verb's object, is that verb's fellow, with the same subject."""
    frames: list[Frame] = []
    for i in tokens_in(doc, verb_form_set()):
        tok, noun = doc[i], doc[i].head
        if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or i in consumed or not i or doc[i - 1].lower_ != "and":
            continue
        first = noun.head
        if noun.i <= i or noun.dep_ != "conj" or first.dep_ != "dobj" or first.head.pos_ != "VERB":
            continue
        entry = verb_entry(verb_forms()[tok.lower_])
        if entry["class"] == "direct" and not entry.get("needs_governor") and noun.pos_ in ("NOUN", "PROPN"):
            status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
            frames.append(Frame(tok, entry["kind"], Direction(entry["direction"]), status, first.head, noun))
            consumed.add(noun.i)
    return frames


def subject_adjective_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    """ "Hoa Sen AI disabled face-swapping in its app": the small model reads the verb as an adjective on the
    noun after it, yet gives that adjective the subject; an adjective with a subject is the verb."""
    frames: list[Frame] = []
    for i in tokens_in(doc, verb_form_set()):
        tok = doc[i]
        if tok.pos_ != "ADJ" or tok.tag_ != "JJ" or i in consumed or tok.head.i <= i:
            continue
        if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children):
            continue
        entry = verb_entry(verb_forms()[tok.lower_])
        if entry["class"] == "direct" and tok.head.pos_ == "NOUN":
            status = Status(entry["status"]) if entry.get("status") else Status.ENACTED
            frames.append(Frame(tok, entry["kind"], Direction(entry["direction"]), status, tok, tok.head))
            consumed.add(tok.head.i)
    return frames


def prompted(noun: Token) -> bool:
    """ "Meta paused the plan after a request from the DPC", "at the request of the ministry": a request counts only
    as what prompted the act it is told with, and only with its author named."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in word_set("prompting_preps")
        and any(c.dep_ == "prep" and c.lower_ in word_set("author_preps") for c in noun.children)
    )


def misread_present(tok: Token) -> bool:
    """ "The Ministry of X (Komdigi) orders providers to block Y", "The ruling orders X to pay damages": after a
    parenthesised name or a ruling the small model reads a present-tense directive verb as a plural noun; it is
    the verb when a "to" + verb clause follows."""
    misread = tok.tag_ == "NNS" or (tok.tag_ == "VBZ" and tok.dep_ in ("compound", "amod", "nsubj"))
    if not misread or tok.i == 0 or not (tok.doc[tok.i - 1].text == ")" or after_ruling(tok)):
        return False
    lemma = verb_forms().get(tok.lower_)
    return lemma is not None and verb_entry(lemma)["class"] == "directive" and ordered_verb(tok) is not None


def after_ruling(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in word_set("ruling_nouns")


def ordered_verb(tok: Token) -> Token | None:
    """The first "to" + verb after ``tok`` in its sentence, with a noun right before "to" (the ordered party)."""
    doc = tok.doc
    end = doc.user_data["policyscan_sent_ends"][sent_starts(doc)[tok.i]]
    for t in doc[tok.i + 3 : min(end, tok.i + 12)]:
        if t.tag_ == "VB" and doc[t.i - 1].lower_ == "to" and doc[t.i - 2].pos_ in ("NOUN", "PROPN"):
            return t
        if t.pos_ in ("VERB", "AUX") or t.text in ",;":
            return None  # another clause begins: not this verb's object and infinitive
    return None


def misread_present_frames(
    doc: Doc, consumed: set[int], frame_for_verb: Callable[[Token, str], Frame | None]
) -> list[Frame]:
    """Directives the parser read as nouns (see ``misread_present``): the ordered verb gives kind and direction."""
    frames: list[Frame] = []
    for i in tokens_in(doc, verb_form_set()):
        tok = doc[i]
        if i in consumed or not misread_present(tok):
            continue
        inner = ordered_verb(tok)
        assert inner is not None
        lemma = verb_forms().get(inner.lower_)
        inner_frame = frame_for_verb(inner, lemma) if lemma else None
        entry = verb_entry(verb_forms()[tok.lower_])
        if inner_frame is None and entry.get("weak"):
            continue
        kind, direction = (
            (inner_frame.kind, inner_frame.direction) if inner_frame else (entry["kind"], Direction(entry["direction"]))
        )
        status = Status(entry.get("status") or Status.ENACTED)
        party = doc[inner.i - 2]  # its subtree is the misparsed clause: what the ordered verb acts on is the target
        target = (inner_frame.object_token if inner_frame else None) or party
        frames.append(Frame(tok, kind, direction, status, tok, target, extra=[inner], embedded=inner))
        consumed.update((inner.i, party.i, target.i))
    return frames
