"""Finding the articles: files as given, folders walked in sorted order."""

from __future__ import annotations

import fnmatch
import functools
import json
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import NamedTuple

from policyscan.errors import InputNotFound, OutputIsInput, UsageError
from policyscan.load import ARTICLE_SUFFIXES


class Input(NamedTuple):
    path: str
    error: str | None = None  # set when the walk itself could not read this path


def shown(path: str) -> str:
    """``path`` as records and messages show it, always valid UTF-8, without loss: a file name
    whose bytes are not UTF-8 (Python holds them as surrogate escapes) shows each such byte as
    ``\\xNN``, e.g. the Latin-1 name ``caf\\xe9.txt``. Valid UTF-8 names are unchanged."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def special_file(path: str) -> str | None:
    """What ``path`` is when it is neither a regular file nor a folder (None otherwise, or when
    it cannot be stat'ed). Only regular files are read: opening a FIFO blocks until someone
    writes to it, and a device never ends."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    return next((what for test, what in _SPECIAL if test(mode)), None)


def _hidden(name: str) -> bool:
    return name.startswith(".")


@functools.cache
def project_file_stems() -> frozenset[str]:
    """Names a folder walk skips as project files (data/project_files.json): README, LICENSE..."""
    raw = json.loads(resources.files("policyscan.data").joinpath("project_files.json").read_text("utf-8"))
    stems = raw["stems"]
    if not all(isinstance(s, str) and s == s.lower() and s and "." not in s for s in stems):
        raise ValueError("project_files.json: stems must be non-empty lower-case names without a dot")
    return frozenset(stems)


def project_file(name: str) -> bool:
    """True for README.md, LICENSE, CHANGELOG.txt, contributing.html...: not articles."""
    return name.split(".", 1)[0].lower() in project_file_stems()


def _wanted(rel: str, name: str, pattern: str | None) -> bool:
    if pattern is None:
        return name.lower().endswith(ARTICLE_SUFFIXES)
    return fnmatch.fnmatch(rel if "/" in pattern else name, pattern)


def _walk_dir(top: str, pattern: str | None, exclude: set[str], skipped: list[str] | None = None) -> Iterator[Input]:
    """Files under ``top`` in sorted order; symlinks followed, loops and hidden names skipped;
    project files (README, LICENSE...) skipped and added to ``skipped`` unless it is None."""
    seen: set[tuple[int, int]] = set()

    def visit(folder: str, rel: str) -> Iterator[Input]:
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:
                return  # a symlink loop, or a folder already walked through another link
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Input(folder, f"cannot read folder: {exc.strerror or exc}")
            return
        for entry in entries:
            if _hidden(entry.name):
                continue
            sub = f"{rel}/{entry.name}" if rel else entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from visit(entry.path, sub)
            elif _wanted(sub, entry.name, pattern) and os.path.abspath(entry.path) not in exclude:
                if skipped is not None and project_file(entry.name):
                    skipped.append(entry.path)
                    continue
                yield Input(entry.path)

    yield from visit(top, "")


def find_inputs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    glob: str | None = None,
    exclude: Iterable[str] = (),
    skipped: list[str] | None = None,
) -> list[Input]:
    """Article files named by ``paths`` (files as given, folders walked), in a stable order.

    With a ``skipped`` list, a folder walk leaves out project files (README.md, LICENSE...;
    ``project_file``) and appends their paths to it; files named in ``paths`` are kept.
    Raises InputNotFound for a path that does not exist and UsageError when nothing
    is left to analyze.
    """
    skip = {os.path.abspath(p) for p in exclude}
    found: list[Input] = []
    for path in paths:
        name = os.fspath(path)
        if os.path.isdir(name):
            found.extend(_walk_dir(name, glob, skip, skipped))
        elif os.path.lexists(name):
            found.append(Input(name))
        else:
            raise InputNotFound("no such file or folder", path=name)
    if not found:
        what = f"matching {glob!r}" if glob else f"ending in {', '.join(ARTICLE_SUFFIXES)}"
        also = f" ({len(skipped)} README-like files skipped: --include-readmes keeps them)" if skipped else ""
        raise UsageError(f"no article files {what} in {', '.join(os.fspath(p) for p in paths)}{also}")
    return list(dict.fromkeys(found))


def check_output_is_not_an_input(output: str, items: Sequence[Input]) -> None:
    """Raise OutputIsInput when ``output`` is the same file as an input (compared by device
    and inode, so a symlink or a hard link counts): writing it would destroy the article."""
    try:
        out = os.stat(output)
    except OSError:
        return  # not there yet (or not reachable): it cannot be an input
    for item in items:
        try:
            info = os.stat(item.path)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (out.st_dev, out.st_ino):
            same = "is" if os.path.abspath(item.path) == os.path.abspath(output) else "is the same file as"
            raise OutputIsInput(f"-o {output} {same} the input {item.path}; choose another output file")
