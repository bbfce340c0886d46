"""Fine tag -> coarse POS without spaCy's ``attribute_ruler`` (issue 16).

The sm model's ``attribute_ruler`` runs a Matcher over every token to set POS,
MORPH and LEMMA from the tagger's fine tags (plus a few DEP-, word- and
whitespace-dependent exceptions). policyscan reads POS, TAG and DEP but never
MORPH or LEMMA, so this component applies only the rules that set POS, TAG or
DEP, from ``data/pos_rules.json``, with numpy over the whole Doc. The rules keep
the ruler's order and its precedence (a later rule overwrites an earlier one,
attribute by attribute; every condition sees the values from before the ruler).

``rules_from_patterns`` turns an ``attribute_ruler``'s patterns into that rule list:
``nlp.py`` replaces the ruler only when the loaded model's rules equal the data
file's, and a test rebuilds the file from the installed model.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

KEPT_ATTRS = ("POS", "TAG", "DEP")  # what policyscan reads; MORPH and LEMMA are never read
COND_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the conditions the compiler understands


class Unsupported(ValueError):
    """A pattern this compiler does not understand: keep spaCy's attribute_ruler."""


def rules_from_patterns(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The POS/TAG/DEP part of an attribute_ruler's ``patterns``, in order."""
    rules = []
    for entry in patterns:
        kept = {k: v for k, v in entry["attrs"].items() if k in KEPT_ATTRS}
        if kept:
            rules.append({"patterns": entry["patterns"], "index": entry.get("index", 0), "set": kept})
    return rules


@cache
def data_rules() -> dict[str, Any]:
    """data/pos_rules.json: {"model": ..., "rules": [...]}."""
    text = resources.files("policyscan").joinpath("data/pos_rules.json").read_text(encoding="utf-8")
    return json.loads(text)


class PosMapper:
    """A spaCy component: applies the rules to a Doc, memoised per token context.

    A token's result depends only on a few attributes (its TAG, LOWER, DEP and IS_SPACE, and
    the attributes the multi-token rules read on its neighbours), so the rules run once per
    distinct context and a dict lookup serves every later token with the same context.
    """

    MEMO_LIMIT = 200_000  # distinct contexts kept; the memo restarts when full

    def __init__(self, vocab, rules: list[dict[str, Any]]) -> None:
        from spacy.parts_of_speech import IDS

        self.vocab = vocab
        self._pos_ids = IDS
        self._rules = self._compile(rules)
        # the (offset, attribute) pairs any condition reads; offset 0 is the token itself
        used = {(off, attr) for rule in self._rules for alt in rule[0] for off, attr, _, _ in alt}
        self._context = sorted(used | {(0, "TAG"), (0, "DEP")})
        self._slot = {key: i for i, key in enumerate(self._context)}
        self._memo: dict[tuple, tuple[int | None, int, int]] = {}

    # -- compiling -------------------------------------------------------------------
    def _hash(self, value: str) -> int:
        return 0 if value == "" else int(self.vocab.strings.add(value))

    def _value(self, attr: str, value: str) -> int:
        if attr == "POS":
            if value not in self._pos_ids:
                raise Unsupported(f"unknown POS {value!r}")
            return int(self._pos_ids[value])
        return self._hash(value)

    def _cond(self, attr: str, spec: Any) -> tuple[str, Any]:
        if attr not in COND_ATTRS:
            raise Unsupported(f"condition on {attr}")
        if isinstance(spec, bool):
            if attr != "IS_SPACE":
                raise Unsupported(f"boolean condition on {attr}")
            return ("eq", int(spec))
        if isinstance(spec, str):
            return ("eq", self._hash(spec))
        if isinstance(spec, dict) and len(spec) == 1:
            ((op, values),) = spec.items()
            if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in values):
                return (op, frozenset(self._hash(v) for v in values))
        raise Unsupported(f"condition {spec!r} on {attr}")

    def _compile(self, rules: list[dict[str, Any]]) -> list[tuple]:
        compiled = []
        for rule in rules:
            alternatives = []
            for pat in rule["patterns"]:
                if not pat:
                    raise Unsupported("empty pattern")
                index = rule["index"]
                k = index if index >= 0 else len(pat) + index
                if not 0 <= k < len(pat):
                    raise Unsupported(f"index {index} outside a {len(pat)}-token pattern")
                # each condition as (offset from the token the rule sets, attribute, op, value)
                alternatives.append(
                    [(j - k, attr, *self._cond(attr, spec)) for j, tok in enumerate(pat) for attr, spec in tok.items()]
                )
            sets = [(attr, self._value(attr, v)) for attr, v in rule["set"].items()]
            compiled.append((alternatives, sets))
        return compiled

    # -- applying --------------------------------------------------------------------
    def _resolve(self, context: tuple) -> tuple[int | None, int, int]:
        """(POS, TAG, DEP) for one token context; every condition sees the values from before.

        POS is None when no rule sets it (the token keeps what it had)."""
        slot = self._slot
        out = {"POS": None, "TAG": context[slot[0, "TAG"]], "DEP": context[slot[0, "DEP"]]}
        for alternatives, sets in self._rules:
            for conds in alternatives:
                for off, attr, op, value in conds:
                    got = context[slot[off, attr]]
                    if got is None:
                        break
                    if op == "eq":
                        if got != value:
                            break
                    elif (got in value) is not (op == "IN"):
                        break
                else:
                    for attr, v in sets:
                        out[attr] = v
                    break
        return out["POS"], out["TAG"], out["DEP"]

    def __call__(self, doc):
        import numpy as np
        from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG

        n = len(doc)
        if n == 0:
            return doc
        names = ("TAG", "LOWER", "DEP", "IS_SPACE")
        arr = doc.to_array([TAG, LOWER, DEP, IS_SPACE, POS])
        cols = {name: arr[:, i].tolist() for i, name in enumerate(names)}
        columns = []
        for off, attr in self._context:
            col = cols[attr]
            if off == 0:
                columns.append(col)
            elif off < 0:
                columns.append([None] * min(-off, n) + col[: max(n + off, 0)])
            else:
                columns.append(col[off:] + [None] * min(off, n))
        memo = self._memo
        if len(memo) > self.MEMO_LIMIT:
            memo.clear()
        before = arr[:, 4].tolist()
        pos, tags, deps = [], [], []
        for context, old in zip(zip(*columns, strict=True), before, strict=True):
            got = memo.get(context)
            if got is None:
                got = memo[context] = self._resolve(context)
            pos.append(old if got[0] is None else got[0])
            tags.append(got[1])
            deps.append(got[2])
        if pos == before and tags == cols["TAG"] and deps == cols["DEP"]:
            return doc
        doc.from_array([POS], np.array(pos, dtype="uint64").reshape(n, 1))
        for i, (t_new, t_old, d_new, d_old) in enumerate(zip(tags, cols["TAG"], deps, cols["DEP"], strict=True)):
            if t_new != t_old:
                doc[i].tag = t_new
            if d_new != d_old:
                doc[i].dep = d_new
        return doc
