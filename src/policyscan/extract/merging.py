"""Merging repeated mentions of one event within an article: the same actor, direction, kind family and
objects; a headline folded into the body's account; labels, consequences, a person's or a body's own
restatement and loosely named bodies folded into the named body's event."""

from __future__ import annotations

from collections.abc import Callable

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.merge_consequences import fold_consequences
from policyscan.extract.merge_dates import dates_fit
from policyscan.extract.merge_links import (
    clause_restates,
    described,
    join_cut_names,
    judge_restates,
    link_names,
    possessed,
    product_part,
    same_day_ruling,
)
from policyscan.extract.merge_mentions import absorb as _absorb
from policyscan.extract.merge_mentions import (
    fold_background,
    fold_bare_mentions,
    fold_headings,
    fold_sought_relief,
    names_overlap,
    near_dates,
    pronoun_background,
    same_body,
    stem_fits,
)
from policyscan.extract.merge_names import country_head_fits, country_headed
from policyscan.extract.merge_near import event_family
from policyscan.extract.merge_refusals import fold_refusals
from policyscan.extract.patterns import lexicon
from policyscan.kinds import kind_info
from policyscan.report import HEDGED, Status


def _words(a: RawAction) -> set[str]:
    text = " ".join([a.target or "", *a.objects]).lower()
    return {w for w in text.replace(",", " ").split() if len(w) > 3}


def _family(kind: str) -> str:
    return kind_info(kind).family


def _generic(kind: str) -> bool:
    return kind_info(kind).generic


def _same_event(a: RawAction, b: RawAction) -> bool:
    if a.actor != b.actor or a.direction != b.direction:
        return False
    if event_family(a) != event_family(b) and not (_generic(a.kind) or _generic(b.kind)):
        return False
    if a.sents[0] == b.sents[0] and a.kind != b.kind:
        return False  # "fined X and ordered it to suspend": two events in one sentence
    if (a.status in HEDGED) != (b.status in HEDGED) or not dates_fit(a, b):
        return False
    if a.object_keys and b.object_keys:
        return names_overlap(a.object_keys, b.object_keys)
    if a.target and a.target == b.target:
        return True
    same_kind = a.kind == b.kind or _generic(a.kind) or _generic(b.kind)
    bare = next((x for x in (a, b) if not x.object_keys and not _words(x)), None)
    if bare is not None and len(a.date.value or "") >= 7 and a.date.value == b.date.value:
        return True  # "a ban it imposed in February" names nothing: "In February, it told schools to stop using X"
    if INVESTIGATE in {event_family(a), event_family(b)} and event_family(a) != event_family(b):
        return bool(_words(a) & _words(b))  # a notice issued in August is not the audit the body began later
    return bool(_words(a) & _words(b)) or (not a.object_keys and same_kind) or (not b.object_keys and a.kind == b.kind)


INVESTIGATE = "investigate"
HEADLINE_TENSE_STATUSES = frozenset({Status.ENACTED, Status.PROPOSED})


