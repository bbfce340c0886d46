"""Fuzz ``load_bytes`` + ``analyze`` (run by hand; pytest does not collect this folder).

    .venv/bin/python tests/fuzz/fuzz_analyze.py --seconds 300

Uses atheris (libFuzzer, coverage guided over the ``policyscan`` package) when it is
installed, else a plain random mutator over the same seeds. The first input byte picks
the suffix (.txt, .md or .html). A ``PolicyscanError`` is an expected outcome; any other
exception is a finding: the input is saved under ``tests/fuzz/crashes/`` and the run
goes on. At the end it prints executions, corpus size and crashes found.

Keep a crashing input as a regression case by copying it to ``tests/fuzz/regressions/``
(named ``<anything>.<txt|md|html>``); tests/test_hostile.py replays every file there.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CRASHES = HERE / "crashes"
CORPUS = HERE / "corpus"
SUFFIXES = (".txt", ".md", ".html")
MAX_LEN = 4096

STATS = {"executions": 0, "expected_errors": 0, "ok": 0, "crashes": 0}
_seen_crashes: set[str] = set()
_deadline = float("inf")
_started = time.monotonic()


def _import_targets():
    from policyscan.errors import PolicyscanError
    from policyscan.load import load_bytes
    from policyscan.pipeline import analyze

    return PolicyscanError, load_bytes, analyze


PolicyscanError = load_bytes = analyze = None  # set in main()


def check_one(data: bytes) -> None:
    """The fuzz target: one input; raises nothing (findings are recorded and saved)."""
    STATS["executions"] += 1
    if time.monotonic() > _deadline:
        finish()
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    body = data[1:]
    try:
        article = load_bytes(body, path="fuzz" + suffix, suffix=suffix)
        report = analyze(article)
        for action in report.actions:
            for span in action.evidence:
                assert 0 <= span.start <= span.end <= len(article.text), ("evidence offsets", span)
    except PolicyscanError:
        STATS["expected_errors"] += 1
        return
    except Exception:
        record_crash(suffix, body, traceback.format_exc())
        return
    STATS["ok"] += 1


def record_crash(suffix: str, body: bytes, tb: str) -> None:
    key = tb.strip().splitlines()[-1][:200]
    digest = hashlib.sha1(body).hexdigest()[:16]
    STATS["crashes"] += 1
    CRASHES.mkdir(parents=True, exist_ok=True)
    (CRASHES / f"crash-{digest}{suffix}").write_bytes(body)
    (CRASHES / f"crash-{digest}{suffix}.traceback").write_text(tb, encoding="utf-8")
    if key not in _seen_crashes:
        _seen_crashes.add(key)
        print(f"\n=== NEW CRASH ({suffix}, saved crash-{digest}{suffix}) ===\n{tb}", file=sys.stderr, flush=True)


def corpus_size() -> int:
    return sum(1 for p in CORPUS.iterdir() if p.is_file()) if CORPUS.is_dir() else 0


def finish() -> None:
    elapsed = time.monotonic() - _started
    print(
        f"\nfuzz_analyze: {STATS['executions']} executions in {elapsed:.0f} s "
        f"({STATS['executions'] / max(elapsed, 1e-9):.1f}/s); ok {STATS['ok']}, "
        f"PolicyscanError {STATS['expected_errors']}; corpus {corpus_size()} files; "
        f"crashes found {STATS['crashes']} ({len(_seen_crashes)} distinct)",
        flush=True,
    )
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1 if STATS["crashes"] else 0)


def seed_corpus() -> None:
    """Copy the project's sample articles (trimmed) into the working corpus once."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    if any(CORPUS.iterdir()):
        return
    sources = [*sorted((ROOT / "tests" / "corpus").glob("*")), *sorted((ROOT / "samples").glob("*"))]
    for src in sources:
        if src.suffix.lower() not in (".txt", ".md", ".html", ".htm") or not src.is_file():
            continue
        idx = {".txt": 0, ".md": 1, ".html": 2, ".htm": 2}[src.suffix.lower()]
        data = bytes([idx]) + src.read_bytes()[: MAX_LEN - 1]
        (CORPUS / f"seed-{src.stem}{src.suffix}").write_bytes(data)
    extra = [
        b"\x00The European Commission fined OpenAI on Monday over GPT-4o.",
        b"\x01# Title\n\nPublished: 2025-11-03\n\nThe FTC banned Meta's Llama 3 chatbot last week.",
        b"\x02<html><body><article><p>Google paused Gemini in Italy on 3 May 2025.</p></article></body></html>",
        # issue 12's second pass: odd charsets, out-of-range dates, terminal and formula injection, our own output
        b'\x02<meta charset="undefined"><p>The ministry banned Quill\xff on Tuesday.</p>',
        b'\x02<meta charset="rot13"><article><p>The regulator fined Tansy Labs.</p></article>',
        b"\x00Published 0001-01-01\n\nThe court blocked the ban yesterday, 2100 years ago and 1000000 days ago.",
        b"\x00Published 9999-12-31\n\nThe agency will lift the curfew tomorrow.",
        b'\x00=HYPERLINK("http://x")\n\n\x1b]0;pwned\x07The \x1b[31mministry\x1b[0m banned \u202eX.',
        b'\x00{"schema_version":"policyscan/1","source":{"path":"a.txt"},"actions":[]}',
        b"\x01# [link=https://evil.example]Title[/link]\n\nThe FTC sued Orrery Labs over its Orrery chatbot.",
    ]
    for i, data in enumerate(extra):
        (CORPUS / f"seed-extra-{i}.bin").write_bytes(data)


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            del buf[pos : pos + rng.randint(1, 16)]
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op == 3:
            buf[pos:pos] = rng.choice(
                ["\u200b", "\u202e", "\r\n", "\ufeff", "<div>", "</p>", "\x0c", "مرحبا", "😀", "Monday "]
            ).encode()
        elif buf:
            a = rng.randrange(len(buf))
            buf[pos:pos] = buf[a : a + rng.randint(1, 64)]
    return bytes(buf[:MAX_LEN])


