"""Benchmark `policyscan batch` against the bare spaCy pipeline (not a test).

    .venv/bin/python benchmarks/bench_batch.py --n 2000

Generates N synthetic articles (invented actors, models and dates) in a temporary
folder, then runs each measurement in a fresh process so peak memory is per run:

* full   - the bare *full* pipeline: ``spacy.load(model)`` with every component the model enables,
           ``nlp.pipe`` over the same texts and batch size (issue 16's yardstick);
* bare   - ``load_pipeline().nlp.pipe`` over the same texts, same components and batch size
           (files read and model loaded before the clock starts);
* split  - ``load_pipeline().nlp.pipe`` + ``build_report``, timing the parse and the extraction
           (actors, models, actions, dates, records) separately;
* jobs=1 - ``batch.batch`` in-process (clock includes model load, reading and writing);
* jobs=2 - the same with two worker processes (clock includes worker start-up);
* pipe2  - the alternative design: nlp.pipe(n_process=2) + build_report in the main process;
* dask2  - ``batch.batch`` with ``DaskEngine``: a 2-worker LocalCluster on 127.0.0.1 (clock includes
           cluster start-up, model load on the workers and shut-down). ``--engine dask`` runs
           jobs2 and dask2 in the same run and prints dask2 / jobs2 (target >= 0.75: overhead < 25%).

Prints words/s, CPU seconds (process + workers; wall-clock ratios mean little when other
programs share the cores), peak RSS (VmHWM) of the main process and of each worker, then each
ratio of issue 16 next to its target: jobs1 / full >= 1.0, jobs2 / jobs1 >= 1.7, peak memory
<= 300 MiB per worker, extraction <= 8% of parse time, and `policyscan --help` (and every
subcommand's) <= 0.12 s as the median of 7 whole-process runs (``--modes help`` runs only that),
and ``single``: `policyscan analyze` on one ~1,000-word article against a process that imports
spaCy, loads the full model and parses the same text (target <= 1.05), median of 7 runs each
(``--modes single``; ``--runs`` changes the 7). For ``jobs2`` it also prints the main process's own
CPU seconds: what the parent spends per record (receiving, writing) while the workers parse.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REGULATORS = [
    "the Ruritanian Data Authority",
    "Freedonia's Competition Office",
    "the Borduria Communications Agency",
    "Syldavia's Ministry of Digital Affairs",
    "the Genovian Privacy Commission",
    "the Latverian Cyber Council",
]
COMPANIES = ["Brightwater Labs", "Okapi Systems", "Meridian AI", "Tallgrass Robotics", "Vantor Cloud"]
MODELS = ["Quillo-3", "Heron-7B", "Saffron 2.5", "Kestrel-X", "Marlin Pro", "Tessellate-4"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October"]
TIGHTEN = [
    "fined {co} {amt} million euros over its {model} chatbot",
    "ordered {co} to suspend its {model} model",
    "banned the {model} app from government devices",
    "opened an investigation into {co}'s {model} model",
]
LOOSEN = [
    "lifted its suspension of {co}'s {model} model",
    "approved {co}'s {model} model for use in schools",
    "delayed rules that would have restricted the {model} model",
]
FILLER = [
    "Officials said the review would take several months and that other companies were being watched.",
    "The company said it disagreed with the findings and would consider its options, including an appeal.",
    "Analysts said the decision could shape how other regulators approach consumer chatbots next year.",
    "Consumer groups welcomed the move but said enforcement had come too late for many users.",
    "The regulator said it had received more than 200 complaints since the model launched last spring.",
    "Lawmakers in the capital are debating a broader bill on automated decision-making.",
]


def make_article(i: int, rng: random.Random) -> str:
    who, co, model = rng.choice(REGULATORS), rng.choice(COMPANIES), rng.choice(MODELS)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.choice([2024, 2025, 2026])
    verb = rng.choice(TIGHTEN if rng.random() < 0.7 else LOOSEN)
    act = verb.format(co=co, model=model, amt=rng.randint(2, 90))
    head = f"{who[0].upper()}{who[1:]} acts on {model}"
    lead = f"{who[0].upper()}{who[1:]} {act} on {month} {day}, {year}, officials said on Tuesday."
    body = [" ".join(rng.sample(FILLER, 3)) for _ in range(rng.randint(3, 6))]
    return f"{head}\nPublished: {year}-{MONTHS.index(month) + 1:02d}-{min(day + 2, 28):02d}\n\n{lead}\n\n" + (
        "\n\n".join(body) + f"\n\nRef {i}.\n"
    )


def generate(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        sub = folder / f"{i // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:05d}.txt").write_text(make_article(i, rng), encoding="utf-8")


# --- measurements, each in its own process ----------------------------------------------


def _cpu() -> float:
    """CPU seconds of this process and its finished children: steadier than wall time on a shared machine."""
    import resource

    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


def _full(folder: str, batch_size: int) -> dict:
    import warnings

    import spacy

    from policyscan import batch
    from policyscan.load import load_path
    from policyscan.nlp import resolve_name
    from policyscan.pipeline import WORD

    texts = [load_path(i.path).text for i in batch.find_inputs([folder])]
    words = sum(len(WORD.findall(t)) for t in texts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(resolve_name(None))
    start, cpu = time.perf_counter(), _cpu()
    with nlp.memory_zone():
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    return {"seconds": time.perf_counter() - start, "cpu_timed": _cpu() - cpu, "words": words, "workers": {}}


def _split(folder: str, batch_size: int) -> dict:
    from policyscan import batch
    from policyscan.load import load_path
    from policyscan.nlp import load_pipeline
    from policyscan.pipeline import build_report

    articles = [load_path(i.path) for i in batch.find_inputs([folder])]
    loaded = load_pipeline(None)
    parse = extract = 0.0  # CPU seconds: the split is what matters, and other programs inflate wall time
    words = 0
    start = time.perf_counter()
    with loaded.nlp.memory_zone():
        docs = loaded.nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size)
        while True:
            t0 = time.process_time()
            item = next(docs, None)
            t1 = time.process_time()
            if item is None:
                break
            words += build_report(item[0], item[1], loaded).source.words
            parse += t1 - t0
            extract += time.process_time() - t1
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_timed": parse + extract,
        "parse": parse,
        "extract": extract,
        "words": words,
        "workers": {},
    }


def _bare(folder: str, batch_size: int) -> dict:
    from policyscan import batch
    from policyscan.load import load_path
    from policyscan.nlp import load_pipeline
    from policyscan.pipeline import WORD

    texts = [load_path(i.path).text for i in batch.find_inputs([folder])]
    words = sum(len(WORD.findall(t)) for t in texts)
    nlp = load_pipeline(None).nlp
    start, cpu = time.perf_counter(), _cpu()
    with nlp.memory_zone():
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    return {"seconds": time.perf_counter() - start, "cpu_timed": _cpu() - cpu, "words": words, "workers": {}}


def _batch(folder: str, batch_size: int, jobs: int) -> dict:
    from policyscan import batch

    with tempfile.TemporaryDirectory() as tmp:
        start, cpu, own = time.perf_counter(), _cpu(), time.process_time()
        result = batch.batch(
            [folder], output=f"{tmp}/out.jsonl", jobs=jobs, settings=batch.Settings(batch_size=batch_size)
        )
        seconds = time.perf_counter() - start
        own = time.process_time() - own  # this process only
        # workers are children of the forkserver, not of this process: they report their own CPU
        cpu = _cpu() - cpu + sum(result.worker_cpu_seconds.values())
    assert result.failed == 0, result
    return {
        "seconds": seconds,
        "cpu_timed": cpu,
        "cpu_main": own,
        "cpu_workers": sum(result.worker_cpu_seconds.values()),
        "words": result.words,
        "workers": result.worker_peak_rss_kb,
    }


def _dask2(folder: str, batch_size: int, partition_size: int) -> dict:
    from policyscan import batch
    from policyscan.dask_engine import DaskEngine

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with DaskEngine(workers=2, partition_size=partition_size) as engine:
            result = batch.batch(
                [folder], output=f"{tmp}/out.jsonl", settings=batch.Settings(batch_size=batch_size), engine=engine
            )
        seconds = time.perf_counter() - start
    assert result.failed == 0, result
    return {"seconds": seconds, "words": result.words, "workers": result.worker_peak_rss_kb}


def _pipe2(folder: str, batch_size: int) -> dict:
    from policyscan import batch
    from policyscan.load import load_path
    from policyscan.nlp import load_pipeline
    from policyscan.pipeline import build_report

    start = time.perf_counter()
    loaded = load_pipeline(None)
    articles = [load_path(i.path) for i in batch.find_inputs([folder])]
    words = 0
    pairs = ((a.text, a) for a in articles)
    for doc, article in loaded.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=2):
        words += build_report(doc, article, loaded).source.words
    return {"seconds": time.perf_counter() - start, "words": words, "workers": {}}


def child(mode: str, folder: str, batch_size: int, partition_size: int) -> None:
    from policyscan.batch import peak_rss_kb

    if mode == "dask2":
        out = _dask2(folder, batch_size, partition_size)
    elif mode == "bare":
        out = _bare(folder, batch_size)
    elif mode == "full":
        out = _full(folder, batch_size)
    elif mode == "split":
        out = _split(folder, batch_size)
    elif mode == "pipe2":
        out = _pipe2(folder, batch_size)
    else:
        out = _batch(folder, batch_size, int(mode.removeprefix("jobs")))
    import resource

    out["main_rss_kb"] = peak_rss_kb()
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    out["cpu_seconds"] = sum(u.ru_utime + u.ru_stime for u in usage) + out.get("cpu_workers", 0.0)
    print(json.dumps(out))


def measure(mode: str, folder: Path, batch_size: int, partition_size: int) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--dir", str(folder), "--batch-size", str(batch_size)]
    cmd += ["--partition-size", str(partition_size)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


HELP_COMMANDS = ([], ["analyze"], ["batch"], ["summarize"], ["report"], ["schema"])
HELP_RUNS = 7


def help_medians(runs: int = HELP_RUNS) -> dict[str, tuple[float, float]]:
    """Whole-process wall and CPU time of `python -m policyscan [CMD] --help`: the median of ``runs`` (7) each.

    The first row is a bare interpreter (`python -c pass`): on a loaded machine it shows how much
    of each figure is waiting for a core rather than policyscan's own work.
    """
    import resource
    import statistics

    def child_cpu() -> float:
        u = resource.getrusage(resource.RUSAGE_CHILDREN)
        return u.ru_utime + u.ru_stime

    out = {}
    commands = [("(python -c pass)", ["-c", "pass"])]
    commands += [(" ".join(cmd) or "(main)", ["-m", "policyscan", *cmd, "--help"]) for cmd in HELP_COMMANDS]
    for name, args in commands:
        walls, cpus = [], []
        for _ in range(runs):
            start, cpu = time.perf_counter(), child_cpu()
            subprocess.run([sys.executable, *args], capture_output=True, check=True)
            walls.append(time.perf_counter() - start)
            cpus.append(child_cpu() - cpu)
        out[name] = (statistics.median(walls), statistics.median(cpus))
    return out


SINGLE_ARTICLES = 4  # generated articles joined into the one article of the "single" mode (~1,000 words)

# The yardstick for `analyze` on one article: a fresh process that imports spaCy, loads the
# same model with every component (the bare full pipeline) and parses the same text.
BARE_SINGLE = """
import sys, warnings
import spacy
from policyscan.nlp import resolve_name
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    nlp = spacy.load(resolve_name(None))
nlp(open(sys.argv[1], encoding="utf-8").read())
"""


def single_medians(runs: int) -> dict[str, tuple[float, float]]:
    """Whole-process wall and CPU time, median of ``runs``: `policyscan analyze` on one ~1,000-word
    article (JSON to /dev/null) against import spaCy + load the full model + parse the same text."""
    import resource
    import statistics

    def child_cpu() -> float:
        u = resource.getrusage(resource.RUSAGE_CHILDREN)
        return u.ru_utime + u.ru_stime

    rng = random.Random(16)
    text = "\n\n".join(make_article(i, rng) for i in range(SINGLE_ARTICLES))
    out = {}
    with tempfile.TemporaryDirectory(prefix="policyscan-single-") as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(text, encoding="utf-8")
        commands = {
            "import+load+parse": [sys.executable, "-c", BARE_SINGLE, str(path)],
            "policyscan analyze": [sys.executable, "-m", "policyscan", "analyze", str(path), "--format", "json"],
        }
        for name, cmd in commands.items():
            walls, cpus = [], []
            for _ in range(runs):
                start, cpu = time.perf_counter(), child_cpu()
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                walls.append(time.perf_counter() - start)
                cpus.append(child_cpu() - cpu)
            out[name] = (statistics.median(walls), statistics.median(cpus))
    return out


def print_single_times(single: dict[str, tuple[float, float]], runs: int) -> None:
    if not single:
        return
    for name, (wall, cpu) in single.items():
        print(f"{name:24} median {wall:.3f} s wall, {cpu:.3f} s CPU  ({runs} whole-process runs, one article)")
    (bare_wall, bare_cpu), (ours_wall, ours_cpu) = single["import+load+parse"], single["policyscan analyze"]
    ratio = ours_wall / bare_wall
    print(f"analyze / import+load+parse = {ratio:.2f}  (target <= 1.05)  {_verdict(ratio <= 1.05)}")
    ratio = ours_cpu / bare_cpu
    print(f"  by CPU time = {ratio:.2f}  {_verdict(ratio <= 1.05)}")


def print_help_times(helps: dict[str, tuple[float, float]]) -> None:
    for cmd, (wall, cpu) in helps.items():
        if cmd.startswith("(python"):
            print(f"{cmd:24} median {wall:.3f} s wall, {cpu:.3f} s CPU  (interpreter start-up, for reference)")
            continue
        print(f"--help {cmd:17} median {wall:.3f} s wall, {cpu:.3f} s CPU  (target <= 0.12)  {_verdict(wall <= 0.12)}")


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="number of synthetic articles")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--modes", help="comma-separated (default: bare,jobs1,jobs2,pipe2; jobs2,dask2 for dask)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local", help="dask: compare dask2 with jobs2")
    parser.add_argument("--partition-size", type=int, default=50, help="files per Dask task")
    parser.add_argument("--runs", type=int, default=HELP_RUNS, help="whole-process runs per figure (help, single)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.dir, args.batch_size, args.partition_size)
        return
    default = "full,bare,split,jobs1,jobs2,pipe2,help,single"
    modes = args.modes or ("jobs2,dask2" if args.engine == "dask" else default)
    wanted = modes.split(",")
    helps = help_medians(args.runs) if "help" in wanted else {}
    single = single_medians(args.runs) if "single" in wanted else {}
    wanted = [m for m in wanted if m not in ("help", "single")]
    if not wanted:
        print_help_times(helps)
        print_single_times(single, args.runs)
        return
    with tempfile.TemporaryDirectory(prefix="policyscan-bench-") as tmp:
        folder = Path(tmp) / "news"
        generate(folder, args.n)
        results = {}
        for mode in wanted:
            results[mode] = measure(mode, folder, args.batch_size, args.partition_size)
            r = results[mode]
            print(f"  {mode}: {r['words'] / r['seconds']:,.0f} words/s", file=sys.stderr, flush=True)
    words = next(iter(results.values()))["words"]
    print(f"{args.n} articles, {words:,} words, batch_size {args.batch_size}\n")
    print(f"{'run':8} {'seconds':>8} {'cpu s':>7} {'words/s':>9} {'main MiB':>9}  worker peak MiB")
    for mode, r in results.items():
        workers = ", ".join(f"{kb / 1024:.0f}" for kb in r["workers"].values()) or "-"
        rate = r["words"] / r["seconds"]
        cpu, rss = r["cpu_seconds"], r["main_rss_kb"] / 1024
        print(f"{mode:8} {r['seconds']:8.1f} {cpu:7.1f} {rate:9,.0f} {rss:9.0f}  {workers}")
    rate = {m: r["words"] / r["seconds"] for m, r in results.items()}
    print("\nissue 16 targets (measured in one run; a loaded machine moves every figure):")
    cpu_rate = {m: r["words"] / r["cpu_timed"] for m, r in results.items() if r.get("cpu_timed")}
    if "full" in rate and "jobs1" in rate:
        ratio = rate["jobs1"] / rate["full"]
        print(f"jobs1 / full  = {ratio:.2f}  (target >= 1.0)  {_verdict(ratio >= 1.0)}")
        if "full" in cpu_rate and "jobs1" in cpu_rate:
            ratio = cpu_rate["jobs1"] / cpu_rate["full"]
            note = "(jobs1 includes model load, reading and writing)"
            print(f"  by CPU time = {ratio:.2f}  {note}  {_verdict(ratio >= 1.0)}")
        whole = results["full"]["cpu_seconds"] / results["jobs1"]["cpu_seconds"]
        note = "(each whole process: imports, model load, parse; jobs1 also extracts and writes)"
        print(f"  by whole-process CPU = {whole:.2f}  {note}  {_verdict(whole >= 1.0)}")
    if "bare" in rate and "jobs1" in rate:
        print(f"jobs1 / bare  = {rate['jobs1'] / rate['bare']:.2f}  (target >= 0.85, policyscan's own components)")
    if "full" in rate and "bare" in rate:
        print(f"bare / full   = {rate['bare'] / rate['full']:.2f}  (the floor: what dropping components gains)")
        if "full" in cpu_rate and "bare" in cpu_rate:
            print(f"  by CPU time = {cpu_rate['bare'] / cpu_rate['full']:.2f}")
    if "split" in results:
        share = results["split"]["extract"] / results["split"]["parse"]
        print(f"extraction / parse = {share:.1%} of CPU time  (target <= 8%)  {_verdict(share <= 0.08)}")
    if "jobs1" in rate and "jobs2" in rate:
        ratio = rate["jobs2"] / rate["jobs1"]
        print(f"jobs2 / jobs1 = {ratio:.2f}  (target >= 1.7 on 2 free cores)  {_verdict(ratio >= 1.7)}")
        j2 = results["jobs2"]
        print(
            f"  jobs2 main process: {j2['cpu_main']:.1f} CPU s of {j2['cpu_timed']:.1f} "
            f"({j2['cpu_main'] / j2['cpu_timed']:.1%}; reading results and writing, the workers parse)"
        )
    peaks = [kb / 1024 for m in ("jobs1", "jobs2") if m in results for kb in results[m]["workers"].values()]
    if "jobs1" in results:
        peaks.append(results["jobs1"]["main_rss_kb"] / 1024)  # --jobs 1 parses in the main process
    if peaks:
        print(f"peak per worker = {max(peaks):.0f} MiB  (target <= 300)  {_verdict(max(peaks) <= 300)}")
    print_help_times(helps)
    print_single_times(single, args.runs)
    if "dask2" in rate and "jobs2" in rate:
        print(f"dask2 / jobs2 = {rate['dask2'] / rate['jobs2']:.2f}  (target >= 0.75: Dask overhead under 25%)")
    if "pipe2" in rate and "jobs2" in rate:
        print(f"pool jobs2 / nlp.pipe(n_process=2) = {rate['jobs2'] / rate['pipe2']:.2f}")


if __name__ == "__main__":
    main()
