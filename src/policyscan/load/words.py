"""The loader's word lists and signatures, read once from ``data/loading.json``."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import NamedTuple

_DATA = json.loads(resources.files("policyscan.data").joinpath("loading.json").read_text("utf-8"))

# (leading bytes, name) of binary formats that are refused before decoding
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = tuple(
    (bytes.fromhex(item["hex"]), item["kind"]) for item in _DATA["binary_magic"]
)
# Single-byte codepages charset-normalizer confuses with cp1252 on short Western text.
WESTERN_CODECS: frozenset[str] = frozenset(_DATA["western_codecs"])
# Capitalised words that look like a dateline's city but are not ("NASA — ...").
NOT_CITIES: frozenset[str] = frozenset(_DATA["not_cities"])
# Lower-case words allowed inside a byline name ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset(_DATA["name_particles"])
# ", Technology Correspondent" after a name is a role, not another author.
ROLE_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _DATA["role_words"]) + r")\b", re.I)
# JSON-LD @type values of an article.
ARTICLE_TYPES: tuple[str, ...] = tuple(_DATA["article_types"])


class DateSource(NamedTuple):
    """Where a page may give a date (``where``: meta, json-ld, page or trafilatura) and its label in the output."""

    where: str
    key: str
    source: str


# Publication-date candidates in order of trust; modification dates are only a last resort.
PUBLISHED_SOURCES: tuple[DateSource, ...] = tuple(
    DateSource(s["in"], s["key"], s["source"]) for s in _DATA["published_sources"]
)
MODIFIED_SOURCES: tuple[DateSource, ...] = tuple(
    DateSource(s["in"], s["key"], s["source"]) for s in _DATA["modified_sources"]
)

_FURNITURE = _DATA["furniture"]


def _alternation(items: list[str], *, escape: bool) -> str:
    return "|".join(re.escape(w) if escape else w for w in sorted(items, key=len, reverse=True))


# Share buttons, menus and other page controls, alone or several on one line ("Share · Copy link").
UI_WORDS: frozenset[str] = frozenset(_FURNITURE["ui_words"])
# Section labels above a story ("Explainer", "Analysis", "News | Technology").
SECTION_LABELS: frozenset[str] = frozenset(_FURNITURE["section_labels"])
# Headings of a list of other stories ("Related", "More for you", "Most read").
LIST_HEADING = re.compile(rf"(?:{_alternation(_FURNITURE['list_headings'], escape=False)})[ \t]*:?", re.I)
# Whole lines that are captions, wire credits, copyright, newsletter and cookie prompts.
FURNITURE_LINE = re.compile(rf"(?:{_alternation(_FURNITURE['line_patterns'], escape=False)})", re.I)
# Captions and copyright notices recognised by how the line ends ("... (File photo)").
FURNITURE_END = re.compile(rf"(?:{_alternation(_FURNITURE['line_ends'], escape=False)})[ \t]*$", re.I)
# Every word of the line and heading patterns: a line whose first word is not one of them is not tried.
FURNITURE_FIRST_WORDS: frozenset[str] = frozenset(
    w for p in _FURNITURE["line_patterns"] + _FURNITURE["list_headings"] for w in re.findall(r"[a-z]+", p.lower())
)
# Headings of a line of tags or topics ("Tags: A, B, C", "Tagi: ...").
TAG_LABELS: frozenset[str] = frozenset(_FURNITURE["tag_labels"])
# News agencies whose name alone on a line ("(Reuters)", "— AFP") is a credit.
WIRE_NAMES: frozenset[str] = frozenset(_FURNITURE["wire_names"])
# Header words of a timeline table's date, body and event columns, and past-tense verbs without -ed (table_rows.py).
TIMELINE_COLUMNS: dict[str, frozenset[str]] = {
    key: frozenset(words) for key, words in _DATA["timeline_columns"].items() if key != "_doc"
}
