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
