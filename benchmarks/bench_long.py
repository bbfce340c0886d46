"""Time and peak memory of `policyscan analyze` on one long article (issue 12 items 7 and 14; not a test).

    .venv/bin/python benchmarks/bench_long.py --sizes 200000,1000000,5000000
    .venv/bin/python benchmarks/bench_long.py --sizes 200000 --kind repeated --profile

Kinds of generated input (invented text, never real articles):

* repeated - one policy sentence over and over (the issue's 990 KB case: 53 s and 3.6 GB before);
* varied   - paragraphs of invented regulators, companies, models and dates.

Each run is a fresh `python -m policyscan analyze FILE --format json` process; the figures are
wall time, CPU time and peak RSS of that process, seconds per MB (near-constant = linear), and
the target: peak memory under 600 MiB for a 5 MB input. ``--profile`` runs the first size under
cProfile and prints the functions with the most own time: a quadratic step shows up as a
function whose share grows with the size.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCE = (
    "The Ruritanian Data Authority fined Okapi Systems 5 million euros over its Quillo-3 chatbot on March 3, 2026. "
)
PARAGRAPHS = [
    "{reg} fined {co} {n} million euros over its {model} chatbot on March {d}, 2026.",
    "{reg} opened an investigation into {co}'s {model} model last week, officials said.",
    "{reg} lifted its suspension of {co}'s {model} model on Tuesday.",
    "{reg} ordered {co} to suspend its {model} model two days ago.",
    "Analysts said the decision could shape how other regulators approach consumer chatbots next year.",
    "Consumer groups welcomed the move but said enforcement had come too late for many users.",
]
REGULATORS = ["The Ruritanian Data Authority", "Freedonia's Competition Office", "The Borduria Communications Agency"]
COMPANIES = ["Okapi Systems", "Meridian AI", "Vantor Cloud", "Brightwater Labs"]
MODELS = ["Quillo-3", "Heron-7B", "Kestrel-X", "Marlin Pro"]
TARGET_MIB = 600


def make_text(kind: str, size: int, seed: int = 14) -> str:
    head = "Regulators act\nPublished: 2026-03-04\n\n"
    if kind == "repeated":
        return head + SENTENCE * max(1, (size - len(head)) // len(SENTENCE))
    rng = random.Random(seed)
    parts, n = [head], len(head)
    while n < size:
        para = " ".join(
            rng.choice(PARAGRAPHS).format(
                reg=rng.choice(REGULATORS),
                co=rng.choice(COMPANIES),
                model=rng.choice(MODELS),
                n=rng.randint(2, 90),
                d=rng.randint(1, 28),
            )
            for _ in range(rng.randint(1, 4))
        )
        parts.append(para + "\n\n")
        n += len(para) + 2
    return "".join(parts)


CHILD = """
import resource, subprocess, sys, time, json
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - start
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": done.returncode, "wall": wall, "cpu": u.ru_utime + u.ru_stime, "rss_kb": u.ru_maxrss,
                  "stderr": done.stderr[-500:]}))
"""


def measure(path: Path, profile: Path | None = None) -> dict:
    cmd = [sys.executable]
    if profile:
        cmd += ["-m", "cProfile", "-o", str(profile)]
    cmd += ["-m", "policyscan", "analyze", str(path), "--format", "json", "--max-bytes", str(10**8)]
    done = subprocess.run([sys.executable, "-c", CHILD, *cmd], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--sizes", default="200000,1000000,5000000", help="characters, comma-separated")
    parser.add_argument("--kind", choices=["repeated", "varied", "both"], default="both")
    parser.add_argument("--profile", action="store_true", help="cProfile the first size; print the top functions")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = ["repeated", "varied"] if args.kind == "both" else [args.kind]
    print(f"{'kind':9} {'chars':>10} {'seconds':>8} {'cpu s':>7} {'s/MB cpu':>9} {'peak MiB':>9}  verdict")
    with tempfile.TemporaryDirectory(prefix="policyscan-long-") as tmp:
        for kind in kinds:
            for i, size in enumerate(sizes):
                path = Path(tmp) / f"{kind}-{size}.txt"
                text = make_text(kind, size)
                path.write_text(text, encoding="utf-8")
                prof = Path(tmp) / "run.prof" if args.profile and i == 0 else None
                r = measure(path, prof)
                if r["rc"] != 0:
                    print(f"{kind:9} {len(text):>10,} failed with exit {r['rc']}: {r['stderr']}")
                    continue
                mib = r["rss_kb"] / 1024
                per_mb = r["cpu"] / (len(text) / 1e6)
                verdict = ""
                if len(text) >= 4_900_000:
                    verdict = f"(target < {TARGET_MIB} MiB) " + ("ok" if mib < TARGET_MIB else "MISSED")
                print(f"{kind:9} {len(text):>10,} {r['wall']:8.1f} {r['cpu']:7.1f} {per_mb:9.1f} {mib:9.0f}  {verdict}")
                if prof:
                    import pstats

                    print(f"\n-- cProfile of {kind} {len(text):,} characters, by own time --")
                    pstats.Stats(str(prof)).sort_stats("tottime").print_stats(15)
    print("\nwall and CPU seconds include start-up and model load (about 1-2 s); a loaded machine moves wall time most")


if __name__ == "__main__":
    main()
