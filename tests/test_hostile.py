"""Hostile and broken input: every row of docs/errors.md, pathological text, fuzz regressions.

CLI rows run the real command in a subprocess (``python -m policyscan analyze ...``) on
files made in tmp_path. Pathological text goes through the in-process API
(``load_bytes`` + ``analyze``) with explicit wall-time *bounds* (generous ceilings that
catch a hang or a quadratic blow-up, not benchmarks; the measured times on a 2-CPU box
are noted next to each bound).
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from policyscan.errors import PolicyscanError
from policyscan.load import Article, load_bytes
from policyscan.pipeline import analyze
from policyscan.report import Report

GOOD = (
    "The European Commission fined OpenAI 10 million euros on Monday over its GPT-4o chatbot, "
    "officials said. Google and Meta said they would appeal the new rules.\n"
)
REGRESSIONS = Path(__file__).parent / "fuzz" / "regressions"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run_cli(*args: str, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "policyscan", "analyze", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        env=env,
    )


def error_lines(stderr: str) -> list[str]:
    """stderr lines that are not a model warning (the fallback pipeline prints one)."""
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not line.lower().startswith(("warning", "policyscan: warning"))
    ]


# ---------------------------------------------------------------------------
# docs/errors.md, row by row
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    id: str
    make: Callable[[Path], list[str]]  # creates files in tmp_path, returns the CLI args
    exit_code: int
    message: str  # a substring of the stderr line
    names: str | None = None  # the file the message must name
    lines: int = 1  # error lines on stderr
    marks: tuple = ()


def _write(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        p = tmp / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return [name]

    return make


def _good_with(*extra: str) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        (tmp / "good.txt").write_text(GOOD, encoding="utf-8")
        return ["good.txt", *extra]

    return make


def _directory(tmp: Path) -> list[str]:
    (tmp / "dir.txt").mkdir()
    return ["dir.txt"]


def _no_permission(tmp: Path) -> list[str]:
    p = tmp / "noperm.txt"
    p.write_text(GOOD, encoding="utf-8")
    p.chmod(0)
    return ["noperm.txt"]


def _fifo(tmp: Path) -> list[str]:
    os.mkfifo(tmp / "pipe.txt")  # nobody writes to it: opening it would block for ever
    return ["pipe.txt"]


def _batch_partial(tmp: Path) -> list[str]:
    (tmp / "good.txt").write_text(GOOD, encoding="utf-8")
    return ["good.txt", "missing.txt"]


def _batch_all_failed(tmp: Path) -> list[str]:
    (tmp / "empty.txt").write_bytes(b"")
    return ["missing.txt", "empty.txt"]


def _too_big(tmp: Path) -> list[str]:
    (tmp / "big.txt").write_bytes(b"word " * 1_000_001)  # 5,000,005 bytes > default 5,000,000
    return ["big.txt"]


ROWS = [
    Row("missing", lambda tmp: ["missing.txt"], 3, "no such file", "missing.txt"),
    Row("directory", _directory, 4, "is a directory", "dir.txt"),
    Row(
        "permission-denied",
        _no_permission,
        4,
        "permission denied",
        "noperm.txt",
        marks=(pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions"),),
    ),
    Row("fifo", _fifo, 4, "not a regular file: a FIFO (named pipe)", "pipe.txt"),
    Row("device", lambda tmp: ["/dev/zero"], 4, "not a regular file: a character device", "/dev/zero"),
    Row("empty", _write("empty.txt", b""), 5, "empty file", "empty.txt"),
    Row("whitespace-only", _write("ws.txt", b"  \n\t\r\n \x0c \n"), 5, "empty file", "ws.txt"),
    Row("no-letters", _write("ctrl.txt", b"\x01\x02\x03 \x04 123 456 !!!\n"), 5, "no article text", "ctrl.txt"),
    Row("nul-bytes", _write("nul.txt", b"abc\x00def " + GOOD.encode()), 5, "contains NUL bytes", "nul.txt"),
    Row("png", _write("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40), 5, "(PNG)", "img.txt"),
    Row(
        "pdf",
        _write("doc.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
        5,
        "(PDF)",
        "doc.txt",
    ),
    Row("zip", _write("a.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 30), 5, "(ZIP)", "a.txt"),
    Row("too-large-default", _too_big, 5, "larger than the limit of 5000000 bytes", "big.txt"),
    Row(
        "too-large-option",
        _good_with("--max-bytes", "10"),
        5,
        "larger than the limit of 10 bytes",
        "good.txt",
    ),
    Row("unknown-encoding", _good_with("--encoding", "nosuch"), 5, "unknown encoding 'nosuch'", "good.txt"),
    Row("non-text-encoding", _good_with("--encoding", "rot13"), 5, "is not a text encoding", "good.txt"),
    Row("undefined-encoding", _good_with("--encoding", "undefined"), 5, "is not a text encoding", "good.txt"),
    Row("escape-encoding", _good_with("--encoding", "unicode_escape"), 5, "is not a text encoding", "good.txt"),
    Row(
        "encoding-without-replace",
        lambda tmp: [*_write("bad.txt", GOOD.encode() + b"\xff\n")(tmp), "--encoding", "punycode"],
        5,
        "not valid punycode text",
        "bad.txt",
    ),
    Row(
        "policyscan-output",
        _write("results.jsonl", '{"schema_version":"policyscan/1","source":{"path":"a.txt"},"error":{}}\n'),
        5,
        "this is policyscan output, not an article; use `policyscan summarize`",
        "results.jsonl",
    ),
    Row(
        "html-no-body",
        _write(
            "nobody.html",
            '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>',
        ),
        5,
        "no article text found in the HTML",
        "nobody.html",
    ),
    Row(
        "published-unparseable",
        _good_with("--published", "notadate"),
        2,
        "--published 'notadate' is not an unambiguous date",
    ),
    Row("published-impossible", _good_with("--published", "2025-13-45"), 2, "is not an unambiguous date"),
    Row("unknown-model", _good_with("--model", "nosuchmodel"), 6, "unknown spaCy pipeline 'nosuchmodel'"),
    Row("batch-partial", _batch_partial, 10, "no such file", "missing.txt"),
    Row("batch-all-failed", _batch_all_failed, 11, "empty file", "empty.txt", lines=2),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id, marks=r.marks) for r in ROWS])
def test_error_row(row: Row, tmp_path: Path) -> None:
    args = row.make(tmp_path)
    proc = run_cli(*args, "--format", "json", cwd=tmp_path)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == row.exit_code, proc.stderr
    lines = error_lines(proc.stderr)
    assert len(lines) == row.lines, proc.stderr
    assert all(line.startswith("policyscan: error: ") for line in lines), proc.stderr
    assert any(row.message in line for line in lines), proc.stderr
    if row.names:
        assert any(row.names in line for line in lines), proc.stderr
    if row.exit_code == 10:
        assert '"schema_version"' in proc.stdout  # the good article is still reported
    elif row.exit_code != 0:
        assert proc.stdout == ""


# --- batch rows of docs/errors.md: the output file ---


def _news(tmp: Path) -> None:
    (tmp / "news").mkdir()
    (tmp / "news" / "a.txt").write_text(GOOD, encoding="utf-8")


def _resume_on_notes(tmp: Path) -> tuple[list[str], str]:
    _news(tmp)
    (tmp / "notes.jsonl").write_bytes(b"TODO: rerun on Monday\n")
    return ["news", "-o", "notes.jsonl", "--resume"], "notes.jsonl"


def _output_is_input(tmp: Path) -> tuple[list[str], str]:
    _news(tmp)
    return ["news/a.txt", "-o", "news/a.txt"], "news/a.txt"


def _output_hardlinked_to_input(tmp: Path) -> tuple[list[str], str]:
    _news(tmp)
    os.link(tmp / "news" / "a.txt", tmp / "out.jsonl")
    return ["news", "-o", "out.jsonl"], "news/a.txt"


def _output_locked(tmp: Path) -> tuple[list[str], str]:
    _news(tmp)
    (tmp / "out.jsonl").write_bytes(b"")
    return ["news", "-o", "out.jsonl"], "out.jsonl"


BATCH_ROWS = [
    ("resume-on-a-file-it-did-not-write", _resume_on_notes, 8, "refusing to --resume"),
    ("output-is-an-input", _output_is_input, 9, "is the input news/a.txt"),
    ("output-hardlinked-to-an-input", _output_hardlinked_to_input, 9, "is the same file as the input"),
    ("output-locked-by-another-run", _output_locked, 12, "another policyscan batch is writing this file"),
]


@pytest.mark.parametrize(("make", "code", "message"), [pytest.param(m, c, t, id=i) for i, m, c, t in BATCH_ROWS])
def test_batch_output_row(make, code: int, message: str, tmp_path: Path) -> None:
    import fcntl

    args, file = make(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with open(tmp_path / file, "rb") as held:
        if code == 12:  # a first run still holds the lock
            fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        proc = subprocess.run(
            [sys.executable, "-m", "policyscan", "batch", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert "Traceback" not in proc.stderr
    assert proc.returncode == code, proc.stderr
    lines = error_lines(proc.stderr)
    assert len(lines) == 1 and lines[0].startswith("policyscan: error: ") and message in lines[0], proc.stderr
    assert proc.stdout == ""
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before, "nothing was changed"


@pytest.mark.parametrize(
    ("option", "value", "complaint"),
    [("--format", "xml", "'xml' is not one of"), ("--max-bytes", "abc", "--max-bytes")],
)
def test_typer_usage_error(option: str, value: str, complaint: str, tmp_path: Path) -> None:
    """Typer/Click report bad option types themselves: exit 2, a boxed message (several lines)."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    proc = run_cli("good.txt", option, value, cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert complaint in " ".join(proc.stderr.split()).replace("│", "").replace("  ", " ") or complaint in (proc.stderr)
    assert proc.stdout == ""


