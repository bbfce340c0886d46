"""Actors: who acts. Named entities, gazetteer hits and institution noun
phrases, merged into canonical actors, plus coreference-lite so that "the
company", "the regulator", "it" and "Brussels" point at a named actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from policyscan.extract.patterns import (
    ACRONYM_IN_PARENS,
    actor_gazetteer,
    capitals,
    doc_text,
    exact_set,
    in_ranges,
    lexicon,
    lower_set,
    quoted_ranges,
    sent_of,
)
from policyscan.report import Actor, ActorType

PRONOUNS_ORG = {"it", "its", "itself"}
PRONOUNS_PLURAL = {"they", "their", "them", "themselves"}
PRONOUNS_PERSON = {"he", "she", "his", "her", "him", "himself", "herself"}
COUNTRY_WORDS = {"country", "nation", "state", "bloc", "kingdom", "republic"}
TITLES = re.compile(
    r"^(?:(?:U\.S\.|US|Texas|California|State|Federal)\s+)?"
    r"(?:Gov\.|Governor|Sen\.|Senator|Rep\.|President|Prime Minister|Minister|Secretary|Chancellor|Judge|Justice|"
    r"Commissioner|Mayor|Dr\.|Mr\.|Ms\.|Mrs\.|Attorney General|Chairman|Chairwoman|Chair|CEO|"
    r"Assemblymember|Assemblywoman|Assemblyman|Councillor|Councilmember|Councilwoman|Councilman|Representative|"
    r"MEP|MP|Lawmaker|Deputy|Director|Premier|Governor-General)\s+"
)
LEADING_DET = re.compile(r"^(?:the|a|an|this|that)\s+", re.I)
TRAILING_POSS = re.compile(r"\s*(?:'s|’s|'|’)$")


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


@dataclass
class Mention:
    start: int  # token index
    end: int
    key: str


@dataclass
class ActorIndex:
    """Actors of one doc and which tokens mention them."""

    actors: dict[str, ActorRec] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    token_key: dict[int, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    def office(self, token: Token) -> str | None:
        """ "the governor": the person titled governor, or the office named earlier ("Georgia's governor")."""
        head = token.lower_
        for m in [
            *reversed([m for m in self.mentions if m.start < token.i]),
            *[m for m in self.mentions if m.start > token.i],
        ]:
            rec = self.actors[m.key]
            if self.titles.get(rec.key) == head or (rec.type != ActorType.PERSON and rec.name.lower().endswith(head)):
                return m.key
        return None

    def key_at(self, token: Token) -> str | None:
        return self.token_key.get(token.i)

    def recent(self, before: int, types: set[ActorType] | None = None, exclude: set[str] | None = None):
        """The most recent actor mentioned before token ``before`` whose type fits."""
        for m in reversed(self.mentions):
            if m.start >= before:
                continue
            rec = self.actors[m.key]
            if exclude and m.key in exclude:
                continue
            if types is None or rec.type in types:
                return m.key
        return None

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
        low = token.lower_
        if low in PRONOUNS_PERSON:
            return self._sentence_subject(token, {ActorType.PERSON}) or self.recent(token.i, {ActorType.PERSON})
        if low in PRONOUNS_ORG or low in PRONOUNS_PLURAL:
            return (
                self._sentence_subject(token, _ORGISH)
                or self.recent(token.i, _ORGISH - {ActorType.COUNTRY})
                or self.recent(token.i, _ORGISH)
            )
        for child in token.children:
            if child.dep_ == "prep" and (
                child.lower_ in ("like", "including", "as")
                or (
                    child.lower_ == "of"
                    and low in ("city", "state", "province", "government", "municipality", "county")
                )
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (k := self.key_at(pobj)):
                        return k
        heads = lexicon()["generic_actor_heads"]
        if low in heads and token.pos_ in ("NOUN", "PROPN"):
            if low in ("officials", "official"):
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in ("at", "of", "from", "in"):
                        for pobj in child.children:
                            if k := self.resolve(pobj):
                                return k
            types = {ActorType(t) for t in heads[low]}
            return self.recent(token.i, types) or self.following(token.i, types)
        return None

    def following(self, after: int, types: set[ActorType]) -> str | None:
        """Cataphora for headlines: "Texas governor orders ..." before "Gov. Greg Abbott" is named."""
        for m in self.mentions:
            if m.start > after and self.actors[m.key].type in types:
                return m.key
        return None


_ORGISH = {
    ActorType.GOVERNMENT,
    ActorType.AGENCY,
    ActorType.REGULATOR,
    ActorType.LEGISLATURE,
    ActorType.COURT,
    ActorType.COMPANY,
    ActorType.INTERNATIONAL,
    ActorType.GROUP,
    ActorType.COUNTRY,
}


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = TRAILING_POSS.sub("", text)
    text = LEADING_DET.sub("", text)
    text = re.sub(r"\s*\([^)]*$", "", text)  # "Office of the ... Commissioner (ODPC" cut by NER
    text = text.strip(" ,;:()[]\"'“”‘’—–-")
    if text.endswith(".") and text[:-1].count(".") == 0:
        text = text[:-1]
    return text


def _gazetteer_index() -> dict[str, dict]:
    index = {}
    for entry in actor_gazetteer():
        for name in [entry["name"], *entry.get("aliases", [])]:
            index[_clean(name).lower()] = entry
    return index


_GAZ: dict[str, dict] | None = None


def gazetteer_entry(name: str) -> dict | None:
    global _GAZ
    if _GAZ is None:
        _GAZ = _gazetteer_index()
    return _GAZ.get(name.lower())


def _type_from_name(name: str, label: str) -> ActorType:
    if label == "PERSON":
        return ActorType.PERSON
    if label in ("GPE", "LOC"):
        return ActorType.COUNTRY
    words = name.split()
    last = words[-1].lower() if words else ""
    if last == "administration" and len(words) == 2:
        return ActorType.GOVERNMENT
    for w in reversed([w.lower() for w in words]):
        if w in lexicon()["institution_heads"]:
            return ActorType(lexicon()["institution_heads"][w])
    if words and words[-1].rstrip(".") in {s.rstrip(".") for s in lexicon()["company_suffixes"]}:
        return ActorType.COMPANY
    if label == "NORP":
        return ActorType.GROUP
    return ActorType.COMPANY


def _is_law_name(name: str) -> bool:
    words = name.split()
    return bool(words) and (
        words[-1] in exact_set("law_words") or (name.upper() == name and name in {"GDPR", "DSA", "DMA"})
    )


PRODUCT_NOUNS = (
    "api",
    "chip",
    "chips",
    "accelerator",
    "accelerators",
    "processor",
    "processors",
    "gpu",
    "gpus",
    "interface",
    "app",
    "apps",
    "service",
    "platform",
    "chatbot",
    "tool",
    "assistant",
    "software",
    "feature",
)


def product_names(doc: Doc) -> set[str]:
    """Names the article itself calls an app or a service ("its Perdrix Voice app")."""
    names = set()
    for ent in doc.ents:
        if ent.ent_id_:
            continue
        if ent[-1].lower_ in PRODUCT_NOUNS or (ent.end < len(doc) and doc[ent.end].lower_ in PRODUCT_NOUNS):
            names.add(_clean(ent.text))
        elif any(c.dep_ == "appos" and c.lower_ in PRODUCT_NOUNS for c in ent.root.children):
            names.add(_clean(ent.text))  # "Cantor Studio, a subscription app"
        elif (
            ent.end + 2 < len(doc)
            and doc[ent.end].text == ","
            and doc[ent.end + 1].lower_ in ("a", "an", "the")
            and any(
                t.lower_ in PRODUCT_NOUNS and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "NOUN")
                for t in doc[ent.end + 2 : ent.end + 6]
            )
        ):
            names.add(_clean(ent.text))  # "Jua Cloud, a data-centre service run from Nairobi"
        elif ent.start > 0 and doc[ent.start - 1].lower_ in ("called", "named", "dubbed", "branded"):
            before = doc[ent.start - 2] if ent.start > 1 else None
            if before is None or before.lower_ not in lexicon()["generic_actor_heads"]:
                names.add(_clean(ent.text))  # "an AI symptom checker called Dr Gum"
    return names


BILL_NAME = re.compile(r"^(?:SB|AB|HB|HR|H\.R\.|S\.|PL|LD|SF|HF|Bill|C-)\s?\d+\b|^(?:SB|AB|HB|PL)$")


def _law_context(ent: Span) -> bool:
    """ "the LGPD", "under the DSA": an acronym used like a law."""
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ in ("law", "act", "rules", "regulation", "bill", "framework", "code"):
        return True
    return prev is not None and prev.lower_ in (
        "under",
        "violating",
        "breaching",
        "breach",
        "violate",
        "violates",
    )


def _skip_entity(ent: Span, model_tokens: set[int], products: frozenset[str] = frozenset()) -> bool:
    text = _clean(ent.text)
    if text in products and not ent.ent_id_:
        return True
    if not text or len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    if any(t.i in model_tokens for t in ent):
        return True
    if text in exact_set("not_actor_words") or text.lower() in {"ai", "a.i.", "artificial intelligence"}:
        return True
    if text.islower() or _is_law_name(text) or BILL_NAME.match(text):
        return True
    if (
        not ent.ent_id_
        and " " not in text
        and (
            text.lower() in lexicon()["generic_actor_heads"]
            or text.lower() in lexicon()["institution_heads"]
            or text.lower()[:-1] in lexicon()["institution_heads"]
        )
    ):
        return True
    if ent.label_ == "ORG" and text.isupper() and len(text) <= 5 and _law_context(ent):
        return True
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.text in ("-", "–") and ent.end + 1 < len(ent.doc):
        if ent.doc[ent.end + 1].lower_ in (
            "based",
            "headquartered",
            "registered",
            "owned",
            "born",
            "made",
            "listed",
        ):
            return True
    if nxt is not None and nxt.lower_.startswith("-based"):
        return True
    if nxt is not None and nxt.lower_ in PRODUCT_NOUNS:
        return not ent.ent_id_
    root = ent.root
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in ("outside", "near", "across", "throughout", "around", "within")
        and not ent.ent_id_
    ):
        return True
    if not ent.ent_id_ and len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ == "in" and ent.label_ == "ORG":
        return True  # "a solicitor in Cork"
    if (
        not ent.ent_id_
        and root.dep_ == "pobj"
        and root.head.lower_ == "by"
        and root.head.head.lower_ in ("seen", "reviewed", "obtained", "reported", "published", "first")
    ):
        return True  # "a letter seen by <the newspaper>"
    if not ent.ent_id_ and root.dep_ == "appos" and root.head.lower_ in lower_set("law_nouns"):
        return True  # "the data protection law, the LGPD"
    if not ent.ent_id_ and len(ent) == 1 and _only_quoted(ent):
        return True  # "The State has a compelling interest," the judge wrote
    # "910B", "H20", "A100": model numbers of chips and products, not actors
    return re.fullmatch(r"[A-Z]{0,3}-?\d[\w.-]*", text) is not None


def _only_quoted(ent: Span) -> bool:
    text = doc_text(ent.doc)
    ranges = quoted_ranges(ent.doc)
    if not in_ranges(ent.start_char, ranges):
        return False
    name = ent.text.strip()
    return all(in_ranges(m.start(), ranges) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))


def _acronyms(doc: Doc) -> dict[int, tuple[int, str]]:
    """Token index of a long name's last token -> (index of the acronym, acronym) for "Long Name (ACR)"."""
    found = {}
    for tok in doc[:-2]:
        if tok.text == "(" and doc[tok.i + 2].text == ")" and tok.i > 0:
            acr = doc[tok.i + 1].text
            long_name = tok.i >= 2 and doc[tok.i - 2].text[:1].isupper()
            if ACRONYM_IN_PARENS.match(acr) and (sum(c.isupper() for c in acr) >= 2 or long_name):
                found[tok.i - 1] = (tok.i + 1, acr)
    return found


