"""The Python API: analyse text, files or many articles from a notebook or a script.

Library calls never print and never exit; bad input raises a :class:`~policyscan.errors.PolicyscanError`
subclass (``InputNotFound``, ``InputUnreadable``, ``InputInvalid``, ``ModelError``, ``UsageError``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from policyscan.errors import UsageError
from policyscan.report import Report

DEFAULT_BATCH_SIZE = 8
_LOADED_ATTR = "_policyscan_loaded"


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """A publication date given as a date, a datetime or an ISO string (YYYY-MM-DD)."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise UsageError(f"published {value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise UsageError(f"published must be a date or an ISO string, not {type(value).__name__}")


def load_pipeline(model: str | None = None) -> Any:
    """The spaCy pipeline policyscan uses (the model plus its rulers), loaded once per process.

    ``model`` is a package name or path; by default the same resolution as the CLI's ``--model``.
    Pass the result as ``nlp=`` to the other functions to reuse it.
    """
    from policyscan import nlp as nlp_mod

    loaded = nlp_mod.load_pipeline(model)
    nlp = loaded.nlp
    if getattr(nlp, _LOADED_ATTR, None) is None:
        setattr(nlp, _LOADED_ATTR, loaded)
    return nlp


def _loaded_for(nlp: Any, model: str | None) -> Any:
    """The internal ``Loaded`` record for a pipeline given by the caller (or the default one)."""
    from policyscan import nlp as nlp_mod

    if nlp is None:
        return nlp_mod.load_pipeline(model)
    loaded = getattr(nlp, _LOADED_ATTR, None)
    if loaded is not None:
        return loaded
    if not hasattr(nlp, "pipe") or not hasattr(nlp, "meta"):
        raise UsageError(f"nlp must be a spaCy pipeline, not {type(nlp).__name__}")
    # A pipeline the caller built: describe it; policyscan's rules still run over its Doc.
    loaded = nlp_mod.Loaded(nlp=nlp, info=nlp_mod.describe(nlp), warning=None)
    setattr(nlp, _LOADED_ATTR, loaded)
    return loaded


def _text_article(text: str, *, published: dt.date | None, title: str | None) -> Any:
    from policyscan import load

    if not isinstance(text, str):
        raise UsageError(f"text must be a str, not {type(text).__name__}")
    article = load.load_bytes(text.encode("utf-8", "surrogatepass"), path=None, suffix=".txt")
    return _with(article, published=published, title=title)


def _with(article: Any, *, published: dt.date | None, title: str | None) -> Any:
    changes: dict[str, Any] = {}
    if published is not None:
        changes.update(published=published, published_from="argument")
    if title is not None:
        changes["title"] = title
    return dataclasses.replace(article, **changes) if changes else article


def analyze_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    nlp: Any = None,
    model: str | None = None,
) -> Report:
    """Analyse one article given as a string (plain text, Markdown or HTML are all recognised).

    ``published`` anchors relative dates ("on Tuesday", "last month"); without it the article's
    own dateline or metadata is used when there is one.
    """
    from policyscan.pipeline import build_report

    article = _text_article(text, published=_as_date(published), title=title)
    loaded = _loaded_for(nlp, model)
    return build_report(loaded.nlp(article.text), article, loaded)


def analyze_file(
    path: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    nlp: Any = None,
    model: str | None = None,
    max_bytes: int | None = None,
    encoding: str | None = None,
) -> Report:
    """Analyse one article file (``.txt``, ``.md``, ``.html``), like ``policyscan analyze PATH``."""
    from policyscan import load
    from policyscan.pipeline import build_report

    opts: dict[str, Any] = {"encoding": encoding}
    if max_bytes is not None:
        opts["max_bytes"] = max_bytes
    article = _with(load.load_path(os.fspath(path), **opts), published=_as_date(published), title=None)
    loaded = _loaded_for(nlp, model)
    return build_report(loaded.nlp(article.text), article, loaded)


def _to_article(item: Any, published: dt.date | None) -> Any:
    from policyscan import load

    if isinstance(item, Path | os.PathLike):
        return _with(load.load_path(os.fspath(item)), published=published, title=None)
    return _text_article(item, published=published, title=None)


def analyze_many(
    texts_or_paths: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | str | None = None,
    nlp: Any = None,
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    chunk_size: int = 64,
) -> Iterator[Report]:
    """Reports for many articles, in input order, streamed as they are parsed (``nlp.pipe``).

    A ``str`` item is article text; a :class:`pathlib.Path` (any ``os.PathLike``) is a file to read.
    Articles are read ``chunk_size`` at a time, so an endless iterable works. A bad item raises its
    ``PolicyscanError`` when the generator reaches it (the reports before it have been yielded).
    """
    from policyscan.pipeline import build_report

    if n_process < 1 or batch_size < 1 or chunk_size < 1:
        raise UsageError("n_process, batch_size and chunk_size must be >= 1")
    pub = _as_date(published)
    loaded = _loaded_for(nlp, model)
    it = iter(texts_or_paths)
    while chunk := [_to_article(item, pub) for item in itertools.islice(it, chunk_size)]:
        docs = loaded.nlp.pipe((a.text for a in chunk), batch_size=batch_size, n_process=n_process)
        for doc, article in zip(docs, chunk, strict=True):
            yield build_report(doc, article, loaded)