def merge(
    actions: list[RawAction],
    *,
    headline_end: int = -1,
    countries: dict[str, set[str]] | None = None,
    text: str = "",
    persons: frozenset[str] = frozenset(),
    aliases: dict[str, set[str]] | None = None,
) -> list[RawAction]:
    """Merge repeated mentions. A headline action is folded into the first body action
    by the same actor in the same direction: headlines restate the story's event. With ``text``, a
    consequence told in the same sentence ("signed the act, making it the first state to enact ...")
    is folded into the event it restates; a person announcing "the ban" restates a body's earlier ban."""
    countries = dict(countries or {})
    link_names(actions, countries, aliases or {}, text)
    join_cut_names(actions, countries, text)
    actions = _fold_labels(actions, countries)
    body = [a for a in actions if a.sents[0][0] >= headline_end]
    heads = [a for a in actions if a.sents[0][0] < headline_end]
    merged: list[RawAction] = []
    leftovers = []
    ordered = sorted(body, key=lambda x: x.order)
    for h in heads:
        candidates = [b for b in ordered if b.direction == h.direction and b.status == h.status]
        fitting = [b for b in candidates if _headline_actor_fits(h, b, countries) and _shares(h, b)]
        kin = [b for b in fitting if event_family(b) == event_family(h) and b.date.value]  # all dated: the latest
        into = max(kin, key=lambda b: b.date.value or "") if len(kin) == len(fitting) > 1 else next(iter(fitting), None)
        into = into or next((b for b in candidates if _headline_actor_fits(h, b, countries)), None)
        # "Brussels moves to delay ..." over "The Commission has proposed pushing back ...": a headline's
        # present tense tells a proposal as done; the body's status stands
        into = into or next(
            (
                b
                for b in ordered
                if b.direction == h.direction
                and {b.status, h.status} == HEADLINE_TENSE_STATUSES
                and _headline_actor_fits(h, b, countries)
                and bool(h.object_keys & b.object_keys or _words(h) & _words(b))
                and event_family(h) == event_family(b)
            ),
            None,
        )
        if into is not None:
            status = into.status
            _absorb(into, h)
            into.status = status
            into.sents.sort()
        else:
            leftovers.append(h)
    for a in ordered:
        into = next((m for m in merged if _same_event(m, a)), None)
        if into is None:
            merged.append(a)
            continue
        _absorb(into, a)
    if text:
        merged = fold_consequences(merged, text)
        merged = _fold_pairs(merged, lambda a, b: clause_restates(a, b, text))
        merged = _fold_pairs(merged, lambda a, b: judge_restates(a, b, text))
        merged = _fold_pairs(merged, lambda a, b: same_day_ruling(a, b, text))
    if persons:
        merged = _fold_person_restatements(merged, persons, countries)
    merged = _fold_own_restatements(merged, text)
    merged = _fold_loose_names(merged, countries)
    merged = fold_bare_mentions(merged, text, lambda a, b: _names_event(a, b, countries))
    merged = fold_headings(merged, text, _heads)
    merged = fold_sought_relief(merged, text)
    merged = fold_refusals(merged)  # "refused to stop the watchdog" and "denied X's petition"
    merged = fold_background(merged, text, lambda a, b: _tells_background(a, b, countries))
    # a headline event the body never tells again comes last: the body's dated account leads
    return merged + [h for h in leftovers if not _absorbed_by_any(merged, h)]


def _fold_pairs(actions: list[RawAction], restates: Callable[[RawAction, RawAction], bool]) -> list[RawAction]:
    """Fold every action that ``restates(kept, action)`` (either order of telling) into that kept action."""
    out: list[RawAction] = []
    for b in actions:
        into = next((a for a in out if restates(a, b)), None)
        if into is None:
            into = next((a for a in out if restates(b, a)), None)
            if into is not None:
                out[out.index(into)] = b
                b, into = into, b
        if into is None:
            out.append(b)
        else:
            _absorb(into, b)
            into.sents.sort()
    return out


LABEL_REACH = 600  # characters from a label ("May 2024 — the city's moratorium.") to the account it heads


def _fold_labels(actions: list[RawAction], countries: dict[str, set[str]]) -> list[RawAction]:
    """A verbless label names an event the text tells next: it gives that account its date, and is never an
    event of its own ("New York's penalty" as a section heading)."""
    out = [a for a in actions if not a.label]
    by_start = sorted(out, key=lambda x: x.sents[0][0])
    for lab in (a for a in actions if a.label):
        into = next(
            (
                a
                for a in by_start
                if 0 <= a.sents[0][0] - lab.sents[0][1] < LABEL_REACH
                and a.direction == lab.direction
                and event_family(a) == event_family(lab)
                and _headline_actor_fits(lab, a, countries)
            ),
            None,
        )
        if into is not None and not into.date.value:
            into.date = lab.date
    return out


