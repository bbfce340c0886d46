"""Batch mode under faults (the hostile-input issue): inputs that vanish after the walk, an
output that stops accepting writes, SIGTERM mid-run, and an output cut short by a crash.

Every test uses a small folder of tiny invented articles and checks the same contract: the
run goes on (or stops cleanly), each line of the output is a whole JSON record, and
``--resume`` turns whatever was left into exactly the records of an uninterrupted run.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan import batch as batch_mod
from policyscan import load as load_mod
from policyscan.batch import output as batch_output
from policyscan.cli import app
from policyscan.errors import EXIT_OUTPUT, EXIT_PARTIAL

TEMPLATES = (
    "The Federal Trade Commission fined Kestrel Labs on Monday over its Wren-{i} model. "
    "The agency said the chatbot misled parents. Kestrel Labs said it would appeal.\n",
    "Italy's Garante banned Quillo AI's Heron-{i} chatbot on March {day}, 2025, over its handling of "
    "user data. The company said it would comply.\n",
    "Ruritania's Data Authority opened an investigation into Brightwater Labs over its Finch-{i} model. "
    "Officials said the review would take several months. The company declined to comment.\n",
)
# Non-ASCII in the file name puts a multi-byte character in every record for that article.
UMLAUT_NAME = "z-zürich.txt"
UMLAUT_TEXT = "Zürich's data protection office fined Kestrel Labs over its Wren-9 model. The fine is final.\n"


def make_news(tmp_path: Path, n: int, *, umlaut: bool = False) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(n):
        text = TEMPLATES[i % len(TEMPLATES)].format(i=i, day=i % 27 + 1)
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    if umlaut:
        (folder / UMLAUT_NAME).write_text(UMLAUT_TEXT, encoding="utf-8")
    return folder


def parse_lines(path: Path) -> list[dict]:
    """Every line of ``path`` as JSON; fails the test on a partial or broken line."""
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), f"{path.name} ends in a partial line: {data[-80:]!r}"
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def by_path(recs: list[dict]) -> dict[str, dict]:
    keyed = {r["source"]["path"]: r for r in recs}
    assert len(keyed) == len(recs), "one record per article, no duplicates"
    return keyed


def reference(folder: Path, tmp_path: Path) -> dict[str, dict]:
    """The records of an uninterrupted, fault-free run."""
    out = tmp_path / "reference.jsonl"
    result = batch_mod.batch([str(folder)], output=str(out))
    assert result.failed == 0
    return by_path(parse_lines(out))


def cli(*args: str):
    return CliRunner().invoke(app, ["batch", *args])


@pytest.fixture(scope="module", autouse=True)
def _pipeline():
    """Load the spaCy pipeline once (load_pipeline caches it per process)."""
    from policyscan.nlp import load_pipeline

    return load_pipeline(None)


# --- 1. an input that vanishes between the walk and its turn ---------------------------------


@pytest.mark.parametrize(
    ("fault", "kind"),
    [("deleted", "not-found"), ("replaced-by-a-folder", "unreadable")],
)
def test_input_gone_after_the_walk_is_an_error_record_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str, kind: str
) -> None:
    folder = make_news(tmp_path, 5)
    victim = str(folder / "a002.txt")
    real_load_path = load_mod.load_path
    asked: list[str] = []

    def load_path_after_a_fault(path, **kwargs):
        name = os.fspath(path)
        asked.append(name)
        if name == victim and asked.count(name) == 1:  # the first time it is asked for
            os.unlink(name)
            if fault == "replaced-by-a-folder":  # root ignores chmod: a folder is unreadable as a file
                os.mkdir(name)
        return real_load_path(path, **kwargs)

    monkeypatch.setattr(load_mod, "load_path", load_path_after_a_fault)
    out = tmp_path / "out.jsonl"
    result = cli(str(folder), "-o", str(out))

    assert result.exit_code == EXIT_PARTIAL, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert victim in asked, "the fault was injected after the walk"
    recs = parse_lines(out)
    assert [Path(r["source"]["path"]).name for r in recs] == [f"a{i:03d}.txt" for i in range(5)]
    bad = by_path(recs)[victim]
    assert bad["error"]["kind"] == kind and bad["error"]["message"]
    assert "sha256" not in bad["source"] or not bad["source"]["sha256"]
    good = [r for r in recs if r["source"]["path"] != victim]
    assert all(r["error"] is None and r["actions"] and len(r["source"]["sha256"]) == 64 for r in good)
    # Without -q each failure is one line on stderr naming the file and the error kind.
    assert f"policyscan: {victim}: {kind}:" in result.stderr
    assert "4 ok, 1 failed" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == "", "records go to -o, never stdout"


# --- 2. the output stops accepting writes ------------------------------------------------------


def test_write_failing_after_n_records_is_one_line_and_resume_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_news(tmp_path, 6)
    expected = reference(folder, tmp_path)
    out = tmp_path / "out.jsonl"
    real_write = batch_mod.FileSink.write
    written = 0

    def write_until_full(self, text: str) -> None:
        nonlocal written
        if text and written == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(self, text)
        written += bool(text)

    with monkeypatch.context() as patch:
        patch.setattr(batch_mod.FileSink, "write", write_until_full)
        failed = cli(str(folder), "-o", str(out), "-q")

    assert failed.exit_code == EXIT_OUTPUT
    assert failed.exception is None or isinstance(failed.exception, SystemExit)
    lines = failed.stderr.splitlines()
    assert len(lines) == 1, failed.stderr
    assert "No space left on device" in lines[0] and str(out) in lines[0] and "--resume" in lines[0]
    first = parse_lines(out)
    assert len(first) == 3 and all(r["error"] is None for r in first)
    assert by_path(first) == {p: expected[p] for p in by_path(first)}

    resumed = cli(str(folder), "-o", str(out), "--resume", "-q")
    assert resumed.exit_code == 0, resumed.output
    assert by_path(parse_lines(out)) == expected


class SmallDisk:
    """The output on a device with ``room`` bytes left: a write that does not fit is cut short
    (what write(2) does at the edge of a full disk) and the next one fails with ENOSPC."""

    def __init__(self, room: int) -> None:
        self.room = room

    def write(self, fd: int, data) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = os.write(fd, bytes(memoryview(data)[: self.room]))
        self.room -= n
        return n


def fill_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: Path, fmt: str, room: int) -> Path:
    """Run the CLI with the output on a SmallDisk of ``room`` bytes: exit 7, one line."""
    out = tmp_path / f"out.{fmt}"
    with monkeypatch.context() as patch:
        patch.setattr(batch_output, "_os_write", SmallDisk(room).write)
        failed = cli(str(folder), "-o", str(out), "-q", "--format", fmt)
    assert failed.exit_code == EXIT_OUTPUT, failed.output
    assert failed.exception is None or isinstance(failed.exception, SystemExit)
    lines = failed.stderr.splitlines()
    assert len(lines) == 1 and "No space left on device" in lines[0], failed.stderr
    return out


def _fill_up_inside_the_third_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, dict]:
    """Run the CLI with the output on a SmallDisk that fills up halfway through record 3."""
    folder = make_news(tmp_path, 5)
    expected = reference(folder, tmp_path)
    whole = (tmp_path / "reference.jsonl").read_bytes().splitlines(keepends=True)
    room = len(whole[0]) + len(whole[1]) + len(whole[2]) // 2
    return folder, fill_up(tmp_path, monkeypatch, folder, "jsonl", room), expected


def test_disk_full_inside_a_record_keeps_whole_records_and_resume_repairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out, expected = _fill_up_inside_the_third_record(tmp_path, monkeypatch)
    data = out.read_bytes()
    complete, _, tail = data.rpartition(b"\n")
    recs = [json.loads(line) for line in complete.decode("utf-8").splitlines()]
    assert len(recs) == 2, "the records written before the failure are whole"
    assert by_path(recs) == {p: expected[p] for p in by_path(recs)}
    assert b"\n" not in tail, "at most one cut-short record, and it has no newline"

    resumed = cli(str(folder), "-o", str(out), "--resume", "-q")
    assert resumed.exit_code == 0, resumed.output
    assert by_path(parse_lines(out)) == expected


def test_disk_full_inside_a_record_leaves_only_whole_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The record cut short by ENOSPC is rolled back: the file ends at the last whole record."""
    _, out, _ = _fill_up_inside_the_third_record(tmp_path, monkeypatch)
    assert len(parse_lines(out)) == 2


