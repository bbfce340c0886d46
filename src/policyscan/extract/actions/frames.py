"""Triggers to frames: each lexicon verb class decides kind and direction from its object;
directives ("ordered X to suspend") take the embedded verb's kind; trigger nouns come last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from policyscan.extract.actions.advice import advice_frames
from policyscan.extract.actions.carried import carried_object
from policyscan.extract.actions.cessation import ceased_activity, ceased_frame, ceased_product
from policyscan.extract.actions.challenges import enforcement_ruling, relief_instrument, restricting_instrument
from policyscan.extract.actions.content import authored, content_of_instrument, instrument_content, unframed_content
from policyscan.extract.actions.decisions import decision_phrases
from policyscan.extract.actions.dismissals import dismissal_frames
from policyscan.extract.actions.findings import finding_frames
from policyscan.extract.actions.governing import governed
from policyscan.extract.actions.idioms import other_sense
from policyscan.extract.actions.noun_authors import has_agent_phrase
from policyscan.extract.actions.phrasal import is_particle, sensed_entry
from policyscan.extract.actions.pronoun_objects import restriction_antecedent
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.repairs import prompted, repaired_frames
from policyscan.extract.actions.requests import lifted_kind, restricting_request
from policyscan.extract.actions.senses import law_complement
from policyscan.extract.actions.syntax import (
    direct_object,
    from_clause_object,
    has_from,
    infinitive_clause,
    is_money,
    is_restriction,
    misread_instrument,
    noun_object,
    noun_trigger,
    verb_lemma,
    with_object,
)
from policyscan.extract.actions.words import action_words, verb_entry, word_set
from policyscan.extract.patterns import (
    BILL_NAME,
    lexicon,
    lower_set,
    noun_forms,
    noun_lemma,
    tokens_in,
    verb_form_set,
)
from policyscan.report import Direction, Status

Entry = dict[str, Any]


def _status(entry: Entry) -> Status:
    return Status(entry["status"]) if entry.get("status") else Status.ENACTED


def _frame(tok: Token, entry: Entry, obj: Token | None, key: str = "", **extra: Any) -> Frame:
    """A frame with the entry's ``<key>kind`` and ``<key>direction``."""
    return Frame(tok, entry[key + "kind"], Direction(entry[key + "direction"]), _status(entry), tok, obj, **extra)


def _direct(tok: Token, entry: Entry) -> Frame | None:
    obj = direct_object(tok)
    if obj is None and entry.get("infinitive_object") and (clause := infinitive_clause(tok)) is not None:
        return _frame(tok, entry, clause[0], extra=[clause[1]], embedded=clause[1])  # "allowed X to resume"
    if entry.get("needs_object") and obj is None:
        return None
    return _frame(tok, entry, obj)


def _flip(tok: Token, entry: Entry) -> Frame | None:
    """Lifting a restriction loosens, revoking a licence tightens."""
    obj = direct_object(tok)
    carried = carried_object(tok) if obj is None else None
    if carried is not None:  # "voted to delay implementing the AI Act": the delay is the one action
        frame = _flip_on(tok, entry, carried[1])
        if frame is not None and frame.embedded is None:
            frame.embedded = carried[0]
        return frame
    return _flip_on(tok, entry, obj)


