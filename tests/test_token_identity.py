"""spaCy makes a new Token object on every access, so ``tok.head is tok`` is never true, even at the root:
a guard written that way is dead and a climb relying on it never stops at the root. Compare tokens with ``==``
(or their ``.i``). This scans the source for the identity form."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "policyscan"
IDENTITY = re.compile(r"\b(\w+)\.head is (?:not )?\1\b")


def test_tokens_are_compared_by_value_not_identity():
    found = [
        f"{path.relative_to(SRC)}:{n}"
        for path in sorted(SRC.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if IDENTITY.search(line)
    ]
    assert not found, f"token identity comparisons (always false): {found}"
