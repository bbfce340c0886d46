"""When an action happened: the DATE phrase attached to the trigger, its object or a governing verb."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from policyscan.extract import dates as dates_mod
from policyscan.extract.actions.content_dates import content_on
from policyscan.extract.actions.dated_in import attached_date, instrument_dated, inverted_speaker_date, published_in
from policyscan.extract.actions.earlier import earlier_clause, pluperfect
from policyscan.extract.actions.earlier_participle import earlier_participle
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.root_date import root_verb_date
from policyscan.extract.actions.schedule import moved_schedule
from policyscan.extract.actions.stamps import stamp_span
from policyscan.extract.actions.syntax import CLIMB_DEPS, VERB_DEPS
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import (
    doc_text,
    inflect,
    sent_starts,
)
from policyscan.extract.week_days import day_root

YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")


def _norm(ent: Span) -> str:
    return " ".join(ent.text.lower().split())


def names_a_point(ent: Span) -> bool:
    """ "over three years" says how long, "85 UIT" is an amount: neither says when."""
    t = _norm(ent)
    return not (
        dates_mod.DURATION.fullmatch(t) or dates_mod.BARE_NUMBER.fullmatch(t) or dates_mod.VAGUE_AMOUNT.fullmatch(t)
    )  # "followed months of complaints": how long, not when


def dates_a_noun(ent: Span, trigger: Token) -> bool:
    """ "Biden's 2023 order", "the 2019 law", "its April guidance": the date of that earlier thing, not of the
    verb's event (unless the noun is the trigger itself: "a 2024 ruling")."""
    root = day_root(ent)  # "on Tuesday morning" dates no noun
    head = root.head
    return (
        root.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "npadvmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i >= ent.end
        and head.i != trigger.i
        and not ((clause := _clause_of(trigger)) is not None and head in described(clause))
        # "a 2022 directive in which he banned", "the PTA's June 22 directive instructing operators to block"
        and not (head.dep_ == "nsubj" and head.head.i == trigger.i)  # "the authority's March 2 decision banned X"
    )


def _clause_of(trigger: Token) -> Token | None:
    """The relative or participle clause the trigger tells ("a directive *instructing* operators to block")."""
    node = trigger
    for _ in range(3):
        if node.dep_ in ("relcl", "acl"):
            return node
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def described(clause: Token) -> list[Token]:
    """The nouns a relative clause tells of: its head, and the event noun whose author that head is ("a July 9
    ruling by a court that blocked the posts": the parser hangs the clause on the court, the ruling holds the date)."""
    head = clause.head
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in word_set("author_preps") and prep.head.pos_ == "NOUN":
        return [head, prep.head]
    return [head]


def deadline(ent: Span) -> bool:
    """ "delayed until 2027", "pushed back to 2 February 2027", "delayed until the end of 2027": the new
    deadline, not when the event happened."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in word_set("deadline_preps"):
        return False
    return prep.i == ent.start - 1 or (
        prep.dep_ == "prep" and (prep.head.pos_ in ("VERB", "AUX") or prep.head.dep_ in ("prt", "advmod"))
    )


def effective(ent: Span, trigger: Token | None = None) -> bool:
    """ "with effect from April 1", "effective January 1", "the ban takes effect on 1 May", "rules that come into
    force on 3 June": when a measure starts to apply, not when it was taken (unless ``trigger`` is that start)."""
    gov = ent.root.head
    if ent.root.dep_ == "pobj" and gov.lower_ in word_set("effect_preps"):
        gov = gov.head
    if trigger is not None and gov.i == trigger.i:
        return False
    words = word_set("effect_words")
    if gov.lower_ in words:
        return True
    return gov.pos_ in ("VERB", "AUX") and any(
        (c.dep_ == "dobj" and c.lower_ in words)
        or (c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in words for g in c.children))
        for c in gov.children
    )


