"""Batch under faults: a file that vanishes mid-run, an output disk that fills up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from policyscan import batch as batch_mod
from policyscan.errors import EXIT_OUTPUT

TEXT = "The Federal Trade Commission fined Kestrel Labs on Monday over its Wren-{i} model.\n"


def _folder(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(TEXT.format(i=i), encoding="utf-8")
    return folder


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_file_deleted_after_the_walk_gives_an_error_record(tmp_path, monkeypatch):
    folder = _folder(tmp_path, 4)
    victim = folder / "a01.txt"
    original = batch_mod.find_inputs

    def walk_then_delete(*args, **kwargs):
        items = original(*args, **kwargs)
        victim.unlink()  # the file disappears between the walk and its turn
        return items

    monkeypatch.setattr(batch_mod, "find_inputs", walk_then_delete)
    out = tmp_path / "out.jsonl"
    result = batch_mod.batch([str(folder)], output=str(out))

    records = _records(out)
    assert len(records) == 4, "every article yields exactly one record"
    errors = [r for r in records if "error" in r]
    assert [Path(r["source"]["path"]).name for r in errors] == ["a01.txt"]
    assert errors[0]["error"]["kind"] and errors[0]["error"]["message"]
    assert all("actions" in r for r in records if "error" not in r)
    assert result.failed == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full to simulate a full disk")
def test_full_disk_is_one_line_and_resume_completes(tmp_path):
    folder = _folder(tmp_path, 3)
    cmd = [sys.executable, "-m", "policyscan", "batch", str(folder), "-q"]
    full = subprocess.run([*cmd, "-o", "/dev/full"], capture_output=True, text=True, timeout=300)
    assert full.returncode == EXIT_OUTPUT
    lines = [line for line in full.stderr.splitlines() if line.strip()]
    assert lines == [lines[0]] and "No space left on device" in lines[0] and "Traceback" not in full.stderr

    # a partly written output (the last record cut off by the failure) resumes to the full set
    whole = tmp_path / "whole.jsonl"
    assert subprocess.run([*cmd, "-o", str(whole)], timeout=300).returncode == 0
    first, second, _third = whole.read_text(encoding="utf-8").splitlines()
    partial = tmp_path / "partial.jsonl"
    partial.write_text(first + "\n" + second[: len(second) // 2], encoding="utf-8")
    assert subprocess.run([*cmd, "-o", str(partial), "--resume"], timeout=300).returncode == 0
    by_path = {r["source"]["path"]: r for r in _records(partial)}
    assert by_path == {r["source"]["path"]: r for r in _records(whole)}
    assert len(_records(partial)) == 3, "no duplicates after the repair"
