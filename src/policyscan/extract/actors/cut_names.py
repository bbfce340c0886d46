"""Institution names the tagger cut in the middle: "the Association of Journalists of" + "Costa Rica",
"Constitutional Chamber of" + "the Supreme Court", "the Office of the Information and Privacy" +
"Commissioner for British Columbia". A name that ends on a glue word ("of", "for", "of the"), or that is
followed by a capitalised head word no entity took ("Commissioner"), goes on: the words after it are the rest
of the name, even when the tagger took them for a place or another body."""

from __future__ import annotations

from spacy.tokens import Doc

from policyscan.extract.patterns import actor_word_set, lexicon

REST_WORDS = 5  # capitalised words at most in the rest of a cut name
NEVER_IN_REST = frozenset(["DATE", "TIME", "PERSON", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"])
THE_GLUE = frozenset(["of", "for", "on"])


def _rest(doc: Doc, j: int) -> int:
    """The end of the capitalised run from ``j`` (a place or a body allowed: the tagger split the name there)."""
    k = j
    while k < len(doc) and k - j < REST_WORDS and doc[k].text[:1].isupper() and doc[k].ent_type_ not in NEVER_IN_REST:
        if doc[k].is_sent_start or doc[k].text in ("'s", "\u2019s"):
            break
        k += 1
    return k


def _after_glue(doc: Doc, j: int) -> int:
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    k = _rest(doc, j)
    return k if k > j and doc[j].text[:1].isupper() else -1


def cut_name_end(doc: Doc, start: int, end: int) -> int:
    """The end of the name a mention ``doc[start:end]`` was cut from, or ``end``."""
    glue = actor_word_set("name_glue") - {"and", "&"}
    last = doc[end - 1].lower_
    glue_the = last == "the" and end - 2 > start and doc[end - 2].lower_ in THE_GLUE
    inside = end - 1 > start and (last in glue or glue_the)
    if inside:
        k = _after_glue(doc, end)
        return k if k > end else end
    if end < len(doc) and doc[end].lower_ in lexicon()["institution_heads"] and doc[end].text[:1].isupper():
        if doc[end].ent_type_ or doc[end].is_sent_start:
            return end
        k = end + 1
        if k < len(doc) and doc[k].lower_ in glue:
            rest = _after_glue(doc, k + 1)
            k = rest if rest > k + 1 else k
        return k
    return end


def without_trailing_and(name: str) -> str | None:
    """ "Orvane Compute and" (+ "Meridel Systems", a second company): a name the tagger ended on "and" that
    no rest completes is the name before it."""
    head, _, last = name.rpartition(" ")
    return head if head and last.lower() in ("and", "&") else None
