"""Regenerate the golden JSON outputs: ``python tests/golden/regen.py``.

Run it only when an extraction change is *meant* to change output, and review the
diff of ``tests/golden/*.json`` in the same commit: the golden files are what makes a
refactor provably byte-identical (issue "Rules as data").
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
REPO = HERE.parents[1]
SETS = ("tests/corpus", "tests/heldout", "samples")
SUFFIXES = {".txt", ".md", ".html"}


def articles() -> list[Path]:
    """Every article of the pinned sets, as paths relative to the repository root."""
    found = []
    for rel in SETS:
        found += sorted(p.relative_to(REPO) for p in (REPO / rel).iterdir() if p.suffix in SUFFIXES)
    return found


def golden_name(rel: Path) -> str:
    return "__".join(rel.with_suffix("").parts[-2:]) + rel.suffix.replace(".", "_") + ".json"


def render(rel: Path) -> str:
    """What ``policyscan analyze REL --format json`` prints, run from the repository root."""
    import os

    from policyscan import load, pipeline
    from policyscan.render.json_out import report_json

    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return report_json(pipeline.analyze(load.load_path(str(rel)))) + "\n"
    finally:
        os.chdir(cwd)


def main() -> int:
    for rel in articles():
        (HERE / golden_name(rel)).write_text(render(rel), encoding="utf-8")
    print(f"wrote {len(articles())} golden files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