PERSON_REACH = 1500  # characters: how far back a person's "the ban" looks for the body's ban it restates


def _fold_person_restatements(
    actions: list[RawAction], persons: frozenset[str], countries: dict[str, set[str]]
) -> list[RawAction]:
    """ "The agency has banned the app. Minister Tolle announced the ban on Tuesday.": a person's action on
    an anaphoric object ("the ban", "this order") with nothing else named restates the nearest earlier event
    of the same family and direction by a body (not a person) of no other country."""
    out: list[RawAction] = []
    for b in actions:
        into = None
        if b.actor in persons and not b.object_keys and _anaphoric(b.target):
            into = next((a for a in reversed(out) if _person_restates(a, b, persons, countries)), None)
        if into is None:
            out.append(b)
        else:
            _absorb(into, b)
    return out


def _fold_own_restatements(actions: list[RawAction], text: str = "") -> list[RawAction]:
    """ "The office has fined X 2 million. ... The office announced the penalty on Monday.": a body's action
    on an anaphoric object ("the penalty", "its order"), or an undated one naming nothing ("The DPC's order
    gives ..."), restates its own nearest earlier event in the same direction (a penalty restates a
    restriction it imposed and vice versa). The body's own possessive ("The DPC's order") reaches back over
    the whole article."""
    out: list[RawAction] = []
    for b in actions:
        into = None
        if b.actor and not b.object_keys and (_anaphoric(b.target) or (b.target is None and not b.date.value)):
            reach = ARTICLE_REACH if possessed(b, text) else PERSON_REACH
            into = next((a for a in reversed(out) if _own_restates(a, b, reach)), None)
        elif b.actor and described(b, text):
            into = next((a for a in reversed(out) if _own_restates(a, b) and a.kind == b.kind), None)
        if into is None:
            out.append(b)
        else:
            _absorb(into, b)
    return out


RESTATED_FAMILIES = frozenset({"restrict", "penalty"})
ARTICLE_REACH = 1_000_000


def _own_restates(a: RawAction, b: RawAction, reach: int = PERSON_REACH) -> bool:
    if a.actor != b.actor or a.direction != b.direction or b.sents[0] in a.sents:
        return False
    fa, fb = event_family(a), event_family(b)
    if fa != fb and not {fa, fb} <= RESTATED_FAMILIES:
        return False
    if (a.status in HEDGED) != (b.status in HEDGED) or not dates_fit(a, b):
        return False
    return any(0 <= b.sents[0][0] - end < reach for _, end in a.sents)


def _fold_loose_names(actions: list[RawAction], countries: dict[str, set[str]]) -> list[RawAction]:
    """ "Switzerland's financial markets regulator has ordered a Zurich asset manager to stop ...", then
    "FINMA said it had barred Limmat Quant from ...": a body named loosely (a country, or "<place>'s <generic>")
    restates the event a fitting named body tells in the same direction and family close by."""
    named = {c.lower() for cs in countries.values() for c in cs}
    out: list[RawAction] = []
    for b in actions:
        if _loose(b.actor, named):
            into = next((a for a in out if _loosely_restates(b, a, countries, named)), None)
            if into is not None:
                _absorb(into, b)
                into.sents.sort()
                continue
        out.append(b)
    for i in range(len(out) - 1, -1, -1):  # the loose mention may come first (the lede)
        a = out[i]
        if _loose(a.actor, named):
            into = next((b for b in out[i + 1 :] if _loosely_restates(a, b, countries, named)), None)
            if into is not None:
                _absorb(into, a)
                into.sents.sort()
                del out[i]
    return out


def _loose(actor: str | None, named_countries: set[str]) -> bool:
    """ "Switzerland", "Ghana's telecoms regulator", "the Brazilian authority": a place, or a place and a
    generic head, names a body loosely."""
    name = (actor or "").lower().replace("\u2019", "'")
    if not name:
        return False
    if "'s " in name or name in named_countries or country_headed(actor) is not None:
        return True
    place, _, head = name.rpartition(" ")
    return bool(place) and place in named_countries and head in lexicon()["generic_actor_heads"]


