"""The entry point: frames to raw actions, with agent, status, objects and date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from policyscan.extract import dates as dates_mod
from policyscan.extract.actions.absence import absent, deliberating
from policyscan.extract.actions.agents import agent_and_token
from policyscan.extract.actions.arguments import find_objects
from policyscan.extract.actions.as_clause import as_clause_subject
from policyscan.extract.actions.captions import caption_plaintiff, row_date
from policyscan.extract.actions.clause_cues import (
    conditional,
    consequence,
    failed_act,
    forgone,
    headline_passive,
    hyphen_adjective,
    petitioned,
)
from policyscan.extract.actions.coagents import co_agents
from policyscan.extract.actions.content import content_status, tightening_content, unframed_content
from policyscan.extract.actions.delisting import delisted
from policyscan.extract.actions.dismissals import unclaimed
from policyscan.extract.actions.entry_stamp import entry_stamp
from policyscan.extract.actions.event_years import event_year
from policyscan.extract.actions.frame_checks import (
    acts,
    court_relief,
    loosening_content,
    private_party,
    same_law_again,
    trigger_text,
)
from policyscan.extract.actions.frames import find_frames
from policyscan.extract.actions.freezes import freeze_kind, frozen
from policyscan.extract.actions.generic import generic_statement
from policyscan.extract.actions.guidance import tightening_guidance
from policyscan.extract.actions.headline_verbs import skipped_heading
from policyscan.extract.actions.instrument_agents import instrument_agent
from policyscan.extract.actions.nonevents import told_no_event
from policyscan.extract.actions.not_acting import not_acting, obliger
from policyscan.extract.actions.noun_stamp import noun_stamp
from policyscan.extract.actions.pleas import AUTHORITY_TYPES, plea, wished
from policyscan.extract.actions.purposes import without_restated_purposes
from policyscan.extract.actions.quoted_acts import quoted_own_act
from policyscan.extract.actions.rankings import ranked_remention
from policyscan.extract.actions.records import RawAction
from policyscan.extract.actions.reviewed import reviewed_measure
from policyscan.extract.actions.self_object import acting_on_itself
from policyscan.extract.actions.senses import restrains_party, section_label, sought, verbless_label
from policyscan.extract.actions.settlements import settles, settling_party
from policyscan.extract.actions.stand_ins import lifted_object
from policyscan.extract.actions.status import find_status
from policyscan.extract.actions.syntax import misread_instrument
from policyscan.extract.actions.tense import date_is_past, is_future, said_in_past, told_after, told_as_past
from policyscan.extract.actions.timing import (
    announcement_date,
    date_span,
    offset_event,
    paragraph_stamp,
    reporting_slot,
)
from policyscan.extract.actions.told_noun import named_before_date, renamed_date
from policyscan.extract.actions.words import action_words, boilerplate_ranges, word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.ai_models import ModelIndex
from policyscan.extract.date_anchors import anchor_phrases, story_day, weekday_near
from policyscan.extract.date_joins import joined_days
from policyscan.extract.month_year import month_after_dated
from policyscan.extract.numeric_dates import numeric_day, with_numeric_days
from policyscan.extract.patterns import (
    doc_ents,
    doc_text,
    in_ranges,
    quoted_ranges,
    sent_of,
    sent_starts,
)
from policyscan.extract.same_period import same_period, with_same_periods
from policyscan.extract.seasons import season_or_quarter
from policyscan.extract.week_days import dates_and_days, widen_in_the
from policyscan.kinds import kind_info
from policyscan.report import ActorType, DateRef, Direction


def find_actions(
    doc: Doc, actors: ActorIndex, models: ModelIndex, *, published: date | None, page_day: date | None = None
) -> list[RawAction]:
    """The policy actions told in ``doc``; ``page_day`` (an undated page's latest date outside the story) counts
    its weekdays and yearless months when the story writes no full date itself."""
    date_ents = with_same_periods(doc, widen_in_the(joined_days(with_numeric_days(doc, dates_and_days(doc_ents(doc))))))
    starts = sent_starts(doc)
    dates_by_sentence: dict[int, list] = {}  # one pass, not one scan of every DATE per frame (issue 12 item 14)
    for e in date_ents:
        dates_by_sentence.setdefault(starts[e.start], []).append(e)
    out: list[RawAction] = []
    anchor = published
    quoted = quoted_ranges(doc)
    boilerplate = boilerplate_ranges(doc)
    resolved: dict[int, dates_mod.Resolved] = {}
    loosening_law: int | None = None  # the last bill told as loosening ("a bill delaying the act")
    dated_phrases = [] if published else anchor_phrases(date_ents, doc_text(doc))
    year_from = (dates_mod.year_anchor(dated_phrases) if dated_phrases else None) or (None if published else page_day)
    day_from = None if published else (story_day(doc) or page_day)
    for frame in without_restated_purposes(find_frames(doc)):
        if skipped_heading(frame.trigger) or (
            in_ranges(frame.trigger.idx, quoted) and not quoted_own_act(frame.trigger)
        ):
            continue
        if headline_passive(frame.trigger) or failed_act(frame.trigger) or conditional(frame.trigger):
            continue
        if petitioned(frame.trigger) or consequence(frame.trigger) or hyphen_adjective(frame.trigger):
            continue
        if forgone(frame.trigger) or sought(frame.trigger) or ranked_remention(frame.trigger) or absent(frame):
            continue
        if told_no_event(frame):
            continue  # a question, a wish of another, a predicted effect, pressure to act, a standing rule
        if deliberating(frame.trigger):
            continue  # "is examining whether to open proceedings", "under pressure to ban", "the deal could limit"
        if frame.trigger.dep_ == "xcomp" and frame.trigger.head.lower_ in word_set("attempt_verbs"):
            continue  # "the ministry is trying to stop the app spreading": an aim, not an event
        if frame.trigger.pos_ in ("NOUN", "PROPN") and actors.key_at(frame.trigger) is not None:
            continue  # "the Ministry of Investment, Trade and Industry": a word of a name is not an event
        if generic_statement(frame.trigger):
            continue  # "the regulator can withdraw a licence", "has restricted X before", "is one of several ..."
        if any(start <= frame.trigger.idx < end for start, end in boilerplate):
            continue  # "was not authorised to speak publicly", "asked not to be named"
        settling = settles(frame.trigger)
        settled = settling_party(frame.trigger, actors) if settling else None
        if settling and settled is None:
            continue  # "settled the authors' lawsuit": a deal between parties, no authority's act
        # "was banned by order of the ministry": the instrument's author, before any place or nearest body
        first, subject = (
            settled
            or instrument_agent(frame.trigger, actors)
            or as_clause_subject(frame.agent_from, actors)  # "fines Kestrel as NITDA walks back curbs"
            or agent_and_token(frame.agent_from, actors, models)
        )
        row = False
        if first is None:
            first, subject = caption_plaintiff(frame.trigger, actors)  # "- Florida v. Kestrel — state lawsuit ..."
            row = first is not None
        if first is None or not acts(actors, first, frame) or section_label(frame.trigger, subject, actors):
            continue
        frame.object_token = lifted_object(frame) or frame.object_token  # "reversing a measure it had imposed"
        first = obliger(frame, first, actors)  # "Kestrel must remove the files, the judge wrote": the court's
        if unclaimed(frame, actors, first) or reviewed_measure(frame, actors, first):
            continue  # "dismissed the authors' motion"; "upheld the fine imposed on X": another body's act
        first = acting_on_itself(frame.agent_from, first, actors)  # "found that X had ..., and ordered it to pay"
        if not_acting(frame, actors.actors[first].type, subject):
            continue  # "until it introduces ...", "drafted by", "called the ban ...", "Kestrel must remove"
        if delisted(frame):
            frame.kind, frame.direction = action_words()["delist_kind"], Direction.LOOSEN  # off the Entity List
        if tightening_guidance(frame):
            frame.kind, frame.direction = action_words()["guidance_tighten_kind"], Direction.TIGHTEN
        if wished(frame.trigger) or (actors.actors[first].type not in AUTHORITY_TYPES and plea(frame.trigger, actors)):
            continue  # "the firm wrote to the minister, asking that the block be lifted": asked for, not done
        others = co_agents(subject, first, actors, models, frame.trigger) if subject is not None else []
        keys = [first] + [k for k in others if acts(actors, k, frame)]
        together = set(keys)
        if private_party(actors, first, frame):
            keys = [first]  # "a lawsuit filed by authors A, B and C": co-plaintiffs file one suit, not three
        status = content_status(frame, find_status(frame))  # a bill's content is proposed
        if (held := frozen(frame, status)) is not None:  # "would not grant any new licences for six months"
            frame.kind, frame.direction, status = freeze_kind(), Direction.TIGHTEN, held
        if kind_info(frame.kind).content_may_loosen:
            if loosening_content(frame):
                frame.direction = Direction.LOOSEN  # "signed a bill that delays the AI law"
                loosening_law = frame.trigger.i
            elif loosening_law is not None and same_law_again(frame, loosening_law):
                frame.direction = Direction.LOOSEN  # "... passed a bill delaying the act. The governor signed it."
            elif tightening_content(frame):
                frame.direction = Direction.TIGHTEN  # "introduced a bill that would ban deepfakes"
        offset = offset_event(frame, date_ents)
        span = date_span(frame, dates_by_sentence.get(starts[frame.trigger.i], [])) if offset is None else None
        if span is None and offset is None and (misread_instrument(frame.trigger) or unframed_content(frame.trigger)):
            issuing = replace(frame, trigger=frame.agent_from, object_token=None)  # "In May, X issued a circular
            # requiring ...", "issued a decree on 25 February requiring ...": the issue's date
            span = date_span(issuing, dates_by_sentence.get(starts[frame.trigger.i], []))
        if span is None and offset is None:
            # "imposed the May block"; else "May 14, 2024 — ..." opening a timeline entry
            span = (
                noun_stamp(frame)
                or event_year(frame.trigger)  # "restricted access around the 2020 election"
                or paragraph_stamp(frame.trigger, date_ents)
                or entry_stamp(frame.trigger, date_ents)
            )
        if span is None and offset is None and row:
            span = row_date(frame.trigger, date_ents)
        told = told_as_past(frame)
        if span is None and offset is None and told == "perfect":
            span = announcement_date(frame.trigger, date_ents)  # "has closed X. Announcing it on Wednesday, ..."
        if span is None and offset is None and told in ("perfect", "past"):
            span = renamed_date(frame.trigger, date_ents) or named_before_date(frame.trigger, date_ents)
        dref = DateRef()
        if span is not None:
            future = is_future(frame, status) and not said_in_past(span)
            past = date_is_past(span)
            if past is not None:
                future = not past  # the verb the date hangs on decides: "became harder on Monday, when ... would"
            if reporting_slot(span, frame.trigger):  # "said in December it would ban": December is the saying's
                future = frame.trigger.head.tag_ not in ("VBD", "VBN")
            if span.start not in resolved:  # one DATE phrase, one value: "A day earlier ... banned and fined"
                resolved[span.start] = (
                    same_period(span, date_ents, published)
                    or month_after_dated(span, dates_by_sentence.get(starts[span.start], []), published)
                    or numeric_day(span.text, published)
                    or season_or_quarter(span.text, published, future=future)
                    or dates_mod.resolve(span.text, published, future=future, anchor=anchor, year_from=year_from)
                )
                if day_from is not None and resolved[span.start].value is None:
                    resolved[span.start] = weekday_near(span.text, day_from)
            res = resolved[span.start]
            if res.value and published and told and not future and (d := dates_mod.date_to_iso(res.value)):
                if d > published:
                    res = dates_mod.NONE  # a done event is never dated after publication
            dref = DateRef(
                text=span.text,
                value=res.value,
                granularity=res.granularity,
                start=span.start_char,
                end=span.end_char,
            )
            if res.value:
                anchor = dates_mod.date_to_iso(res.value) or anchor
        elif offset is not None:
            main, n, unit = offset  # "two days after blocking it": counted from the main event's date
            if main is not None:
                base = dates_mod.resolve(main.text, published, future=is_future(frame, status))
            else:  # "The block comes weeks after ...": the story's own news, on its publication date
                base = dates_mod.resolve(published.isoformat(), published) if published else dates_mod.NONE
            res = dates_mod.shift(base, n, unit.lstrip("~"))
            if unit.startswith("~"):
                res = dates_mod.to_month(res)  # "weeks after": a month (a year stays a year)
            dref = DateRef(value=res.value, granularity=res.granularity)
        sent = sent_of(frame.trigger)
        kind, direction = frame.kind, frame.direction
        for actor_key in keys:  # "the FTC and the SEC opened inquiries": one action per named body
            rec = actors.actors[actor_key]
            frame.kind, frame.direction = kind, direction
            if rec.type == ActorType.COURT and restrains_party(frame, actors):
                frame.kind, frame.direction = action_words()["court_restraint_kind"], Direction.TIGHTEN
            elif rec.type == ActorType.COURT and court_relief(frame):
                frame.kind, frame.direction = action_words()["court_relief_kind"], Direction.LOOSEN
            target, objects, obj_keys = find_objects(frame, actors, models, actor_key, doc)
            if len(together) > 1:  # the other bodies acting beside this one are not what it acted on
                names = {actors.actors[k].name.lower() for k in together}
                objects = [o for o in objects if o.lower().removeprefix("the ") not in names]
                obj_keys = {k for k in obj_keys if k.removeprefix("actor:") not in together}
            out.append(
                RawAction(
                    trigger=trigger_text(frame),
                    kind=frame.kind,
                    direction=frame.direction,
                    status=status,
                    actor=rec.name,
                    target=target,
                    objects=objects,
                    object_keys=obj_keys,
                    date=dref,
                    sents=[(sent.start_char, sent.end_char)],
                    order=frame.trigger.i,
                    told=told,
                    after=told_after(frame.trigger),
                    label=verbless_label(frame.trigger),
                )
            )
    return out
