"""Organisations the tagger took for people: "Sava Retail Parks, which runs four centres", "the Lisbon start-up
Lusovox", "Kestrel's chief executive", "a representative of Halvard Digital", "Mavik said it had suspended ...".
The grammar around one mention says what a bare name is; a person is never "which", never "it", has no
shareholders or chief executive. Such a name is a company, so that its own restrictions and lawsuits count
(an untitled person's acts do not)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from policyscan.extract.actors.index import ActorIndex
from policyscan.extract.actors.names import gazetteer_entry
from policyscan.extract.actors.people import _hyphened, company_apposition, described_before, person_role
from policyscan.extract.patterns import actor_word_set, verb_forms
from policyscan.report import ActorType


def retype_organisations(doc: Doc, index: ActorIndex, titles: dict[str, str]) -> None:
    """Retype an untitled person whose mentions the sentence grammar makes an organisation."""
    for rec in index.actors.values():
        if rec.type != ActorType.PERSON or gazetteer_entry(rec.name) is not None:
            continue
        spans = [doc[m.start : m.end] for m in index.mentions if m.key == rec.key]
        if any(person_role(s) for s in spans):
            continue  # "Julien Roux, a Paris lawyer"
        if rec.key in titles and not any(_speaks_for(s.root) for s in spans):
            continue  # a titled official; "a representative of X" gave X the speaker's title, not its own
        if any(_organisation(s) for s in spans):
            titles.pop(rec.key, None)
            grouped = any(s.start > 0 and s.doc[s.start - 1].lower_ == "group" for s in spans)
            rec.type = ActorType.GROUP if grouped else ActorType.COMPANY  # "consumer group Vigil"


def _organisation(span: Span) -> bool:
    root = span.root
    return (
        described_before(span) == ActorType.COMPANY
        or _described_by(span)
        or company_apposition(span)
        or _which_clause(root)
        or _owned(root)
        or _speaks_for(root)
        or _said_it_acted(root)
    )


def _described_by(span: Span) -> bool:
    """ "the Lisbon publisher Livraria Atlântida": an organisation noun right before the name."""
    if span.start == 0 or not span.doc[span.start - 1].text.islower():
        return False
    return _hyphened(span.doc[span.start - 1]) in actor_word_set("organisation_nouns")


def _which_clause(root: Token) -> bool:
    """ "Sava Retail Parks, which operates four of the centres, said ...": a person is "who"."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in root.children)


def _owner_words(noun: Token) -> set[str]:
    words = {noun.lower_}
    words |= {f"{c.lower_} {noun.lower_}" for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i}
    return words


def _owned(root: Token) -> bool:
    """ "Kestrel's chief executive", "Kestrel's shareholders", "Kestrel's app"."""
    return root.dep_ == "poss" and bool(_owner_words(root.head) & actor_word_set("organisation_possessions"))


def _speaks_for(root: Token) -> bool:
    """ "a representative of Halvard Digital", "a spokesperson for Kestrel", "the chief executive of Kestrel"."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head == prep:
        return False
    words = _owner_words(prep.head)
    return bool(words & (actor_word_set("speaker_nouns") | actor_word_set("organisation_possessions")))


def _said_it_acted(root: Token) -> bool:
    """ "Mavik said on Monday it had suspended the feature": a speaker who acts as "it" is no person."""
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lower_ not in actor_word_set("report_verbs"):
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for acted in (clause, *clause.conjuncts):
            it = [c for c in acted.children if c.dep_ == "nsubj" and c.lower_ == "it"]
            if it and acted.pos_ == "VERB" and acted.lower_ in verb_forms():
                return True
    return False
