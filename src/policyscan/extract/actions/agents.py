"""Who acts: climb from a trigger to its subject, passive agent, governing verb or possessor."""

from __future__ import annotations

from spacy.tokens import Token

from policyscan.extract.actions import implied_agents as implied
from policyscan.extract.actions.agent_lists import list_members
from policyscan.extract.actions.bound_possessors import bound_owner
from policyscan.extract.actions.content import issuer
from policyscan.extract.actions.decisions import under_agent
from policyscan.extract.actions.implied_agents import (
    according_to,
    agentless_done,
    authority,
    nested_by_agent,
    pronoun_owner,
)
from policyscan.extract.actions.jurisdictions import place_agent
from policyscan.extract.actions.pleas import AUTHORITY_TYPES, issued_from, prompting
from policyscan.extract.actions.repairs import after_ruling, misread_present
from policyscan.extract.actions.senses import (
    asked_subject,
    clause_list_owner,
    described_capability,
    list_owner,
    named_other,
    official_body,
    unknown_possessor,
    unnamed_body,
    unnamed_speaker,
)
from policyscan.extract.actions.subjects import of_which, possessor, side_names
from policyscan.extract.actions.syntax import CLIMB_DEPS, VERB_DEPS, is_restriction, noun_trigger, raised_subject
from policyscan.extract.actions.words import verb_entry, word_set
from policyscan.extract.actors import ActorIndex
from policyscan.extract.ai_models import ModelIndex
from policyscan.extract.patterns import lexicon, lower_set, sent_of, status_verb_forms, verb_forms
from policyscan.report import ActorType


def subject_of(verb: Token) -> Token | None:
    # "Ohio probe — the Ohio Attorney General sent ...": a label before a dash parses as a second subject
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    if is_passive(verb):
        return stray_by_object(verb)
    return None


