"""The output file: whole records, flushed one by one, and what ``--resume`` reads back."""

from __future__ import annotations

import os
from typing import TextIO

from policyscan.batch.writers import DoneKey, Foreign, Writer
from policyscan.errors import ResumeRefused

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


def prepare_resume(path: str, writer: Writer) -> set[DoneKey]:
    """Read what an earlier run finished; roll back retried and torn records.

    Raises ResumeRefused, leaving the file untouched, when anything in it is not a record
    ``writer`` would have written. Records to retry (error records, a record cut short by
    a crash) go: a tail by truncating the file, others by rewriting it through a temporary
    file and an atomic rename.
    """
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return set()
    header = writer.header().encode("utf-8")
    if not data.startswith(header):
        if header.startswith(data):  # a header cut short: nothing was finished
            os.truncate(path, 0)
            return set()
        raise ResumeRefused(_not_ours(writer, f"line 1 is not the {writer.name} header"), path=path)
    try:
        units = writer.units(data[len(header) :])
    except Foreign as exc:
        raise ResumeRefused(_not_ours(writer, str(exc)), path=path) from None
    done = {u.key for u in units if u.key}
    kept = [u for u in units if u.key]
    if len(kept) == len(units):
        return done
    base = len(header)
    if units[: len(kept)] == kept:  # only the tail goes
        os.truncate(path, base + (kept[-1].end if kept else 0))
        return done
    tmp = f"{path}.policyscan-tmp"
    with open(tmp, "wb") as out:
        out.write(header + b"".join(data[base + u.start : base + u.end] for u in kept))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    return done


def _not_ours(writer: Writer, why: str) -> str:
    return f"not a policyscan batch {writer.name} output ({why}); refusing to --resume, the file is unchanged"
