"""The output: whole records, flushed one by one; the output file locked for one writer;
what ``--resume`` reads back from it."""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from collections.abc import Callable
from typing import TextIO

from policyscan.batch.writers import DoneKey, Foreign, Writer
from policyscan.errors import OutputLocked, ResumeRefused

FSYNC_EVERY = 64  # records between os.fsync() calls on an output file


class Sink:
    """Writes whole records to a stream (stdout), flushing each one."""

    def __init__(self, stream: TextIO, *, fsync: bool = False) -> None:
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


def _os_write(fd: int, data: memoryview) -> int:
    return os.write(fd, data)  # one place for the fault tests to put a full disk


class FileSink(Sink):
    """Writes whole records straight to a file descriptor (no buffer in between) and fsyncs
    every FSYNC_EVERY records. A record that cannot be written whole (a full disk) is rolled
    back: the file is truncated to the end of the last whole record, then the error raised."""

    def __init__(self, fd: int) -> None:
        self.fd, self.fsync, self._since = fd, True, 0
        self.regular = _is_regular(fd)

    def write(self, text: str) -> None:
        self.write_bytes(text.encode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        if not data:
            return
        start = os.lseek(self.fd, 0, os.SEEK_CUR) if self.regular else 0
        view = memoryview(data)
        try:
            while view:
                view = view[_os_write(self.fd, view) :]
        except OSError:
            if self.regular and len(view) < len(data):
                os.ftruncate(self.fd, start)  # shrinking a file needs no free space
                os.lseek(self.fd, start, os.SEEK_SET)
            raise
        self._since += 1
        if self._since >= FSYNC_EVERY:
            self.sync()

    def sync(self) -> None:
        if self.regular:
            os.fsync(self.fd)
        self._since = 0


def _is_regular(fd: int) -> bool:
    return stat.S_ISREG(os.fstat(fd).st_mode)


def open_output(
    path: str, writer: Writer, *, resume: bool, keep: Callable[[DoneKey], bool] | None = None
) -> tuple[int, set[DoneKey]]:
    """The output file, locked for this run and positioned at its end, and what an earlier run
    finished (``--resume``); without ``resume`` it is emptied, but only once the lock is held.

    On ``resume``, a finished record for which ``keep(key)`` is false (its article changed
    since) is removed, so that the article's new record is its only one."""
    fd = _open_locked(path, os.O_RDWR if resume else os.O_WRONLY)
    try:
        done: set[DoneKey] = set()
        if not _is_regular(fd):  # a device or a pipe (/dev/stdout): nothing to resume or empty
            FileSink(fd).write(writer.header())
            return fd, done
        if resume:
            fd, done = _resume(fd, path, writer, keep or (lambda key: True))
        else:
            os.ftruncate(fd, 0)
        if os.lseek(fd, 0, os.SEEK_END) == 0:
            FileSink(fd).write(writer.header())
        return fd, done
    except BaseException:
        os.close(fd)
        raise


def _open_locked(path: str, access: int) -> int:
    """Open (creating, never truncating) and take an exclusive advisory lock (flock): a second
    `policyscan batch` on the same file fails at once instead of mixing records."""
    for _ in range(5):
        fd = os.open(path, access | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputLocked(
                "another policyscan batch is writing this file; wait for it or choose another -o FILE", path=path
            ) from None
        except OSError:
            return fd  # a file system without flock: go on unlocked
        try:
            now = os.stat(path)
        except OSError:
            now = None
        info = os.fstat(fd)
        if now is not None and (now.st_dev, now.st_ino) == (info.st_dev, info.st_ino):
            return fd
        os.close(fd)  # renamed over (a --resume repair) while we waited: lock the new file
    raise OutputLocked("the file keeps being replaced by another writer", path=path)


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _resume(fd: int, path: str, writer: Writer, keep: Callable[[DoneKey], bool]) -> tuple[int, set[DoneKey]]:
    """Read what an earlier run finished; roll back retried, changed and torn records.

    Raises ResumeRefused, leaving the file untouched, when anything in it is not a record
    ``writer`` would have written. Records to retry (error records, a record cut short by
    a crash, the record of an article that changed since: ``keep`` false) go:
    a tail by truncating the file, others by rewriting it through a temporary
    file (locked before it is renamed over the output) and an atomic rename.
    """
    data = _read_all(fd)
    header = writer.header().encode("utf-8")
    if not data.startswith(header):
        if header.startswith(data):  # a header cut short: nothing was finished
            os.ftruncate(fd, 0)
            return fd, set()
        raise ResumeRefused(_not_ours(writer, f"line 1 is not the {writer.name} header"), path=path)
    try:
        units = writer.units(data[len(header) :])
    except Foreign as exc:
        raise ResumeRefused(_not_ours(writer, str(exc)), path=path) from None
    kept = [u for u in units if u.key and keep(u.key)]
    done = {u.key for u in kept if u.key}
    if len(kept) == len(units):
        return fd, done
    base = len(header)
    if units[: len(kept)] == kept:  # only the tail goes
        os.ftruncate(fd, base + (kept[-1].end if kept else 0))
        return fd, done
    tmp = f"{path}.policyscan-tmp"
    new = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        fcntl.flock(new, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.fchmod(new, stat.S_IMODE(os.fstat(fd).st_mode))
        sink = FileSink(new)
        sink.write_bytes(header + b"".join(data[base + u.start : base + u.end] for u in kept))
        sink.sync()
        os.replace(tmp, path)
    except BaseException:
        os.close(new)
        with contextlib.suppress(OSError):
            os.unlink(tmp)  # the output itself is untouched
        raise
    os.close(fd)
    return new, done


def _not_ours(writer: Writer, why: str) -> str:
    return f"not a policyscan batch {writer.name} output ({why}); refusing to --resume, the file is unchanged"
