"""A headline's second clause parsed onto the first one's object (issue 11, precision, tenth round).

"Regulator fines Kestrel Labs as NITDA walks back chatbot curbs": the tagger reads "fines" as a noun, so "Kestrel
Labs" becomes the subject of "walks back" and "as NITDA" hangs on it. The name right before the verb, after
"as" / "while", is the clause's own subject; the fined company walked nothing back.
"""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.agents import subject_of
from policyscan.extract.actors import ActorIndex


def as_clause_subject(verb: Token, actors: ActorIndex) -> tuple[str, Token] | None:
    """(actor, name) of the name that closes an "as"/"while" phrase hung on the verb's subject, else None."""
    subj = subject_of(verb)
    if subj is None or subj.i > verb.i:
        return None
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("as", "while")):
        name = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if name is not None and name.right_edge.i == verb.i - 1 and (key := actors.resolve(name)) is not None:
            return key, name
    return None
