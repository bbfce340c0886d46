"""When two mentions are one event although ``merging._same_event`` keeps them apart: an actor written once
in full and once as its initials; a clause that only tells how or with what the event was done; a judge or a
chamber acting for its court. Pure predicates over ``RawAction``s and the article text; ``merging`` folds."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from policyscan.extract.actions import RawAction
from policyscan.extract.actions.words import word_set
from policyscan.extract.countries_data import country_of
from policyscan.extract.dates import compatible
from policyscan.extract.merge_names import link_short_names
from policyscan.extract.merge_near import event_family, sentence_gap
from policyscan.extract.patterns import actor_word_set, inflect, lexicon
from policyscan.kinds import kind_info
from policyscan.report import HEDGED, Direction

# --- one actor, two names ----------------------------------------------------------------------------

INITIALS_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def initials(name: str) -> str:
    """ "Department for Science, Innovation and Technology" -> "DSIT": the first letters of the name's
    words, leaving out the glue words ("of", "for", "and", "the")."""
    glue = actor_word_set("name_glue") | {"the"}
    return "".join(w[0] for w in INITIALS_WORD.findall(name) if w.lower() not in glue).upper()


def _is_acronym(name: str) -> bool:
    letters = name.replace("&", "").replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() and " " not in name


def acronym_owners(names: set[str], aliases: dict[str, set[str]] | None = None) -> dict[str, str]:
    """Short name -> long name, for the acting names of one article where exactly one longer name spells
    out the short one's letters ("ODPC" -> "Office of the Data Protection Commissioner") and has no other
    short name of its own (the text's "(PPC)" says the "PIPC" told of later is another body)."""
    aliases = aliases or {}
    out = {}
    for short in (n for n in names if _is_acronym(n)):
        letters = short.replace("&", "").replace(".", "")
        owners = [
            n
            for n in names
            if n != short
            and " " in n
            and initials(n) == letters
            and not any(_is_acronym(x) and x != short for x in aliases.get(n, ()))
        ]
        if len(owners) == 1:
            out[short] = owners[0]
    return out


def cut_names(names: set[str], text: str) -> dict[str, str]:
    """Pieces of one long name cut at "and" -> the name the text writes: "Ministry of Communication" and
    "Digital Affairs" where the text says "Ministry of Communication and Digital Affairs". The tail has no
    institution word of its own ("the Ministry of Finance and the Tax Agency" are two) and the text never
    writes it alone ("the Department of Commerce and Google ... Google said")."""
    heads = lexicon()["institution_heads"]
    glue = actor_word_set("name_glue")
    out: dict[str, str] = {}
    for head_part in names:
        words = head_part.lower().replace(",", "").split()
        if not any(w in heads for w in words):
            continue
        for tail in names - {head_part}:
            tail_words = tail.lower().split()
            if any(w in heads for w in tail_words) or not tail[:1].isupper():
                continue
            full = f"{head_part} {tail}" if words[-1] in glue else f"{head_part} and {tail}"
            if full in text and text.count(full) == text.count(tail):
                out[head_part] = out[tail] = full.replace(" and and ", " and ")
    return out


# --- one event told in two clauses of one sentence -----------------------------------------------------


@cache
def _directive_forms() -> frozenset[str]:
    verbs = lexicon()["verbs"]
    return frozenset(f for lemma, e in verbs.items() if e["class"] == "directive" for f in inflect(lemma))


def _family(a: RawAction) -> str:
    return kind_info(a.kind).family


def _first(a: RawAction) -> str:
    return a.trigger.split()[0].lower()


def _word_at(sent: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sent)]


