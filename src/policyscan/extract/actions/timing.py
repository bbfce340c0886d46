"""When an action happened: the DATE phrase attached to the trigger, its object or a governing verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

from policyscan.extract import dates as dates_mod
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import CLIMB_DEPS, VERB_DEPS
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import (
    doc_text,
    sent_starts,
)
from policyscan.report import Status


def attached_date(node: Token, date_ents: list[Span]) -> Span | None:
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


def _norm(ent: Span) -> str:
    return " ".join(ent.text.lower().split())


def names_a_point(ent: Span) -> bool:
    """ "over three years" says how long, "85 UIT" is an amount: neither says when."""
    t = _norm(ent)
    return not (dates_mod.DURATION.fullmatch(t) or dates_mod.BARE_NUMBER.fullmatch(t))


def dates_a_noun(ent: Span, trigger: Token) -> bool:
    """ "Biden's 2023 order", "the 2019 law", "its April guidance": the date of that earlier thing, not of the
    verb's event (unless the noun is the trigger itself: "a 2024 ruling")."""
    root = ent.root
    head = root.head
    return (
        root.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "npadvmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i >= ent.end
        and head.i != trigger.i
        and not (trigger.dep_ in ("relcl", "acl") and trigger.head.i == head.i)  # "a 2022 directive in which he banned"
    )


def deadline(ent: Span) -> bool:
    """ "delayed until 2027", "pushed back to 2 February 2027", "delayed until the end of 2027": the new
    deadline, not when the event happened."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in word_set("deadline_preps"):
        return False
    return prep.i == ent.start - 1 or (
        prep.dep_ == "prep" and (prep.head.pos_ in ("VERB", "AUX") or prep.head.dep_ in ("prt", "advmod"))
    )


def date_span(frame: Frame, date_ents: list[Span]) -> Span | None:
    node = frame.trigger
    starts = sent_starts(node.doc)
    sent_ents = [
        e
        for e in date_ents
        if starts[e.start] == starts[node.i] and names_a_point(e) and not dates_a_noun(e, node) and not deadline(e)
    ]
    if not sent_ents:
        return None
    if (
        node.tag_ == "VBN"
        and node.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ in word_set("pluperfect_auxiliaries") for c in node.children)
    ):
        # "eased on Thursday the restrictions it had imposed", "suspended a notice that the office had served"
        # (parsed as acl): a past perfect is earlier than the clause around it, so that clause's date is not its date
        return attached_date(node, sent_ents) or inner_date(node, sent_ents)
    if node.tag_ == "VBD" and node.dep_ not in VERB_DEPS:
        return min(sent_ents, key=lambda e: abs(e.start - node.i))
    if frame.object_token is not None and frame.object_token is not node:
        found = attached_date(frame.object_token, sent_ents)
        if found is not None:
            return found
    if frame.embedded is not None and (found := attached_date(frame.embedded, sent_ents)) is not None:
        return found  # "ordered the app blocked in January 2025": the directive's own verb carries the date
    for depth in range(6):
        found = attached_date(node, sent_ents)
        if found is not None:
            return found
        if depth > 0 and node.pos_ in ("VERB", "AUX") and (near := nearby_date(node, sent_ents)) is not None:
            return near  # "on Tuesday fined X and ordered it to ...": the conjoined verb shares the date
        if node.dep_ == "relcl":
            found = attached_date(node.head, sent_ents)
            if found is not None:
                return found
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ in ("dobj", "pobj"):
            # "suspended the order blocking the app": the order's blocking is older than the suspension
            return attached_date(node.head, sent_ents)
        if node.head is node or node.dep_ not in (*CLIMB_DEPS, "acomp"):
            break
        node = node.head
    return (
        nearby_date(frame.trigger, sent_ents)
        or subject_participle_date(frame.trigger, sent_ents)
        or inner_date(frame.trigger, sent_ents)
    )


def paragraph_stamp(trigger: Token, date_ents: list[Span]) -> Span | None:
    """ "May 14, 2024 — Stores told to stop. The agency ordered a chain to ...": a timeline entry opens its
    paragraph with a date and a dash; that date dates the paragraph's actions whose own sentence has none."""
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


