#!/usr/bin/env python3
"""Validate the gold files in this folder (format of ../../../shared/eval/README.md).

usage: python3 tests/corpus/check_gold.py [DIR]

Checks every NAME.json: valid JSON, the "article" file exists, required keys,
entries are lists of names, directions are valid, date ranges are ISO dates
with lo <= hi, and that the gold mentions things that really are in the text
(one name of every required actor/model, one keyword of every required
action). It also warns when two required actions with the same direction
share actor names and an object keyword, because the scorer assigns a
reported action to the FIRST matching gold action.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import sys
from pathlib import Path

DIRECTIONS = {"tighten", "loosen", "neutral", "any"}


def iso(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def names_ok(entries, where, errs):
    if not isinstance(entries, list):
        errs.append(f"{where}: not a list")
        return
    for e in entries:
        if not (isinstance(e, list) and e and all(isinstance(n, str) and n.strip() for n in e)):
            errs.append(f"{where}: bad entry {e!r}")


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    files = sorted(root.glob("*.json"))
    bad = 0
    for p in files:
        errs: list[str] = []
        warns: list[str] = []
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except Exception as exc:
            print(f"{p.name}: INVALID JSON: {exc}")
            bad += 1
            continue
        for k in ("article", "published", "actors", "models", "actions"):
            if k not in g:
                errs.append(f"missing key {k}")
        art = root / g.get("article", "")
        if not g.get("article") or not art.is_file():
            errs.append(f"article file {g.get('article')!r} not found")
            text = ""
        else:
            text = html.unescape(art.read_text(encoding="utf-8")).lower()
        if art.stem != p.stem:
            errs.append("article name does not match the gold file name")
        pub = g.get("published")
        if pub is not None and not iso(pub):
            errs.append(f"published {pub!r} is not an ISO date")
        for sec in ("actors", "models"):
            block = g.get(sec, {})
            for part in ("required", "allowed"):
                names_ok(block.get(part, []), f"{sec}.{part}", errs)
            for e in block.get("required", []):
                if text and not any(n.lower() in text for n in e):
                    warns.append(f"{sec}.required {e[0]!r}: no name found in the article")
        acts = g.get("actions", {})
        for part in ("required", "allowed"):
            for i, a in enumerate(acts.get(part, [])):
                w = f"actions.{part}[{i}]"
                if a.get("actor") is not None and not (isinstance(a["actor"], list) and a["actor"]):
                    errs.append(f"{w}: actor must be a non-empty list or null")
                if a.get("direction") not in DIRECTIONS:
                    errs.append(f"{w}: bad direction {a.get('direction')!r}")
                if not (isinstance(a.get("objects"), list) and a["objects"]):
                    errs.append(f"{w}: objects must be a non-empty list")
                if "date" in a:
                    d = a["date"]
                    if not (isinstance(d, list) and len(d) == 2 and all(iso(x) for x in d) and d[0] <= d[1]):
                        errs.append(f"{w}: bad date range {d!r}")
                    elif pub and d[0] > pub:
                        warns.append(f"{w}: date range starts after publication")
                if part == "required" and text and not any(o.lower() in text for o in a.get("objects", [])):
                    warns.append(f"{w}: no object keyword occurs in the article")
        req = acts.get("required", [])
        for i in range(len(req)):
            for j in range(i + 1, len(req)):
                a, b = req[i], req[j]
                if a["direction"] != b["direction"] and "any" not in (a["direction"], b["direction"]):
                    continue
                an = {n.lower() for n in (a.get("actor") or [])}
                bn = {n.lower() for n in (b.get("actor") or [])}
                if a.get("actor") is not None and b.get("actor") is not None and not (an & bn):
                    continue
                shared = {
                    o
                    for o in b["objects"]
                    if any(o.lower() in x.lower() or x.lower() in o.lower() for x in a["objects"])
                }
                if shared:
                    warns.append(f"actions.required[{i}] and [{j}] share actor+direction and objects {sorted(shared)}")
        status = "ok" if not errs else "ERROR"
        bad += bool(errs)
        print(
            f"{p.name}: {status}" + "".join(f"\n  error: {e}" for e in errs) + "".join(f"\n  warn: {w}" for w in warns)
        )
    print(f"{len(files)} gold files, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
