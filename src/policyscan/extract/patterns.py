"""Every regex, token list and lexicon in one place.

Word lists live in ``policyscan/data`` as JSON/JSONL; this module loads them
once and derives what the extractors need (inflected verb forms, regexes).
"""

from __future__ import annotations

import itertools
import json
import re
from functools import cache
from importlib import resources
from typing import Any


def inflect(lemma: str) -> list[str]:
    """Regular English verb forms; irregular ones come from lexicon.json ``irregular_forms``."""
    irregular = lexicon()["irregular_forms"]
    if lemma in irregular:
        return [lemma, *irregular[lemma]]
    if lemma.endswith("e"):
        forms = [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms = [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms = [lemma + "es", lemma + "ed", lemma + "ing"]
    else:
        forms = [lemma + "s", lemma + "ed", lemma + "ing"]
    if len(lemma) > 3 and lemma[-1] == "l" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms += [lemma + "led", lemma + "ling"]  # "cancel": British "cancelled"; "compel": "compelled"
    return [lemma, *forms]


def doc_text(doc) -> str:
    """``Doc.text`` rebuilds the string on every access: keep one copy per doc."""
    text = doc.user_data.get("policyscan_text")
    if text is None:
        text = doc.user_data["policyscan_text"] = doc.text
    return text


CACHE_PREFIX = "policyscan_"  # user_data keys of the per-doc caches below
DATELINE_KEY = CACHE_PREFIX + "dateline"  # the article's dateline ("NEW DELHI", "ACCRA, Nov 25 (Reuters)") or None


def doc_ents(doc) -> tuple:
    """``doc.ents``, built once per doc: spaCy makes a new Span per entity on every access.
    The Spans refer back to the doc, so ``drop_doc_caches`` must run when the doc is done."""
    ents = doc.user_data.get("policyscan_ents")
    if ents is None:
        ents = doc.user_data["policyscan_ents"] = doc.ents
    return ents


def drop_doc_caches(doc) -> None:
    """Forget every per-doc cache: a Doc handed back to a caller (the spaCy component) or pickled to
    another process carries no copies, and no Span keeps its doc alive in a reference cycle."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(CACHE_PREFIX)]:
        del doc.user_data[key]


def set_doc_text(doc, text: str) -> None:
    """Give ``doc_text`` the text ``doc`` was parsed from, sparing a rebuild that makes a Token of every word.
    A text whose length does not end where the last token does is not that text and is ignored."""
    if len(doc) == 0:
        return
    last = doc[-1]
    if last.idx + len(last.text_with_ws) == len(text):
        doc.user_data.setdefault("policyscan_text", text)


def _lower_index(doc) -> dict[int, list[int]]:
    """LOWER string id -> indices of the tokens with that form, read once per doc through
    ``doc.to_array``, which makes no Token objects."""
    index = doc.user_data.get("policyscan_lower_index")
    if index is None:
        from spacy.attrs import LOWER

        index = {}
        for i, key in enumerate(doc.to_array(LOWER).tolist()):
            if key in index:
                index[key].append(i)
            else:
                index[key] = [i]
        doc.user_data["policyscan_lower_index"] = index
    return index


@cache
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def tokens_in(doc, words: frozenset[str]) -> list[int]:
    """Indices, in order, of the tokens whose ``lower_`` is in ``words``.

    A scan for a few trigger words asks this first instead of making a Token of every word:
    ``for tok in doc`` builds a Python object per token, and a dozen such scans per article cost
    more than all the rules that read the few tokens they find.
    """
    index = _lower_index(doc)
    found = index.keys() & _string_ids(words)
    if len(found) == 1:
        return list(index[found.pop()])
    return sorted(i for key in found for i in index[key])


def sent_starts(doc) -> list[int]:
    """Sentence start of every token, computed once per doc: ``Token.sent`` costs O(len(doc))
    per call in spaCy 3.8 (it checks the whole doc's sentence annotation)."""
    starts = doc.user_data.get("policyscan_sent_starts")
    if starts is None:
        bounds = [*_sentence_firsts(doc), len(doc)]
        starts = []
        ends = {}
        for first, end in itertools.pairwise(bounds):
            starts += [first] * (end - first)
            ends[first] = end
        doc.user_data["policyscan_sent_starts"] = starts
        doc.user_data["policyscan_sent_ends"] = ends
    return starts


def _sentence_firsts(doc) -> list[int]:
    """The first token of each of ``doc.sents``, read from one array: iterating ``doc.sents`` makes
    a Span per sentence and a Token per word."""
    if len(doc) < 2 or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [sent.start for sent in doc.sents]  # raises as spaCy does when nothing set sentences
    import numpy
    from spacy.attrs import SENT_START

    flags = doc.to_array(SENT_START)  # 1, 0 or -1 (as a uint64) per token
    return [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()]


def sent_of(tok):
    """The sentence of a token, from the per-doc cache."""
    doc = tok.doc
    start = sent_starts(doc)[tok.i]
    return doc[start : doc.user_data["policyscan_sent_ends"][start]]


def opens_sentence(tok) -> bool:
    """The first word of its sentence, after any opening quote or bullet (“Using AI tools ...”)."""
    return all(t.is_punct or t.is_space for t in tok.doc[sent_of(tok).start : tok.i])


def sent_start_index(doc) -> list[int]:
    sent_starts(doc)
    return sorted(doc.user_data["policyscan_sent_ends"])


_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"\n]{0,2000}\"")


def quoted_ranges(doc) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, computed once per doc."""
    ranges = doc.user_data.get("policyscan_quoted")
    if ranges is None:
        ranges = doc.user_data["policyscan_quoted"] = [(m.start(), m.end()) for m in _QUOTED.finditer(doc_text(doc))]
    return ranges


def in_ranges(i: int, ranges: list[tuple[int, int]]) -> bool:
    import bisect

    k = bisect.bisect_right(ranges, (i, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= i < ranges[k][1]


def _read_json(name: str) -> Any:
    return json.loads(resources.files("policyscan.data").joinpath(name).read_text("utf-8"))


def _read_jsonl(name: str) -> list[dict]:
    text = resources.files("policyscan.data").joinpath(name).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@cache
def lexicon() -> dict[str, Any]:
    return _read_json("lexicon.json")


@cache
def actor_gazetteer() -> list[dict]:
    return _read_jsonl("actors.jsonl")


@cache
def model_gazetteer() -> list[dict]:
    return _read_jsonl("models.jsonl")


@cache
def capitals() -> dict[str, dict]:
    return _read_json("capitals.json")


def _form_table(entries: dict[str, Any]) -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in entries:
        for form in inflect(lemma):
            table.setdefault(form, lemma)
    return table


@cache
def verb_forms() -> dict[str, str]:
    """Inflected form -> trigger verb lemma."""
    return _form_table(lexicon()["verbs"])


@cache
def verb_form_set() -> frozenset[str]:
    """Every inflected trigger verb form, built once (a per-document ``tokens_in`` key)."""
    return frozenset(verb_forms())


@cache
def status_verb_forms() -> dict[str, str]:
    return _form_table(lexicon()["status_verbs"])


@cache
def developer_verb_forms() -> frozenset[str]:
    return frozenset(lexicon()["developer_verbs"])


def noun_lemma(word: str) -> str:
    """Singular form of a trigger noun (restrictions -> restriction)."""
    w = word.lower()
    nouns = lexicon()["nouns"]
    if w in nouns:
        return w
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(cut) and w[: -len(cut)] + add in nouns:
            return w[: -len(cut)] + add
    return w


@cache
def noun_forms() -> frozenset[str]:
    """Every word ``noun_lemma`` maps to a lexicon noun: the nouns and their plurals."""
    nouns = lexicon()["nouns"]
    forms = set(nouns)
    for noun in nouns:
        forms.update((noun + "s", noun + "es"))
        if noun.endswith("y"):
            forms.add(noun[:-1] + "ies")
    return frozenset(forms)


@cache
def lower_set(key: str) -> frozenset[str]:
    return frozenset(x.lower() for x in lexicon()[key])


@cache
def exact_set(key: str) -> frozenset[str]:
    return frozenset(lexicon()[key])


# Model names by shape: a capitalised family word joined to a version
# ("Pivoine-3", "Perdrix-2.5", "Wren-7B", "Halberd 4"), then optional suffixes.
_SUFFIX = "|".join(sorted({re.escape(s) for s in _read_json("lexicon.json")["model_suffixes"]}, key=len, reverse=True))
MODEL_SHAPE = re.compile(
    r"(?<![\w.-])"
    r"(?P<family>[A-Z][A-Za-z]{2,}(?:[ -][A-Z][a-z]+)?)"
    r"(?P<version>-(?:[vV]?\d+(?:\.\d+)*[A-Za-z]?|[A-Z]\d+(?:\.\d+)?[A-Za-z]?)(?:-\d+[BbMmKk])?"
    r"|\s[vV]?\d+(?:\.\d+)+(?![\d,%])|\s\d+[BbMm]\b|\s[vV]\d+\b)"
    r"(?P<suffix>(?:[ -](?:" + _SUFFIX + r"|\d+[BbMm])(?![\w-]))*)"
)
# Camel-case or alnum single-token names that only count with model context ("R1", "Wren").
ALNUM_NAME = re.compile(r"^(?=.*[A-Za-z])[A-Z][A-Za-z0-9.+-]*$")
# "(SDAIA)", "(NÚKIB)", "(UODO)": an upper-case letter (any alphabet), then letters and joiners
ACRONYM_IN_PARENS = re.compile(r"^(?=[^\W\d_])(?=.[^\d_]*$)[^\W_&'’.-][\w&'’.-]{1,12}$")
DIGITS = re.compile(r"\d")
CHIP_NAMES = [re.compile(p) for p in lexicon()["chip_name_patterns"]]
MODEL_KEY_SEP = re.compile(r"[\s\-‐]+")  # "GPT 4", "GPT-4", "GPT‐4" are one model key


# AI models (extract/model_cues.py, extract/model_names.py): a version word ("2", "3.5", "v4"), a
# camel-case product with a version ("KarooEye 5"), and a family name's tail: a version and suffixes
# ("Zephyr" + " 2 Mini", " Lite").
# One or two digits: "Zephyr 2025" is a year.
VERSION = re.compile(r"^[vV]?\d{1,2}(?:\.\d+)?[A-Za-z]?$")
CAMEL_VERSION = re.compile(r"(?<![\w-])[A-Z][a-z]+[A-Z][A-Za-z]* [vV]?\d{1,2}(?:\.\d+)?(?![\w.,%-]|\s+\d)")
VERSION_TAIL = r"(?:[ -][vV]?\d{1,2}(?:\.\d+)?[A-Za-z]?(?:[ -](?:SUFFIXES))*|(?:[ -](?:SUFFIXES))+)(?![\w.-]|\.\d)"


# Word lists from data/model_words.json.
@cache
def model_words() -> dict[str, Any]:
    return _read_json("model_words.json")


@cache
def model_word_set(key: str, *, lower: bool = True) -> frozenset[str]:
    return frozenset(w.lower() if lower else w for w in model_words()[key])


def standalone_name(name: str) -> re.Pattern[str]:
    """``name`` not inside a longer word or hyphenated name ("Wren" but not "Wren-7B")."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


# Headings: a line in Title Case without closing punctuation ("Regulators Move On Chatbots").
HEADING_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_heading_line(line: str) -> bool:
    if len(line) > 300:
        return False
    line = line.strip(" #*")
    words = [w for w in HEADING_WORD.findall(line) if len(w) > 3]
    if len(words) < 2 or line.rstrip().endswith((".", "?", "!", '"', "”")):
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def line_is_heading(doc, char: int) -> bool:
    """Whether the line holding character ``char`` is a heading, cached per doc and line."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, char) + 1
    cache = doc.user_data.setdefault("policyscan_headings", {})
    if start not in cache:
        end = text.find("\n", char)
        cache[start] = is_heading_line(text[start : end if end >= 0 else len(text)])
    return cache[start]


# Actors (extract/actors/): word lists from data/actor_words.json and the regexes built from them.
@cache
def actor_words() -> dict[str, Any]:
    return _read_json("actor_words.json")


@cache
def actor_word_set(key: str) -> frozenset[str]:
    return frozenset(actor_words()[key])


def _alternation(key: str) -> str:
    """A data list as a regex alternation, in the list's order."""
    return "|".join(re.escape(x) for x in actor_words()[key])


# "Gov. Greg Abbott", "U.S. Senator X": the title before a person's name, removed from the name.
TITLES = re.compile(rf"^(?:(?:{_alternation('title_prefixes')})\s+)?(?:{_alternation('titles')})\s+")
JUDGE_TITLE = re.compile(rf"^(?:(?:{_alternation('judge_title_prefixes')}) )?(?:{_alternation('judge_titles')})\b")
# "The commission, known as the PPC": the short name it is known by.
KNOWN_AS = re.compile(rf"\b(?:{_alternation('known_as_phrases')})\s+(?:the\s+)?([A-Z][A-Za-z&]{{1,10}})\b")
# The one bill-number regex: "SB 1047", "H.R. 5", "C-27", "Bill 12", and a bare "SB"/"AB" as a name.
# Case-sensitive, whole number (trailing \b).
BILL_NAME = re.compile(
    rf"^(?:{_alternation('bill_prefixes')}|{_alternation('bill_words')})\s?\d+\b"
    rf"|^(?:{_alternation('bill_bare_prefixes')})$"
)
LEADING_DET = re.compile(r"^(?:the|a|an|this|that)\s+", re.I)
TRAILING_POSS = re.compile(r"\s*(?:'s|’s|'|’)$")
OPEN_PAREN_TAIL = re.compile(r"\s*\([^)]*$")  # "Office of the ... Commissioner (ODPC" cut by NER
POSSESSIVE_S = re.compile(r"['’]s\b")
# "910B", "H20", "A100": model numbers of chips and products, not actors
MODEL_NUMBER = re.compile(r"[A-Z]{0,3}-?\d[\w.-]*")
# "NOK 2.5 million", "R10 million", "$5m": a sum of money tagged as a name, or trailing one ("Fjord AI NOK 2.5 million")
_SUM = rf"\d[\d.,]*(?:\s?(?:{_alternation('amount_scales')})\b)?"
AMOUNT_NAME = re.compile(rf"(?:(?:{_alternation('currency_codes')})\s?|[$€£¥₹])?{_SUM}")
AMOUNT_TAIL = re.compile(rf"\s+(?:{_alternation('currency_codes')})\s?{_SUM}$")
STATE_LEAD = re.compile(r"^(?:the )?state\s", re.I)
PLACE_WORD_POSS = re.compile(r"^(?:the )?(?:country|nation|state)(['’]s)\b", re.I)


def whole_word(text: str) -> re.Pattern[str]:
    """``text`` where it stands alone, not inside a longer word."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