def _part_of_clause(sent: str, a: RawAction, b: RawAction) -> bool:
    """``b`` (trigger after ``a``'s in ``sent``) only tells how or in which words ``a`` was done:
    "signed the bill, *removing* the duty", "moved to block sales *by requiring* licences", "issued a
    notice *ordering* the firm to stop", "ordered the parties to withdraw the ads and *told* the platforms
    to remove copies", "ordered firms to stop buying the chip and *cancel* orders"."""
    a_word, b_word = _first(a), _first(b)
    a_at = _word_at(sent, a_word)
    if not a_at:
        return False
    for at in _word_at(sent, b_word):
        if at <= a_at[0]:
            continue
        between = sent[a_at[0] : at]
        if ";" in between:
            continue
        if _noun_subject(sent, a, a_at[0], between):
            return True  # "the department's rescission of the rule in May *removed* those caps"
        prefix = sent[:at].rstrip()
        last = prefix.rsplit(None, 1)[-1] if prefix.split() else ""
        if b_word.endswith("ing"):
            # an adjunct (", removing ..."), a means ("by requiring ...") or the noun it describes ("notice ordering")
            if prefix.endswith(",") or last in word_set("means_markers") or last == a.trigger.split()[-1].lower():
                return True
            if last == "and" and re.search(r",\s+\w+ing\b", between):
                return True  # "..., removing the duty ... and pushing the rest back a year"
        base = not b_word.endswith(("ed", "ing", "s"))
        if a_word in _directive_forms() and base and " to " in between and prefix.endswith(" and to"):
            return True  # a second infinitive under the same directive: "ordered X to stop buying Y and to cancel"
        if last != "and":
            continue
        if b_word in _directive_forms() and (a_word in _directive_forms() or _family(a) == _family(b)):
            return True  # one decision: "ordered X to withdraw the ads and told Y to remove", "banned X and required Y"
        # ("fined X and ordered it to suspend Y" stays two: a penalty and an order, as in merging._same_event)
        if a_word in _directive_forms() and base and " to " in between and "," not in between:
            return True  # "ordered X to stop buying Y and cancel orders"
        if a.direction == Direction.LOOSEN and event_family(a) == event_family(b) and "," not in between:
            return True  # one easing: "lifted the night curfew in the capital and restored mobile internet access"
    return False


def _noun_subject(sent: str, a: RawAction, a_at: int, between: str) -> bool:
    """``a`` is an event noun ("the department's *rescission* of the rule") whose phrase runs on, with no
    clause between, to the verb that tells the same event."""
    if " " in a.trigger:
        return False
    before = sent[:a_at].rstrip().rsplit(None, 1)
    if not before or not (before[-1].endswith(("'s", "\u2019s")) or before[-1] in word_set("anaphoric_determiners")):
        return False
    words = set(re.findall(r"[\w']+|[^\w\s]", between[len(a.trigger) :]))
    return not words & (word_set("clause_starts") | {"and", "but", "or"})


def _infinitive_of(sent: str, a: RawAction, b: RawAction) -> bool:
    """``b`` is an infinitive the directive ``a`` governs, found on its own: "ordered Nilepay, a lending app,
    to *suspend* its model", "ordering firms to halt purchases and *cancel* orders" (no other directive and no
    ";" between them). Its firmness is the directive's, whatever the finder read for it alone."""
    a_word, b_word = _first(a), _first(b)
    a_at = _word_at(sent, a_word)
    if a_word not in _directive_forms() or b_word.endswith(("ed", "ing")) or not a_at:
        return False
    for at in _word_at(sent, b_word):
        between = sent[a_at[0] : at]
        if at <= a_at[0] or ";" in between or " to " not in f"{between} ":
            continue
        if any(w in _directive_forms() for w in re.findall(r"[\w']+", between)[1:]):
            continue
        last = sent[:at].rstrip().rsplit(None, 1)[-1] if sent[:at].split() else ""
        if last == "to" or (last == "and" and "," not in between[between.find(" to ") :]):
            return True
    return False


def clause_restates(a: RawAction, b: RawAction, text: str) -> bool:
    """``b`` is a clause of ``a``'s own sentence that tells ``a``'s event again (see ``_part_of_clause`` and
    ``_infinitive_of``)."""
    if not a.actor or a.actor != b.actor or a.direction != b.direction:
        return False
    if not compatible(a.date.value, b.date.value):
        return False
    same_firmness = (a.status in HEDGED) == (b.status in HEDGED)
    return any(
        (same_firmness and _part_of_clause(text[s:e].lower(), a, b)) or _infinitive_of(text[s:e].lower(), a, b)
        for s, e in a.sents
        if (s, e) in b.sents
    )