def date_span(frame: Frame, date_ents: list[Span]) -> Span | None:
    node = frame.trigger
    starts = sent_starts(node.doc)
    sent_ents = [
        e
        for e in date_ents
        if starts[e.start] == starts[node.i]
        and names_a_point(e)
        and not dates_a_noun(e, node)
        and not deadline(e)
        and not effective(e, node)
        and not moved_schedule(e, frame.kind)  # "pushing the law back from March 1 to July 31"
    ]
    if node.pos_ in ("NOUN", "PROPN") and (year := _year_on_noun(node)) is not None:
        return year  # "the authority's 2023 order" (the tagger often reads 2023 as a number, not a date)
    if not sent_ents:
        return None
    if node.pos_ == "NOUN" and node.dep_ == "pobj" and any(c.dep_ == "poss" for c in node.children):
        # "set out today the next steps in its investigation": the investigation is older than the setting out
        return attached_date(node, sent_ents) or inner_date(node, sent_ents)
    if len(sent_ents) > 1 and not any(
        c.dep_ == "aux" and c.lower_ in word_set("future_auxiliaries") for c in node.children
    ):  # "said on Friday it had banned the app last week": the clause's own date first
        sent_ents.sort(key=lambda e: reporting_slot(e, node))
    earlier = node if pluperfect(node) else earlier_clause(node)
    if earlier is not None:
        # "eased on Thursday the restrictions it had imposed", "lifted the ban it had imposed" (a noun trigger):
        # a past perfect is earlier than the clause around it, so that clause's date is not its date
        own = attached_date(earlier, sent_ents) or inner_date(earlier, sent_ents)  # "reverses a March increase,
        nouns = described(earlier) if own is None and earlier.dep_ == "relcl" else []  # when it raised the duty"
        return own or next((f for n in nouns if (f := attached_date(n, sent_ents))), None)
    if node.tag_ == "VBD" and node.dep_ not in VERB_DEPS:
        return min(sent_ents, key=lambda e: abs(e.start - node.i))
    if frame.object_token is not None and frame.object_token is not node:
        found = attached_date(frame.object_token, sent_ents) or attached_date(content_on(frame.object_token), sent_ents)
        if found is not None:
            return found
    if frame.embedded is not None and (found := attached_date(frame.embedded, sent_ents)) is not None:
        return found  # "ordered the app blocked in January 2025": the directive's own verb carries the date
    for depth in range(6):
        found = attached_date(node, sent_ents)
        if found is None and depth > 0 and _reporting(node):
            found = inverted_speaker_date(node, sent_ents)
        if found is not None:
            return found
        if depth > 0 and node.pos_ in ("VERB", "AUX") and (near := nearby_date(node, sent_ents)) is not None:
            return near  # "on Tuesday fined X and ordered it to ...": the conjoined verb shares the date
        if node.dep_ == "relcl":
            found = next((f for noun in described(node) if (f := attached_date(noun, sent_ents))), None)
            if found is not None:
                return found
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ in ("dobj", "pobj"):
            # "suspended the order blocking the app": the order's blocking is older than the suspension; "sent
            # a circular to schools ordering them to stop": the sending dates the circular (no action of its own)
            own = attached_date(node.head, sent_ents)
            if own is None and node.head.dep_ == "dobj" and node.head.lower_ in word_set("misread_instrument_nouns"):
                return attached_date(node.head.head, sent_ents)
            return own
        if depth == 0 and (stood := earlier_participle(node, sent_ents)) is not None:
            return stood[0]  # "rejected a bid to suspend a fine imposed by X": the fine stood before the rejection
        if node.head == node or node.dep_ not in (*CLIMB_DEPS, "acomp"):
            break
        node = node.head
    return (
        nearby_date(frame.trigger, sent_ents)
        or subject_participle_date(frame.trigger, sent_ents)
        or inner_date(frame.trigger, sent_ents)
        or published_in(frame.trigger, sent_ents)
        or instrument_dated(frame.trigger, sent_ents)
        or root_verb_date(frame.trigger, sent_ents)
    )


def _year_on_noun(noun: Token) -> Span | None:
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("nummod", "compound", "amod", "nmod") and YEAR_WORD.fullmatch(c.text):
            return noun.doc[c.i : c.i + 1]
    return None


