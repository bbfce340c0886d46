"""One event, one record (merging is in ``merging``): date what the mentions leave undated; find reversals; attach
CAMEO / PLOVER codes so results join with GDELT- or POLECAT-style data.
"""

from __future__ import annotations

import hashlib
from datetime import date

from policyscan.extract.actions import RawAction
from policyscan.extract.dates import date_to_iso
from policyscan.kinds import kind_info, status_codes
from policyscan.report import (
    HEDGED,
    Action,
    ActionKind,
    DateRef,
    Direction,
    Granularity,
    Reversal,
    Span,
    Status,
)


def codes(kind: str, direction: Direction, status: Status) -> tuple[str, str]:
    """CAMEO / PLOVER from data/kinds.json: CAMEO 17x coerce/sanction, 08x yield, 09x investigate,
    11x disapprove (lawsuits), 05x/06x/07x cooperation and aid, 13x threaten."""
    if status.value in status_codes():
        return status_codes().get(f"{status.value}:{direction.value}", status_codes()[status.value])
    info = kind_info(kind)
    if direction == Direction.LOOSEN:
        return info.loosened_cameo, info.loosened_plover
    return info.cameo, info.plover


def carry_dates(actions: list[RawAction]) -> None:
    """ "X fined Y on Tuesday. In the same ruling it ordered ...": an undated enacted action told right after a
    dated one by the same actor shares its date (the value only; ``date.text`` stays empty)."""
    previous: RawAction | None = None
    for a in sorted(actions, key=lambda x: x.sents[0][0]):
        if (
            not a.date.value
            and previous is not None
            and previous.date.value
            and previous.actor == a.actor
            and a.status == Status.ENACTED
            and a.told != "earlier"  # "lifted on Monday the ban it had imposed": the ban is older
            and not a.after  # "It has since lifted the fine": later than the fine told before it
            and a.sents[0][0] - previous.sents[-1][1] < 400
        ):
            a.date = DateRef(value=previous.date.value, granularity=previous.date.granularity)
        if a.date.value:
            previous = a


RECENT_TOLD = ("perfect", "past", "progressive")  # tenses that take the story's recent past (measured)
# "will jointly investigate", "has no plans to ban", "threatened to fine": what a body says it will or will not do
# is said as the story is told (the announcement's date, not the future event's); a plan ("plans to ban") or a
# proposal is not an event of a day and stays undated
SAID_NOW = (Status.ANNOUNCED, Status.THREATENED, Status.DENIED)


def date_recent(actions: list[RawAction], published: date | None) -> None:
    """ "The regulator has banned X": an event told as already done, with no date anywhere in its mentions and
    none carried from its neighbours, happened in the story's recent past. It gets the publication month (the
    finest honest value: "has banned" may be last week), with ``date.text`` empty to say it was inferred.
    An announcement with no date of its own ("Peru will lift its ban on X") is dated the same way: to when it
    was announced; its ``status`` says the act itself is still to come."""
    if published is None:
        return
    for a in actions:
        if a.date.value is None and (a.told in RECENT_TOLD or a.status in SAID_NOW):
            a.date = DateRef(value=f"{published.year:04d}-{published.month:02d}", granularity=Granularity.MONTH)


def _action_id(a: RawAction, text_sha: str) -> str:
    h = hashlib.sha1(f"{text_sha}|{a.order}|{a.trigger}|{a.actor}".encode()).hexdigest()[:10]
    return f"a-{h}"


def _evidence(text: str, start: int, end: int) -> Span:
    """The sentence exactly as it stands in the text (``text[start:end] == span.text``), trimmed of
    the blanked furniture and line breaks around it."""
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    return Span(text=text[start : max(start, end)], start=start, end=max(start, end))


def to_records(actions: list[RawAction], text: str, text_sha: str) -> list[Action]:
    out = []
    for a in actions:
        cameo, plover = codes(a.kind, a.direction, a.status)
        evidence = [_evidence(text, s, e) for s, e in sorted(a.sents)]
        out.append(
            Action(
                id=_action_id(a, text_sha),
                trigger=a.trigger,
                kind=ActionKind(a.kind),
                direction=a.direction,
                status=a.status,
                actor=a.actor,
                target=a.target,
                objects=a.objects,
                date=a.date,
                cameo=cameo,
                plover=plover,
                evidence=evidence,
            )
        )
    return out


def _object_set(a: Action) -> set[str]:
    return {o.lower() for o in a.objects} | ({a.target.lower()} if a.target else set())


def find_reversals(actions: list[Action]) -> list[Reversal]:
    """The same actor moving in opposite directions on the same objects."""
    out: list[Reversal] = []
    seen: set[tuple[str, str]] = set()
    firm = [a for a in actions if a.status not in HEDGED and a.direction != Direction.NEUTRAL and a.actor]
    for i, a in enumerate(firm):
        for b in firm[i + 1 :]:
            if a.actor != b.actor or a.direction == b.direction:
                continue
            shared = _object_set(a) & _object_set(b)
            if not shared:
                continue
            first, second = _order(a, b)
            if (first.id, second.id) in seen:
                continue
            seen.add((first.id, second.id))
            verb = {Direction.TIGHTEN: "tightened", Direction.LOOSEN: "loosened"}
            original = {o.lower(): o for o in [*b.objects, *a.objects, b.target or "", a.target or ""]}
            objs = sorted(original.get(o, o) for o in shared)
            when = lambda x: f" ({x.date.value})" if x.date.value else ""  # noqa: E731
            out.append(
                Reversal(
                    actor=a.actor or "",
                    objects=objs,
                    first=first.id,
                    second=second.id,
                    summary=(
                        f"{a.actor} {verb[first.direction]}{when(first)} then {verb[second.direction]}{when(second)} "
                        f"on {', '.join(objs)}"
                    ),
                )
            )
    return out


def _order(a: Action, b: Action) -> tuple[Action, Action]:
    da, db = date_to_iso(a.date.value), date_to_iso(b.date.value)
    if da and db and da != db:
        return (a, b) if da < db else (b, a)
    # lifting or easing presupposes an earlier restriction
    if a.direction == Direction.LOOSEN and kind_info(a.kind).presupposes_prior:
        return b, a
    if b.direction == Direction.LOOSEN and kind_info(b.kind).presupposes_prior:
        return a, b
    return a, b