def _csv_reference(folder: Path, tmp_path: Path) -> bytes:
    out = tmp_path / "reference.csv"
    batch_mod.batch([str(folder)], output=str(out), settings=batch_mod.Settings(fmt="csv"))
    return out.read_bytes()


def _rows_by_article(data: bytes) -> list[list[bytes]]:
    """The reference CSV's data rows grouped by article (path is the first column)."""
    groups: dict[bytes, list[bytes]] = {}
    for row in data.splitlines(keepends=True)[1:]:
        groups.setdefault(row.split(b",", 1)[0], []).append(row)
    return list(groups.values())


def _csv_news(tmp_path: Path) -> Path:
    """Articles with two or more actions each, so that a record is several CSV rows."""
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(
            f"The Federal Trade Commission fined Kestrel Labs over its Wren-{i} model on Monday. "
            f"Italy's Garante banned Quillo AI's Heron-{i} chatbot on March {i + 1}, 2025.\n",
            encoding="utf-8",
        )
    return folder


def test_csv_disk_full_between_an_articles_rows_rolls_back_and_resume_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _csv_news(tmp_path)
    expected = _csv_reference(folder, tmp_path)
    header = expected.splitlines(keepends=True)[0]
    articles = _rows_by_article(expected)
    assert len(articles) == 4 and all(len(rows) >= 2 for rows in articles), articles
    whole_first = header + b"".join(articles[0])
    room = len(whole_first) + len(articles[1][0])  # the disk fills up after the 2nd article's first row
    out = fill_up(tmp_path, monkeypatch, folder, "csv", room)
    assert out.read_bytes() == whole_first, "the torn record is rolled back to the last whole one"

    resumed = cli(str(folder), "-o", str(out), "--resume", "-q", "--format", "csv")
    assert resumed.exit_code == 0, resumed.output
    assert out.read_bytes() == expected, "every row of every article, once, in input order"


