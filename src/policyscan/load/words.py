"""The loader's word lists and signatures, read once from ``data/loading.json``."""

from __future__ import annotations

import json
import re
from importlib import resources

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
