"""A measure named only by a stand-in noun beside the act that undoes it: "lifted the ban on the X assistant,
reversing a measure it had imposed in June", "lifted its pause on approvals, reversing a measure it introduced
in January".

"a measure" is the lifted thing told again: the reversal ("reversing") and the earlier imposition ("it had
imposed") are about what the main verb lifted, so both take its object ("the ban on the X assistant") instead of
the empty "a measure", and are matched and merged with the event they restate.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import word_set

_RESTATING_DEPS = ("advcl", "conj")


def lifted_object(frame: Frame) -> Token | None:
    """The main verb's object a stand-in noun of this frame restates, or None."""
    trig = frame.trigger
    if trig.dep_ == "relcl" and _stand_in(trig.head):
        return _restated(trig.head.head)  # "reversing a measure it had imposed"
    obj = frame.object_token
    if obj is not None and obj.head is trig and _stand_in(obj):
        return _restated(trig)  # "reversing a measure"
    return None


def _stand_in(noun: Token) -> bool:
    return noun.dep_ == "dobj" and noun.lower_ in word_set("stand_in_nouns")


def _restated(verb: Token) -> Token | None:
    """The direct object of the verb a participle clause hangs on ("lifted the ban ..., reversing ...")."""
    if verb.dep_ not in _RESTATING_DEPS or verb.head.i == verb.i or verb.tag_ != "VBG":
        return None
    main = verb.head
    return next((c for c in main.children if c.dep_ == "dobj" and not _stand_in(c)), None)
