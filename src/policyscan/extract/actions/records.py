"""What the action finder passes around: a frame (a trigger with its kind, direction, status and
where to look for the agent and object) and the raw action it becomes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from policyscan.report import DateRef, Direction, Status


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
    told: str | None = None  # "perfect" / "past" / "progressive" (timing.told_as_past)
    stale: bool = False  # dated well before the story's day (merge_dates.mark_stale)
    after: bool = False  # "has since opened", "later lifted": after the event told before it (events.carry_dates)
    label: bool = False  # a verbless label ("May 2024 — the city's moratorium."): only dates the event it names
    sent_seen: set[tuple[int, int]] = field(default_factory=set, repr=False, compare=False)  # merge's index of sents


@dataclass
class Frame:
    trigger: Token
    kind: str
    direction: Direction
    status: Status
    agent_from: Token
    object_token: Token | None
    extra: list[Token] = field(default_factory=list)
    embedded: Token | None = None  # a directive's embedded verb ("ordered X to *suspend*"): part of this frame
