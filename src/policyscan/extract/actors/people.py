"""People and roles: titles and offices ("Gov. Greg Abbott"), appositive roles ("Julien Roux, a Paris
lawyer"), company appositions ("Kestrel, a start-up") and places that act."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from policyscan.extract.actors.index import ActorRec
from policyscan.extract.actors.names import clean_name
from policyscan.extract.countries_data import country_of
from policyscan.extract.patterns import actor_word_set, actor_words, lexicon, lower_set, sent_of
from policyscan.report import ActorType

TITLE_WORDS: dict[str, str] = actor_words()["title_words"]


def person_title(doc: Doc, ent: Span) -> str | None:
    """ "Gov. Greg Abbott", "Prime Minister X", "Attorney General Y": the office a person holds."""
    words = [t.lower_ for t in doc[max(sent_of(ent[0]).start, ent.start - 2) : ent.start]] + [t.lower_ for t in ent[:2]]
    for w in reversed(words):
        if w in TITLE_WORDS:
            return TITLE_WORDS[w]
    return None


PERSON_ROLES = actor_word_set("person_roles")


def person_role(ent: Span) -> bool:
    """ "Hoshikawa's chief executive, Daichi Moriyama" / "Julien Roux, a Paris lawyer": a person, whatever NER says."""
    if ent.label_ not in ("ORG", "PERSON") or ent.ent_id_ or len(ent) > 4:
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in PERSON_ROLES:
        return True
    return any(c.dep_ == "appos" and c.lower_ in PERSON_ROLES for c in root.children)


def _hyphened(tok: Token) -> str:
    """The word a token ends, with what a hyphen joins to it: "start-up" for "up"."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def company_apposition(ent: Span) -> bool:
    words = lower_set("company_appositives")
    for child in ent.root.children:
        if child.dep_ == "appos" and (child.lower_ in words or _hyphened(child) in words):
            return True
    head = ent.root.head
    return (ent.root.dep_ == "appos" and (head.lower_ in words or _hyphened(head) in words)) or _comma_apposition(
        ent, words
    )


def _comma_apposition(ent: Span, words: frozenset[str]) -> bool:
    """ "Varda AI, the Lisbon company behind the Varda chatbot": a company noun phrase right after the name and a
    comma, which the parser hung on another word; not "Porto, the city where the company ..." """
    doc = ent.doc
    k = ent.end
    while k < len(doc) and doc[k].is_space:  # "**Varda AI**, the ...": the markup blanked
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an", "the"):
        return False
    last = None
    for t in doc[k + 2 : min(k + 8, len(doc))]:
        joined = not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text == "-"  # "start-up": "start" a verb
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") and t.text != "-" and not joined:
            break
        last = t
    return last is not None and (last.lower_ in words or _hyphened(last) in words)


def appositive_alias(ent: Span, rec: ActorRec) -> None:
    if rec.type == ActorType.PERSON:
        return
    heads = lower_set("company_appositives") | set(lexicon()["institution_heads"])
    for child in ent.root.children:
        if child.dep_ != "appos" or child.pos_ not in ("NOUN", "PROPN") or child.lower_ not in heads:
            continue
        if child.left_edge.i > ent.end + 1:
            continue
        if child.ent_type_ and child.ent_type_ not in ("NORP", "GPE"):
            continue
        phrase = clean_name(ent.doc[child.left_edge.i : child.i + 1].text)
        if 1 <= len(phrase.split()) <= 6 and phrase.lower() not in lexicon()["generic_actor_heads"]:
            rec.aliases.add(phrase)
            if child.lower_ in lower_set("company_appositives") and rec.type == ActorType.GROUP:
                rec.type = ActorType.COMPANY
        for t in ent.doc[child.left_edge.i : child.i]:
            if t.dep_ == "poss" and t.ent_type_ == "GPE":
                rec.country = rec.country or clean_name(t.text)


