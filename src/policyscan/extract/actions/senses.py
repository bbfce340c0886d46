"""Context that turns a trigger's sense: a court order that holds a party back, a list owned by its author,
a section label that only names the event told below it."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions.challenges import enforcement_ruling
from policyscan.extract.actions.lists import from_list, owner_words
from policyscan.extract.actions.pleas import AUTHORITY_TYPES
from policyscan.extract.actions.records import Frame
from policyscan.extract.actions.syntax import direct_object, is_restriction
from policyscan.extract.actions.words import action_words, verb_entry, word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.patterns import doc_text, lexicon, lower_set, sent_of, status_verb_forms, verb_forms
from policyscan.report import ActorType


def restrains_party(frame: Frame, actors: ActorIndex | None = None) -> bool:
    """ "granted an injunction restraining Brelvan Technologies from using her voice": a court order holding
    a party back tightens; relief is against a law or its enforcement ("an injunction blocking the state from
    enforcing the law"), and then a law word is in the phrase. An injunction granted to or against a named
    company or person ("granted the injunction to Tarn Press", "an injunction against Velo AI") restrains too."""
    obj = frame.object_token
    if obj is None or frame.kind != action_words()["court_relief_kind"]:
        return False
    if is_restriction(obj) and obj.lower_ not in word_set("relief_instrument_nouns"):
        return False  # "overturned the ban on the app": the court undid a measure, it held no party back
    if enforcement_ruling(obj):
        return False  # "annulled the decision against Lumora Labs": the court undid enforcement
    words = {t.lower_ for t in obj.subtree}
    if words & (lower_set("law_nouns") | word_set("enforcing_verbs")):
        return False
    if actors is not None and _private_party(frame, obj, actors):
        return True
    for c in obj.children:
        held = direct_object(c) if c.dep_ == "acl" and c.lower_ in word_set("restraint_participles") else None
        if held is not None and held.lower_ not in word_set("unnamed_government_nouns"):
            return True  # a government held back is relief from its measure, not a restraint
        if c.dep_ == "acl" and c.lower_ in word_set("ordering_participles") and _ordered_to_stop(c):
            return True  # "an injunction ordering the ministry to stop using the cameras": the ministry held back
    return _told_without_measure(frame, obj, actors)


def _told_without_measure(frame: Frame, obj: Token, actors: ActorIndex | None) -> bool:
    """ "granted a preliminary injunction requested by the singers, who said Kavra copies their voices": an
    injunction told with its own words (who asked, why) but no law, rule or ban it would hold back is an order
    against the other side. A bare "granted the injunction" keeps the relief reading, and so does one that names
    an authority ("an injunction against the Communications Authority")."""
    if actors is None or not any(c.dep_ in ("acl", "relcl", "prep") for c in obj.children):
        return False
    for t in obj.subtree:
        key = actors.resolve(t) if t.pos_ == "PROPN" else None
        if t.lower_ in word_set("unnamed_government_nouns") or (
            key is not None and actors.actors[key].type in AUTHORITY_TYPES
        ):
            return False
    measures = lower_set("law_nouns") | word_set("enforcing_verbs") | lower_set("restriction_nouns")
    words = {t.lower_ for t in obj.subtree if t.i != obj.i}
    words |= {t.lower_ for c in frame.trigger.children if c.dep_ in ("advcl", "xcomp", "conj") for t in c.subtree}
    return not words & (measures - {obj.lower_})


def _ordered_to_stop(ordering: Token) -> bool:
    """ "ordering X to stop using the system", never "ordering X to suspend the ban" (relief from a measure)."""
    for inner in (c for c in ordering.children if c.dep_ == "xcomp" and c.lower_ in word_set("stopping_forms")):
        words = {t.lower_ for t in inner.subtree if t.i != inner.i}
        measures = lower_set("law_nouns") | word_set("enforcing_verbs") | lower_set("restriction_nouns")
        return bool(words) and not words & measures
    return False


def _private_party(frame: Frame, obj: Token, actors: ActorIndex) -> bool:
    """The party an injunction is granted to or against is a named body that is no authority."""
    for c in (c for h in (frame.trigger, obj) for c in h.children if c.dep_ in ("prep", "dative")):
        if c.lower_ not in word_set("injunction_party_preps"):
            continue
        for party in (q for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)):
            key = actors.resolve(party)
            if key is not None and actors.actors[key].type not in AUTHORITY_TYPES:
                return True
    return False


def list_owner(verb: Token, actors: ActorIndex) -> str | None:
    """ "Velmar had been added to the U.S. Commerce Department's Entity List": a passive list verb without a
    by-agent is the act of the body that owns the list, never of the last authority named before it."""
    lemma = verb_forms().get(verb.lower_)
    entry = verb_entry(lemma) if lemma else None
    if entry is None or any(c.dep_ == "agent" for c in verb.children):
        return None
    if entry["class"] != "list":  # "was removed from China's unreliable entity list"
        noun = from_list(verb)
        return _list_owner(noun, actors, {*AUTHORITY_TYPES, ActorType.COUNTRY}) if noun is not None else None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in entry["list_preps"]):
        for noun in (p for p in prep.children if p.lower_ in entry["list_nouns"]):
            if (k := _list_owner(noun, actors, AUTHORITY_TYPES, deps=("poss", "nmod"))) is not None:
                return k
            if (k := _list_owner(noun, actors, {ActorType.COUNTRY}, deps=("compound",))) is not None:
                return k  # "a US trade blacklist"
    return None


def clause_list_owner(verb: Token, actors: ActorIndex) -> str | None:
    """ "Lintang, one of two firms added to a US trade blacklist last week": a list verb in a clause of its own
    with no subject (a reduced relative, or one the parser hung on the main verb) is the list owner's act."""
    if verb.dep_ not in ("acl", "advcl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    return list_owner(verb, actors)


def _list_owner(noun: Token, actors: ActorIndex, types: set[ActorType], deps: tuple[str, ...] = ()) -> str | None:
    for c in owner_words(noun):
        if (not deps or c.dep_ in deps) and (k := actors.resolve(c)) and actors.actors[k].type in types:
            return k
    return None


LABEL_WORDS = 8  # at most this many words on a line that is only a label


def verbless_label(tok: Token) -> bool:
    """ "New York's penalty" as a section heading, "March 2024 — the city's moratorium." in a timeline: a noun
    in a short sentence or line without a verb names an event the text tells elsewhere; it is not one more."""
    if tok.pos_ != "NOUN":
        return False
    sent = sent_of(tok)
    if len(sent) > 4 * LABEL_WORDS:
        return False  # also keeps this linear on a megabyte without a sentence break
    doc = tok.doc
    text = doc_text(doc)
    start = max(text.rfind("\n", sent.start_char, tok.idx) + 1, sent.start_char)
    end = text.find("\n", tok.idx, sent.end_char)
    span = doc.char_span(start, sent.end_char if end < 0 else end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    return len(words) <= LABEL_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in span)


def section_label(tok: Token, subject: Token | None, actors: ActorIndex) -> bool:
    """ "Germany: regulator opens proceedings" as a section heading inside a roundup: the event is told in the
    paragraph below, with its names; a body the label does not name is not the one named above it."""
    if subject is not None and actors.key_at(subject) is not None:
        return False
    doc = tok.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    if not text[:start].strip() or line.endswith((".", "?", "!", '"', "”", ":")):
        return False  # the first line is the story's own headline
    return len(line.split()) <= LABEL_WORDS + 2


def law_complement(noun: Token, verb: Token) -> Token | None:
    """ "gave final approval to the country's first AI law": approving a law enacts it (its content decides
    whether it loosens); the law is the noun under the preposition of the approval or of its light verb."""
    for c in (*noun.children, *verb.children):
        if c.dep_ == "prep" and c.lower_ in word_set("law_complement_preps"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ in lower_set("law_nouns"):
                    return p
    return None


def portfolio_members(tok: Token, actors: ActorIndex) -> list[str]:
    """ "the defence and foreign ministries", "the finance and trade ministries jointly imposed ...": a plural
    body noun whose modifiers name portfolios stands for each portfolio's body the text names (the one
    authority whose name has both the body word and the portfolio word)."""
    body = action_words()["portfolio_body_heads"].get(tok.lower_)
    if body is None:
        return []
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    words = [w.lower_ for m in mods for w in (m, *m.conjuncts) if w.is_alpha]
    keys: list[str] = []
    for word in words:
        found = [
            k
            for k, rec in actors.actors.items()
            if rec.type in AUTHORITY_TYPES
            and body in (low := rec.name.lower().replace(",", "").split())
            and word in low
        ]
        if len(found) == 1 and found[0] not in keys:
            keys.append(found[0])
    return keys


BODY_TYPES = {ActorType.REGULATOR, ActorType.AGENCY, ActorType.COURT, ActorType.LEGISLATURE, ActorType.INTERNATIONAL}


def official_body(subject: Token, actors: ActorIndex) -> str | None:
    """ "the President of the Data Protection Office initiated an inspection": the head of a named body acts
    for it (a state's president is the state's own person, not handled here). A named person with such an office
    in apposition ("said Ilse Varga, the head of the Data Authority") speaks for the body too."""
    if subject.pos_ == "PROPN" and subject.lower_ not in word_set("body_officials"):
        office = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        return official_body(office, actors) if office is not None else None
    speaker = subject.lower_ in word_set("spokesperson_nouns")  # "a spokesperson for the government" speaks for it
    if subject.lower_ not in word_set("body_officials") and not speaker:
        return None
    for c in subject.children:
        if c.dep_ == "prep" and c.lower_ in word_set("official_of_preps"):  # "a spokesperson for the authority"
            for p in c.children:  # a spokesperson speaks for anyone named (a company, a guild, a president)
                if p.dep_ == "pobj" and (k := actors.key_at(p)) and (speaker or actors.actors[k].type in BODY_TYPES):
                    return k
    return None


def sought(tok: Token) -> bool:
    """ "may apply to have the licence restored", "is seeking to get the ban lifted": what a party seeks to have
    done is not yet done (the causative "have"/"get" between the seeking verb and the trigger)."""
    causative = tok.head
    if tok.dep_ not in ("ccomp", "xcomp", "oprd") or causative.lower_ not in word_set("causative_verbs"):
        return False
    return causative.dep_ == "xcomp" and causative.head.lower_ in word_set("seeking_verbs") | word_set("attempt_verbs")


def unnamed_speaker(pronoun: Token, actors: ActorIndex) -> bool:
    """ "Port Santo's police said they had closed an inquiry": the pronoun is the speaker, and a speaker that is
    no body of the story (police, prosecutors, critics) is nobody known, not the last body named before it."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in word_set("speaker_pronouns") or pronoun.head.dep_ != "ccomp":
        return False
    verb = pronoun.head.head
    lemma = status_verb_forms().get(verb.lower_) or verb_forms().get(verb.lower_)
    if not (lemma in word_set("reporting_verbs") or verb.lower_ in word_set("reporting_forms")):
        return False
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        speaker is not None
        and speaker.pos_ == "NOUN"
        and speaker.lower_ not in lexicon()["generic_actor_heads"]
        and speaker.lower_ not in word_set("place_body_heads")
        and actors.resolve(speaker) is None
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in speaker.children)
    )  # "the Commission d'accès à l'information (CAI) said it ...": a name the parser split is still a name


def named_other(subject: Token, actors: ActorIndex, model_tokens: dict) -> bool:
    """ "The Republican Party platform vowed to repeal ...": a company word ("platform", "group", "firm") or a body
    word ("the Narayanganj district administration", "the Hue City Department of Education") that heads an
    unknown name is that name's thing, not the last company or body of the story ("the ChatGPT maker", a
    model's maker, still stands for its company)."""
    generic = lexicon()["generic_actor_heads"].get(subject.lower_)
    if not generic or actors.key_at(subject) is not None or "person" in generic:
        return False
    names = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if generic != ["company"] and subject.pos_ == "PROPN":  # "the Hue City Department of Education": a name
        names += [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        names = [n for n in names if n.pos_ == "PROPN"]
    return bool(names) and not any(actors.resolve(c) or c.i in model_tokens for c in names)


def unnamed_body(subject: Token) -> bool:
    """ "Kestrel said the ministry had banned its app": a common noun for a public body ("the ministry", "the
    court", "authorities", "police") is that body, never the speaker who reports what it did; when no named body
    of its kind stands behind it, nobody is guessed."""
    if subject.pos_ != "NOUN":
        return False
    low = subject.lower_
    kinds = lexicon()["generic_actor_heads"].get(low)
    if kinds is not None:
        return "company" not in kinds
    return low in word_set("place_body_heads") or low in word_set("unnamed_body_subjects")


def asked_subject(subject: Token) -> bool:
    """ "It was not clear which court issued the order", "did not say who had blocked it": the subject of an
    embedded question is who the text does not name; the clause tells no new act of anyone."""
    if subject.head.dep_ == "relcl":
        return False
    return subject.tag_ == "WP" or any(c.dep_ == "det" and c.tag_ == "WDT" for c in subject.children)


def described_capability(verb: Token) -> bool:
    """ "a role-playing platform that allows users to create characters": a simple-present relative clause on a
    common noun that is no public body says what a product or service does, not what anyone decided."""
    noun = verb.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if noun.pos_ == "PROPN":  # "the Ministry for Foreign Affairs, which licenses dual-use exports": its role
        return any(c.dep_ == "dobj" and _generic_object(c) for c in verb.children)
    return noun.pos_ == "NOUN" and not unnamed_body(noun)


def _generic_object(noun: Token) -> bool:
    """ "dual-use exports", "telecoms operators": a bare plural, anything of a kind, no particular one."""
    return noun.tag_ == "NNS" and not noun.ent_type_ and not any(c.dep_ in ("det", "poss") for c in noun.children)


def unknown_possessor(possessor: Token, model_tokens: dict[int, str]) -> bool:
    """ "The committee is still arguing over the Commission's proposal to delay ...": a name that owns the act
    (not a date, not a model) is its actor; when it is no actor found, nobody else is guessed."""
    return (
        possessor.dep_ == "poss"
        and possessor.pos_ == "PROPN"
        and possessor.ent_type_ not in ("DATE", "TIME")
        and possessor.i not in model_tokens
    )