def _flip_on(tok: Token, entry: Entry, obj: Token | None) -> Frame | None:
    if obj is not None and obj.dep_ == "pobj" and entry.get("needs_direct_object"):
        return None  # "pushed back against the ban" resists it
    if (held := relief_instrument(obj)) is not None:  # "vacated the injunction against the law": back in force
        return Frame(tok, entry["kind"], Direction.TIGHTEN, _status(entry), tok, obj, embedded=held)
    held = obj if is_restriction(obj) else restriction_antecedent(obj, entry["kind"])  # "ordered X to lift it"
    if held is not None:
        embedded = restricting_request(held, entry)  # "scrapped the order to block the site": one action
        return Frame(
            tok, lifted_kind(held, entry["kind"]), Direction.LOOSEN, _status(entry), tok, held, embedded=embedded
        )
    if (restricting := restricting_request(obj, entry)) is not None:  # "withdrew its demand to restrict access"
        return Frame(tok, entry["kind"], Direction.LOOSEN, _status(entry), tok, obj, embedded=restricting)
    if (inner := restricting_instrument(obj)) is not None:  # "revoked its letter suspending the app"
        return Frame(tok, entry["kind"], Direction.LOOSEN, _status(entry), tok, obj, embedded=inner)
    if entry.get("court_relief") and enforcement_ruling(obj):  # "annulled the watchdog's decision"
        return Frame(tok, entry["kind"], Direction.LOOSEN, _status(entry), tok, obj)
    if obj is not None and obj.lower_ in word_set("permission_nouns"):
        return Frame(tok, entry["kind"], Direction.TIGHTEN, _status(entry), tok, obj)
    if obj is not None and entry.get("directed_direction") and obj.lower_ in word_set("launch_nouns"):
        return Frame(tok, entry["kind"], Direction(entry["directed_direction"]), _status(entry), tok, obj)  # held back
    enjoined = from_clause_object(tok)
    if enjoined is not None and is_restriction(enjoined):  # "blocked X from enforcing a law"
        return Frame(tok, entry["kind"], Direction.LOOSEN, _status(entry), tok, enjoined)
    if not entry.get("default_direction"):
        return None
    if obj is None and entry["default_direction"] == "tighten" and not has_from(tok):
        return None
    return Frame(tok, entry["kind"], Direction(entry["default_direction"]), _status(entry), tok, obj)


def _light(tok: Token, entry: Entry) -> Frame | None:
    """ "imposed a ban", "opened an investigation": the object noun decides; a sum of money funds."""
    obj = direct_object(tok)
    only_kinds = entry.get("only_noun_kinds")
    if obj is not None and noun_trigger(obj) is None and is_money(obj) and not only_kinds:
        return _frame(tok, entry, obj, "money_")  # "put S$45 million into ..."
    if entry.get("money_only"):
        return None
    noun = obj if noun_trigger(obj) else with_object(tok) or _prep_noun(tok, entry.get("noun_preps", ()))
    found = noun_trigger(noun)
    if only_kinds and (found is None or found[0] not in only_kinds):
        return None  # "raised tariffs", never "raised concerns" or "raised $5 million"
    if found is None:
        if entry.get("default_kind") and obj is not None and not entry.get("objects_only"):
            return _frame(tok, entry, obj, "default_")
        return None
    if entry.get("keeps_own_kind"):  # proposing rules is not yet tightening; proposing a ban or a fine is
        frame = _frame(tok, entry, noun, "default_", extra=[obj] if obj is not None and obj is not noun else [])
        if found[0] in word_set("proposed_noun_kinds"):
            frame.direction = found[1]
        return frame
    kind, direction = found
    if kind in entry.get("refuses_noun_kinds", ()):
        return None  # "orders placed" are purchases
    if noun is not None and kind in word_set("enacting_noun_kinds") and (law := law_complement(noun, tok)):
        return Frame(tok, action_words()["law_kind"], Direction.TIGHTEN, _status(entry), tok, noun, extra=[law])
    if entry.get("noun_direction"):
        direction = Direction(entry["noun_direction"])  # "cut tariffs" loosens
    extra = [obj] if obj is not None and obj is not noun else []
    status = Status.PROPOSED if noun is not None and noun.lower_ in word_set("proposed_instrument_nouns") else None
    return Frame(tok, kind, direction, status or _status(entry), tok, noun, extra=extra)  # "introduced a bill"