def stray_by_object(head: Token) -> Token | None:
    """ "was fined 3 million euros by X", "the rescission of the rule by X": the parser hangs the by-phrase
    on the object noun; it still names who acted."""
    for c in head.children:
        if c.dep_ in ("dobj", "npadvmod", "attr") or (c.dep_ == "prep" and c.lower_ == "of"):
            obj = c if c.dep_ != "prep" else next((p for p in c.children if p.dep_ == "pobj"), None)
            for b in obj.children if obj is not None else ():
                if b.dep_ == "prep" and b.lower_ == "by":
                    return next((p for p in b.children if p.dep_ == "pobj"), None)
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def noun_agent(noun: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    """ "Italy's ban", "an FTC probe", "a probe by X", "X is weighing a ban"."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and c.i not in models.token_key and (k := actors.resolve(c)):
            if c.dep_ == "compound" and actors.actors[k].type == ActorType.COMPANY:
                continue  # "the $220m Meta fine", "the TikTok ban": a company named on the noun is its target
            return k
        if c.dep_ == "prep" and (
            c.lower_ == "by" or issued_from(noun, c) or (c.lower_ in word_set("author_preps") and prompting(noun))
        ):
            for p in c.children:  # "a probe by X", "a request from X"
                if (k := actors.resolve(p)) is not None:
                    return k
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in word_set("announcing_participles"):
            for a in (a for a in c.children if a.dep_ == "agent"):  # "the rescission, announced by X"
                for p in a.children:
                    if (k := actors.resolve(p)) is not None:
                        return k
    if (stray := stray_by_object(noun) or nested_by_agent(noun)) is not None and (k := actors.resolve(stray)):
        return k
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        light = verb_forms().get(head.lower_)
        if status_verb_forms().get(head.lower_) or (light and verb_entry(light)["class"] == "light"):
            return find_agent(head, actors, models)
        if head.lower_ in word_set("inviting_verbs") and noun_trigger(noun) is not None:
            return find_agent(head, actors, models)  # "invited views on whether the deal is a merger"
    if noun.lower_ in lexicon()["loosen_nouns"] and noun.dep_ in ("nsubj", "nsubjpass"):
        return reporter(noun, actors, models)  # "DSIT said that the lifting of the requirement would apply"
    return None


def shallow_agent(tok: Token, actors: ActorIndex) -> str | None:
    """The parser missed the verb ("Gov. X on Tuesday barred ..." as an adjective): nearest actor to the left."""
    for t in reversed(tok.doc[sent_of(tok).start : tok.i]):
        if tok.i - t.i > 10 or t.pos_ == "VERB":
            break
        if (k := actors.key_at(t)) is not None:
            return k
    return None


def reporter(tok: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    node = tok
    for _ in range(6):
        if node.head == node:
            return None
        node = node.head
        lemma = status_verb_forms().get(node.lower_) or verb_forms().get(node.lower_)
        if lemma in word_set("reporting_verbs") or node.lower_ in word_set("reporting_forms"):
            subj = subject_of(node)
            return actors.resolve(subj) if subj is not None else None
    return None


def find_agent(tok: Token, actors: ActorIndex, models: ModelIndex) -> str | None:
    """Climb from a trigger to the actor: subject, passive agent, governing verb, possessor."""
    return agent_and_token(tok, actors, models)[0]


def agent_and_token(tok: Token, actors: ActorIndex, models: ModelIndex) -> tuple[str | None, Token | None]:
    """The actor and the token that named it (the subject, the by-agent's object), when there is one."""
    if misread_present(tok):  # "X (Y) orders Z to ...": the name before the parenthesis; "the ruling orders": the court
        return (actors.recent(tok.i, {ActorType.COURT}) if after_ruling(tok) else shallow_agent(tok, actors)), None
    if tok.pos_ == "NOUN" and not tok.tag_.startswith("VB"):
        key = noun_agent(tok, actors, models)
        by = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for p in c.children), tok)
        return key, by if key is not None and actors.resolve(by) == key else None
    if tok.tag_ == "VBD" and tok.dep_ not in VERB_DEPS:
        return shallow_agent(tok, actors), None
    if (k := clause_list_owner(tok, actors)) is not None:
        return k, None  # "two firms added to a US trade blacklist last week": the US, not the body named before
    if (lemma := verb_forms().get(tok.lower_)) and verb_entry(lemma).get("patient_subject"):
        if not any(c.dep_ in ("dobj", "agent") for c in tok.children):  # "restored access", "restored by X": an agent
            if (k := reporter(tok, actors, models)) is not None or not agentless_done(tok):
                return k, None  # "access was restored on 9 July" with nobody telling it: as any agentless passive
    node = tok
    for _ in range(6):
        if (node.pos_ in ("NOUN", "PROPN") and node.i != tok.i) or node.pos_ == "NOUN":
            for c in node.children:
                if c.dep_ == "poss" or (c.dep_ == "compound" and actors.key_at(c)) or possessor(c):
                    if (bound := bound_owner(c)) is not None:  # "the regulator announced its decision to fine X"
                        return actors.resolve(bound), bound
                    k = actors.resolve(c)
                    if k and c.i not in models.token_key:
                        return k, c
                    if k is None and unknown_possessor(c, models.token_key):
                        return None, None  # "the Commission's proposal to delay ...": its, not the last body's
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        if (k := actors.resolve(p)) is not None:
                            return k, p
            if (author := issuer(node)) is not None:  # "a directive from the ministry requiring ...", "a decree
                return actors.resolve(author), author  # the bank issued ...": its author or nobody known
        else:
            subj = subject_of(node) or raised_subject(node, tok)
            if subj is None and node.i == tok.i and tok.tag_ == "VBN" and (k := under_agent(tok, actors)):
                return k, None  # "restrictions imposed under the previous administration"
            if subj is None and node.i == tok.i and _agentless_participle(tok):
                break  # "X will face controls under new rules brought in last year": X brought in nothing
            if subj is None and node.i == tok.i and node.dep_ in ("conj", "advcl") and _restriction_patient(tok):
                break  # "X completed the registration and the block was lifted": X did not lift it
            if (
                subj is None
                and node.i == tok.i
                and node.dep_ == "conj"
                and any(c.dep_ == "auxpass" for c in tok.children)
                and not any(c.dep_ == "nsubjpass" for c in tok.children)
            ):
                patient = subject_of(tok.head)  # "The firm answered late and was fined": the firm is fined
                if patient is not None and (actors.resolve(patient) or patient.i in models.token_key):
                    return actors.recent(tok.i, AUTHORITY_TYPES), None
            if subj is not None and asked_subject(subj):
                return None, None  # "it was not clear which court issued the order": nobody is told
            if subj is not None:
                if subj.i in models.token_key:
                    subj = None
                else:
                    if subj.lower_ in word_set("ruling_nouns"):  # "The ruling orders X to pay damages": the court
                        return instrument_author(subj, actors) or actors.recent(tok.i, {ActorType.COURT}), None
                    if subj.lower_ in word_set("instrument_nouns"):
                        return instrument_author(subj, actors), None  # "the omnibus proposal would delay ..."
                    if unnamed_speaker(subj, actors) or named_other(subj, actors, models.token_key):
                        return None, None
                    k = pronoun_owner(tok, subj, actors.resolve) if node.i == tok.i else None  # "X's order, which it"
                    k = k or official_body(subj, actors) or actors.resolve(subj) or place_authorities(subj, actors)
                    if subj.lower_ in word_set("unnamed_government_nouns") and (k is None or bare(actors, k)):
                        k = sole_official(actors, subj) or k  # "the government suspended X", told by its minister
                    if k:
                        return k, subj
                    if members := list_members(subj, actors):
                        return members[0], subj  # "a number of states, including A, B and C, banned ..."
                    if named := side_names(subj, actors):
                        return named[0], subj  # "the defence ministry and the State Bank", "the singers, with X"
                    if (subj.lower_ in ("which", "that", "who") or of_which(subj)) and node.dep_ == "relcl":
                        if node.i == tok.i and described_capability(tok):
                            return None, None  # "a platform that allows users to ...": what it does, not an act
                        k = actors.resolve(node.head)
                        if k is None and node.head.lower_ not in lower_set("law_nouns"):
                            k = noun_agent(node.head, actors, models)  # "a ruling by the court that upheld ..."
                        if k:
                            return k, node.head  # never "an order that imposes a ban": what it says is not new
                    if node.i == tok.i and subj.head.dep_ == "agent":
                        return None, None  # "a lawsuit filed by three authors": the named agent is not someone else
                    if unnamed_body(subj):
                        return None, None  # "Kestrel said the ministry had banned its app": never the speaker
                    if node.dep_ not in ("ccomp", "advcl", "xcomp", "pcomp", "acl", "conj"):
                        return None, None
                    if node.dep_ == "advcl" and subj.pos_ == "NOUN" and any(c.dep_ == "mark" for c in node.children):
                        return None, None  # "X lifted the block after the developer added checks": not X's act
        if node.dep_ in CLIMB_DEPS and node.head != node:
            node = node.head
            continue
        break
    if tok.dep_ == "ROOT" and tok.tag_ == "VBD" and subject_of(tok) is None and not is_passive(tok):
        if (k := stranded_subject(tok, actors)) is not None:
            return k, None
    if is_passive(tok) and (placed := place_agent(tok, actors)) is not None:
        return placed  # "X has been banned in Italy and Taiwan": the places, not the last authority named
    if is_passive(tok) and (owner := list_owner(tok, actors)) is not None:
        return owner, None  # "X was added to the Commerce Department's Entity List": the list's owner added it
    if is_passive(tok):
        # "Anthropic was ordered to block ...": an unnamed agent acting on a named company or model
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and (actors.resolve(patient) or patient.i in models.token_key):  # "..., according to Y"
            return according_to(tok, authority(actors)) or actors.recent(tok.i, AUTHORITY_TYPES), None
        if (noun_trigger(patient) and not any(c.dep_ == "agent" for c in tok.children)) or agentless_done(tok):
            # "the app was blocked", "a probe was opened" in a story of one body; "the block was lifted": the nearest
            if tok.dep_ == "conj" and is_restriction(patient):
                return actors.recent(tok.i, AUTHORITY_TYPES), None
            asked = (
                actors.recent(tok.i, AUTHORITY_TYPES) if implied.requested(tok) else None
            )  # the asker is not the doer
            return sole_authority(actors) or asked, None
    return None, None


