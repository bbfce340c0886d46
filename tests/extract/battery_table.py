"""Print the construction battery's table: per shape, how many verbs get actor, direction, status, date, all.

Run from the repository root: ``PYTHONPATH=src:tests/extract python tests/extract/battery_table.py [--fails]``.
``--fails`` lists every row that is not ok with what the report said; ``--ids`` prints the ids that pass.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import defaultdict

from construction_battery import PUB, judge, rows

from policyscan import load, pipeline


def main(argv: list[str]) -> None:
    results = defaultdict(list)
    fails = []
    passing = []
    for row in rows():
        article = load.load_bytes(row.text.encode("utf-8"), path="t.txt", suffix=".txt")
        report = pipeline.analyze(dataclasses.replace(article, published=PUB))
        v = judge(row, report)
        results[row.shape.key].append(v)
        (passing if v.ok else fails).append((row, v))
    cols = ("found", "actor", "direction", "status", "date", "ok")
    print("| shape | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    totals = [0] * len(cols)
    n_all = 0
    for shape, vs in results.items():
        counts = [sum(getattr(v, c) for v in vs) for c in cols]
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        n_all += len(vs)
        print(f"| {shape} | " + " | ".join(f"{c}/{len(vs)}" for c in counts) + " |")
    print("| **total** | " + " | ".join(f"{c}/{n_all}" for c in totals) + " |")
    if "--fails" in argv:
        for row, v in fails:
            print(f"\n{row.id}: {row.text!r}\n   {v.got}")
    if "--ids" in argv:
        print(" ".join(row.id for row, _ in passing))


if __name__ == "__main__":
    main(sys.argv[1:])
