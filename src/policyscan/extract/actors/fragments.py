"""Names that are pieces of something else, never a body: a unit of account after a number ("fines of up to
100 UIT", "90 UTM"), a word cut off where the copied text ends ("... with some firms opting out, Reu"), and the
first half of a hyphenated modifier that opens a sentence ("Digital-rights groups"), a "$" ticker, a capitalised
verb, an operation's name, a title that opens with a verb's -ing form."""

from __future__ import annotations

from spacy.tokens import Span

from policyscan.extract.patterns import actor_word_set, lexicon


def unit_after_number(ent: Span) -> bool:
    """ "100 UIT": a short acronym right after a number is what is counted, not who acts."""
    text = ent.text.strip()
    if ent.ent_id_ or len(ent) != 1 or not (2 <= len(text) <= 5 and text.isupper() and text.isalpha()):
        return False
    return ent.start > 0 and ent.doc[ent.start - 1].like_num


def cut_off_end(ent: Span) -> bool:
    """One word that is the very end of the text with no closing punctuation: a truncated copy."""
    doc = ent.doc
    if ent.ent_id_ or len(ent) != 1:
        return False
    return all(t.is_space for t in doc[ent.end :])


def hyphened_opening(ent: Span) -> bool:
    """ "Digital-rights groups were divided": a word capitalised only because it opens the sentence, joined by a
    hyphen to a lower-case word, is half of a compound modifier, not a name."""
    doc = ent.doc
    if ent.ent_id_ or len(ent) != 1 or ent.start != ent.sent.start or ent.end + 1 >= len(doc):
        return False
    hyphen, word = doc[ent.end], doc[ent.end + 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and not ent[-1].whitespace_ and word.text.islower()


def cashtag(ent: Span) -> bool:
    """ "a token called Kestcoin, $KST": an upper-case word written right after "$" is a currency's or a share's
    ticker, not a body."""
    doc = ent.doc
    if ent.ent_id_ or len(ent) != 1 or not ent.text.isupper() or ent.start == 0:
        return False
    return doc[ent.start - 1].text == "$" and not doc[ent.start - 1].whitespace_


def verb_word(ent: Span) -> bool:
    """ "..., the company Tweeted.": one word the tagger reads as an inflected verb is a capitalised verb."""
    tok = ent[0]
    return not ent.ent_id_ and len(ent) == 1 and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN", "VBG")


def operation_name(ent: Span) -> bool:
    """ "Operation Clean Bot", "Operación Escudo": the name of an enforcement sweep or campaign, not a body."""
    return not ent.ent_id_ and len(ent) > 1 and ent[0].lower_ in actor_word_set("operation_words")


def gerund_title(ent: Span) -> bool:
    """ "the Using AI Responsibly guidance", "Executive Order on Ensuring Fair Rules for AI": a name that opens
    with a verb's -ing form is a document's or an order's title, not a body (but "Working Group" is a body)."""
    words = [t for t in ent if t.pos_ != "DET"]
    if ent.ent_id_ or len(words) < 2 or words[0].tag_ != "VBG" or not words[0].text[:1].isupper():
        return False
    last = ent[-1]
    return last.lower_ not in lexicon()["institution_heads"] and last.lower_ not in actor_word_set("group_heads")


def fragment(ent: Span) -> bool:
    return (
        unit_after_number(ent)
        or cut_off_end(ent)
        or hyphened_opening(ent)
        or cashtag(ent)
        or verb_word(ent)
        or operation_name(ent)
        or gerund_title(ent)
    )