def paragraph_stamp(trigger: Token, date_ents: list[Span]) -> Span | None:
    """ "May 14, 2024 — Stores told to stop. The agency ordered a chain to ...": a timeline entry opens its
    paragraph with a date and a dash; that date dates the paragraph's actions whose own sentence has none."""
    if (stamp := stamp_span(trigger)) is not None:
        return stamp if names_a_point(stamp) else None  # "| 14 July 2025 | The board opened ..." (split or not)
    doc = trigger.doc
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, trigger.idx) + 1
    for ent in date_ents:
        if ent.start_char < para_start:
            continue
        if ent.start_char >= trigger.idx or text[para_start : ent.start_char].strip(" *_#>•\t"):
            return None
        seps = word_set("stamp_separators")
        if len(ent) > 1 and ent[-1].text in seps:
            ent = ent[:-1]  # the tagger may take the dash into the DATE: "May 14, 2024 —"
        elif ent.end >= len(doc) or doc[ent.end].text not in seps:
            return None
        return ent if names_a_point(ent) else None
    return None


def _reporting(tok: Token) -> bool:
    return any(tok.lower_ in inflect(v) for v in word_set("reporting_verbs"))


def reporting_slot(span: Span, trigger: Token) -> bool:
    """ "said on Friday it had banned", "said in December it would ban": a date between a reporting verb and the
    subject of its reported clause is the reporting verb's, though the parser often hangs it on the clause."""
    head = trigger.head
    subj = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        trigger.dep_ == "ccomp"
        and subj is not None
        and head.i < span.start
        and span.end <= subj.i
        and (span.start == 0 or trigger.doc[span.start - 1].lower_ not in word_set("onset_preps"))  # "from May 1"
        and head.pos_ in ("VERB", "AUX")
        and _reporting(head)
    )


def announcement_date(trigger: Token, date_ents: list[Span]) -> Span | None:
    """ "The commissioner has closed his inquiry into X. Announcing the decision on Wednesday, the office said
    ...": an undated present perfect in one sentence (a wire lede is its own paragraph), the day it was announced
    in the next (the date on that sentence's main reporting verb or on a reporting participle hung on it)."""
    doc = trigger.doc
    starts = sent_starts(doc)
    end = next((i for i in range(trigger.i + 1, len(doc)) if starts[i] != starts[trigger.i]), None)
    if end is None:
        return None
    nxt = starts[end]
    for ent in date_ents:
        if starts[ent.start] != nxt or not names_a_point(ent):
            continue
        node = ent.root
        while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        main = node.head if node.dep_ == "advcl" else node
        if _reporting(node) and _reporting(main) and main.dep_ == "ROOT" and _same_teller(trigger, main):
            return ent
    return None


def _same_teller(trigger: Token, said: Token) -> bool:
    """The one who says is the one who acted: a pronoun, or a name sharing a word ("the Privacy Commissioner",
    "the Office of the Privacy Commissioner"); "Microsoft has invested ... Ministers said on Wednesday" is not."""
    node = trigger
    while node.head.i != node.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    actor = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    teller = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if actor is None or teller is None:
        return False
    if teller.pos_ == "PRON":
        return True
    words = [{t.lower_ for t in x.subtree if t.is_alpha and len(t) > 3} for x in (actor, teller)]
    return bool(words[0] & words[1])


def inner_date(trigger: Token, ents: list[Span]) -> Span | None:
    """ "banned agencies from using the app in May": a date inside the trigger's own subjectless complement
    (no new clause with its own subject, no relative clause about something else) dates the trigger. "opened an
    investigation into the leak in June": an "in"/"on" date the parser hung inside the trigger's object does too."""
    # "started a probe into the leak in June": the verb whose object the trigger noun is acts with it
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.pos_ in ("NOUN", "PROPN") else trigger
    for ent in ents:
        node = ent.root
        when = ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "on", "during")
        for _ in range(6):
            if node.head.i == node.i:
                break
            if node.dep_ == "dobj" and when and node.head.i in (trigger.i, verb.i):
                return ent
            if node.dep_ in ("relcl", "acl", "ccomp", "nsubj", "nsubjpass", "dobj") or (
                node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            ):
                break
            node = node.head
            if node.i in (trigger.i, verb.i):
                return ent
    return None


