"""A penalty and the orders that come with it: "The commission fined Kestrel 2 million and ordered it to change its
contracts", "Britain imposed sanctions on the founder and froze his assets", "The watchdog ordered the company to
delete the data and banned it from collecting more": the order told after the penalty, in a sentence that tells
the penalty, by the same body, naming nothing of its own (the party by a pronoun, its practices, its assets), is
part of the penalty decision, one event. An order told first ("banned and fined X"), an order on another party
and an order that restricts a named product or model ("and ordered it to suspend downloads of Wren-7B") stay
events of their own."""

from __future__ import annotations

from policyscan.extract.actions import RawAction
from policyscan.extract.merge_mentions import fold_into_first
from policyscan.extract.merge_near import event_family
from policyscan.report import Direction

PENALTY, ORDER = "penalty", "restrict"


def _part_of(penalty: RawAction, order: RawAction) -> bool:
    if event_family(penalty) != PENALTY or event_family(order) != ORDER or penalty.direction != Direction.TIGHTEN:
        return False
    if (penalty.actor, penalty.direction, penalty.status) != (order.actor, order.direction, order.status):
        return False
    if not penalty.actor or len(order.sents) != 1 or order.sents[0] not in penalty.sents:
        return False
    if order.order <= penalty.order:
        return False  # "banned and fined X": the ban is told first, an event of its own
    # "ordered it to change its contracts", "froze his assets": an order that names no product, model or party
    # of its own; "ordered the developer to suspend downloads of its Wren-7B model" restricts a product, an event
    return not order.object_keys


def fold_penalty_orders(actions: list[RawAction]) -> list[RawAction]:
    """Fold each order into the penalty it is told with (see the module's doc)."""
    return fold_into_first(actions, _part_of)