def stranded_subject(verb: Token, actors: ActorIndex) -> str | None:
    """ "In a session called to fill a gap, the Assembly on Tuesday passed ...": the parser hung the subject on the
    opening phrase; a name right before the verb, with only a date or adverb between, is its subject."""
    for t in reversed(verb.doc[sent_of(verb).start : verb.i]):
        if verb.i - t.i > 6:
            return None
        if (k := actors.key_at(t)) is not None:
            return k
        if not (t.ent_type_ == "DATE" or t.pos_ in ("ADP", "ADV") or t.text == ","):
            return None
    return None


def _agentless_participle(verb: Token) -> bool:
    """A participle on a noun inside another clause's prepositional phrase, with no agent of its own ("under new
    rules brought in", "after curbs imposed in May"): its author is not that clause's subject."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "agent" for c in verb.children)
        and noun.dep_ == "pobj"
    )


def _restriction_patient(verb: Token) -> bool:
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return patient is not None and is_restriction(patient)


def place_authorities(subj: Token, actors: ActorIndex) -> str | None:
    """ "Guinea's transitional authorities lifted the curfew": the unnamed authorities of a country are its own."""
    if subj.lower_ not in word_set("authority_plurals"):
        return None
    for c in subj.children:
        if c.dep_ == "poss" and (k := actors.key_at(c)) and actors.actors[k].type == ActorType.COUNTRY:
            return k
    return None


def instrument_author(noun: Token, actors: ActorIndex) -> str | None:
    """A law, rule or proposal never acts: its author does ("the Commission's proposal", "a rule by X").
    Without a named author nobody is guessed: "the law requires audits" describes the law's content."""
    for c in noun.children:
        if c.dep_ == "poss" and (k := actors.resolve(c)) and actors.actors[k].type in AUTHORITY_TYPES:
            return k
        by = [c] if c.dep_ == "prep" and c.lower_ == "by" else []
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "a bill tabled by X", "rules drawn up by X"
            by = [a for a in c.children if a.dep_ == "agent"]
        for p in (p for b in by for p in b.children):
            if (k := actors.resolve(p)) and actors.actors[k].type in AUTHORITY_TYPES:
                return k
    return None


def bare(actors: ActorIndex, key: str) -> bool:
    """An actor named only by a generic word ("Government" capitalised in a quote): it names no one."""
    return actors.actors[key].name.lower() in lexicon()["generic_actor_heads"]


def sole_official(actors: ActorIndex, tok: Token) -> str | None:
    """The one official titled as a member of a government ("Interior Minister X", "CS Y") named in this
    sentence or the next, where a story says who speaks for the government it has just told of."""
    sent = sent_of(tok)
    end = sent_of(tok.doc[sent.end]).end if sent.end < len(tok.doc) else sent.end
    near = {m.key for m in actors.mentions if sent.start <= m.start < end}
    keys = [k for k, t in actors.titles.items() if k in near and t in word_set("government_titles")]
    return keys[0] if len(keys) == 1 else None


def sole_authority(actors: ActorIndex) -> str | None:
    """The one public body of the story, when there is exactly one; otherwise nobody is guessed."""
    keys = [k for k, rec in actors.actors.items() if rec.type in AUTHORITY_TYPES]
    return keys[0] if len(keys) == 1 else None