def inner_date(trigger: Token, ents: list[Span]) -> Span | None:
    """ "banned agencies from using the app in May": a date inside the trigger's own subjectless complement
    (no new clause with its own subject, no relative clause about something else) dates the trigger."""
    for ent in ents:
        node = ent.root
        for _ in range(5):
            if node.head.i == node.i:
                break
            if node.dep_ in ("relcl", "acl", "ccomp", "nsubj", "nsubjpass", "dobj") or (
                node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            ):
                break
            node = node.head
            if node.i == trigger.i:
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
            above = (c for c in node.head.children if c.i < prep.i) if node.head is not node else ()
            amount = next((c for c in (*prep.children, *node.children, *above) if c.dep_ == "npadvmod"), None)
            main = prep.head if prep.head.i not in (node.i, amount.i if amount is not None else -1) else node.head
            if amount is None:
                return None
            vague = dates_mod.VAGUE_AMOUNT.fullmatch(_norm_tokens(amount))
            m = None if vague else dates_mod.DURATION.fullmatch(_norm_tokens(amount))
            if m is None and vague is None:
                return None
            points = [e for e in date_ents if names_a_point(e) and not e.start <= amount.i < e.end]
            found = attached_date(main, points)
            if found is None and main.dep_ in ("advcl", "conj", "xcomp") and main.head is not main:
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


def _norm_tokens(tok: Token) -> str:
    """ "two days" of "two days after ...": the amount and its modifiers before it."""
    return " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ != "advmod")  # not "barely"


def date_is_past(span: Span) -> bool | None:
    """The tense of the verb the DATE phrase hangs on: "became more complicated on Monday, when the ministry
    announced it would require ..." is a past Monday even though "require" is future."""
    node = span.root
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in word_set("future_auxiliaries") for c in node.children):
                return False
            if node.tag_ == "VBD" or perfect(node):
                return True
            if node.tag_ == "VBN" and node.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" for c in node.children):
                return True  # "the rule, issued in January, would have ...": the participle's January is past
            return None
        if node.head.i == node.i:
            break
    return None


def told_as_past(frame: Frame) -> str | None:
    """ "perfect" for an event told in the present perfect ("has banned", "said it has blocked"), "past" for the
    simple past ("banned", "said it would block"): something that already happened or was already said,
    so never dated after publication; "progressive" for the present progressive ("is pausing"), under way
    as the story is told. None otherwise."""
    node = frame.trigger
    for _ in range(5):
        auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
        if auxes & word_set("future_auxiliaries") and "have" in auxes:
            return None  # "would have taken effect": a counterfactual, not a done event
        if perfect(node):
            return "perfect"
        if node.tag_ == "VBD":
            return "past"
        if progressive(node):
            return "progressive"
        if node.head.i == node.i or not (
            node.dep_ in ("xcomp", "ccomp", "conj", "dobj", "advcl") or (node.dep_ == "acl" and node.tag_ == "VB")
        ):  # "said it has no plans to ban": the infinitive on "plans" is told with "said"
            break
        node = node.head
    return None


def progressive(node: Token) -> bool:
    """ "Meta is pausing its plans", "the regulators are investigating X": happening as the story is told."""
    return node.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in word_set("present_progressive_auxiliaries") for c in node.children
    )


def perfect(node: Token) -> bool:
    return node.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in word_set("perfect_auxiliaries") for c in node.children
    )


def said_in_past(span: Span) -> bool:
    """ "announced on Tuesday that the rules will be delayed": the date belongs to a past reporting verb."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.tag_ == "VBD"


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


def is_future(frame: Frame, status: Status) -> bool:
    node = frame.trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in word_set("future_auxiliaries") for c in node.children):
            return True
        if node.head is node:
            break
        node = node.head
    return status in (Status.PROPOSED, Status.ANNOUNCED) and frame.trigger.tag_ in ("VB", "VBP", "VBZ")