# --- a judge or a chamber acting for the court ------------------------------------------------------------

COURT_REACH = 1500  # characters between the court's ruling and the judge's or chamber's account of it


def _is_court(actor: str | None) -> bool:
    words = (actor or "").lower().split()
    return bool(words) and any(w in word_set("court_words") for w in words)


def _court_part(actor: str | None, text: str) -> bool:
    """ "the court's Fourth Chamber", or someone the text calls "Justice ..." / "Judge ..."."""
    if not actor:
        return False
    if actor.lower().split()[-1] in word_set("court_part_heads"):
        return True
    if " " not in actor:
        return False
    titles = "|".join(re.escape(t) for t in actor_word_set("judge_titles"))
    return re.search(rf"\b(?:{titles})\s+(?:[A-Z][\w.'-]*\s+)*{re.escape(actor)}", text) is not None


def judge_restates(court: RawAction, b: RawAction, text: str) -> bool:
    """ "Kenya's High Court on Wednesday suspended the notice. ... Justice Amina Otieno granted conservatory
    orders pausing enforcement": the judge's (or the chamber's) ruling close by, in the same direction and
    on a date that fits, is the court's ruling."""
    if not _is_court(court.actor) or _is_court(b.actor) or not _court_part(b.actor, text):
        return False
    if court.direction != b.direction or (court.status in HEDGED) != (b.status in HEDGED):
        return False
    if not compatible(court.date.value, b.date.value):
        return False
    gap = min(max(0, max(sc, sb) - min(ec, eb)) for sc, ec in court.sents for sb, eb in b.sents)
    return gap < COURT_REACH


@lru_cache(maxsize=256)
def _titled_judge(actor: str, text: str) -> bool:
    return _court_part(actor, text)


def same_day_ruling(a: RawAction, b: RawAction, text: str) -> bool:
    """ "A judge on Thursday suspended the regulator's order ... Justice X granted a temporary injunction against
    the commission's directive": one court (or judge) granting relief twice on the same day rules once, however the
    two sentences name what it held back. An undated ruling told close by (the date comes later, from the first,
    or the story gives none) is that ruling too."""
    if not a.actor or a.actor != b.actor or a.status != b.status:
        return False
    if a.direction != Direction.LOOSEN or b.direction != Direction.LOOSEN:
        return False  # relief; a fine and the removal the judgment also orders are two acts
    days = [x.date.value for x in (a, b) if x.date.value]
    if len(days) == 2:
        if len(days[0]) != 10 or days[0] != days[1]:
            return False
    elif any(len(d) != 10 for d in days) or sentence_gap(a, b) >= COURT_REACH:
        return False
    return _is_court(a.actor) or _titled_judge(a.actor, text)  # the text search last, once per name: pairs are many


# --- moved from merging: article-wide actor links and restatement cues ---------------------------------


def link_acronyms(actions: list[RawAction], countries: dict[str, set[str]], aliases: dict[str, set[str]]) -> None:
    """ "The Office of the Data Protection Commissioner fined ... The ODPC also ordered ...": an actor named
    by its initials is the actor whose name they spell, when the article names exactly one such actor."""
    objects = {k.split(":", 1)[1] for a in actions for k in a.object_keys if k.startswith("actor:")}
    owners = acronym_owners({a.actor for a in actions if a.actor} | objects, aliases)
    for a in actions:
        if a.actor in owners:
            a.actor = owners[a.actor]
        # "directed the PTA to ..." and "suspended the Pakistan Telecommunication Authority's order": one object
        a.object_keys = {_owned(k, owners) for k in a.object_keys}
    for short, long in owners.items():
        if short in countries:
            countries[long] = countries.get(long, set()) | countries[short]