NAME_GLUE = {"and", "of", "for", "on", "&", "de", "la", "des", "du", "del", "per", "dei", "der", "für"}


def _names_cut_at_and(doc: Doc, b: _Builder) -> None:
    """ "Department of Consumer and Worker Protection": NER stops at "and"; the capitalised words that follow,
    ending in an institution word, belong to the name."""
    heads = lexicon()["institution_heads"]
    for rec in list(b.index.actors.values()):
        for m in [m for m in b.index.mentions if m.key == rec.key]:
            end = m.end
            if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&"):
                continue
            j = end + 1
            while j < len(doc) and j - end <= 5 and doc[j].text[:1].isupper():
                j += 1
            if j == end + 1 or (doc[j - 1].lower_ not in heads and doc[m.end - 1].lower_ not in heads):
                continue
            if not any(t.lower_ in heads for t in doc[m.start : j]):
                continue
            full = _clean(doc[m.start : j].text)
            if rec.name == _clean(doc[m.start : m.end].text) and rec.type != ActorType.PERSON:
                rec.aliases.add(rec.name)
                rec.name = full
                for i in range(m.end, j):
                    b.index.token_key[i] = rec.key
                b.by_name[full.lower()] = rec.key


def _spelled_out_names(doc: Doc, b: _Builder, acronyms: dict[int, tuple[int, str]]) -> None:
    """ "Saudi Data and Artificial Intelligence Authority (SDAIA)": NER often cuts long official names at
    "and"; the parenthesised acronym says where the name starts and ends."""
    for last, (acr_i, acr) in acronyms.items():
        start = last
        while start - 1 >= 0 and (
            doc[start - 1].text[:1].isupper()
            or (doc[start - 1].lower_ in NAME_GLUE and doc[start - 2].text[:1].isupper())
        ):
            if doc[start - 1].is_sent_start or doc[start - 1].text in ("'s", "’s"):
                break
            start -= 1
        words = doc[start : last + 1]
        if len(words) < 3 or words[-1].lower_ not in lexicon()["institution_heads"]:
            continue
        initials = "".join(t.text[0] for t in words if t.lower_ not in NAME_GLUE).upper()
        if not (initials.startswith(acr.upper()[:2]) or acr.upper() in initials):
            continue
        name = _clean(words.text)
        covered = {b.index.token_key[i] for i in range(start, last + 1) if i in b.index.token_key}
        covered |= {b.index.token_key[acr_i]} if acr_i in b.index.token_key else set()
        country_keys = {k for k in covered if b.index.actors[k].type == ActorType.COUNTRY}
        key = b.add(start, last + 1, name, ActorType(lexicon()["institution_heads"][words[-1].lower_]))
        b.index.actors[key].aliases.add(acr)
        b.by_name[acr.lower()] = key
        for k in covered - country_keys - {key}:
            _absorb(b.index, key, k)
        b.index.token_key[acr_i] = key


