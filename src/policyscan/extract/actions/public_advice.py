"""Advice to the general public is a warning, not a restriction (issue 11, precision, tenth round).

"The commission urged users not to enter sensitive data into the app", "advised consumers to avoid the chatbot":
the body tells people how to protect themselves; nothing is banned or required of anyone it regulates. Advice to
schools, agencies or companies ("warned schools not to install the app") still restricts them and stays.
"""

from __future__ import annotations

from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import verb_forms


def advice_to_public(frame: Frame) -> bool:
    """A directive of an advising verb ("urged", "advised", "cautioned") addressed to users, consumers, people."""
    verb = frame.trigger
    if frame.embedded is None or verb_forms().get(verb.lower_) not in word_set("public_advice_verbs"):
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lower_ in word_set("general_public_nouns") for c in verb.children)
