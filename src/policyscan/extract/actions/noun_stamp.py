"""The date an event noun carries itself when a light verb only says the thing was made.

"imposed the May block", "The May block was imposed at the request of the police", "issued its 2023 order",
"opened a March 2025 inquiry": the verb tells the making of the block, the order, the inquiry, so the month or
year written on the noun is the event's. Not so for a verb that changes something older ("extended its March
ban", "raised the 2024 tariffs", "lifted the April block"): those verbs are not in ``noun_dated_light_verbs``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import noun_trigger, verb_lemma
from policyscan.extract.actions.words import word_set
from policyscan.extract.dates import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:1[89]|20)\d\d"
# "May", "May 2025", "May 24", "24 May", "May 24, 2025", "2023"
_ON_NOUN = re.compile(
    rf"(?:(?:{_MONTH})\.?(?:\s+\d{{1,2}})?(?:,?\s+{_YEAR})?|\d{{1,2}}\s+(?:{_MONTH})(?:\s+{_YEAR})?|{_YEAR})", re.I
)
_MODIFIER_DEPS = ("compound", "amod", "nmod", "nummod", "npadvmod")


def noun_stamp(frame: Frame) -> Span | None:
    """The month or year written on the event noun of a making verb ("imposed the May block"), or None."""
    noun = frame.object_token
    trigger = frame.trigger
    if noun is None or noun is trigger or noun_trigger(noun) is None:
        return None
    if verb_lemma(trigger) not in word_set("noun_dated_light_verbs"):
        return None
    return next((span for c in noun.children if (span := _date_modifier(c, noun)) is not None), None)


def _date_modifier(mod: Token, noun: Token) -> Span | None:
    if mod.dep_ not in _MODIFIER_DEPS or mod.i > noun.i:
        return None
    sub = list(mod.subtree)
    span = noun.doc[sub[0].i : sub[-1].i + 1]
    if not any(t.is_alpha or t.like_num for t in span) or span.end > noun.i:
        return None
    return span if _ON_NOUN.fullmatch(span.text) else None
