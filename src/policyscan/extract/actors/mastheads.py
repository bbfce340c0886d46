"""A name alone on a line at the top of the page is the page's own: the outlet's masthead ("The Harare Ledger")
or the law firm that signs a client alert ("*Whitcombe Lane LLP*" under the authors). It names who publishes,
not who acts, and so does the same name in running text ("told The Harare Ledger"). A body's name alone on a
line (an agency heading a guide) keeps its word for a body (lexicon ``institution_heads``). Only a line ending in
a word a masthead or a firm's name ends in (``masthead_tail_words``: "Ledger", "Sentinel", "LLP") counts: a roundup's
section headings ("Kenya", "Vessia Labs") name the bodies that act in them."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from policyscan.extract.patterns import CACHE_PREFIX, actor_word_set, doc_text, lexicon

TOP_LINES = 12  # lines from the top of the text where a masthead or a firm's signature stands
MAX_WORDS = 5
_MARKS = " \t*_#>|"
_KEY = CACHE_PREFIX + "mastheads"


def _bare(name: str) -> str:
    name = name.strip().strip(_MARKS)
    return name[4:] if name[:4].lower() == "the " else name


def _top_line_name(ent: Span) -> bool:
    """``ent`` fills a line of its own among the text's first ``TOP_LINES`` non-empty lines."""
    if ent.ent_id_:
        return False
    text = doc_text(ent.doc)
    name = ent.text.strip()
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.start_char + len(name))
    if text[start : end if end >= 0 else len(text)].strip(_MARKS) != name.strip(_MARKS):
        return False
    if sum(1 for row in text[:start].split("\n") if row.strip()) >= TOP_LINES:
        return False
    heads = lexicon()["institution_heads"]
    return _name_line(name) and not any(t.lower_ in heads for t in ent)


def _name_line(line: str) -> bool:
    """ "The Harare Ledger", "**Kivu Sentinel**": one to five capitalised words and nothing else."""
    words = _bare(line).split()
    heads = lexicon()["institution_heads"]
    return (
        0 < len(words) <= MAX_WORDS
        and words[-1].lower() in actor_word_set("masthead_tail_words")
        and all(
            w[:1].isupper() and w.replace("&", "").replace("-", "").isalpha() and w.lower() not in heads for w in words
        )
    )


def _masthead_names(doc: Doc) -> frozenset[str]:
    """The names standing alone on the text's top lines."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        rows = [row for row in doc_text(doc).split("\n") if row.strip()][:TOP_LINES]
        cached = frozenset(_bare(row).lower() for row in rows if _name_line(row))
        doc.user_data[_KEY] = cached
    return cached


def masthead(ent: Span) -> bool:
    """``ent`` is the page's masthead or signature, or the same name elsewhere in the text."""
    return _top_line_name(ent) or (not ent.ent_id_ and _bare(ent.text).lower() in _masthead_names(ent.doc))