def _poss_free(name: str) -> str:
    """ "California's governor" and "California governor" are one office."""
    return re.sub(r"['’]s\b", "", name.lower())


def _institution_phrase(head: Token, index: ActorIndex) -> tuple[int, str, str | None] | None:
    """A named-by-description institution: "Italy's data-protection authority", "the French regulator"."""
    mods = [c for c in head.lefts if c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod") or c.text == "-"]
    if not mods:
        return None
    start = min(m.left_edge.i for m in mods)
    country = None
    distinctive = False
    for m in mods:
        if m.dep_ == "poss":
            if m.lower_ in COUNTRY_WORDS or m.head.lower_ in COUNTRY_WORDS:
                k = index.recent(m.i, {ActorType.COUNTRY})
                country = index.actors[k].name if k else None
                distinctive = country is not None
            elif m.ent_type_ in ("GPE", "NORP") or (
                index.key_at(m) and index.actors[index.key_at(m)].type == ActorType.COUNTRY
            ):
                country = _clean(m.text)
                distinctive = True
        elif m.ent_type_ in ("NORP", "GPE"):
            country = _clean(m.text)
            distinctive = True
        elif m.lower_ == "state" and m.dep_ in ("compound", "amod", "nmod"):
            k = index.following(-1, {ActorType.COUNTRY})  # the story's place: the first one it names
            if k:
                country = index.actors[k].name
                distinctive = True
    if not distinctive:
        return None
    det = [c for c in head.lefts if c.dep_ == "det"]
    if det and det[0].lower_ not in ("the",):
        return None
    for t in head.doc[start : head.i]:
        if "\n" in t.text_with_ws:
            start = t.i + 1
    words = [t.text_with_ws for t in head.doc[start : head.i + 1]]
    text = _clean("".join(words))
    if country and re.match(r"^(?:the )?state\s", text, re.I):
        text = re.sub(r"^(?:the )?state\s", country + " ", text, flags=re.I)
    if country and re.match(r"^(?:the )?(?:country|nation|state)['’]s\b", text, re.I):
        text = re.sub(r"^(?:the )?(?:country|nation|state)(['’]s)", country + r"\1", text, flags=re.I)
    return start, text, country


class _Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.index = ActorIndex()
        self.by_name: dict[str, str] = {}
        self.descriptive: set[str] = set()
        self.titles: dict[str, str] = {}

    def add(
        self,
        start: int,
        end: int,
        name: str,
        typ: ActorType,
        *,
        country: str | None = None,
        key: str | None = None,
    ) -> str:
        entry = gazetteer_entry(name)
        if key is None and entry is not None:
            key = entry["name"]
        if key is None:
            key = self.by_name.get(name.lower(), name)
        rec = self.index.actors.get(key)
        if rec is None:
            if entry is not None and entry["name"] == key:
                typ = ActorType(entry["type"])
                country = country or entry.get("country")
            rec = ActorRec(key=key, name=key, type=typ, country=country, first=start)
            self.index.actors[key] = rec
        if name != rec.name:
            rec.aliases.add(name)
        rec.country = rec.country or country
        rec.mentions += 1
        self.by_name.setdefault(name.lower(), key)
        self.by_name.setdefault(_poss_free(name), key)
        self.index.mentions.append(Mention(start, end, key))
        for i in range(start, end):
            self.index.token_key[i] = key
        return key


def find_actors(doc: Doc, *, model_tokens: set[int] | None = None) -> ActorIndex:
    """Actors and their mentions, in document order. Pure function of the Doc."""
    model_tokens = model_tokens or set()
    b = _Builder(doc)
    acronyms = _acronyms(doc)
    capital_map = capitals()
    products = frozenset(product_names(doc))
    for ent in sorted(doc.ents, key=lambda e: e.start):
        if ent.label_ not in ("ORG", "GPE", "PERSON", "NORP", "PRODUCT", "LOC", "FAC"):
            continue
        if _skip_entity(ent, model_tokens, products):
            continue
        if "\n" in ent.text.strip() or _heading_only(ent) or _modifier_org(ent):
            continue
        name = _clean(ent.text)
        gaz = ent.ent_id_[6:] if ent.ent_id_.startswith("actor:") else None
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.lower_ == "administration" and ent.label_ in ("PERSON", "ORG"):
            b.add(ent.start, ent.end + 1, f"{name} administration", ActorType.GOVERNMENT)
            continue
        if ent.label_ == "PERSON":
            judge = bool(re.match(r"^(?:U\.S\. District |District |Chief |Federal )?(?:Judge|Justice)\b", name)) or (
                ent.start > 0 and doc[ent.start - 1].lower_ in ("judge", "justice")
            )
            title = _person_title(doc, ent)
            name = TITLES.sub("", name)
            if title:
                b.titles.setdefault(name, title)
            if judge:
                b.add(ent.start, ent.end, name, ActorType.COURT)
                continue
        if ent.label_ in ("NORP", "LOC", "FAC") and not gaz:
            continue
        if ent.label_ == "PRODUCT" and not gaz and not _company_apposition(ent):
            continue
        if ent.label_ == "GPE" and name in capital_map and not gaz:
            if ent.root.dep_ in ("nsubj", "nsubjpass") or (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "by"):
                key = _capital_actor(b, name, capital_map[name])
                b.add(ent.start, ent.end, name, b.index.actors[key].type, key=key)
                b.index.actors[key].acting = True
            continue
        typ = _type_from_name(name, ent.label_)
        if _person_role(ent):
            typ = ActorType.PERSON
        if typ == ActorType.PERSON and len(name.split()) > 1 and name.split()[-1] in exact_set("company_suffixes"):
            typ = ActorType.COMPANY
        if _company_apposition(ent) and typ in (ActorType.COMPANY, ActorType.GROUP, ActorType.PERSON):
            typ = ActorType.COMPANY
        key = b.add(ent.start, ent.end, name, typ, key=gaz)
        rec = b.index.actors[key]
        if ent.start >= 2 and doc[ent.start - 1].text in ("'s", "’s") and doc[ent.start - 2].ent_type_ == "GPE":
            rec.country = rec.country or _clean(doc[doc[ent.start - 2].left_edge.i : ent.start - 1].text)
        if ent.label_ == "GPE" and _acting_place(ent):
            rec.acting = True
        if ent.end - 1 in acronyms:
            acr_i, acr = acronyms[ent.end - 1]
            b.by_name[acr.lower()] = key
            rec.aliases.add(acr)
            b.index.token_key[acr_i] = key
        _appositive_alias(ent, rec)
    _spelled_out_names(doc, b, acronyms)
    _names_cut_at_and(doc, b)
    _known_as(doc, b)
    _institution_phrases(doc, b)
    _capitalised_heads(doc, b)
    _offices(doc, b)
    _merge_short_forms(b.index)
    _merge_descriptions(b.index, b.descriptive, b.titles)
    b.index.titles = {k: t for k, t in b.titles.items() if k in b.index.actors}
    return b.index


def _line_is_heading(doc: Doc, char: int) -> bool:
    text = doc_text(doc)
    start = text.rfind("\n", 0, char) + 1
    cache = doc.user_data.setdefault("policyscan_headings", {})
    if start not in cache:
        end = text.find("\n", char)
        cache[start] = _is_heading_line(text[start : end if end >= 0 else len(text)])
    return cache[start]


def _is_heading_line(line: str) -> bool:
    if len(line) > 300:
        return False
    line = line.strip(" #*")
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    if len(words) < 2 or line.rstrip().endswith((".", "?", "!", '"', "”")):
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _heading_only(ent: Span) -> bool:
    """An entity seen only in Title Case headings, never in running text, is not trusted."""
    if ent.ent_id_ or not _line_is_heading(ent.doc, ent.start_char):
        return False
    name = ent.text.strip()
    return not any(
        other.text.strip() == name and not _line_is_heading(ent.doc, other.start_char)
        for other in ent.doc.ents
        if other.start != ent.start
    )


def _modifier_org(ent: Span) -> bool:
    """ "American AI firms": an ORG-tagged modifier of a common plural noun is not a name."""
    if ent.ent_id_ or ent.end >= len(ent.doc):
        return False
    nxt = ent.doc[ent.end]
    if ent.label_ == "ORG" and nxt.tag_ == "NNS" and ent.root.dep_ in ("compound", "amod") and ent[0].tag_ == "JJ":
        return True
    # "a Kraków law firm", "an Izmir start-up": a name used as a modifier of a common noun
    head = ent.root.head
    if head.lower_ in lexicon()["institution_heads"] or head.lower_ in lexicon()["generic_actor_heads"]:
        return False  # "the Biden administration", "the Texas governor" name an actor
    return ent.root.dep_ in ("compound", "nmod") and head.i >= ent.end and head.pos_ == "NOUN" and head.text.islower()


TITLE_WORDS = {
    "sen.": "senator",
    "senator": "senator",
    "rep.": "representative",
    "representative": "representative",
    "assemblymember": "assemblymember",
    "commissioner": "commissioner",
    "secretary": "secretary",
    "attorney": "general",
    "prosecutor": "prosecutor",
    "judge": "judge",
    "justice": "judge",
    "mp": "mp",
    "mep": "mep",
    "lawmaker": "lawmaker",
    "regulator": "regulator",
    "chair": "chair",
    "chairman": "chair",
    "chairwoman": "chair",
    "gov.": "governor",
    "gov": "governor",
    "governor": "governor",
    "president": "president",
    "minister": "minister",
    "mayor": "mayor",
    "premier": "premier",
    "chancellor": "chancellor",
    "general": "general",
}


def _person_title(doc: Doc, ent: Span) -> str | None:
    """ "Gov. Greg Abbott", "Prime Minister X", "Attorney General Y": the office a person holds."""
    words = [t.lower_ for t in doc[max(sent_of(ent[0]).start, ent.start - 2) : ent.start]] + [t.lower_ for t in ent[:2]]
    for w in reversed(words):
        if w in TITLE_WORDS:
            return TITLE_WORDS[w]
    return None


PERSON_ROLES = {
    "executive",
    "ceo",
    "founder",
    "co-founder",
    "president",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "minister",
    "lawyer",
    "analyst",
    "director",
    "chairman",
    "chairwoman",
    "researcher",
    "professor",
    "economist",
    "secretary",
    "officer",
    "partner",
    "fellow",
    "scientist",
    "head",
    "chief",
    "adviser",
    "advisor",
    "solicitor",
    "attorney",
}


def _person_role(ent: Span) -> bool:
    """ "Hoshikawa's chief executive, Daichi Moriyama" / "Julien Roux, a Paris lawyer": a person, whatever NER says."""
    if ent.label_ not in ("ORG", "PERSON") or ent.ent_id_ or len(ent) > 4:
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in PERSON_ROLES:
        return True
    return any(c.dep_ == "appos" and c.lower_ in PERSON_ROLES for c in root.children)


def _company_elsewhere(doc: Doc, name: str) -> bool:
    suffixes = "|".join(re.escape(x) for x in lexicon()["company_suffixes"])
    return re.search(rf"\b{re.escape(name)}\s+(?:{suffixes})\b", doc_text(doc)) is not None


def _company_apposition(ent: Span) -> bool:
    for child in ent.root.children:
        if child.dep_ == "appos" and child.lower_ in lower_set("company_appositives"):
            return True
    head = ent.root.head
    return ent.root.dep_ == "appos" and head.lower_ in lower_set("company_appositives")


def _appositive_alias(ent: Span, rec: ActorRec) -> None:
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
        phrase = _clean(ent.doc[child.left_edge.i : child.i + 1].text)
        if 1 <= len(phrase.split()) <= 6 and phrase.lower() not in lexicon()["generic_actor_heads"]:
            rec.aliases.add(phrase)
            if child.lower_ in lower_set("company_appositives") and rec.type == ActorType.GROUP:
                rec.type = ActorType.COMPANY
        for t in ent.doc[child.left_edge.i : child.i]:
            if t.dep_ == "poss" and t.ent_type_ == "GPE":
                rec.country = rec.country or _clean(t.text)


def _acting_place(ent: Span) -> bool:
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return True
    if root.dep_ == "poss" and root.head.lower_ not in lexicon()["institution_heads"]:
        return root.head.pos_ == "NOUN"
    return False


def _capital_actor(b: _Builder, capital: str, info: dict) -> str:
    for pref in info.get("prefer", []):
        key = b.by_name.get(pref.lower())
        if key:
            return key
    government = info["government"]
    key = b.by_name.get(government.lower())
    if key:
        return key
    entry = gazetteer_entry(government)
    typ = ActorType(entry["type"]) if entry else ActorType.GOVERNMENT
    name = entry["name"] if entry else f"{government} government"
    rec = b.index.actors.setdefault(name, ActorRec(key=name, name=name, type=typ, country=government))
    b.by_name.setdefault(name.lower(), name)
    return rec.key


KNOWN_AS = re.compile(r"\b(?:known as|called|referred to as|abbreviated(?: as)?)\s+(?:the\s+)?([A-Z][A-Za-z&]{1,10})\b")


def _known_as(doc: Doc, b: _Builder) -> None:
    """ "The commission, known as the PPC, ...": the short name belongs to the actor just named."""
    for m in KNOWN_AS.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            continue
        head = doc[span.start]
        while head.dep_ in ("pobj", "prep", "oprd", "acl", "attr", "agent") and head.head is not head:
            head = head.head
        owner = b.index.resolve(head) if head.i != span.start else None
        if owner and owner != b.index.key_at(doc[span.start]):
            acr_key = b.index.key_at(doc[span.start])
            if acr_key and acr_key in b.index.actors:
                _absorb(b.index, owner, acr_key)
            b.by_name[m.group(1).lower()] = owner
            b.index.actors[owner].aliases.add(m.group(1))


def _institution_phrases(doc: Doc, b: _Builder) -> None:
    heads = lexicon()["institution_heads"]
    for tok in doc:
        if tok.i in b.index.token_key or tok.lower_ not in heads or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.tag_ in ("NNS", "NNPS"):
            continue
        found = _institution_phrase(tok, b.index)
        if not found:
            continue
        start, name, country = found
        if any(
            i in b.index.token_key and b.index.actors[b.index.token_key[i]].type != ActorType.COUNTRY
            for i in range(start, tok.i + 1)
        ):
            continue
        existing = b.by_name.get(name.lower()) or b.by_name.get(_poss_free(name))
        key = b.add(start, tok.i + 1, name, ActorType(heads[tok.lower_]), country=country, key=existing)
        if existing is None:
            b.descriptive.add(key)
        if tok.i + 1 in b.index.token_key:
            pass
        _link_appositive_name(tok, b, key)


def _link_appositive_name(head: Token, b: _Builder, key: str) -> None:
    """ "the country's watchdog, the Garante" -> one actor."""
    for child in head.children:
        if child.dep_ == "appos" and (other := b.index.key_at(child)) and other != key:
            _absorb(b.index, key, other)


def _capitalised_heads(doc: Doc, b: _Builder) -> None:
    """ "the Commission" / "the Office" after "European Commission" was named."""
    heads = lexicon()["institution_heads"]
    for tok in doc:
        if tok.i in b.index.token_key or not tok.text[:1].isupper() or tok.lower_ not in heads:
            continue
        if tok.i == 0 or (doc[tok.i - 1].lower_ not in ("the", "’s", "'s") and tok.i == sent_of(tok).start):
            continue
        for m in reversed(b.index.mentions):
            rec = b.index.actors[m.key]
            if m.start < tok.i and rec.name.split()[-1].lower() == tok.lower_:
                b.index.mentions.append(Mention(tok.i, tok.i + 1, m.key))
                b.index.token_key[tok.i] = m.key
                rec.mentions += 1
                break
        else:
            _unnamed_body(tok, b, heads[tok.lower_])
    b.index.mentions.sort(key=lambda m: m.start)


def _offices(doc: Doc, b: _Builder) -> None:
    """ "the governor signed it": the story's governor when no person holds that title."""
    offices = set(lexicon()["official_heads_need_gpe"]) - {"general", "prosecutor"}
    for tok in doc:
        if tok.i in b.index.token_key or tok.lower_ not in offices or tok.pos_ != "NOUN":
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        if tok.lower_ in b.titles.values():
            continue
        place = b.index.following(-1, {ActorType.COUNTRY})
        if place is None:
            continue
        name = f"{b.index.actors[place].name} {tok.lower_}"
        key = b.add(
            tok.i - 1,
            tok.i + 1,
            name,
            ActorType.GOVERNMENT,
            country=b.index.actors[place].name,
            key=b.by_name.get(_poss_free(name)),
        )
        b.index.actors[key].acting = True
    b.index.mentions.sort(key=lambda m: m.start)


def _unnamed_body(tok: Token, b: _Builder, typ: str) -> None:
    """ "The Legislature voted ...": a capitalised body acting in a story about one place."""
    if typ not in ("legislature", "court", "government") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return
    place = b.index.recent(tok.i, {ActorType.COUNTRY}) or b.index.following(tok.i, {ActorType.COUNTRY})
    name = f"{b.index.actors[place].name} {tok.text}" if place else tok.text
    key = b.add(tok.i, tok.i + 1, name, ActorType(typ), country=b.index.actors[place].name if place else None)
    b.index.actors[key].acting = True


def _absorb(index: ActorIndex, keep: str, gone: str) -> None:
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


def _merge_short_forms(index: ActorIndex) -> None:
    """ "Maubrac" -> "Maubrac AI", "Abbott" -> "Greg Abbott" when the article names both."""
    recs = sorted(index.actors.values(), key=lambda r: -len(r.name))
    for short in list(recs):
        if short.key not in index.actors or " " in short.name:
            continue
        for long in recs:
            if long.key == short.key or long.key not in index.actors or " " not in long.name:
                continue
            words = long.name.split()
            if short.type == ActorType.PERSON and long.type == ActorType.PERSON and words[-1] == short.name:
                _absorb(index, long.key, short.key)
                break
            if short.type != ActorType.COUNTRY and long.type == ActorType.COMPANY and words[0] == short.name:
                _absorb(index, long.key, short.key)
                break
            if short.name in long.aliases and short.name.isupper():
                _absorb(index, long.key, short.key)  # "TGA" in the headline, "... Administration (TGA)" below
                break


REGULATORY = {ActorType.REGULATOR, ActorType.AGENCY}


def country_name(name: str | None) -> str | None:
    if not name:
        return None
    return lexicon()["demonyms"].get(name, name)


def _merge_descriptions(index: ActorIndex, descriptive: set[str], titles: dict[str, str] | None = None) -> None:
    """ "Italy's data-protection authority" is the Garante when the article names one Italian regulator;
    "Texas governor" is Greg Abbott when he is the one person titled governor."""
    titles = titles or {}
    for key in list(descriptive):
        rec = index.actors.get(key)
        if rec is None:
            continue
        head = rec.name.split()[-1].lower()
        titled = [k for k, t in titles.items() if t == head and k in index.actors]
        if head in lexicon()["official_heads_need_gpe"] and len(titled) == 1:
            _absorb(index, titled[0], key)
            continue
        if not rec.country:
            continue
        fam = REGULATORY if rec.type in REGULATORY else {rec.type}
        named = [
            r
            for r in index.actors.values()
            if r.key not in descriptive and r.type in fam and country_name(r.country) == country_name(rec.country)
        ]
        if not named and rec.type in REGULATORY:
            # "Mexico's consumer watchdog ... The Federal Consumer Protection Agency (Profeco)": the one named
            # regulator whose country the text never gave
            named = [r for r in index.actors.values() if r.key not in descriptive and r.type in fam and not r.country]
            if len(named) == 1:
                named[0].country = rec.country
        if len(named) == 1:
            _absorb(index, named[0].key, key)


def acting_keys(index: ActorIndex, action_actor_keys: set[str]) -> list[ActorRec]:
    """The actors to report: countries only when they act; everything else as found."""
    out = []
    for rec in index.actors.values():
        if rec.type == ActorType.COUNTRY and not (rec.acting or rec.key in action_actor_keys):
            continue
        out.append(rec)
    return sorted(out, key=lambda r: r.first)


def to_record(rec: ActorRec) -> Actor:
    aliases = sorted(a for a in rec.aliases if a and a != rec.name)
    return Actor(name=rec.name, type=rec.type, aliases=aliases, country=rec.country, mentions=rec.mentions)
