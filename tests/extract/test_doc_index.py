"""The per-doc shortcuts extraction reads instead of scanning every Token (issue 16) give what a scan gives."""

from __future__ import annotations

import random

import pytest

from policyscan.extract.actors.index import ActorIndex, ActorRec, Mention
from policyscan.extract.patterns import doc_ents, drop_doc_caches, noun_forms, noun_lemma, sent_starts, tokens_in
from policyscan.report import ActorType

TEXT = (
    "Regulators act on chatbots\n\n"
    "The Ruritanian Data Authority fined Okapi Systems 5 million euros (RDA) over its Quillo-3 chatbot, "
    "the regulator said. Its Heron-7B model was banned! The bans and restrictions stay; no fine was lifted?\n"
    "Analysts said the decision could shape how other regulators approach consumer chatbots next year.\n\n"
    "THE MODEL, a chatbot, was approved. An agent may mark the case as det or neg."  # words that are spaCy symbols
)


@pytest.fixture(scope="module")
def doc(nlp_loaded):
    return nlp_loaded.nlp(TEXT)


def test_tokens_in_is_a_scan_of_lower(doc):
    for words in (
        frozenset({"the", "model", "chatbot"}),
        frozenset({","}),
        frozenset({"("}),
        frozenset({"absent-word"}),
        frozenset(),
        frozenset(t.lower_ for t in doc),
    ):
        assert tokens_in(doc, words) == [t.i for t in doc if t.lower_ in words]
    drop_doc_caches(doc)


def test_noun_forms_are_what_noun_lemma_maps_to_a_noun():
    from policyscan.extract.patterns import lexicon

    nouns = lexicon()["nouns"]
    forms = noun_forms()
    words = {w + end for w in list(nouns)[:200] for end in ("", "s", "es", "ies", "y")} | {"bans", "fines", "xyz"}
    for word in words:
        assert (noun_lemma(word) in nouns) == (word in forms), word


def test_sentence_starts_and_ents_match_spacy(doc):
    starts = sent_starts(doc)
    assert starts == [tok.sent.start for tok in doc]
    assert doc_ents(doc) == doc.ents
    drop_doc_caches(doc)
    assert not [k for k in doc.user_data if isinstance(k, str) and k.startswith("policyscan_")]


def _recent_by_scan(index: ActorIndex, before: int, types, exclude) -> str | None:
    for m in reversed(index.mentions):
        if m.start >= before or (exclude and m.key in exclude):
            continue
        if types is None or index.actors[m.key].type in types:
            return m.key
    return None


def _following_by_scan(index: ActorIndex, after: int, types) -> str | None:
    return next((m.key for m in index.mentions if m.start > after and index.actors[m.key].type in types), None)


def test_actor_lookups_bisect_like_a_scan():
    rng = random.Random(16)
    types = [ActorType.COUNTRY, ActorType.PERSON, ActorType.COMPANY, ActorType.REGULATOR]
    for _ in range(200):
        index = ActorIndex()
        for k in range(6):
            index.actors[f"a{k}"] = ActorRec(key=f"a{k}", name=f"A{k}", type=rng.choice(types))
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 60)
            index.mentions.append(Mention(start, start + 1, f"a{rng.randint(0, 5)}"))
        if rng.random() < 0.7:
            index.mentions.sort(key=lambda m: m.start)  # also unsorted lists: the lookups fall back to a scan
        for _ in range(20):
            at = rng.randint(-1, 62)
            want = set(rng.sample(types, rng.randint(1, 3)))
            exclude = {f"a{rng.randint(0, 5)}"} if rng.random() < 0.3 else None
            assert index.recent(at, want, exclude) == _recent_by_scan(index, at, want, exclude)
            assert index.recent(at) == _recent_by_scan(index, at, None, None)
            assert index.following(at, want) == _following_by_scan(index, at, want)
            assert index._before(at) == list(reversed([m for m in index.mentions if m.start < at]))  # office()
            assert index._after(at) == [m for m in index.mentions if m.start > at]
        start = rng.randint(0, 60)
        index.mentions.append(Mention(start, start + 1, "a0"))  # a list that grows out of order
        assert index.recent(61) == _recent_by_scan(index, 61, None, None)
