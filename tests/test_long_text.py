"""Issue 12 item 7: texts over spaCy's max_length (1,000,000 characters) are parsed in
paragraph-aligned pieces and joined back, so every offset still indexes the whole text."""

from __future__ import annotations

import dataclasses
import itertools
import random
from datetime import date

import pytest

from policyscan import load, pipeline
from policyscan.nlp import CHUNK_CHARS, ChunkingLanguage, split_text

PARAGRAPHS = [
    "The Ruritanian Data Authority fined Okapi Systems {n} million euros over its Quillo-3 chatbot on March {d}, 2026.",
    "Freedonia's Competition Office opened an investigation into Meridian AI's Heron-7B model last week.",
    "The Borduria Communications Agency lifted its suspension of Vantor Cloud's Kestrel-X model on Tuesday.",
    "Analysts said the decision could shape how other regulators approach consumer chatbots next year.",
    "Consumer groups welcomed the move but said enforcement had come too late for many users.",
]


def _article(chars: int, seed: int = 12) -> str:
    rng = random.Random(seed)
    parts, n = ["Regulators act\n\n"], 0
    while n < chars:
        para = " ".join(rng.choice(PARAGRAPHS) for _ in range(rng.randint(1, 4)))
        para = para.format(n=rng.randint(2, 90), d=rng.randint(1, 28))
        parts.append(para + "\n\n")
        n += len(para) + 2
    return "".join(parts)


def test_split_text_gives_the_text_back_in_bounded_pieces():
    rng = random.Random(7)
    alphabet = ["a", "b", " ", "\n", "\n\n", ". ", "word ", "  ", "\t", "x" * 30]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        size = rng.randint(2, 60)
        pieces = split_text(text, size)
        assert "".join(pieces) == text
        assert all(len(p) <= 2 * size for p in pieces)
        # a piece starts with whitespace only when the one before stopped at the bound inside a blank run
        for before, piece in itertools.pairwise(pieces):
            assert not piece[0].isspace() or len(before) == 2 * size, (text, size, pieces)


def test_split_text_prefers_paragraph_ends():
    text = _article(20_000)
    pieces = split_text(text, 3000)
    assert len(pieces) > 6
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert all(len(p) <= 3000 for p in pieces)


def test_a_long_text_is_one_doc_over_the_whole_text(nlp_loaded):
    nlp = ChunkingLanguage(nlp_loaded.nlp.language, chunk_chars=2000)
    text = _article(12_000)
    doc = nlp(text)
    assert doc.text == text
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text
    starts = {len("".join(split_text(text, 2000)[:i])) for i in range(1, len(split_text(text, 2000)))}
    sent_starts = {s.start_char for s in doc.sents}
    assert starts <= sent_starts  # every piece begins a sentence


def test_pipe_keeps_order_and_context_with_long_and_short_texts(nlp_loaded):
    nlp = ChunkingLanguage(nlp_loaded.nlp.language, chunk_chars=2000)
    texts = ["Short one.", _article(5000, seed=1), "Short two.", "Short three.", _article(3000, seed=2)]
    out = list(nlp.pipe(((t, i) for i, t in enumerate(texts)), as_tuples=True, batch_size=2))
    assert [i for _, i in out] == list(range(len(texts)))
    assert [d.text for d, _ in out] == texts
    assert [d.text for d in nlp.pipe(texts)] == texts


def test_the_loaded_pipeline_chunks_long_texts(nlp_loaded):
    assert isinstance(nlp_loaded.nlp, ChunkingLanguage)
    assert nlp_loaded.nlp.chunk_chars == CHUNK_CHARS < nlp_loaded.nlp.max_length


def _squash(text: str) -> str:
    return " ".join(text.split())


def _check_offsets(report, text: str) -> None:
    """The same contract as for short articles (tests/test_pipeline.py): offsets index the text."""
    assert report.source.characters == len(text)
    for action in report.actions:
        for ev in action.evidence:
            assert 0 <= ev.start < ev.end <= len(text)
            assert _squash(text[ev.start : ev.end]) == _squash(ev.text)
        if action.date.start is not None:
            assert _squash(text[action.date.start : action.date.end]) == _squash(action.date.text or "")
    for d in report.dates:
        assert _squash(text[d.start : d.end]) == _squash(d.text or "")


def test_report_offsets_index_the_whole_text_when_chunked(nlp_loaded, monkeypatch):
    text = _article(15_000)
    monkeypatch.setattr(nlp_loaded.nlp, "chunk_chars", 3000)
    article = load.load_bytes(text.encode(), path="long.txt", suffix=".txt")
    report = pipeline.analyze(article)
    assert len(report.actions) > 3
    assert max(ev.start for a in report.actions for ev in a.evidence) > 6000  # beyond the first pieces
    _check_offsets(report, article.text)


@pytest.mark.slow
def test_a_1_2_million_character_article(nlp_loaded):
    text = _article(1_200_000)
    assert len(text) > 1_000_000
    article = load.load_bytes(text.encode(), path="huge.txt", suffix=".txt")
    article = dataclasses.replace(article, published=date(2026, 3, 2))
    report = pipeline.analyze(article)
    assert report.actions
    _check_offsets(report, article.text)


def test_the_join_keeps_every_attribute_from_docs_would(nlp_loaded):
    """The pieces are joined from compact arrays, not by Doc.from_docs over every piece Doc (issue 16:
    memory); the Doc is the same."""
    from spacy.tokens import Doc

    language = nlp_loaded.nlp.language
    text = _article(12_000, seed=5) + "x" * 2500 + " tail\n\n  end "
    pieces = split_text(text, 2000)
    expected = Doc.from_docs(list(language.pipe(pieces, batch_size=1)), ensure_whitespace=False, exclude=["tensor"])
    doc = ChunkingLanguage(language, chunk_chars=2000)(text)
    attrs = list(Doc._get_array_attrs())
    assert doc.text == expected.text == text
    assert (doc.to_array(attrs) == expected.to_array(attrs)).all()
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents] == [
        (e.start, e.end, e.label_, e.ent_id_) for e in expected.ents
    ]
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in expected.sents]
    assert [t.head.i for t in doc] == [t.head.i for t in expected]
