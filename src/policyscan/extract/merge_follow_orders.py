"""A penalty and the order its body adds in the next sentence: "The commissioner fined Varda Analytics EUR 90,000
on Monday. The commissioner also ordered the firm to stop using the scores." The additive "also" under a directive
verb (``action_words.json`` ``follow_on_markers`` + ``follow_on_directives``) says the order is part of the decision
just told, one event with the penalty, as ``merge_penalties`` folds an order told in the penalty's own sentence.
The order must be the same body's, in the same direction and status, told in the sentence right after one of the
penalty's sentences (or in one the penalty already holds), naming no party or product the penalty does not name
(its country aside). Without the marker ("The regulator ordered operators to stop carrying it") or with a party of
its own ("also ordered Lindqvist Bank to ...") the order stays an event of its own."""

from __future__ import annotations

import re
from functools import cache

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.countries_data import country_of
from policyscan.extract.dates import compatible
from policyscan.extract.merge_mentions import fold_into_first
from policyscan.extract.merge_near import event_family
from policyscan.report import Direction

PENALTY = "penalty"
NEXT_SENTENCE_GAP = 3  # characters between one sentence's end and the next one's start (a space, a line break)


@cache
def _follow_on_re() -> re.Pattern[str]:
    markers = "|".join(re.escape(w) for w in sorted(word_set("follow_on_markers"), key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in sorted(word_set("follow_on_directives"), key=len, reverse=True))
    return re.compile(rf"\b(?:{markers})\s+(?:{verbs})\b", re.I)


def _own_names(order: RawAction, penalty: RawAction, text: str) -> bool:
    """The order names a party or product of its own: one the penalty's sentences never name (a country it acts
    in is none; "fined Dunmore Retail 250,000 pounds" names the party even where the parser lost the object)."""
    told = " ".join(text[s:e] for s, e in penalty.sents).lower()
    for key in order.object_keys - penalty.object_keys:
        name = key.split(":", 1)[-1]
        if country_of(name) is None and name.lower() not in told:
            return True
    return False


def _added_to(penalty: RawAction, order: RawAction, text: str) -> bool:
    if event_family(penalty) != PENALTY or penalty.direction != Direction.TIGHTEN or not penalty.actor:
        return False
    if event_family(order) == PENALTY or len(order.sents) != 1 or order.order <= penalty.order:
        return False
    if (penalty.actor, penalty.direction, penalty.status) != (order.actor, order.direction, order.status):
        return False
    start, end = order.sents[0]
    if order.sents[0] not in penalty.sents and not any(0 <= start - e <= NEXT_SENTENCE_GAP for _, e in penalty.sents):
        return False
    if not compatible(penalty.date.value, order.date.value) or _own_names(order, penalty, text):
        return False
    return _follow_on_re().search(text[start:end]) is not None


def fold_follow_on_orders(actions: list[RawAction], text: str) -> list[RawAction]:
    """Fold each order a body adds with "also ordered" into the penalty told just before (see the module's doc)."""
    if not text:
        return actions
    return fold_into_first(actions, lambda a, b: _added_to(a, b, text))
