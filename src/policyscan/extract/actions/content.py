"""What a proposed bill or proposal would do: its own clause gives the direction ("a bill that would ban X").

An instrument and its content are one action: "introduced a bill to ban X", "proposed rules to restrict X",
"passed a law that bars X" — the instrument's verb acts (and gives the status), the content clause gives the
direction; the content verb gives no second action.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.patterns import inflect, lower_set, verb_forms
from policyscan.report import Direction, Status


def tightening_content(frame: Frame) -> bool:
    """A neutral proposal whose clause restricts: "introduced a bill that would ban ...", "a bill to restrict ..."."""
    obj = frame.object_token
    if frame.direction != Direction.NEUTRAL or obj is None or obj.lower_ not in word_set("content_instrument_nouns"):
        return False
    return any(_restricting_verb(c) for c in content_clauses(frame.trigger, obj))


def content_clauses(verb: Token, instrument: Token) -> list[Token]:
    """The clauses saying what ``instrument`` (the object of ``verb``) does: "a bill *to ban* X", "rules *that
    would restrict* X", and "passed a law *to restrict* X" where the parser hangs the infinitive on the verb."""
    own = [c for c in instrument.children if content_clause(c)]
    hung = [c for c in verb.children if c.dep_ == "advcl" and c.i > instrument.i and _infinitive(c)]
    hung += [c for c in verb.children if _hung_participle(c, instrument)]
    return own + hung


def content_of_instrument(verb: Token, consumed: set[int]) -> bool:
    """``verb`` only says what an instrument another frame already holds would do ("introduced a bill to ban")."""
    if content_clause(verb) and verb.head.lower_ in word_set("content_instrument_nouns"):
        if authored(verb.head):
            return False  # "refused to suspend a directive from the ministry requiring X": the ministry's act
        return verb.head.i in consumed or _held_by_outsider(verb)
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        return any(
            c.dep_ == "dobj"
            and c.i in consumed
            and c.lower_ in word_set("content_instrument_nouns")
            and c.i < verb.i
            and (_infinitive(verb) or _hung_participle(verb, c))
            for c in verb.head.children
        )
    return False


def _hung_participle(verb: Token, instrument: Token) -> bool:
    """ "adopted a resolution last week *requiring* X", "passed a law in May *banning* X": a date between the
    instrument and its participle makes the parser hang the participle on the verb; with no comma and no other
    verb between, it still says what the instrument does ("fined X last week, requiring it to ..." does not)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i <= instrument.i or verb.head != instrument.head:
        return False
    between = verb.doc[instrument.i + 1 : verb.i]
    return not any(t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX") for t in between)


def instrument_content(tok: Token) -> bool:
    """ "a law banning deepfakes", "a Norwegian law implementing the AI Act": a participle on a law or
    order says what the instrument contains; the instrument's own enactment is the action. An instrument
    "from" a named body ("a directive from the ministry requiring X to V") is that body's act."""
    return (
        tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lower_ in lower_set("law_nouns") and not authored(tok.head)
    )


def authored(instrument: Token) -> bool:
    return issuer(instrument) is not None


def issuer(instrument: Token) -> Token | None:
    """ "a directive from the ministry", "a circular the central bank issued in May": the named body an
    instrument gives as its author."""
    if instrument.lower_ not in word_set("content_instrument_nouns") | word_set("misread_instrument_nouns"):
        return None
    for c in instrument.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            name = next((p for p in c.children if p.dep_ == "pobj" and _named(p)), None)
        elif c.dep_ in ("acl", "relcl") and c.lower_ in _forms("instrument_issuing_verbs"):
            name = next((p for p in c.children if p.dep_ == "nsubj" and _named(p)), None)
        else:
            continue
        if name is not None:
            return name
    return None


def _named(tok: Token) -> bool:
    """A body, not a date ("a law from 2019", "rules from last year") or a pronoun."""
    return tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ not in ("DATE", "TIME")


def _held_by_outsider(verb: Token) -> bool:
    """ "voted down a proposal to restrict X", "opposed a decree that bans X": whoever rejects the instrument
    does not do what it says."""
    instrument = verb.head
    if instrument.dep_ != "dobj" or instrument.head.pos_ not in ("VERB", "AUX"):
        return False
    if instrument.head.lower_ not in _forms("instrument_rejecting_verbs"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which") for c in verb.children)


def content_clause(verb: Token) -> bool:
    """ "a bill *to ban*", "a law *banning*", "rules *that would restrict*": what the instrument does — not
    "an order *signed* by X" or "a law *which was passed* in May", which tell the instrument's own enactment."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "acl":
        return _infinitive(verb) or verb.tag_ == "VBG"
    if verb.dep_ == "relcl":
        return _infinitive(verb) or any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)
    return False


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _restricting_verb(verb: Token) -> bool:
    lemma = verb_forms().get(verb.lower_)
    if lemma is None:
        return False
    entry = verb_entry(lemma)
    return entry.get("class") == "direct" and entry.get("direction") == "tighten" and not entry.get("needs_governor")


def unframed_content(verb: Token) -> bool:
    """ "issued a decree that prohibits X", "filed a bill that would bar X" where the instrument's verb made no
    frame: the content verb is the action, and whoever issued or filed the instrument acts."""
    if not content_clause(verb) or verb.head.lower_ not in word_set("content_instrument_nouns"):
        return False
    if verb.head.dep_ != "dobj" or verb.head.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.head.head.lower_ not in _forms("instrument_issuing_verbs"):
        return False  # "opposed a decree that bans X": the opponent did not ban anything
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which") for c in verb.children)


@cache
def _forms(key: str) -> frozenset[str]:
    return frozenset(f for lemma in word_set(key) for f in inflect(lemma))


def content_status(frame: Frame, status: Status) -> Status:
    """ "submitted a bill that would outlaw X": what a bill or proposal would do is proposed, not merely considered."""
    if status in (Status.CONSIDERED, Status.ANNOUNCED) and unframed_content(frame.trigger):
        if frame.trigger.head.lower_ in word_set("proposed_instrument_nouns"):
            return Status.PROPOSED
    return status