LOOSE_REACH = 1200  # characters between a loosely named mention and the named body's account


def _loosely_restates(a: RawAction, b: RawAction, countries: dict[str, set[str]], named: set[str]) -> bool:
    if a.actor == b.actor or _loose(b.actor, named) or a.direction != b.direction:
        return False
    if event_family(a) != event_family(b) or (a.status in HEDGED) != (b.status in HEDGED):
        return False
    if not dates_fit(a, b) or not _headline_actor_fits(a, b, countries):
        return False
    gap = min(abs(sa - eb) for sa, _ in a.sents for _, eb in b.sents)
    gap = min(gap, *(abs(sb - ea) for _, ea in a.sents for sb, _ in b.sents))
    return gap < LOOSE_REACH


def _anaphoric(target: str | None) -> bool:
    words = (target or "").lower().split()
    return 1 < len(words) <= 3 and words[0] in word_set("anaphoric_determiners") and not product_part(words)


def _person_restates(a: RawAction, b: RawAction, persons: frozenset[str], countries: dict[str, set[str]]) -> bool:
    if not a.actor or a.actor in persons or a.direction != b.direction:
        return False
    if event_family(a) != event_family(b) or _generic(a.kind) or _generic(b.kind):
        return False
    if (a.status in HEDGED) != (b.status in HEDGED) or not dates_fit(a, b):
        return False
    ca, cb = countries.get(a.actor, set()), countries.get(b.actor or "", set())
    if ca and cb and not ca & cb:
        return False
    return 0 <= b.sents[0][0] - a.sents[0][1] < PERSON_REACH


def _absorbed_by_any(merged: list[RawAction], h: RawAction) -> bool:
    for m in merged:
        if _same_event(m, h):
            _absorb(m, h)
            return True
    return False


def _headline_actor_fits(h: RawAction, b: RawAction, countries: dict[str, set[str]]) -> bool:
    """Headlines name an actor loosely: "Poland fines ..." for the body's data protection office."""
    if b.actor == h.actor or h.actor in countries.get(b.actor or "", ()):
        return True
    ha, ba = (h.actor or "").lower(), (b.actor or "").lower()
    if ha.removesuffix(" government") in {c.lower() for c in countries.get(b.actor or "", set())} | {ba}:
        return True
    shared = {w for w in ha.split() if len(w) > 3} & {w for w in ba.split() if len(w) > 3}
    return bool(shared) or stem_fits(ha, ba) or country_head_fits(h.actor, b.actor, countries.get(b.actor or "", set()))


def _names_event(a: RawAction, mention: RawAction, countries: dict[str, set[str]]) -> bool:
    """A bare event noun by the same body (or by its country) names ``a``'s event."""
    if a.direction != mention.direction or event_family(a) != event_family(mention):
        return False
    return same_body(a.actor, mention.actor, countries) and near_dates(a.date.value, mention.date.value)


def _tells_background(a: RawAction, b: RawAction, countries: dict[str, set[str]]) -> bool:
    """ "After revoking X" restates the same actor's revocation of X told in another sentence; "days after
    introducing a directive" with no such account is an event of its own."""
    if a.kind != b.kind or a.direction != b.direction or a.status in HEDGED or b.sents[0] in a.sents:
        return False
    if not (names_overlap(a.object_keys, b.object_keys) or _words(a) & _words(b) or pronoun_background(a, b)):
        return False
    return _headline_actor_fits(b, a, countries) or _headline_actor_fits(a, b, countries)


def _heads(a: RawAction, h: RawAction) -> bool:
    if a.direction != h.direction or event_family(a) != event_family(h) or a.status != h.status:
        return False
    return dates_fit(a, h)


def _shares(a: RawAction, b: RawAction) -> bool:
    return bool(a.object_keys & b.object_keys) or _family(a.kind) == _family(b.kind)
