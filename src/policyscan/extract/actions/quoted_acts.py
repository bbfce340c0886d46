"""An act a body tells of itself in a quote: "\"We have banned the Quillon chatbot,\" a spokesperson for the
authority said." Quotes are otherwise skipped (opinions, demands, what others did); a first-person plural subject
with a past or perfect verb, no modal and no negation, under a reporting verb outside the quote, is the speaker's
body's own finished act (the speaker is resolved as any reporting subject: the body, its head or spokesperson).
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.words import word_set
from policyscan.extract.patterns import lexicon, status_verb_forms, verb_forms


def quoted_own_act(trigger: Token) -> bool:
    if not any(c.dep_ == "nsubj" and c.lower_ in word_set("quoted_own_act_subjects") for c in trigger.children):
        return False
    auxes = [c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in trigger.children) or any(a in lexicon()["hedge_modals"] for a in auxes):
        return False
    perfect = trigger.tag_ == "VBN" and any(a in word_set("perfect_auxiliaries") for a in auxes)
    if not (trigger.tag_ == "VBD" or perfect) or trigger.dep_ != "ccomp":
        return False
    head = trigger.head
    lemma = status_verb_forms().get(head.lower_) or verb_forms().get(head.lower_)
    return lemma in word_set("reporting_verbs") or head.lower_ in word_set("reporting_forms")
