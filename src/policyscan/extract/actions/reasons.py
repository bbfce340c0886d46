"""The conduct an act is taken for is no act of the body that takes it (issue 11, precision, twelfth round).

"fined Ondra Labs for blocking users from deleting their data", "fined it for continuing to charge subscription
fees", "suspended the firm for selling location data": the gerund after "for" (``reason_preps``) tells why the
body acted; the blocking, the charging, the selling were the company's, and the body did none of them. Only a
gerund clause hanging on an action word is read so ("called for banning X" is a proposal, left to its own rule).
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.syntax import noun_trigger, verb_lemma
from policyscan.extract.actions.words import word_set


def punished_conduct(tok: Token) -> bool:
    """The trigger is (or is the infinitive under) a gerund after a reason preposition of an action word."""
    node = tok
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head  # "for continuing to charge fees"
    if node.dep_ != "pcomp" or node.tag_ != "VBG":
        return False
    prep = node.head
    if prep.lower_ not in word_set("reason_preps") or prep.head.i == prep.i:
        return False
    acted = prep.head
    return verb_lemma(acted) is not None or noun_trigger(acted) is not None