def _owned(key: str, owners: dict[str, str]) -> str:
    kind, _, name = key.partition(":")
    return f"actor:{owners[name]}" if kind == "actor" and name in owners else key


def link_names(
    actions: list[RawAction], countries: dict[str, set[str]], aliases: dict[str, set[str]], text: str = ""
) -> None:
    """One actor, two names: its initials (``link_acronyms``) or another name the text gives it
    (``link_aliases``)."""
    link_acronyms(actions, countries, aliases)
    link_aliases(actions, countries, aliases, text)
    link_short_names(actions, countries)


_BRACKETED = re.compile(r"\(([^()\n]{1,80})\)")


def link_aliases(
    actions: list[RawAction], countries: dict[str, set[str]], aliases: dict[str, set[str]], text: str = ""
) -> None:
    """ "Varnland's Data Inspectorate (Datavakt) on Monday banned ...", after a headline "Datavakt bans ...": an
    actor named by another actor's alias, written in brackets right after another actor's name, or a court
    written short ("the High Court" of the "Mombasa High Court") is that actor, when exactly one actor has
    that name and it is not a country's."""
    owners: dict[str, set[str]] = {}
    acting = {a.actor for a in actions if a.actor}
    for name, names in aliases.items():
        for alias in names - {name}:
            owners.setdefault(alias, set()).add(name)
    by_last: dict[str, set[str]] = {}
    for n in acting:
        by_last.setdefault(n.rsplit(None, 1)[-1], set()).add(n)
    for m in _BRACKETED.finditer(text):  # "Varnland's Data Inspectorate (Datavakt)"
        head = text[max(0, m.start() - 200) : m.start()].rstrip()
        if m.group(1) in acting and head:
            owners.setdefault(m.group(1), set()).update(
                n for n in by_last.get(head.rsplit(None, 1)[-1], ()) if n != m.group(1) and head.endswith(n)
            )
    for short in acting:
        words = short.split()
        if _is_court(short) and len(words) <= 2:  # "the High Court" after the "Mombasa High Court"
            owners.setdefault(short, set()).update(n for n in by_last.get(words[-1], ()) if n.endswith(f" {short}"))
    for a in actions:
        named = owners.get(a.actor or "", set())
        if len(named) == 1 and a.actor and country_of(a.actor) is None:
            long = next(iter(named))
            countries[long] = countries.get(long, set()) | countries.get(a.actor, set())
            a.actor = long


def join_cut_names(actions: list[RawAction], countries: dict[str, set[str]], text: str) -> None:
    """ "Indonesia's Ministry of Communication and Digital Affairs": a name cut at "and" into two actors is
    the one body the text names."""
    full = cut_names({a.actor for a in actions if a.actor}, text)
    for a in actions:
        if a.actor in full:
            a.actor = full[a.actor]
    for part, name in full.items():
        countries[name] = countries.get(name, set()) | countries.get(part, set())


def described(b: RawAction, text: str) -> bool:
    """ "It is the first AI credit model admitted to the sandbox": a ranking ("the first", "the largest")
    that the trigger only describes, told in a sentence of its own after the event."""
    if len(b.sents) != 1:
        return False
    start, end = b.sents[0]
    sent = text[start:end].lower()
    at = sent.find(b.trigger.split()[0].lower())
    ranks = "|".join(re.escape(w) for w in sorted(word_set("ranking_words")))
    return at > 0 and re.search(rf"\bthe (?:\w+'s )?(?:{ranks})\b", sent[:at]) is not None


def possessed(b: RawAction, text: str) -> bool:
    """ "The DPC's order gives ...": the trigger noun right after a possessive."""
    start, end = b.sents[0]
    word = re.escape(b.trigger.split()[0])
    return len(b.trigger.split()) == 1 and re.search(rf"['\u2019]s\s+{word}\b", text[start:end]) is not None


def product_part(words: list[str]) -> bool:
    """ "paused its voice-cloning feature": an object naming a part of a product is a new act on it, not an
    anaphor ("its order", "the penalty") restating an earlier event."""
    return bool(words) and words[-1] in word_set("product_part_nouns")