@pytest.mark.parametrize("rows_kept", [1, "all-but-the-newline"])
def test_csv_resume_retries_an_article_cut_short_by_a_crash(tmp_path: Path, rows_kept: int | str) -> None:
    """A crash (no process left to roll back) between two rows of an article, or inside its last row."""
    folder = _csv_news(tmp_path)
    expected = _csv_reference(folder, tmp_path)
    header = expected.splitlines(keepends=True)[0]
    articles = _rows_by_article(expected)
    torn = articles[1][0] if rows_kept == 1 else b"".join(articles[1])[:-1]
    out = tmp_path / "out.csv"
    out.write_bytes(header + b"".join(articles[0]) + torn)
    resumed = cli(str(folder), "-o", str(out), "--resume", "-q", "--format", "csv")
    assert resumed.exit_code == 0, resumed.output
    assert out.read_bytes() == expected


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_real_full_device_is_one_line_without_traceback(tmp_path: Path) -> None:
    folder = make_news(tmp_path, 3)
    cmd = [sys.executable, "-m", "policyscan", "batch", str(folder), "-o", "/dev/full", "-q"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == EXIT_OUTPUT, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "No space left on device" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


# --- 3. SIGTERM mid-run, one process -----------------------------------------------------------

# test_batch.py covers SIGINT with --jobs 1 and SIGTERM with --jobs 2; this is SIGTERM, --jobs 1, -q.
# Tiny articles go fast: 30 of them finish before a signal sent on the first line lands,
# so the folder has more of them to make "mid-run" certain (the line count is checked).
N_SIGTERM = 240


def test_sigterm_mid_run_keeps_whole_records_and_resume_completes(tmp_path: Path) -> None:
    folder = make_news(tmp_path, N_SIGTERM)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "policyscan", "batch", str(folder), "-o", str(out), "--jobs", "1", "-q"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and b"\n" in out.read_bytes():
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    stderr = err.decode()
    assert proc.returncode == 128 + signal.SIGTERM == 143, stderr
    assert "Traceback" not in stderr and "--resume" in stderr
    first = parse_lines(out)
    assert 0 < len(first) < N_SIGTERM, "the signal arrived mid-run"

    resumed = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    final = parse_lines(out)
    assert len(final) == N_SIGTERM
    expected = reference(folder, tmp_path)
    assert by_path(final) == expected
    assert all(expected[r["source"]["path"]] == r for r in first), "records kept from the first run are right"


# --- 4. a crash mid-write leaves half a line -----------------------------------------------


@pytest.mark.parametrize("cut", ["half", "all-but-the-newline", "inside-a-utf8-character"])
def test_resume_drops_a_truncated_last_line_and_completes(tmp_path: Path, cut: str) -> None:
    folder = make_news(tmp_path, 4, umlaut=True)
    expected = reference(folder, tmp_path)
    whole = (tmp_path / "reference.jsonl").read_bytes().splitlines(keepends=True)
    last = whole[-1]
    assert UMLAUT_NAME.encode() in last
    if cut == "half":
        partial = last[: len(last) // 2]
    elif cut == "all-but-the-newline":
        partial = last[:-1]
        json.loads(partial)  # a whole JSON value, but not a finished line
    else:
        at = last.index("ü".encode()) + 1  # between the two bytes of "ü"
        partial = last[:at]
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(whole[:2]) + partial)

    resumed = cli(str(folder), "-o", str(out), "--resume", "-q")
    assert resumed.exit_code == 0, resumed.output
    assert not list(tmp_path.glob("*.policyscan-tmp")), "the repair leaves no temporary file"
    final = parse_lines(out)
    assert len(final) == len(whole)
    assert by_path(final) == expected
    assert [r["source"]["path"] for r in final] == list(expected)  # in input order, no duplicates


# --- 5. --resume on a file this tool did not write ---------------------------------------------


def _our_jsonl(tmp_path: Path) -> bytes:
    (tmp_path / "ours").mkdir()
    folder = make_news(tmp_path / "ours", 2)
    out = tmp_path / "ours.jsonl"
    batch_mod.batch([str(folder)], output=str(out))
    return out.read_bytes()


FOREIGN = {
    "other-tool-jsonl": lambda ours: b'{"id": 1, "text": "a note"}\n{"id": 2}\n',
    "json-array": lambda ours: b"[\n" + ours.splitlines()[0] + b"\n]\n",
    "notes": lambda ours: b"TODO: rerun the batch on Monday\nremember the held-out set\n",
    "random-bytes": lambda ours: bytes((i * 151 + 7) % 256 for i in range(3000)),
    "random-bytes-no-newline": lambda ours: bytes((i * 151 + 7) % 256 for i in range(3000)).replace(b"\n", b""),
    "one-foreign-line-among-ours": lambda ours: ours.splitlines(keepends=True)[0] + b"# a comment\n" + ours,
    "ours-then-notes-without-newline": lambda ours: ours + b"written by hand",
}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize("kind", list(FOREIGN))
def test_resume_refuses_a_file_it_did_not_write_and_leaves_it_byte_identical(
    tmp_path: Path, kind: str, fmt: str
) -> None:
    from policyscan.errors import ResumeRefused

    content = FOREIGN[kind](_our_jsonl(tmp_path))
    folder = make_news(tmp_path, 2)
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(content)
    result = cli(str(folder), "-o", str(out), "--resume", "--format", fmt)
    assert result.exit_code == ResumeRefused.exit_code == 8, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("policyscan: error: "), result.stderr
    assert str(out) in lines[0] and "--resume" in lines[0]
    assert out.read_bytes() == content, "the file is byte-identical"
    assert not list(tmp_path.glob("*.policyscan-tmp"))


def test_resume_on_a_csv_of_another_tool_is_refused(tmp_path: Path) -> None:
    folder = make_news(tmp_path, 2)
    out = tmp_path / "out.csv"
    content = b"path,sha256,note\na.txt,0,x\n"
    out.write_bytes(content)
    result = cli(str(folder), "-o", str(out), "--resume", "--format", "csv")
    assert result.exit_code == 8 and out.read_bytes() == content


# --- 6. an output that is also an input ------------------------------------------------------


@pytest.mark.parametrize("how", ["same-path", "symlink-to-input", "hardlink-to-input", "walked-symlink"])
@pytest.mark.parametrize("resume", [False, True])
def test_output_that_is_an_input_is_refused_before_anything_is_opened(tmp_path: Path, how: str, resume: bool) -> None:
    from policyscan.errors import OutputIsInput

    folder = make_news(tmp_path, 3)
    victim = folder / "a001.txt"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    args = [str(folder)]
    if how == "same-path":
        out = victim
        args = [str(folder / "a000.txt"), str(victim)]
    elif how == "symlink-to-input":
        out = tmp_path / "out.jsonl"
        out.symlink_to(victim)
    elif how == "hardlink-to-input":
        out = tmp_path / "out.jsonl"
        os.link(victim, out)
    else:  # the output is named outside; a symlink inside the walked folder points at it
        out = tmp_path / "out.txt"
        out.write_bytes(victim.read_bytes())
        (folder / "z-link.txt").symlink_to(out)
        before["z-link.txt"] = out.read_bytes()
    result = cli(*args, "-o", str(out), *(["--resume"] if resume else []))
    assert result.exit_code == OutputIsInput.exit_code == 9, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("policyscan: error: -o "), result.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before, "no input was touched"


# --- 7. two runs writing the same output ----------------------------------------------------


@pytest.mark.parametrize("resume", [False, True])
def test_a_second_writer_of_the_same_output_fails_with_one_line(tmp_path: Path, resume: bool) -> None:
    import fcntl

    from policyscan.errors import OutputLocked

    folder = make_news(tmp_path, 2)
    out = tmp_path / "out.jsonl"
    batch_mod.batch([str(folder / "a000.txt")], output=str(out))
    before = out.read_bytes()
    with open(out, "rb") as held:  # what a first `policyscan batch` still running holds
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        result = cli(str(folder), "-o", str(out), *(["--resume"] if resume else []))
    assert result.exit_code == OutputLocked.exit_code == 12, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"policyscan: error: {out}: "), result.stderr
    assert out.read_bytes() == before, "the first writer's records are untouched"
    after = cli(str(folder), "-o", str(out), "--resume", "-q")  # the lock went with the first writer
    assert after.exit_code == 0 and len(parse_lines(out)) == 2


