"""Dating an event from the rest of the story: a heading or a present perfect takes the date the body gives
the same event (run after merging, before the recent-past fallback of ``events.date_recent``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from policyscan.extract.actions import RawAction
from policyscan.extract.dates import date_to_iso
from policyscan.extract.merge_near import event_family
from policyscan.extract.merging import _headline_actor_fits, _words
from policyscan.report import DateRef, Granularity


def _heading_line(text: str, sent: tuple[int, int]) -> bool:
    """A headline, section heading or teaser line: the sentence is its whole line and ends without a stop."""
    raw = text[sent[0] : sent[1]]
    chunk = raw.strip()
    if not chunk or "\n" in chunk:
        return False
    start = sent[0] + raw.index(chunk)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return _unstopped(text[line_start : line_end if line_end >= 0 else len(text)])


def _unstopped(line: str) -> bool:
    return not line.strip().rstrip("*_ ").endswith((".", "!", "?", '"', "”"))


def _body_start(text: str, b: RawAction, after: int) -> int:
    """Where ``b`` is first told in a sentence of the body after ``after`` (len(text) when it is not)."""
    return min((s[0] for s in b.sents if s[0] > after and not _heading_line(text, s)), default=len(text))


def _same_section(text: str, a: RawAction, b: RawAction) -> bool:
    """No other heading line between a heading and the action: the section the heading names."""
    between = text[max(a.sents)[1] : _body_start(text, b, max(a.sents)[0])].split("\n")[1:-1]  # whole lines
    return not any(line.strip() and _unstopped(line) for line in between)


def _fits(a: RawAction, b: RawAction, countries: dict[str, set[str]]) -> bool:
    """The same actor, or a country and its own body ("the UAE has ordered", "the UAE's regulator instructed")."""
    ha, ba = a.actor or "", b.actor or ""
    return ha == ba or ha in countries.get(ba, ()) or ba in countries.get(ha, ())


def _same_objects(a: RawAction, b: RawAction) -> bool:
    """Objects in common beyond the words of the triggers ("block" in "ordered block")."""
    trigger_words = set(a.trigger.lower().split()) | set(b.trigger.lower().split())
    return bool(a.object_keys & b.object_keys) or bool((_words(a) & _words(b)) - trigger_words)


RECENT_DAYS = 21  # a present perfect in a dated story is its recent past: about three weeks at most


def _recent(b: RawAction, published: date | None) -> bool:
    d = date_to_iso(b.date.value)
    return published is not None and d is not None and (published - d).days <= RECENT_DAYS


def date_from_body(
    actions: list[RawAction], text: str, published: date | None, countries: dict[str, set[str]] | None = None
) -> None:
    """The body dates what a heading or a present perfect only names.

    "Illinois sues vendor" as a headline, section heading or teaser line, then "the Attorney General last week
    filed a lawsuit": an undated heading action takes the date of the first dated action after it with the same
    direction and kind family. "The regulator has ordered providers to block the apps" then "last week
    instructed the operators to block": an undated present perfect takes the date of a dated action of the same
    direction and family by a fitting actor (not one dated after publication)."""
    countries = countries or {}
    ordered = sorted(actions, key=lambda x: x.sents[0][0])
    for a in ordered:
        if a.date.value:
            continue
        if all(_heading_line(text, s) for s in a.sents):
            at = min(a.sents)[0]
            later: Iterator[RawAction] = (
                b
                for b in sorted(ordered, key=lambda x: _body_start(text, x, at))
                if b is not a
                and b.date.value
                and b.direction == a.direction
                and event_family(b) == event_family(a)
                and _body_start(text, b, at) < len(text)
                and (_fits(a, b, countries) or _headline_actor_fits(a, b, countries) or _same_section(text, a, b))
            )
        elif a.told == "perfect":
            same = [
                b
                for b in ordered
                if b is not a
                and b.date.value
                and not b.stale  # "has blocked" is not the "in 2024" block told further down
                and b.direction == a.direction
                and event_family(b) == event_family(a)
                and not (published and (d := date_to_iso(b.date.value)) and d > published)
            ]
            # the same actor first; else a later, recent telling with the same objects ("the UAE's regulator has
            # ordered providers to block the apps", then "the TDRA last week instructed operators to block the apps")
            later = iter(
                [b for b in same if _fits(a, b, countries)]
                + [b for b in same if b.sents[0][0] > a.sents[0][0] and _same_objects(a, b) and _recent(b, published)]
            )
        else:
            continue
        source = next(later, None)
        if source is not None:
            a.date = DateRef(value=source.date.value, granularity=source.date.granularity)
        elif published is not None:
            # a headline the body never tells again with a date ("Court bans unlabelled deepfakes") is the
            # story's news: its recent past, the publication month
            a.date = DateRef(value=f"{published.year:04d}-{published.month:02d}", granularity=Granularity.MONTH)
