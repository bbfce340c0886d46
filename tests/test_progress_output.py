"""Batch progress lines on stderr: a hostile file name or message is shown escaped, on one line."""

from __future__ import annotations

import io

from policyscan.render.progress import PlainReporter, failure_line


class _Outcome:
    ok = False
    words = 0

    def __init__(self, path: str, error: str) -> None:
        self.path, self.error = path, error


def test_failure_lines_escape_control_characters_and_stay_one_line():
    outcome = _Outcome("news/\x1b]0;pwned\x07evil\n.txt", "bad\rline\u202e")
    line = failure_line(outcome)  # type: ignore[arg-type]
    assert "\x1b" not in line and "\x07" not in line and "\n" not in line and "\r" not in line
    assert "\u202e" not in line and "\\x1b" in line
    stream = io.StringIO()
    PlainReporter(stream=stream).advance(outcome)  # type: ignore[arg-type]
    assert stream.getvalue().count("\n") == 1 and "\x1b" not in stream.getvalue()


def test_non_utf8_names_are_shown_losslessly():
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    assert "caf\\xe9.txt" in failure_line(_Outcome(name, "empty file"))  # type: ignore[arg-type]