# --- 8. file names that are not UTF-8 ------------------------------------------------------------

LATIN1_NAME = b"caf\xe9-\xff.txt"  # Latin-1 bytes: not valid UTF-8


def _latin1_named(folder: Path) -> Path:
    try:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), LATIN1_NAME)))
        path.write_text(TEMPLATES[0].format(i=99), encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take non-UTF-8 names")
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_non_utf8_file_name_is_recorded_losslessly_and_resume_works(tmp_path: Path, fmt: str) -> None:
    folder = make_news(tmp_path, 3)
    _latin1_named(folder)
    out = tmp_path / f"out.{fmt}"
    first = cli(str(folder), "-o", str(out), "--format", fmt)
    assert first.exit_code == 0, first.output
    assert "Traceback" not in first.stderr
    data = out.read_bytes()
    data.decode("utf-8")  # the output is valid UTF-8
    shown = str(folder) + "/caf\\xe9-\\xff.txt"  # each byte that is not UTF-8 as \xNN
    if fmt == "jsonl":
        recs = parse_lines(out)
        assert len(recs) == 4 and not any(r["error"] is not None for r in recs)
        assert by_path(recs)[shown]["actions"]
        assert os.fsencode(folder) + b"/" + LATIN1_NAME == _unshow(shown), "the scheme is lossless"
    else:
        assert shown.encode() in data
    resumed = cli(str(folder), "-o", str(out), "--resume", "--format", fmt)
    assert resumed.exit_code == 0, resumed.output
    if fmt == "jsonl":
        assert "4 already done" in resumed.stderr and out.read_bytes() == data
    else:
        assert out.read_bytes() == data


def _unshow(shown: str) -> bytes:
    """The documented way back from a recorded path to the file name's bytes."""
    import re

    return re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), shown.encode("utf-8"))


