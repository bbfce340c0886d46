"""One event told twice across a consequence marker: "X signed the act on Tuesday, making Y the second state to
enact such a law" (``action_words.json`` ``consequence_markers``)."""

from __future__ import annotations

import re
from functools import cache

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.merge_mentions import absorb
from policyscan.extract.merge_near import event_family


@cache
def _consequence_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(word_set("consequence_markers"), key=len, reverse=True))
    return re.compile(rf",\s+(?:{words})\b", re.I)


def fold_consequences(actions: list[RawAction], text: str) -> list[RawAction]:
    """ "X signed the act on Tuesday, making Y the second state to enact such a law": the clause after the
    marker restates the signing as its consequence, so its action (same actor, direction, status and event
    family, trigger after the marker in the same sentence) is one event with the one before the marker."""
    out: list[RawAction] = []
    for b in actions:
        into = next((a for a in out if _restates_as_consequence(a, b, text)), None)
        if into is None:
            out.append(b)
        else:
            absorb(into, b)
    return out


def _restates_as_consequence(a: RawAction, b: RawAction, text: str) -> bool:
    if (a.actor, a.direction, a.status) != (b.actor, b.direction, b.status) or not a.actor:
        return False
    if event_family(a) != event_family(b) or not all(s in a.sents for s in b.sents):
        return False
    start, end = b.sents[0]
    sent = text[start:end].lower()
    a_word, b_word = a.trigger.split()[0].lower(), b.trigger.split()[0].lower()
    for m in _consequence_re().finditer(sent):
        if sent.rfind(a_word, 0, m.start()) >= 0 and sent.find(b_word, m.end()) >= 0:
            return True
    return False