def run_random(seconds: float) -> None:
    rng = random.Random(0)
    seeds = [p.read_bytes() for p in CORPUS.iterdir() if p.is_file()] or [b"\x00text"]
    while True:
        check_one(mutate(rng.choice(seeds), rng))


def main(argv: list[str] | None = None) -> None:
    global PolicyscanError, load_bytes, analyze, _deadline, _started
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600, help="how long to run (default 600)")
    parser.add_argument("--engine", choices=("auto", "atheris", "random"), default="auto")
    args, rest = parser.parse_known_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    try:
        import atheris
    except ImportError:
        atheris = None
    use_atheris = atheris is not None and args.engine in ("auto", "atheris")
    if use_atheris:
        with atheris.instrument_imports(include=["policyscan"]):
            PolicyscanError, load_bytes, analyze = _import_targets()
    else:
        PolicyscanError, load_bytes, analyze = _import_targets()
    from policyscan.nlp import load_pipeline

    load_pipeline()  # load the model before the clock starts
    seed_corpus()
    _started = time.monotonic()
    _deadline = _started + args.seconds
    print(f"fuzz_analyze: engine {'atheris' if use_atheris else 'random'}, {args.seconds:.0f} s", flush=True)
    if use_atheris:
        libfuzzer_args = [
            sys.argv[0],
            str(CORPUS),
            f"-max_len={MAX_LEN}",
            "-timeout=120",
            "-rss_limit_mb=4096",
            f"-max_total_time={int(args.seconds) + 30}",
            "-print_final_stats=1",
            *rest,
        ]
        atheris.Setup(libfuzzer_args, check_one)
        atheris.Fuzz()
    else:
        run_random(args.seconds)


if __name__ == "__main__":
    main()
