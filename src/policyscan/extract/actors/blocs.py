"""A bloc that is also a place: "launch in the EU", "the EU AI Act", "the EU's member states" name the
European Union as where something happens or whose law it is, not as a party that acts. Such a bloc is
reported only when one of its mentions is a party (subject, object, agent, "bodies like the EU") or an
action names it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from policyscan.extract.actors.index import ActorIndex
from policyscan.extract.patterns import actor_word_set, lexicon, line_is_heading


def place_only_blocs(doc: Doc, index: ActorIndex) -> None:
    """Mark each listed bloc whose every mention is a place, a modifier or a heading word."""
    blocs = actor_word_set("bloc_names")
    for rec in index.actors.values():
        if rec.name not in blocs:
            continue
        spans = [doc[m.start : m.end] for m in index.mentions if m.key == rec.key]
        rec.place_only = bool(spans) and not rec.acting and all(_passive(s) for s in spans)


def _passive(span: Span) -> bool:
    if line_is_heading(span.doc, span.start_char):
        return True  # "EU TECH POLICY WEEKLY", a headline: the body text says who acts
    root = span.root
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in actor_word_set("bloc_place_prepositions")  # "in the EU", "across the EU"
    if root.dep_ in ("compound", "nmod", "amod", "poss"):
        # "the EU AI Act", "the EU's guidelines"; not "the EU's executive", "EU regulators", "EU member states"
        bodies = set(lexicon()["institution_heads"]) | set(lexicon()["generic_actor_heads"])
        bodies |= actor_word_set("bloc_member_heads")  # "EU member states agreed", "EU leaders"
        return head.i != root.i and not {head.lower_, head.lower_[:-1]} & bodies
    return False