def test_analyze_on_a_non_utf8_file_name_gives_a_report(tmp_path: Path) -> None:
    path = _latin1_named(tmp_path)
    result = CliRunner().invoke(app, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"]["path"].endswith("/caf\\xe9-\\xff.txt")


# --- 9. the folder spelled differently on --resume ---------------------------------------------


@pytest.mark.parametrize("spelling", ["./news", "news/", "news/../news", "absolute", "symlinked-folder"])
def test_resume_matches_records_whatever_the_spelling_of_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str
) -> None:
    make_news(tmp_path, 3)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    first = cli("news", "-o", str(out), "-q")
    assert first.exit_code == 0
    data = out.read_bytes()
    if spelling == "absolute":
        spelling = str(tmp_path / "news")
    elif spelling == "symlinked-folder":
        (tmp_path / "link").symlink_to(tmp_path / "news")
        spelling = "link"
    resumed = cli(spelling, "-o", str(out), "--resume")
    assert resumed.exit_code == 0, resumed.output
    assert "3 already done" in resumed.stderr, resumed.stderr
    assert out.read_bytes() == data, "nothing analysed twice; the paths stay as first given"
    assert [r["source"]["path"] for r in parse_lines(out)] == [f"news/a{i:03d}.txt" for i in range(3)]


