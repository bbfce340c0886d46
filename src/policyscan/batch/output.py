"""The output file: whole records, flushed one by one, and what ``--resume`` reads back."""

from __future__ import annotations

import os
from typing import TextIO

from policyscan.batch.writers import WRITERS, DoneKey

FSYNC_EVERY = 64  # records between os.fsync() calls on an output file


class Sink:
    """Writes whole records, flushes each one, and fsyncs a file every FSYNC_EVERY records."""

    def __init__(self, stream: TextIO, *, fsync: bool) -> None:
        self.stream, self.fsync, self._since = stream, fsync, 0

    def write(self, text: str) -> None:
        if not text:
            return
        self.stream.write(text)
        self.stream.flush()
        self._since += 1
        if self.fsync and self._since >= FSYNC_EVERY:
            self.sync()

    def sync(self) -> None:
        self.stream.flush()
        if self.fsync:
            os.fsync(self.stream.fileno())
        self._since = 0


def prepare_resume(path: str, fmt: str) -> set[DoneKey]:
    """Read what an earlier run finished; drop retried records and a half-written last line.

    The file is rewritten (through a temporary file and an atomic rename) only when
    something has to go, so that retried articles do not leave stale error records.
    """
    if not os.path.exists(path):
        return set()
    writer = WRITERS[fmt]
    done: set[DoneKey] = set()
    keep_lines, dropped, header = [], False, None
    with open(path, encoding="utf-8", newline="", errors="surrogateescape") as fh:
        for n, line in enumerate(fh):
            if not line.endswith("\n"):
                dropped = True  # a record cut short by a crash
                break
            if n == 0 and writer.header():
                header = line
                keep_lines.append(line)
                continue
            key = writer.done_key(line, header)
            if key is None and not writer.keep_unkeyed:
                dropped = True
                continue
            if key:
                done.add(key)
            keep_lines.append(line)
    if dropped:
        tmp = f"{path}.policyscan-tmp"
        with open(tmp, "w", encoding="utf-8", newline="", errors="surrogateescape") as out:
            out.writelines(keep_lines)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    return done
