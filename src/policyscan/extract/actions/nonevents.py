"""Wording that names an action but tells no event (issue 11, precision): one call from ``find.find_actions``.

Each test lives in its own small module with its reasons and examples."""

from __future__ import annotations

from policyscan.extract.actions.commitments import commitment_to_act
from policyscan.extract.actions.desires import wanted_of_another
from policyscan.extract.actions.effects import helped_effect, predicted_effect
from policyscan.extract.actions.provisions import rule_content
from policyscan.extract.actions.public_advice import advice_to_public
from policyscan.extract.actions.purposes import pressed_for
from policyscan.extract.actions.questions import only_asked
from policyscan.extract.actions.reasons import punished_conduct
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.standing import pending_step, standing_own_rule


def told_no_event(frame: Frame) -> bool:
    """ "Asked whether it would block the app", "wants the Senate to pass it", "the deal could limit competition",
    "under pressure to ban", "its terms of use ban ...", "would require checks before restoring it",
    "X's agreement to suspend it" (the suspension is the event), "the act allows the office to seek an order",
    "provided they disable it", "it would require providers to remove content", "fined X for blocking users"."""
    tok = frame.trigger
    return (
        only_asked(frame)
        or wanted_of_another(tok)
        or predicted_effect(frame)
        or helped_effect(frame)
        or pressed_for(tok)
        or standing_own_rule(tok)
        or pending_step(tok)
        or commitment_to_act(frame)
        or rule_content(tok)
        or advice_to_public(frame)
        or punished_conduct(tok)
    )