# --- 10. FIFOs, sockets and devices; a signal in a blocking read ---------------------------------


def test_a_fifo_in_the_folder_is_an_error_record_not_a_hang(tmp_path: Path) -> None:
    folder = make_news(tmp_path, 2)
    os.mkfifo(folder / "a000b-fifo.txt")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "policyscan", "batch", str(folder), "-o", str(out), "-q"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)  # a hang fails here
    assert proc.returncode == EXIT_PARTIAL, proc.stderr
    recs = parse_lines(out)
    assert [Path(r["source"]["path"]).name for r in recs] == ["a000.txt", "a000b-fifo.txt", "a001.txt"]
    assert recs[1]["error"] == {"kind": "unreadable", "message": "not a regular file: a FIFO (named pipe)"}


def test_analyze_on_a_fifo_or_a_device_is_one_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    for path, what in [(tmp_path / "pipe.txt", "a FIFO"), (Path("/dev/zero"), "a character device")]:
        cmd = [sys.executable, "-m", "policyscan", "analyze", str(path), "--format", "json"]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 4, proc.stderr
        lines = proc.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"policyscan: error: {path}: not a regular file: {what}")
        assert proc.stdout == ""


def test_the_first_sigterm_ends_a_run_blocked_in_a_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A FIFO swapped in after the check (or any read that blocks): the first SIGTERM ends the
    run, with the records before it kept; a second SIGTERM, 30 s later, would only be a
    safety net that makes this test fail (exit 130) instead of hanging."""
    import threading

    folder = make_news(tmp_path, 3)
    fifo = tmp_path / "no-writer"
    os.mkfifo(fifo)
    real_load_path = load_mod.load_path

    def blocking_load_path(path, **kwargs):
        if os.fspath(path).endswith("a001.txt"):
            threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGTERM)).start()
            with open(fifo, "rb") as fh:  # blocks: nobody writes to it
                fh.read()
        return real_load_path(path, **kwargs)

    safety = threading.Timer(30, os.kill, (os.getpid(), signal.SIGTERM))
    monkeypatch.setattr(load_mod, "load_path", blocking_load_path)
    out = tmp_path / "out.jsonl"
    safety.start()
    try:
        result = cli(str(folder), "-o", str(out), "-q", "--jobs", "1")
    finally:
        safety.cancel()
    assert result.exit_code == 128 + signal.SIGTERM, result.output
    assert "--resume" in result.stderr
    first = parse_lines(out)  # whole records only (the one in hand is given up)
    assert "a001.txt" not in {Path(r["source"]["path"]).name for r in first}
    monkeypatch.setattr(load_mod, "load_path", real_load_path)
    resumed = cli(str(folder), "-o", str(out), "-q", "--resume")
    assert resumed.exit_code == 0, resumed.output
    assert by_path(parse_lines(out)) == reference(folder, tmp_path)