# --- inputs that are decoded, not refused (exit 0, encoding recorded) ---

DECODED = [
    ("utf8", GOOD.encode("utf-8"), "utf-8"),
    ("utf8-bom", codecs.BOM_UTF8 + GOOD.encode("utf-8"), "utf-8-sig"),
    ("utf16-bom", GOOD.encode("utf-16"), "utf-16"),  # BOM + native order
    ("utf16-be-bom", codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), "utf-16"),
    ("utf16-le-nobom", GOOD.encode("utf-16-le"), "utf-16-le"),
    (
        "cp1252",
        b"The European Commission\x92s regulators fined OpenAI on Monday \x93over\x94 GPT-4o \x96 officials said.\n",
        "cp1252",
    ),
]


@pytest.mark.parametrize(("raw", "encoding"), [pytest.param(r, e, id=i) for i, r, e in DECODED])
def test_decoded_encodings(raw: bytes, encoding: str, tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_bytes(raw)
    proc = run_cli("in.txt", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert error_lines(proc.stderr) == []
    report = Report.model_validate_json(proc.stdout)
    assert report.source.encoding == encoding
    assert "\ufffd" not in proc.stdout


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"The European Commission fined OpenAI \xff\xfe\x80 on Monday over GPT-4o.\n", id="bad-utf8"),
        pytest.param(b"The Commission fined OpenAI in M\xfcnchen and Z\xfcrich. Caf\xe9 r\xe9sum\xe9.\n", id="latin1"),
    ],
)
def test_invalid_utf8_is_decoded(raw: bytes, tmp_path: Path) -> None:
    """Not UTF-8: decoded by a guessed codec (exit 0), the codec recorded in source.encoding."""
    (tmp_path / "in.txt").write_bytes(raw)
    proc = run_cli("in.txt", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = Report.model_validate_json(proc.stdout)
    assert report.source.encoding


@pytest.mark.parametrize(
    "raw",
    [
        b"The European Commission fined OpenAI on Monday in M\xfcnchen and Z\xfcrich, officials said. "
        b"Caf\xe9 r\xe9sum\xe9.\n",
        b"The Commission fined OpenAI in M\xfcnchen and Z\xfcrich. Caf\xe9 r\xe9sum\xe9.\n",
    ],
)
def test_latin1_is_decoded_as_western(raw: bytes) -> None:
    article = load_bytes(raw, path="latin1.txt", suffix=".txt")
    assert "München" in article.text and "Café" in article.text, (article.encoding, article.text)


def test_malformed_html_is_analysed(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_bytes(
        b"<html><body><div><p>The European Commission fined OpenAI on Monday over GPT-4o, officials said."
        b"<p><b>unclosed <i>tags</div></span><table><tr><td>cell</html"
    )
    proc = run_cli("bad.html", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = Report.model_validate_json(proc.stdout)
    assert report.source.format == "html"


def test_empty_stdin(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "policyscan", "analyze", "-", "--format", "json"],
        input=b"",
        capture_output=True,
        cwd=tmp_path,
        timeout=180,
    )
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 5
    assert error_lines(stderr) == ["policyscan: error: -: empty file"]


def test_broken_pipe_exits_141(tmp_path: Path) -> None:
    paths = []
    for i in range(30):
        (tmp_path / f"g{i}.txt").write_text(GOOD, encoding="utf-8")
        paths.append(f"g{i}.txt")
    proc = subprocess.Popen(
        [sys.executable, "-m", "policyscan", "analyze", *paths, "--format", "jsonl"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before anything is written
    stderr = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=180)
    assert "Traceback" not in stderr
    assert error_lines(stderr) == []
    assert code == 141


# ---------------------------------------------------------------------------
# Pathological text (in process)
# ---------------------------------------------------------------------------


def check_report(article: Article, report: Report) -> None:
    """A valid Report whose offsets all index article.text."""
    Report.model_validate_json(report.model_dump_json())
    text = article.text
    assert report.source.characters == len(text)
    for action in report.actions:
        for span in action.evidence:
            assert 0 <= span.start <= span.end <= len(text), (span, len(text))
            assert " ".join(text[span.start : span.end].split()) == " ".join(span.text.split()), span
    for ref in [*report.dates, *(a.date for a in report.actions)]:
        if ref.start is not None and ref.end is not None:
            assert 0 <= ref.start <= ref.end <= len(text), ref
            if ref.text is not None:
                assert " ".join(text[ref.start : ref.end].split()) == " ".join(ref.text.split()), ref
    names = {a.name for a in report.actors}
    for action in report.actions:
        assert action.actor is None or action.actor in names, action.actor


def analyze_bounded(raw: bytes, suffix: str, bound_s: float) -> tuple[Article, Report, float]:
    start = time.perf_counter()
    article = load_bytes(raw, path="hostile" + suffix, suffix=suffix)
    report = analyze(article)
    elapsed = time.perf_counter() - start
    assert elapsed < bound_s, f"took {elapsed:.1f} s, bound {bound_s} s"
    check_report(article, report)
    return article, report, elapsed


SENTENCE = "The European Commission fined OpenAI on Monday over GPT-4o. "
ENTITIES = "OpenAI, Google, Meta, Anthropic, Microsoft, the European Commission, the FTC, Mistral, "


def _paragraphs(n: int) -> bytes:
    return "\n\n".join(f"Meta paused Llama in Italy {i}." for i in range(n)).encode()


RTL = (
    "The European Commission fined OpenAI on Monday. قالت الهيئة إن الغرامة نهائية. "
    "Google said שלום עולם the rules on 3 May 2025 were unfair. \u202eevil\u202c text.\n"
)
EMOJI = "🚨 The FTC 🇺🇸 banned Meta's Llama 3 🤖 chatbot on Friday 👍🏽👨\u200d👩\u200d👧. "
ZERO_WIDTH = "The Euro\u200bpean Commis\u200csion fined Open\u200dAI\u2060 on Mon\ufeffday over GPT\u200b-4o. "
CONTROL = "".join(f"{SENTENCE}{chr(c)}" for c in [*range(1, 32), 127, *range(0x80, 0xA0)])
CRLF = SENTENCE + "\r\n\r\nGoogle paused Gemini in Italy on 3 May 2025.\r\n"
LONE_CR = SENTENCE + "\rGoogle paused Gemini in Italy.\r"
CRLF_MD = "# Title\r\n\r\nPublished: 2025-11-03\r\n\r\n" + SENTENCE + "\r\n" * 3
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
NESTED = "<html><body>" + "<div>" * 5000 + SENTENCE * 5 + "</div>" * 5000 + "</body></html>"

# (id, text, suffix, wall-time bound in seconds): bounds, not benchmarks.
PATHOLOGICAL = [
    ("long-line-20k", SENTENCE * (20_000 // len(SENTENCE)), ".txt", 60),
    ("dates-wall-5000", DAYS * 5000, ".txt", 60),
    ("nested-divs-5000", NESTED, ".html", 60),
    ("entities-500", ENTITIES * 500, ".txt", 180),
    ("control-chars", CONTROL * 5, ".txt", 60),
    ("rtl-mixed", RTL * 200, ".txt", 60),
    ("emoji", EMOJI * 300, ".txt", 60),
    ("zero-width", ZERO_WIDTH * 300, ".txt", 60),
    ("crlf", CRLF * 500, ".txt", 60),
    ("lone-cr", LONE_CR * 500, ".txt", 60),
    ("crlf-markdown", CRLF_MD * 100, ".md", 60),
    ("many-paragraphs-2000", _paragraphs(2000).decode(), ".txt", 180),
]


@pytest.mark.parametrize(
    ("raw", "suffix", "bound"),
    [pytest.param(t.encode(), s, b, id=i, marks=[pytest.mark.slow] if b > 120 else []) for i, t, s, b in PATHOLOGICAL],
)
def test_pathological(raw: bytes, suffix: str, bound: float) -> None:
    analyze_bounded(raw, suffix, bound)


@pytest.mark.slow
def test_long_line_1mb() -> None:
    """A 1 MB single line without newlines. Bound: 180 s (fixed: per-doc caches made extraction linear)."""
    raw = (SENTENCE * (1_000_000 // len(SENTENCE))).encode()
    assert b"\n" not in raw and len(raw) > 990_000
    analyze_bounded(raw, ".txt", 180)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("n", "bound"),
    [
        (20_000, 240),  # per-doc sentence caches; 131 s on 2026-12-02 on both 03036a1 and bc958d5 (slower machines)
        pytest.param(
            100_000,
            300,
            marks=pytest.mark.xfail(
                reason="3.4 MB of paragraphs: spaCy's own parse alone is close to the 300 s bound on 2 loaded cores",
                strict=False,
            ),
        ),
    ],
)
def test_many_paragraphs(n: int, bound: float) -> None:
    """20,000 and 100,000 tiny paragraphs, with the stated wall-time bounds."""
    analyze_bounded(_paragraphs(n), ".txt", bound)


# ---------------------------------------------------------------------------
# Fuzz regressions
# ---------------------------------------------------------------------------

REGRESSION_FILES = sorted(p for p in REGRESSIONS.glob("*") if p.suffix in (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", REGRESSION_FILES, ids=[p.name for p in REGRESSION_FILES])
def test_fuzz_regression(path: Path) -> None:
    """Each saved fuzz input: only PolicyscanError may escape load_bytes + analyze."""
    try:
        article = load_bytes(path.read_bytes(), path=path.name, suffix=path.suffix)
    except PolicyscanError:
        return
    check_report(article, analyze(article))