def subject_participle_date(trigger: Token, ents: list[Span]) -> Span | None:
    """ "The proposal, presented on 19 November, would delay ...": the subject's participle dates the act."""
    for subj in trigger.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for part in subj.children:
            if part.dep_ == "acl" and part.tag_ == "VBN" and (found := attached_date(part, ents)) is not None:
                return found
    return None


def offset_event(frame: Frame, date_ents: list[Span]) -> tuple[Span | None, int, str] | None:
    """ "restored access on Thursday, two days after blocking it": the blocking is two days before Thursday.
    Returns the main event's DATE phrase and the signed offset (count, unit) of this event from it. "The block
    comes weeks after the authority approved ...": a count-less offset is a few units, kept to the month (unit
    "~weeks"); when its main clause has no date at all, the main event is the story's news (phrase None)."""
    node = frame.trigger
    for _ in range(3):
        head = node.head
        prep = None
        if node.dep_ in ("pcomp", "pobj") and head.lower_ in word_set("offset_preps"):
            prep = head
        elif node.dep_ == "advcl":
            prep = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in word_set("offset_preps")), None)
            prep = prep or next(  # "a day after the court suspended ...": "after" hangs on "day"
                (
                    p
                    for c in node.children
                    if c.dep_ == "npadvmod"
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in word_set("offset_preps") and p.i > c.i
                ),
                None,
            )
        if prep is not None:
            # "two days after", "barely six weeks after it ordered" (the amount may hang on the clause above)
            above = (c for c in node.head.children if c.i < prep.i) if node.head != node else ()
            amount = next((c for c in (*prep.children, *node.children, *above) if c.dep_ == "npadvmod"), None)
            main = prep.head if prep.head.i not in (node.i, amount.i if amount is not None else -1) else node.head
            if amount is None:
                return None
            vague = dates_mod.VAGUE_AMOUNT.fullmatch(_norm_tokens(amount))
            m = None if vague else dates_mod.DURATION.fullmatch(_norm_tokens(amount))
            if m is None and vague is None:
                return None
            points = [p for e in date_ents if (p := _before_amount(e, amount)) is not None and names_a_point(p)]
            found = attached_date(main, points)
            if found is None and main.dep_ in ("advcl", "conj", "xcomp") and main.head != main:
                found = attached_date(main.head, points)  # "eased on Thursday, reversing course six weeks after"
            sign = -1 if prep.lower_ == "after" else 1
            if vague is not None:
                starts = sent_starts(main.doc)
                if found is None and any(starts[e.start] == starts[main.i] and not deadline(e) for e in points):
                    return None  # the sentence has a date, just not on the main clause: leave it to date_span
                return found, sign * dates_mod.VAGUE_COUNT, "~" + vague.group(1)
            if found is None or m is None:
                return None
            count = dates_mod.count_word(m.group(1))
            return found, sign * count, m.group(m.lastindex or 0)
        if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "pobj", "pcomp", "advcl"):
            return None  # "weeks after X announced that the tariffs will be delayed": dated with the announcing
        node = node.head
    return None


def _before_amount(ent: Span, amount: Token) -> Span | None:
    """ "suspended it in November last year, days after ...": the tagger may run the date on into the offset's
    amount ("November last year, days"); the part before the comma is the main event's date."""
    if not ent.start <= amount.i < ent.end:
        return ent
    comma = next((t.i for t in reversed(ent.doc[ent.start : amount.i]) if t.text == ","), None)
    return ent.doc[ent.start : comma] if comma is not None and comma > ent.start else None


def _norm_tokens(tok: Token) -> str:
    """ "two days" of "two days after ...": the amount and its modifiers before it."""
    return " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ != "advmod")  # not "barely"


def nearby_date(trigger: Token, ents: list[Span]) -> Span | None:
    """ "X on Tuesday opened ..." parsed with the date on the subject: a close DATE with no verb between."""
    best = None
    for ent in ents:
        lo, hi = (ent.end, trigger.i) if ent.end <= trigger.i else (trigger.i + 1, ent.start)
        if hi - lo > 5 or any(t.pos_ in ("VERB", "AUX") for t in trigger.doc[lo:hi]):
            continue
        if best is None or abs(ent.start - trigger.i) < abs(best.start - trigger.i):
            best = ent
    return best
