"""A refusal of every new permission for a time is a freeze (issue 11, precision, tenth round).

"The authority announced it would not grant any new certification for credit-scoring systems for six months",
"will not issue new licences until further notice": no single request is refused; new entrants are held back for a
period, which is a moratorium and tightens. "The ministry did not grant one" (a delay asked for) stays a denied
approval: no "new", no period.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import action_words, word_set
from policyscan.report import Direction, Status


def frozen(frame: Frame, status: Status) -> Status | None:
    """The freeze's own status when the frame is one, else None."""
    if status != Status.DENIED or frame.direction != Direction.LOOSEN:
        return None
    if frame.kind not in word_set("freezable_kinds") or not _new_ones(frame.object_token):
        return None
    if not (_any(frame.object_token) or _for_a_time(frame.trigger)):
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in frame.trigger.children)
    return Status.ANNOUNCED if modal else Status.ENACTED


def freeze_kind() -> str:
    return str(action_words()["freeze_kind"])


def _new_ones(obj: Token | None) -> bool:
    return obj is not None and any(c.dep_ == "amod" and c.lower_ in word_set("new_words") for c in obj.children)


def _any(obj: Token | None) -> bool:
    return obj is not None and any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in obj.children)


def _for_a_time(verb: Token) -> bool:
    """ "for six months", "until further notice", "until the end of the year"."""
    for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("for", "until", "till")):
        for p in prep.children:
            if p.dep_ == "pobj" and (p.ent_type_ == "DATE" or p.lower_ in word_set("period_nouns")):
                return True
    return False
