"""The actors of one doc: records, mentions, and resolving a token (a name, a pronoun, "the company")
to the actor it stands for."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from policyscan.extract.patterns import actor_word_set, actor_words, lexicon, sent_of
from policyscan.report import ActorType

PRONOUNS_ORG = actor_word_set("pronouns_org")
PRONOUNS_PLURAL = actor_word_set("pronouns_plural")
PRONOUNS_PERSON = actor_word_set("pronouns_person")


@dataclass
class ActorRec:
    key: str
    name: str
    type: ActorType
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    mentions: int = 0
    acting: bool = False
    first: int = 0
    place_only: bool = False  # a bloc named only as a place or a modifier (blocs.py)


@dataclass
class Mention:
    start: int  # token index
    end: int
    key: str


def _heads_of() -> frozenset[str]:
    """ "the city of X", "the sanctions board of X": the head stands for X."""
    return actor_word_set("place_heads_of") | actor_word_set("unit_heads_of")


@dataclass
class ActorIndex:
    """Actors of one doc and which tokens mention them."""

    actors: dict[str, ActorRec] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    token_key: dict[int, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    # (the mentions list, its length, its starts if in start order): see _starts
    _order: tuple[list[Mention], int, list[int] | None] | None = field(default=None, repr=False, compare=False)

    def _starts(self) -> list[int] | None:
        """The mentions' starts when ``mentions`` is in start order, else None, so that the lookups
        below bisect instead of reading every mention per question (quadratic in a long text).
        Read again when the list is replaced or its length changes; sorting a list in place keeps
        the answer (a sorted list's starts do not move, an unsorted one stays None until it grows)."""
        order = self._order
        if order is None or order[0] is not self.mentions or order[1] != len(self.mentions):
            starts = [m.start for m in self.mentions]
            in_order = all(a <= b for a, b in itertools.pairwise(starts))
            order = self._order = (self.mentions, len(self.mentions), starts if in_order else None)
        return order[2]

    def _before(self, i: int) -> list[Mention]:
        """Mentions starting before token ``i``, nearest first."""
        starts = self._starts()
        if starts is None:
            return [m for m in reversed(self.mentions) if m.start < i]
        return self.mentions[bisect.bisect_left(starts, i) - 1 :: -1] if starts and starts[0] < i else []

    def _before_iter(self, i: int) -> Iterator[Mention]:
        """``_before`` without copying: ``recent`` mostly stops at one of the nearest mentions."""
        starts = self._starts()
        mentions = self.mentions
        if starts is None:
            return (m for m in reversed(mentions) if m.start < i)
        return (mentions[j] for j in range(bisect.bisect_left(starts, i) - 1, -1, -1))

    def _after(self, i: int) -> list[Mention]:
        """Mentions starting after token ``i``, in order."""
        starts = self._starts()
        if starts is None:
            return [m for m in self.mentions if m.start > i]
        return self.mentions[bisect.bisect_right(starts, i) :]

    def office(self, token: Token) -> str | None:
        """ "the governor": the person titled governor, or the office named earlier ("Georgia's governor")."""
        head = token.lower_
        for m in [*self._before(token.i), *self._after(token.i)]:
            rec = self.actors[m.key]
            if self.titles.get(rec.key) == head or (rec.type != ActorType.PERSON and rec.name.lower().endswith(head)):
                return m.key
        return None

    def key_at(self, token: Token) -> str | None:
        return self.token_key.get(token.i)

    def recent(self, before: int, types: set[ActorType] | None = None, exclude: set[str] | None = None):
        """The most recent actor mentioned before token ``before`` whose type fits."""
        for m in self._before_iter(before):
            rec = self.actors[m.key]
            if exclude and m.key in exclude:
                continue
            if types is None or rec.type in types:
                return m.key
        return None

    def recent_named(self, before: int, types: set[ActorType], head: str) -> str | None:
        """The most recent actor of those types whose name has the generic word itself: "the ministry" is the
        Ministry of Finance named earlier, not the directorate named since."""
        for m in self._before_iter(before):
            rec = self.actors[m.key]
            if rec.type in types and head in rec.name.lower().split():
                return m.key
        return None

    def _unknown_speaker(self, token: Token) -> Token | None:
        """The name reporting the pronoun's clause when it is no actor ("Korvex said it ..."): the pronoun is that
        name, never the last body named before it."""
        if token.dep_ != "nsubj":
            return None
        root = token.head  # the nearest reporting verb above the pronoun: "The Post says that Apple said it ..."
        while root.lower_ not in actor_word_set("report_verbs") or root.i > token.i:
            if root.head.i == root.i:
                return None
            root = root.head
        speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ != "PROPN":
            return None
        key = self.resolve(speaker)  # a name taken for a person is no "it" either
        return speaker if key is None or self.actors[key].type == ActorType.PERSON else None

    def _company_speaker(self, token: Token) -> Token | None:
        """ "The company said it had switched off the feature": the speaker "the company" (or "the firm") is who
        "it" is, never the regulator named before it, even when the text does not say which company."""
        if token.dep_ != "nsubj" or token.head.dep_ != "ccomp":
            return None
        root = token.head.head
        if root.lower_ not in actor_word_set("report_verbs") or root.i > token.i:
            return None
        speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
        types = lexicon()["generic_actor_heads"].get(speaker.lower_) if speaker is not None else None
        if speaker is None or speaker.pos_ != "NOUN" or types != [ActorType.COMPANY.value]:
            return None
        return speaker

    def _by_first_word(self, name: Token) -> str | None:
        """ "Korvex" for "Korvex Ltd": the one organisation whose name starts with this word. The word is the
        first of the name's compound chain: "Vessel AI said it ..." is Vessel AI, never the "AI Office"."""
        first = min((name, *(c for c in name.children if c.dep_ == "compound")), key=lambda t: t.i)
        keys = [
            k
            for k, rec in self.actors.items()
            if rec.type in _ORGISH and rec.type != ActorType.PERSON and rec.name.split()[0] == first.text
        ]
        return keys[0] if len(keys) == 1 else None

    def _sentence_subject(self, token: Token, types: set[ActorType]) -> str | None:
        """The nearest earlier subject in the same sentence that names (or stands for) an actor."""
        for tok in reversed(token.doc[sent_of(token).start : token.i]):
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and tok.lower_ not in PRONOUNS_ORG | PRONOUNS_PLURAL | PRONOUNS_PERSON
            ):
                key = self.resolve(tok)
                if key and self.actors[key].type in types:
                    return key
        start = sent_of(token).start
        if start > 0 and token.i - start <= 2:  # "It then has 40 days ...": the previous sentence's subject
            prev = sent_of(token.doc[start - 1])
            for tok in prev:
                if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.lower_ not in PRONOUNS_ORG | PRONOUNS_PLURAL:
                    key = self.resolve(tok)
                    if key and self.actors[key].type in types:
                        return key
        return None

    def resolve(self, token: Token) -> str | None:
        """The actor a subject/possessor token stands for, following pronouns and generic nouns."""
        key = self.key_at(token)
        if key:
            return key
        generic = lexicon()["generic_actor_heads"].get(token.lower_)
        if generic and token.pos_ == "NOUN" and (k := self._named_apposition(token, generic)):
            return k  # "once the developer, Lentera Digital, removed it": the name beside the noun
        if generic == [ActorType.LEGISLATURE.value] and _party_members(token):
            return None  # "lawmakers from two opposition parties proposed a bill": members, not the chamber
        if token.lower_ in lexicon()["official_heads_need_gpe"] and token.pos_ in ("NOUN", "PROPN"):
            if k := self.office(token):
                return k
        if generic and "person" in generic and token.pos_ in ("NOUN", "PROPN"):
            types = {ActorType(t) for t in generic}
            if k := (self.recent(token.i, types) or self.following(token.i, types)):
                return k
        for child in token.children:
            if child.dep_ in ("compound", "poss") and (k := self.key_at(child)):
                rec = self.actors[k]
                if rec.type in (ActorType.COUNTRY,) and token.lower_ in lexicon()["institution_heads"]:
                    break
                if token.lower_ in lexicon()["generic_actor_heads"] or rec.type != ActorType.COUNTRY:
                    return k
        if token.pos_ == "NOUN" and not generic and (k := self._named_apposition(token, list(_ORG_NAMES))):
            return k  # "by the Madrid publisher Editorial Cobalto": a description, then the name
        low = token.lower_
        if low in PRONOUNS_PERSON:
            return self._sentence_subject(token, {ActorType.PERSON}) or self.recent(token.i, {ActorType.PERSON})
        if low in PRONOUNS_ORG or low in PRONOUNS_PLURAL:
            if low in PRONOUNS_ORG and (speaker := self._unknown_speaker(token)) is not None:
                return self._by_first_word(speaker)  # "Korvex said it had ...": "it" is Korvex, or nobody known
            if low in PRONOUNS_ORG and (speaker := self._company_speaker(token)) is not None:
                return self.resolve(speaker)  # "The company said it had ...": the company, or nobody known
            return (
                self._sentence_subject(token, _ORGISH)
                or self.recent(token.i, _ORGISH - {ActorType.COUNTRY})
                or self.recent(token.i, _ORGISH)
            )
        for child in token.children:
            if child.dep_ == "prep" and (
                child.lower_ in actor_word_set("example_prepositions") or (child.lower_ == "of" and low in _heads_of())
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (k := self.key_at(pobj)):
                        return k
        heads = lexicon()["generic_actor_heads"]
        if low in heads and token.pos_ in ("NOUN", "PROPN"):
            if low in actor_word_set("official_nouns"):
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in actor_word_set("official_prepositions"):
                        for pobj in child.children:
                            if k := self.resolve(pobj):
                                return k
                body = [c.lower_ for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
                if body:  # "a central bank official": an official of a bank, never the last body named
                    return self.recent_named(token.i, {ActorType(t) for t in heads[low]}, body[-1])
            types = {ActorType(t) for t in heads[low]}
            if token.pos_ == "PROPN" and (k := self._name_goes_on(token)):
                return k  # "the Agency for the Protection of X's Data": one name, its tail taken for the actor
            if low in actor_word_set("named_heads") or token.pos_ == "PROPN":
                return self.recent_named(token.i, types, low)  # "the Commission" is a body so named, or nobody
            named = self.recent_named(token.i, types, low) if low in actor_word_set("name_first_heads") else None
            return named or self.recent(token.i, types) or self._following_near(token, types)
        if low in actor_word_set("named_only_heads") and token.pos_ == "NOUN":
            return self.recent_named(token.i, set(ActorType), low)  # "the board": the Electoral Board named before
        if token.pos_ == "PROPN" and token.text.isupper() and len(token.text) > 1:
            # "after a request from the DPC": a later bare acronym the tagger left untagged
            keys = [k for k, rec in self.actors.items() if token.text in rec.aliases or token.text == rec.name]
            return keys[0] if len(keys) == 1 else None
        if token.pos_ in ("PROPN", "NOUN") and token.dep_ in ("poss", "nmod") and token.text[:1].isupper():
            # "X’s agreement to suspend ...": a possessor the tagger left untagged is the actor of that very name
            keys = [k for k, rec in self.actors.items() if token.text == rec.name]
            return keys[0] if len(keys) == 1 else None
        return None

    def _name_goes_on(self, token: Token) -> str | None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of") and child.i == token.i + 1:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and (k := self.key_at(pobj)):
                        return k
        return None

    def _named_apposition(self, token: Token, types: list[str]) -> str | None:
        """The actor a name in apposition to a noun names, when it is of a type the noun stands for (never a second
        description: "the AMF, Quebec's securities regulator")."""
        for c in token.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and (k := self.key_at(c)) and self.actors[k].type.value in types:
                return k
        return None

    def _following_near(self, token: Token, types: set[ActorType]) -> str | None:
        """Cataphora reaches the next sentence at most ("Texas governor orders ..." before "Gov. X" is named); a
        company named paragraphs later is never the "company" of a story that has not named one yet."""
        key = self.following(token.i, types)
        if key is None:
            return None
        sent = sent_of(token)
        limit = sent_of(token.doc[sent.end]).end if sent.end < len(token.doc) else sent.end
        first = next(m.start for m in self._after(token.i) if m.key == key)
        return key if first < limit else None

    def following(self, after: int, types: set[ActorType]) -> str | None:
        """Cataphora for headlines: "Texas governor orders ..." before "Gov. Greg Abbott" is named."""
        starts = self._starts()
        first = 0 if starts is None else bisect.bisect_right(starts, after)
        for m in itertools.islice(self.mentions, first, None):
            if m.start > after and self.actors[m.key].type in types:
                return m.key
        return None


_ORGISH = {ActorType(t) for t in actor_words()["orgish_types"]}
_ORG_NAMES = {t.value for t in _ORGISH - {ActorType.COUNTRY}}


def absorb(index: ActorIndex, keep: str, gone: str) -> None:
    if keep == gone or gone not in index.actors or keep not in index.actors:
        return
    a, g = index.actors[keep], index.actors.pop(gone)
    a.aliases |= g.aliases | {g.name}
    a.aliases.discard(a.name)
    a.mentions += g.mentions
    a.acting = a.acting or g.acting
    a.country = a.country or g.country
    a.first = min(a.first, g.first)
    for m in index.mentions:
        if m.key == gone:
            m.key = keep
    for i, k in list(index.token_key.items()):
        if k == gone:
            index.token_key[i] = keep


def _party_members(token: Token) -> bool:
    """ "opposition lawmakers", "senators from the ruling party's caucus": a party's members."""
    words = actor_word_set("party_member_words")
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in token.children):
        return True
    preps = (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of"))
    return any(t.lower_ in words for p in preps for t in p.subtree)