def acting_place(ent: Span) -> bool:
    root = ent.root
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ in actor_word_set("origin_heads"):
        return False  # "fines U.S. startup Orrin Labs": where a firm is from, however the parser attached it
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    if list_member(root) and root.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Valdoria, Kestrova, and Taiwan have banned it": the parser made the middle one an appositive
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return True
    if root.dep_ == "poss" and root.head.lower_ in actor_word_set("enacting_nouns"):
        return True  # "Valdoria's enactment of its AI Act"
    if root.dep_ == "poss" and root.head.lower_ not in lexicon()["institution_heads"]:
        noun = root.head.lower_
        singular = {noun, noun[:-1], noun[:-3] + "y"} if noun.endswith("s") else {noun}
        return root.head.pos_ == "NOUN" and bool(singular & policy_nouns())
    return False


@cache
def policy_nouns() -> frozenset[str]:
    """ "Italy's ban", "Japan's decision", "Guinea's authorities", "Beitou's chatbot": a place (or a name the
    parser took for one) that acts or owns what is acted on. "Manila's corridors" is only a place."""
    lex = lexicon()
    words = set(lex["nouns"]) | set(lex["status_nouns"]) | set(lex["loosen_nouns"])
    for key in ("restriction_nouns", "law_nouns", "agreement_nouns", "model_nouns"):
        words |= set(lex[key])
    words |= set(lex["generic_actor_heads"])  # "Guinea's authorities", "Beitou's developer"
    for key in ("product_nouns", "person_roles", "official_nouns"):
        words |= actor_word_set(key)  # "its chatbot", "the country's minister"
    return frozenset(w.lower() for w in words)


def rank_only(ent: Span) -> bool:
    """ "Major General", "Air Vice Marshal (retd)": a military or police rank before a name, not a body."""
    words = [t.lower_ for t in ent]
    ranks = actor_word_set("rank_words")
    return len(words) >= 2 and all(w in ranks for w in words) and words[-1] not in ("(", ")")


def public_body(ent: Span) -> bool:
    """ "the National Consumer Service", "the Federal Tax Service": a name that opens like a public body's."""
    words = [t for t in ent if t.pos_ != "DET"]
    return bool(words) and words[0].lower_ in actor_word_set("public_body_openers") and words[0].text[:1].isupper()


def party_outlet(ent: Span) -> bool:
    """A publisher named as a party, not as a source: joined to another organisation ("Harbourline Media Ltd
    and Kōtuku Press") or acting in its own relative clause ("Kōtuku Press, which sued ...")."""
    root = ent.root
    head = root.head
    if root.dep_ == "conj" and head.ent_type_ == "ORG":  # but not "reported by Reuters and the Valdoria Press"
        return head.lower_ not in actor_word_set("news_outlets") and head.text not in actor_word_set("outlet_words")
    reports = actor_word_set("report_verbs")
    return any(c.dep_ == "relcl" and c.pos_ == "VERB" and c.lower_ not in reports for c in root.children)


def list_member(tok: Token) -> bool:
    """A middle member of a list "A, B, and C" that the parser attached to A as an appositive: a place or
    name like A, between A and a conjunct of A."""
    head = tok.head
    return (
        tok.dep_ == "appos"
        and tok.ent_type_ == head.ent_type_ != ""
        and any(c.dep_ == "conj" and c.i > tok.i for c in head.children)
    )


def a_people(text: str) -> bool:
    """ "Pakistanis", "Kenyans": a country's people, never a body (but "Philippines" is the country)."""
    return text.endswith("s") and country_of(text[:-1]) is not None and country_of(text) is None


def described_before(ent: Span) -> ActorType | None:
    """ "US firm Cadence", "music rights society GEMA": a lower-case company or group noun right before a name
    the tagger took for a place or a people says what the name is."""
    if ent.start == 0:
        return None
    prev = ent.doc[ent.start - 1]
    if not prev.text.islower():
        return None
    word = _hyphened(prev)
    if word in lower_set("company_appositives") or word in actor_word_set("origin_heads"):
        return ActorType.COMPANY
    if word in actor_word_set("group_heads"):
        return ActorType.GROUP
    return None


def based_apposition(ent: Span) -> bool:
    """ "Nilepay, a Cairo-based lending app": an appositive that says where the name is based describes an
    organisation, not a place."""
    for child in ent.root.children:
        if child.dep_ != "appos":
            continue
        for t in child.subtree:
            if t.i < child.i and t.lower_ in actor_word_set("origin_participles") and t.i > 0:
                if t.doc[t.i - 1].text == "-":
                    return True
    return False
