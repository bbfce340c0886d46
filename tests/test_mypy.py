"""STYLE.md asks for types: mypy on src/ is part of the test run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "policyscan"


@pytest.mark.skipif(
    shutil.which("mypy") is None and not (Path(sys.executable).parent / "mypy").exists(), reason="mypy missing"
)
def test_mypy_is_clean_on_src():
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", str(SRC), "--ignore-missing-imports", "--no-error-summary"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
