"""policyscan_pos (data/pos_rules.json) gives every token the POS, TAG and DEP that spaCy's attribute_ruler gives.

Issue 16: the ruler's Matcher pass cost ~8% of the parse. The replacement must change no
output: the golden tests pin the JSON; this file pins the token annotations themselves on
every corpus, held-out and sample article plus sentences written to hit each exception.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, POS, SENT_START, TAG

from policyscan import load
from policyscan.nlp import load_pipeline
from policyscan.posmap import KEPT_ATTRS, PosMapper, Unsupported, data_rules, rules_from_patterns

_spec = importlib.util.spec_from_file_location("golden_regen", Path(__file__).parent / "golden" / "regen.py")
assert _spec and _spec.loader
regen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regen)

ATTRS = [POS, TAG, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]

# Sentences written for this test: each exception rule of the ruler fires at least once.
EXCEPTIONS = (
    "There is a ban. There were two fines, and there's more. But, the regulator said, that was it.\n\n"
    "The law that passed is strict; that rule, which the court upheld, applies if nobody objects, "
    "because something changed while everyone waited. I did it myself; you have done it yourselves. "
    "She doesn't know whether they'd agreed. He has a plan and does it; we had been told, being careful. "
    "Here and there, then, well, not once.  Do they have it? Those are theirs and these are ours.\n"
    "   \n\tThe agency 's order, unless withdrawn, is final. Did he? He did. Had it? It had.\n"
)


@pytest.fixture(scope="module")
def pipelines():
    fast = load_pipeline()
    reference = load_pipeline(fast_pos=False)
    if "policyscan_pos" not in fast.nlp.pipe_names:
        pytest.skip("the installed model's attribute_ruler differs from data/pos_rules.json")
    assert "attribute_ruler" in reference.nlp.pipe_names
    return fast.nlp, reference.nlp


def _texts() -> list[tuple[str, str]]:
    out = []
    for rel in regen.articles():
        out.append((str(rel), load.load_path(str(regen.REPO / rel)).text))
    return out


def test_the_fast_pipeline_replaces_the_ruler_in_place(pipelines):
    fast, reference = pipelines
    assert "attribute_ruler" not in fast.pipe_names
    assert fast.pipe_names.index("policyscan_pos") == reference.pipe_names.index("attribute_ruler")


def test_data_file_is_the_installed_models_rules():
    reference = load_pipeline(fast_pos=False).nlp
    if "attribute_ruler" not in reference.pipe_names:
        pytest.skip("no attribute_ruler in the installed model")
    meta = reference.meta
    if f"{meta['lang']}_{meta['name']} {meta['version']}" != data_rules()["model"]:
        pytest.skip("another model than the one the data file was built from")
    assert rules_from_patterns(reference.get_pipe("attribute_ruler").patterns) == data_rules()["rules"]


def test_data_file_sets_only_what_policyscan_reads():
    rules = data_rules()["rules"]
    assert len(rules) > 50
    for rule in rules:
        assert rule["set"] and set(rule["set"]) <= set(KEPT_ATTRS), rule


def test_corpus_tokens_are_annotated_identically(pipelines):
    fast, reference = pipelines
    texts = _texts()
    assert len(texts) >= 30
    tokens = 0
    docs_f, docs_r = fast.pipe(t for _, t in texts), reference.pipe(t for _, t in texts)
    for (name, _), doc_f, doc_r in zip(texts, docs_f, docs_r, strict=True):
        assert [t.text for t in doc_f] == [t.text for t in doc_r], name
        got, want = doc_f.to_array(ATTRS), doc_r.to_array(ATTRS)
        if not (got == want).all():
            bad = next(i for i in range(len(doc_f)) if (got[i] != want[i]).any())
            tok_f, tok_r = doc_f[bad], doc_r[bad]
            pytest.fail(f"{name}: token {bad} {tok_f.text!r}: {tok_f.pos_}/{tok_f.dep_} != {tok_r.pos_}/{tok_r.dep_}")
        tokens += len(doc_f)
    assert tokens > 10_000


def test_every_kind_of_exception_is_annotated_identically(pipelines):
    fast, reference = pipelines
    doc_f, doc_r = fast(EXCEPTIONS), reference(EXCEPTIONS)
    assert [(t.pos_, t.tag_, t.dep_) for t in doc_f] == [(t.pos_, t.tag_, t.dep_) for t in doc_r]
    # the sentences do exercise the exceptions: many tokens' POS differs from the bare tag table
    table = {r["patterns"][0][0]["TAG"]: r["set"]["POS"] for r in data_rules()["rules"][:56]}
    differ = [t.text for t in doc_f if table.get(t.tag_) != t.pos_]
    assert len(differ) >= 15, differ
    assert any(t.is_space and t.dep_ == "dep" for t in doc_f)


def test_unknown_conditions_are_refused(pipelines):
    fast, _ = pipelines
    with pytest.raises(Unsupported):
        PosMapper(fast.vocab, [{"patterns": [[{"LEMMA": "be"}]], "index": 0, "set": {"POS": "AUX"}}])
    with pytest.raises(Unsupported):
        PosMapper(fast.vocab, [{"patterns": [[{"TAG": {"REGEX": "^V"}}]], "index": 0, "set": {"POS": "VERB"}}])
    with pytest.raises(Unsupported):
        PosMapper(fast.vocab, [{"patterns": [[{"TAG": "NN"}]], "index": 0, "set": {"POS": "NOPE"}}])


def test_empty_and_whitespace_docs(pipelines):
    fast, reference = pipelines
    for text in ("", " ", "\n\n", "a"):
        assert [(t.pos_, t.tag_, t.dep_) for t in fast(text)] == [(t.pos_, t.tag_, t.dep_) for t in reference(text)]


def _values(rules, attr):
    """Every string a rule compares ``attr`` with."""
    out = set()
    for rule in rules:
        for pat in rule["patterns"]:
            for tok in pat:
                spec = tok.get(attr)
                if isinstance(spec, str):
                    out.add(spec)
                elif isinstance(spec, dict):
                    out.update(v for vals in spec.values() for v in vals)
    return sorted(v for v in out if v)


def _random_docs(vocab, rules, n_docs=600, seed=16):
    """Docs with invented TAG/DEP annotation: runs of tokens that satisfy a random rule, among random tokens."""
    import random

    from spacy.tokens import Doc

    rng = random.Random(seed)
    pools = {
        "LOWER": [*_values(rules, "LOWER"), "x", "regulator"],
        "TAG": [*_values(rules, "TAG"), "NN", "VB"],
        "DEP": [*_values(rules, "DEP"), "nsubj", "dobj", "det", "quantmod", "dep"],
    }

    def realise(spec: dict) -> tuple[str, str, str]:
        tok = {attr: rng.choice(pool) for attr, pool in pools.items()}
        space = rng.random() < 0.1
        for attr, want in spec.items():
            if attr == "IS_SPACE":
                space = want
            elif isinstance(want, str):
                tok[attr] = want
            elif "IN" in want:
                tok[attr] = rng.choice(want["IN"])
            else:
                tok[attr] = rng.choice([v for v in pools[attr] if v not in want["NOT_IN"]])
        word = rng.choice([" ", "\n", "  "]) if space else tok["LOWER"] or "x"
        if word.strip() and rng.random() < 0.2:
            word = word.upper()
        return word, tok["TAG"], tok["DEP"]

    docs = []
    for _ in range(n_docs):
        toks: list[tuple[str, str, str]] = []
        while len(toks) < rng.randint(1, 12):
            if rng.random() < 0.6:
                pattern = rng.choice(rng.choice(rules)["patterns"])
                toks += [realise(spec) for spec in pattern]
            else:
                toks.append(realise({}))
        # spaCy never puts two whitespace tokens in a row: merge them as its tokenizer would
        merged: list[tuple[str, str, str]] = []
        for tok in toks:
            if merged and not tok[0].strip() and not merged[-1][0].strip():
                continue
            merged.append(tok)
        docs.append(
            Doc(
                vocab,
                words=[w for w, _, _ in merged],
                spaces=[bool(w.strip()) and rng.random() < 0.7 for w, _, _ in merged],
                tags=[t for _, t, _ in merged],
                deps=[d for _, _, d in merged],
                heads=[0] * len(merged),
            )
        )
    return docs


def test_random_annotations_get_the_rulers_pos_tag_and_dep(pipelines):
    """Every rule, exception and rule order, on invented annotations: same POS/TAG/DEP as the ruler."""
    _, reference = pipelines
    ruler = reference.get_pipe("attribute_ruler")
    rules = data_rules()["rules"]
    mapper = PosMapper(reference.vocab, rules)
    docs = _random_docs(reference.vocab, rules)
    changed = 0
    for doc in docs:
        ours, theirs = mapper(doc.copy()), ruler(doc.copy())
        got = [(t.pos_, t.tag_, t.dep_) for t in ours]
        assert got == [(t.pos_, t.tag_, t.dep_) for t in theirs], [t.text for t in doc]
        changed += sum(t.tag_ != o.tag_ or t.dep_ != o.dep_ for t, o in zip(ours, doc, strict=True))
    assert changed > 0  # the whitespace TAG and DEP rules fired too
