"""Issue 12 item 12: an importable non-pipeline as --model, an ASCII-only stdout and a closed stdin
are one line each, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SAMPLE = str(Path(__file__).parents[1] / "samples" / "japan-ppc-corvid-reversal.txt")


def _run(args, **kw):
    return subprocess.run([sys.executable, "-m", "policyscan", *args], capture_output=True, text=True, **kw)


def test_an_importable_package_that_is_not_a_pipeline_is_exit_6():
    for env in ({}, {"POLICYSCAN_MODEL": "numpy"}):
        args = ["analyze", SAMPLE, "--json"] + ([] if env else ["--model", "numpy"])
        proc = _run(args, env={**os.environ, **env})
        assert proc.returncode == 6 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_an_ascii_only_stdout_escapes_instead_of_crashing():
    proc = _run(["analyze", SAMPLE, "--format", "table"], env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 0 and "Traceback" not in proc.stderr and proc.stdout


def test_a_closed_stdin_is_one_line():
    proc = subprocess.run(
        [sys.executable, "-m", "policyscan", "analyze", "-", "--json"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        close_fds=True,
        preexec_fn=lambda: os.close(0),
    )
    assert proc.returncode == 4 and "standard input is closed" in proc.stderr and "Traceback" not in proc.stderr
