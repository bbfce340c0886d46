"""A name right after a product noun is the product's: "block the messaging app Kolanut", "its video app Tazama",
"a ride-hailing app called nothing else". The noun phrase opens with an article or an owner ("the", "its",
"Kestrel's") and runs over lower-case modifiers to a product noun (actor_words ``named_after_nouns``); the name
after it is what is blocked or sold, not who acts. Platforms are left out: a platform named so may act
("the social network Kivuli removed the posts")."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.patterns import actor_word_set

REACH = 4  # lower-case modifiers between the article and the product noun ("the free encrypted messaging app")
_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s"})


def named_after_product_noun(ent: Span) -> bool:
    doc = ent.doc
    if ent.ent_id_ or ent.start < 2 or doc[ent.start - 1].lower_ not in actor_word_set("named_after_nouns"):
        return False
    noun = doc[ent.start - 1]
    if not (ent.start <= noun.head.i < ent.end or ent.root.head.i == noun.i):
        return False  # "it is the tool Ankara knows": the name opens a clause of its own
    for i in range(ent.start - 2, max(ent.start - 2 - REACH, -1), -1):
        tok = doc[i]
        if tok.lower_ in _OPENERS:
            return True
        if not (tok.text.islower() or tok.text in ("-", "‑")):
            return False
    return False