def _prep_noun(tok: Token, preps: list[str]) -> Token | None:
    """ "put the feature on hold", "placed the lender under review": the trigger noun after a preposition."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj" and noun_trigger(p) is not None:
                    return p
    return None


def _enact(tok: Token, entry: Entry) -> Frame | None:
    """Passing or signing a law or bill enacts it; an agreement agrees; anything else only if the entry says."""
    obj = direct_object(tok)
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        obj = _into_law(tok) or obj  # "signed into law a first-of-its-kind law ...": the parser lost the object
    if obj is None:
        return None
    if obj.lower_ in word_set("object_pronouns") and entry["pronoun_object"]:
        return _frame(tok, entry, obj)
    for cand in _enact_candidates(tok, obj):
        if entry.get("other_object_kind") and cand.lower_ in word_set("cleared_deal_nouns"):
            return _frame(tok, entry, cand, "other_object_")  # "approved the acquisition": a clearance, not a pact
        if ({cand.lower_} | {c.lower_ for c in cand.children if c.dep_ == "compound"}) & lower_set("agreement_nouns"):
            return _frame(tok, entry, cand, "agreement_")
    words = {obj.lower_} | {c.lower_ for c in obj.children if c.dep_ == "compound"}
    if (
        words & lower_set("law_nouns")
        or obj.ent_type_ == "LAW"
        or BILL_NAME.match(obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text)
        or obj.text in lexicon()["law_words"]
        or (obj.pos_ == "PROPN" and obj.text == "Act")
    ):
        return _frame(tok, entry, obj)
    if (found := noun_trigger(obj)) is not None and found[1] == Direction.TIGHTEN and is_restriction(obj):
        return Frame(tok, found[0], Direction.TIGHTEN, _status(entry), tok, obj)  # "approved a moratorium on X"
    if entry.get("other_object_kind"):
        return _frame(tok, entry, obj, "other_object_")
    return None


def _into_law(tok: Token) -> Token | None:
    return next((p for c in tok.children if c.lower_ == "into" for p in c.children if p.lower_ == "law"), None)


def _enact_candidates(tok: Token, obj: Token) -> list[Token]:
    """ "signed the Council of Europe's Framework Convention, the first treaty on AI": the parser often makes
    the possessor the object; the possessed noun under its "of" and a second object name the agreement."""
    out = [obj]
    out += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    out += [c for c in tok.children if c.dep_ == "dobj" and c.i != obj.i]
    return out


def _list(tok: Token, entry: Entry) -> Frame | None:
    """ "added X to the entity list", "admitted X into its sandbox" """
    # "admitted Tembusu-4, a model built by X, into its sandbox": the prep may hang on the apposition
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "npadvmod", "appos"))]
    holders += [a for h in holders[1:] for a in h.children if a.dep_ == "appos"]
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "prep" and c.lower_ in entry["list_preps"]:
            for p in c.children:
                if p.lower_ in entry["list_nouns"] and any(w.lower_ in entry["list_words"] for w in p.subtree):
                    return _frame(tok, entry, direct_object(tok))
    return None


def _directive(tok: Token, entry: Entry) -> Frame | None:
    """ "ordered the company to suspend access": the embedded verb decides the kind."""
    target = next((c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")), None)
    if target is None and misread_instrument(tok):
        target = tok.head  # "a circular requiring banks to ...": the participle's object is its head noun
    xcomp = next(
        (
            c
            for c in tok.children
            if (c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not entry.get("weak"))) and c.pos_ in ("VERB", "AUX")
        ),
        None,
    )  # "told reporters (that) ..." is reported speech, not a directive
    if xcomp is None and target is not None:  # "ordered X and Y to block the app", parsed as an adverbial clause
        xcomp = next((c for c in tok.children if c.dep_ == "advcl" and c.i > target.i and _infinitive(c)), None)
    if xcomp is None and target is not None:  # "ordered the ban lifted": the participle on the object
        xcomp = next((c for c in target.children if c.dep_ == "acl" and c.tag_ == "VBN" and verb_lemma(c)), None)
    if xcomp is None:
        return None if entry.get("weak") or target is None else _frame(tok, entry, target)
    if xcomp.lower_ in word_set("procedural_verbs"):
        return None  # "ordered the High Court to hear the plea", "told the parties to appear": procedure
    if entry.get("weak") and target is not None and target.lower_ in word_set("petitioned_bodies"):
        return None  # "asked the court to put the direction on hold": a plea to the court, not an action
    if any(c.dep_ == "neg" for c in xcomp.children):
        if xcomp.lower_ in word_set("enforcing_verbs"):  # "directed the bureau not to enforce the rule"
            kind = action_words()["non_enforcement_kind"]
            return Frame(tok, kind, Direction.LOOSEN, _status(entry), tok, target, extra=[xcomp], embedded=xcomp)
        return _frame(tok, entry, target, "negated_", extra=[xcomp], embedded=xcomp)
    inner_lemma = verb_lemma(xcomp)
    if inner_lemma and verb_entry(inner_lemma)["class"] != "directive":
        inner = frame_for_verb(xcomp, inner_lemma) or _ungoverned_frame(xcomp, inner_lemma)
        if inner is None and (held := verb_entry(inner_lemma).get("directed_direction")):
            # "asked the firm to delay the launch of its model": holding the ordered party back
            inner = Frame(xcomp, verb_entry(inner_lemma)["kind"], Direction(held), Status.ENACTED, xcomp, None)
        if inner is not None:
            direction = inner.direction
            if (
                direction == Direction.LOOSEN
                and inner.kind in word_set("own_practice_kinds")
                and _own_practice(inner.object_token)
                and restricting_instrument(inner.object_token) is None  # "to revoke its letter suspending X"
            ):
                direction = Direction.TIGHTEN  # "ordered X to suspend its privacy policy" restricts X
            return Frame(tok, inner.kind, direction, _status(entry), tok, target, extra=[xcomp], embedded=xcomp)
    if entry.get("weak"):
        return None
    return _frame(tok, entry, target, extra=[xcomp], embedded=xcomp)


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_practice(obj: Token | None) -> bool:
    """ "its new privacy policy", "their data practices": the ordered party's own rule or practice."""
    return obj is not None and any(c.dep_ == "poss" and c.lower_ in word_set("own_possessives") for c in obj.children)


