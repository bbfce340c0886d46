"""Typography of published pages read like the plain text the small model learned from.

Published text writes "Ghana’s tribunal" with a typographic apostrophe; the small model learned from straight
ones, and its entity recogniser, which sees a token's shape, prefix and suffix, then splits "Ghana’s Competition
Tribunal" into a person and a bare "Tribunal". Giving the curly clitics the straight forms' features leaves the
text (and every offset) unchanged. A bullet glyph glued to a word ("•Judge Chung issued ...") is split off, so
the title is a word of its own. A name glued by a full stop to a tail such as "AI" ("Kestrel.AI") is one word: split,
its full stop would end a sentence in the middle of a name. So is a company's dotted legal form ("d.o.o.", "Sp.",
"a.s."): split, its last full stop ends the sentence after the company's name.
"""

from __future__ import annotations

import re
from typing import Any

CLITICS = ("’s", "n’t", "’re", "’ve", "’ll", "’d", "’m")
BULLETS = ("•", "▪", "►", "▸", "◦", "‣")


def straighten_clitics(vocab: Any) -> None:
    """Copy the straight clitic's shape, prefix, suffix and norm onto its curly twin (both cases)."""
    for curly in CLITICS + tuple(c.upper() for c in CLITICS):
        straight = vocab[curly.replace("’", "'")]
        lex = vocab[curly]
        lex.shape_, lex.prefix_, lex.suffix_ = straight.shape_, straight.prefix_, straight.suffix_
        lex.norm_ = straight.norm_


def split_bullets(nlp: Any) -> None:
    """A bullet glyph opening a token is a prefix of its own."""
    old = nlp.tokenizer.prefix_search
    pattern = "^(?:" + "|".join(BULLETS) + ")"
    if old is not None and pattern not in old.__self__.pattern:
        nlp.tokenizer.prefix_search = re.compile(old.__self__.pattern + "|" + pattern).search


def read_plainly(nlp: Any) -> None:
    straighten_clitics(nlp.vocab)
    split_bullets(nlp)
    keep_dotted_names(nlp)
    keep_legal_forms(nlp)


def keep_legal_forms(nlp: Any) -> None:
    """Each dotted legal form of data/actor_words.json ``legal_forms`` that the tokenizer would split is one token."""
    from spacy.attrs import ORTH

    from policyscan.extract.patterns import actor_words

    for form in actor_words()["legal_forms"]:
        if "." in form and len(nlp.tokenizer(form)) > 1:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def keep_dotted_names(nlp: Any) -> None:
    """ "Kestrel.AI", "Lumen.io": one token, when no other rule already claims whole tokens."""
    from policyscan.extract.patterns import model_words

    if nlp.tokenizer.token_match is not None:
        return
    tails = "|".join(re.escape(t) for t in model_words()["dotted_name_tails"])
    nlp.tokenizer.token_match = re.compile(rf"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\.(?:{tails})$").match