VERB_CLASSES: dict[str, Callable[[Token, Entry], Frame | None]] = {
    "direct": _direct,
    "flip": _flip,
    "light": _light,
    "enact": _enact,
    "directive": _directive,
    "list": _list,
}


def frame_for_verb(tok: Token, lemma: str) -> Frame | None:
    entry = sensed_entry(tok, verb_entry(lemma))  # "cut off access" is not "cut tariffs"
    particle = entry.get("particle")
    if particle and not any(c.lower_ == particle and is_particle(tok, c) for c in tok.children):
        return None
    if other_sense(tok, entry):
        return None  # "clearing the way for ...", "licenses its model to banks"
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in word_set("idiom_adverbs") for c in tok.children):
        return None  # "stopped short of a ban": what was not done
    if any(c.lower_ in entry.get("not_particles", ()) and is_particle(tok, c) for c in tok.children):
        return None  # "a trading house that passed them on": forwarded, not enacted
    return VERB_CLASSES[entry["class"]](tok, entry)


def _ungoverned_frame(tok: Token, lemma: str) -> Frame | None:
    """ "ordered it to stop": a direct verb under a directive counts even without its own object."""
    entry = verb_entry(lemma)
    if entry["class"] == "direct":
        return Frame(tok, entry["kind"], Direction(entry["direction"]), Status.ENACTED, tok, direct_object(tok))
    return None


def find_frames(doc: Doc) -> list[Frame]:
    """Verb frames first; a trigger noun that a verb frame already holds ("imposed a *ban*") is not read again."""
    consumed: set[int] = set()
    verbs = _verb_frames(doc, consumed) + finding_frames(doc, consumed) + advice_frames(doc, consumed)
    verbs += dismissal_frames(doc, {f.trigger.i for f in verbs})  # "dismissed the company's objections"
    return verbs + repaired_frames(doc, consumed, frame_for_verb) + _noun_frames(doc, consumed)


@cache
def _noun_frame_words() -> frozenset[str]:
    return frozenset(lexicon()["loosen_nouns"]) | noun_forms()


def _verb_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    frames: list[Frame] = []
    for i in tokens_in(doc, verb_form_set()):  # verb_lemma is None for any other word
        tok = doc[i]
        if tok.i in consumed:
            continue
        lemma = verb_lemma(tok)
        if not lemma:
            continue
        entry = sensed_entry(tok, verb_entry(lemma))
        if entry.get("needs_governor") and not governed(tok) and not ceased_activity(tok, entry):
            continue
        if instrument_content(tok) and (tok.head.i in consumed or not unframed_content(tok)):
            continue  # "a law banning X": the instrument's frame is the action ("issued a decree requiring X" has none)
        if content_of_instrument(tok, consumed):
            continue  # "introduced a bill to ban X": the instrument's frame is the action
        if entry.get("not_after_from") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "from":
            continue
        if entry.get("not_as_participle") and tok.dep_ == "acl" and tok.tag_ == "VBN":
            continue  # "said in a directive sent to operators": the instrument, not the act of sending it
        frame = ceased_frame(frame_for_verb(tok, lemma), entry)  # "no longer allows" restricts
        if frame is None:
            continue
        if frame.object_token is None and (product := ceased_product(tok, entry)) is not None:
            frame = replace(frame, object_token=product)  # "stopped selling its exam mode"
        if (misread_instrument(tok) or unframed_content(tok)) and tok.head.head.pos_ in ("VERB", "AUX"):
            if not authored(tok.head):  # "complied with a circular from the bank requiring X": the bank's
                frame.agent_from = tok.head.head  # whoever issued the circular acts
        frames.append(frame)
        if frame.embedded is not None:
            consumed.add(frame.embedded.i)
            if (held := restricting_instrument(direct_object(frame.embedded))) is not None:
                consumed.add(held.i)  # "ordered X to revoke its letter suspending the app": one act
        if frame.object_token is not None:
            consumed.add(frame.object_token.i)
        consumed.update(p.i for prep in decision_phrases(tok) for p in prep.children)  # "under an order from X"
        if entry["holds_from_clause"]:  # "barred X from allowing ...": the inner verb is part of this action
            consumed.update(t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree)
    return frames


def _noun_frames(doc: Doc, consumed: set[int]) -> list[Frame]:
    frames: list[Frame] = []
    for i in tokens_in(doc, _noun_frame_words()):
        tok = doc[i]
        if tok.i in consumed:
            continue
        loosening = lexicon()["loosen_nouns"].get(tok.lower_)
        if loosening and tok.pos_ == "NOUN":
            lifted = noun_object(tok)
            if lifted is not None and is_restriction(lifted):  # "the lifting of the licence requirement"
                frames.append(Frame(tok, loosening, Direction.LOOSEN, Status.ENACTED, tok, lifted))
                consumed.add(lifted.i)
            elif lifted is not None and lifted.lower_ in word_set("revoked_permission_nouns"):
                frames.append(Frame(tok, loosening, Direction.TIGHTEN, Status.ENACTED, tok, lifted))  # "the
                consumed.add(lifted.i)  # rescission of the exemption", "the withdrawal of its licence"
            continue
        found = noun_trigger(tok)
        if not found:
            continue
        if tok.dep_ == "nsubj" and tok.head.lower_ in word_set("saying_forms"):
            continue  # "Trump's order says ...": the instrument is quoted, it is not one more event
        noun_entry = lexicon()["nouns"][noun_lemma(tok.lower_)]
        if noun_entry.get("prompting") and not prompted(tok):
            continue
        if noun_entry.get("weak") and not (noun_entry.get("agent_noun") and has_agent_phrase(tok)):
            continue
        kind, direction = found
        frames.append(Frame(tok, kind, direction, Status.ENACTED, tok, noun_object(tok)))
    return frames
