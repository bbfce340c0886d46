"""Files, stdin, HTML/Markdown -> Article (text + title/published/byline).

Why it works the way it does:

* Offsets reported by policyscan index into ``Article.text``. For plain text and
  Markdown that text has exactly the length of the decoded input: markup, the
  dateline, the byline and "Published ..." lines are *blanked* with spaces (newlines
  kept) rather than cut, so an offset is also an offset into the original file's
  characters. HTML has no such promise: its text is what trafilatura extracted,
  one paragraph per block, separated by blank lines.
* Relative dates resolve against the publication date, so it is read from the
  page's own metadata or the article's header lines, never from "now".
* Every input is bounded: we read at most ``max_bytes + 1`` bytes, every regex is
  linear or capped, and HTML that lxml/trafilatura cannot cope with falls back
  to a plain tag strip.
* Only the exceptions of :mod:`policyscan.errors` leave this module; nothing here
  prints or exits.
"""

from __future__ import annotations

import codecs
import hashlib
import html as html_lib
import itertools
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from policyscan.errors import InputInvalid, InputNotFound, InputUnreadable

DEFAULT_MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

_MD_SUFFIXES = (".md", ".markdown")
_HTML_SUFFIXES = (".html", ".htm")
_TXT_SUFFIXES = (".txt",)
_HEADER_LINES = 12  # metadata is only looked for in the first lines ...
_HEADER_CHARS = 1500  # ... and characters of a plain-text article
_MIN_LETTERS = 20


@dataclass(frozen=True)
class Article:
    text: str
    path: str | None
    sha256: str
    format: str  # txt | md | html
    encoding: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: date | None = None
    published_from: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class _Parsed:
    """What a format-specific reader found; load_bytes adds path, hash and encoding."""

    text: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: date | None = None
    published_from: str | None = None
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Public entry points
# ---------------------------------------------------------------------------


def load_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Article:
    """Read one article file ('-' is stdin); the format comes from the suffix or the content."""
    name = str(path)
    if name == "-":
        raw = sys.stdin.buffer.read(max_bytes + 1)
        return load_bytes(raw, path="-", max_bytes=max_bytes, encoding=encoding)
    p = Path(path)
    _check_readable(p, name)
    try:
        with p.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputUnreadable("permission denied", path=name) from None
    except IsADirectoryError:
        raise InputUnreadable("is a directory, not an article file", path=name) from None
    except OSError as exc:
        raise InputUnreadable(f"cannot read: {exc.strerror or exc}", path=name) from None
    return load_bytes(raw, path=name, max_bytes=max_bytes, encoding=encoding, suffix=p.suffix.lower())


def load_bytes(
    raw: bytes,
    *,
    path: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    suffix: str | None = None,
) -> Article:
    """Decode, classify and clean one article given as bytes."""
    if len(raw) > max_bytes:
        raise InputInvalid(f"larger than the limit of {max_bytes} bytes (see --max-bytes)", path=path)
    if not raw.strip():
        raise InputInvalid("empty file", path=path)
    _check_magic(raw, path)
    text, used, warnings = _decode(raw, encoding, path)
    if not text.replace("\ufeff", "").strip():
        raise InputInvalid("empty file", path=path)
    fmt = _detect_format(text, suffix)
    parsed = _read_html(text, path) if fmt == "html" else _read_plain(_sanitize(text), fmt)
    if not _has_letters(parsed.text):
        message = "no article text found in the HTML" if fmt == "html" else "no article text"
        raise InputInvalid(message, path=path)
    return Article(
        text=parsed.text,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=fmt,
        encoding=used,
        title=parsed.title,
        byline=parsed.byline,
        dateline=parsed.dateline,
        published=parsed.published,
        published_from=parsed.published_from,
        warnings=tuple(warnings + parsed.warnings),
    )


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+"
_ORD = r"(?:st|nd|rd|th)?"
_ISO_DATE = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.]?)(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
_MDY_DATE = re.compile(rf"(?:{_WEEKDAY})?(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})(?!\d)", re.I)
_DMY_DATE = re.compile(
    rf"(?:{_WEEKDAY})?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>\d{{4}})(?!\d)", re.I
)
# A date as it appears in a dateline or a header line (the year may be missing there).
_DATE_TEXT = (
    rf"(?:{_WEEKDAY})?(?:{_MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?|\d{{1,2}}{_ORD}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2})"
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def parse_published(text: str) -> date | None:
    """Parse a publication date such as "2025-11-03", "Nov. 3, 2025" or "12 May 2025".

    A timestamp gives the local date as written ("2026-09-17T07:45:00+02:00" is
    2026-09-17). Text without a full day, month and year gives None: the missing
    parts would otherwise be taken from today.
    """
    s = " ".join(text.split()).strip(" *_()[]")
    if not s or len(s) > 120:
        return None
    for rx in (_ISO_DATE, _MDY_DATE, _DMY_DATE):
        m = rx.match(s)
        if m:
            return _make_date(m)
    if not _YEAR.search(s):
        return None
    return _dateparser_date(s)


def _make_date(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"][:3].lower()]
    try:
        return date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    from dateparser.date import DateDataParser  # slow import: only when a hand rule fails

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser_date(s: str) -> date | None:
    try:
        found = _date_parser().get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd input; a date is optional
        return None
    return found.date_obj.date() if found and found.date_obj else None


# ---------------------------------------------------------------------------
# Bytes -> str
# ---------------------------------------------------------------------------

_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
    (b"\x7fELF", "ELF"),
    (b"BZh91AY&SY", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf\x27\x1c", "7Z"),
    (b"\x28\xb5\x2f\xfd", "ZSTD"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2/DOC"),
    (b"SQLite format 3\x00", "SQLITE"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x00asm", "WASM"),
    (b"\xca\xfe\xba\xbe", "Mach-O/class"),
    (b"\xcf\xfa\xed\xfe", "Mach-O"),
    (b"OggS", "OGG"),
    (b"ID3\x03", "MP3"),
    (b"ID3\x04", "MP3"),
    (b"fLaC", "FLAC"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
# Single-byte codepages charset-normalizer confuses with cp1252 on short Western text.
_WESTERN_LIKE = {
    "cp1250", "cp1252", "cp1254", "cp1257", "iso8859-1", "iso8859-2", "iso8859-3", "iso8859-4",
    "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "latin-1",
    "mac-roman", "mac-latin2", "cp437", "cp850", "cp858", "cp775", "cp852", "cp866", "cp1251", "koi8-r",
    "mac-iceland", "mac-turkish", "mac-croatian", "mac-greek", "mac-cyrillic", "cp1125", "cp860", "cp861", "cp863",
    "cp865", "hp-roman8", "ptcp154", "kz1048", "cp1006",
}  # fmt: skip
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][^\w\s'’.,&/+@–—-][^\W\d_]")


def _check_magic(raw: bytes, path: str | None) -> None:
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise InputInvalid(f"binary file ({kind}), not text", path=path)
    if raw[:4] == b"RIFF" and raw[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise InputInvalid(f"binary file ({raw[8:12].decode().strip()}), not text", path=path)
    if raw[4:8] == b"ftyp":
        raise InputInvalid("binary file (MP4/MOV), not text", path=path)


def _codec_name(name: str) -> str:
    return codecs.lookup(name).name.replace("_", "-")


def _decode(raw: bytes, encoding: str | None, path: str | None) -> tuple[str, str, list[str]]:
    """Return (text, encoding used, warnings), trying the likeliest encodings in turn."""
    if encoding:
        return _decode_declared(raw, encoding, path)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return _decode_declared(raw, name, path)
    utf16 = _sniff_utf16(raw)
    if utf16:
        return _decode_declared(raw, utf16, path)
    if b"\x00" in raw:
        raise InputInvalid("binary file (contains NUL bytes), not text", path=path)
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    for guess in (_declared_charset, _guess_charset):  # lazily: charset-normalizer is the slow one
        codec = guess(raw)
        if codec:
            try:
                return raw.decode(codec), codec, []
            except (UnicodeDecodeError, LookupError):
                continue
    warning = "encoding not recognised: read as UTF-8 with undecodable bytes replaced (see --encoding)"
    return raw.decode("utf-8", errors="replace"), "utf-8", [warning]


def _decode_declared(raw: bytes, encoding: str, path: str | None) -> tuple[str, str, list[str]]:
    try:
        name = _codec_name(encoding)
    except LookupError:
        raise InputInvalid(f"unknown encoding {encoding!r}", path=path) from None
    if b"\x00" in raw and not name.startswith(("utf-16", "utf-32")):
        raise InputInvalid("binary file (contains NUL bytes), not text", path=path)
    try:
        return raw.decode(name), name, []
    except UnicodeDecodeError:
        return raw.decode(name, errors="replace"), name, [f"bytes not valid in {name} were replaced"]
    except Exception:  # a non-text codec such as "rot13" or "zlib"
        raise InputInvalid(f"{encoding!r} is not a text encoding", path=path) from None


def _sniff_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = raw[:4000]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for name, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > 0.4 * half and other < 0.02 * half:
            try:
                raw.decode(name)
            except UnicodeDecodeError:
                return None
            return name
    return None


def _declared_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    try:
        return _codec_name(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _guess_charset(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None:
        return None
    try:
        name = _codec_name(best.encoding)
    except LookupError:
        return None
    if name != "cp1252" and name in _WESTERN_LIKE and _plausible_cp1252(raw):
        return "cp1252"
    return name


def _plausible_cp1252(raw: bytes) -> bool:
    """cp1252 decodes it and no symbol sits inside a word (Polish "Za¿ó³æ" would)."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return not _SYMBOL_IN_WORD.search(text)


# ---------------------------------------------------------------------------
# Format detection and character hygiene
# ---------------------------------------------------------------------------

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|body|head|meta|script|style|li|ul|h[1-6]|article|section|table|td|tr|img|link)\b[^<>]{0,500}>",
    re.I,
)
_MD_HEADING_START = re.compile(r"\A\s*#{1,6}[ \t]+\S")
_MD_SIGNAL = re.compile(r"(?m)^#{1,6}[ \t]+\S|\]\([^()\s]{1,500}\)|\*\*\S|^[ \t]*[-*+][ \t]+\S")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _detect_format(text: str, suffix: str | None) -> str:
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _MD_SUFFIXES:
        return "md"
    if suffix in _TXT_SUFFIXES:
        return "txt"
    if _looks_like_html(text):
        return "html"
    head = text[:5000]
    if _MD_HEADING_START.match(head) or len(_MD_SIGNAL.findall(head)) >= 3:
        return "md"
    return "txt"


def _looks_like_html(text: str) -> bool:
    if _HTML_START.match(text[:4000]):
        return True
    sample = text[:20_000]
    tags = len(_HTML_TAG.findall(sample))
    return tags >= 5 and tags * 20 >= len(sample.split())


def _sanitize(text: str) -> str:
    """Same length out: CRLF -> " \\n", a lone CR -> "\\n", other control characters -> " "."""
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def _has_letters(text: str, minimum: int = _MIN_LETTERS) -> bool:
    letters = re.finditer(r"[^\W\d_]", text)
    return sum(1 for _ in itertools.islice(letters, minimum)) >= minimum


def _blank(segment: str) -> str:
    return re.sub(r"[^\n]", " ", segment)


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace each [start, end) span by spaces, keeping newlines and the length."""
    out, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        out.append(text[pos:start])
        out.append(_blank(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------
# Markdown: blank the markup, keep the words
# ---------------------------------------------------------------------------

# Each pattern's groups are blanked; the rest of the match is kept.
_MD_BLOCK_RULES = (
    re.compile(r"(?m)^([ \t]{0,3}(?:```|~~~).*)$"),  # code fences
    re.compile(r"(?m)^([ \t]{0,3}\[[^\[\]\n]{1,500}\]:[ \t]+\S.*)$"),  # link reference definitions
    re.compile(r"(?m)^([ \t]{0,3}([-*_])(?:[ \t]*\2){2,}[ \t]*)$"),  # horizontal rules
    re.compile(r"(?m)^([ \t]{0,3}(?:=+|-+)[ \t]*)$"),  # setext underlines
    re.compile(r"(?m)^([ \t]{0,3}(?:>[ \t]?)+)"),  # quote markers
    re.compile(r"(?m)^[ \t]{0,3}(#{1,6})(?:[ \t]|$)"),  # ATX heading marks
    re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t][^\n]*?([ \t]+#+)[ \t]*$"),  # closing heading marks
    re.compile(r"(?m)^[ \t]*([-*+])[ \t]+"),  # list bullets
)
_MD_INLINE_RULES = (
    re.compile(r"(!\[[^\[\]\n]{0,1000}\]\([^()\n]{0,2000}\))"),  # images: alt text is not prose
    re.compile(r"(\[)[^\[\]\n]{0,1000}(\]\([^()\n]{0,2000}\))"),  # [text](url)
    re.compile(r"(\[)[^\[\]\n]{1,1000}(\]\[[^\[\]\n]{0,200}\])"),  # [text][ref]
    re.compile(r"(<(?:https?://|mailto:)[^<>\s]{1,2000}>)"),  # autolinks
    re.compile(r"(</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>\n]{0,500})?/?>)"),  # inline HTML tags
    re.compile(r"(`+)[^`\n]{1,1000}?(\1)"),  # code span backticks
)
_MD_ESCAPE = re.compile(r"(\\)[\\`*_{}\[\]()#+\-.!>~|]")
_DELIM_RUN = re.compile(r"\*+|_+|~~|\n")


def _blank_groups(pattern: re.Pattern[str], text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        piece, base = m.group(0), m.start()
        for i in range(1, (pattern.groups or 0) + 1):
            start, end = m.span(i)
            if start >= 0 and end > start:
                piece = piece[: start - base] + _blank(piece[start - base : end - base]) + piece[end - base :]
        return piece

    return pattern.sub(repl, text)


def _blank_markdown(text: str) -> str:
    for rule in _MD_BLOCK_RULES + _MD_INLINE_RULES:
        text = _blank_groups(rule, text)
    text = _blank_spans(text, _emphasis_spans(text))
    return _blank_groups(_MD_ESCAPE, text)


def _emphasis_spans(text: str) -> list[tuple[int, int]]:
    """Pair *, _ and ~~ runs within a line, in one pass (no backtracking on long lines)."""
    spans: list[tuple[int, int]] = []
    openers: list[tuple[str, int, int]] = []
    for m in _DELIM_RUN.finditer(text):
        run, (start, end) = m.group(), m.span()
        if run == "\n":
            openers.clear()
            continue
        if start and text[start - 1] == "\\":
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        can_open, can_close = not after.isspace(), not before.isspace()
        if run[0] == "_":  # intraword underscores are literal (snake_case)
            can_open, can_close = can_open and not before.isalnum(), can_close and not after.isalnum()
        if can_close and _close_run(run[0], start, end, openers, spans):
            continue
        if can_open:
            openers.append((run[0], start, end))
            del openers[:-32]
    return spans


def _close_run(char: str, start: int, end: int, openers: list, spans: list) -> bool:
    for i in range(len(openers) - 1, max(-1, len(openers) - 9), -1):
        if openers[i][0] == char:
            spans.extend([(openers[i][1], openers[i][2]), (start, end)])
            del openers[i:]
            return True
    return False


# ---------------------------------------------------------------------------
# Plain text and Markdown: header metadata
# ---------------------------------------------------------------------------

_CITY = r"[A-Z][A-Z'’.\-]*[A-Z.](?:[ \t]+[A-Z][A-Z'’.\-]*[A-Z.]){0,3}"
_REGION = rf",[ \t]*(?!{_MONTH}[ \t]+\d)[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){{0,2}}"
_DATELINE = re.compile(
    rf"(?P<head>(?P<city>{_CITY})(?P<region>{_REGION})?(?:,[ \t]*(?P<date>{_DATE_TEXT}))?"
    rf"(?:[ \t]*\((?P<agency>[^()\n]{{1,40}})\))?)"
    rf"(?P<dash>[ \t]*(?:—|–|--)[ \t]*|[ \t]+-[ \t]+)"
    rf"(?:(?P<date2>{_DATE_TEXT})[ \t]*$)?"
)
_NOT_CITIES = {"NASA", "NATO", "OPEC", "FIFA", "UEFA", "GDPR", "NOTE", "UPDATE", "BREAKING", "EDITOR"}
_META_SPLIT = re.compile(r"[ \t]*(?:[|·•]|[ \t][—–][ \t])[ \t]*")
_DATE_KIND = re.compile(
    r"(?P<kind>first published|published|last updated|updated|last modified|modified|posted|dated|date)"
    r"(?![a-z])(?:[ \t]+on)?[ \t]*[:\-–—]?[ \t]*(?P<value>.+)",
    re.I,
)
_BYLINE = re.compile(r"(?i:by|written by|words by|reporting by|story by|authors?|byline)[ \t]*:?[ \t]+(?P<name>.+)")
_BY_TAIL = re.compile(r"[ \t]+(?i:by)[ \t]+(?P<name>[A-Z].*)$")  # "Posted on March 3, 2025 by Jane Doe"
_READING_TIME = re.compile(r"\d{1,3}[ \t-]*min(?:ute)?s?(?:[ \t]+read)?", re.I)
# ", Technology Correspondent" after a name is a role, not another author.
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|staff|columnist|analyst|contributor|bureau|desk|chief"
    r"|senior|tech|technology|business|politics|political|science|competition|policy|economics|markets"
    r"|news|affairs|digital|health|legal|media|reuters|bloomberg|afp|ap|associated press)\b",
    re.I,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:.{0,500}\n){0,40}?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_FRONT_KEY = re.compile(r"(?m)^(?P<key>title|author|authors|date|published|pubdate)[ \t]*:[ \t]*(?P<value>.+)$")
_NAME_PARTICLES = {"and", "&", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le"}
_NAME_PARTICLES |= {"y", "e", "bin", "al", "el", "ibn", "st.", "mc"}
_SOURCE_RANK = {"front-matter": 0, "published-line": 1, "dateline": 2, "date-line": 3, "updated-line": 4}


@dataclass
class _Header:
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    dates: list[tuple[str, date]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def published(self) -> tuple[date | None, str | None]:
        if not self.dates:
            return None, None
        source, value = min(self.dates, key=lambda item: _SOURCE_RANK[item[0]])
        return value, source


def _read_plain(text: str, fmt: str) -> _Parsed:
    header = _Header()
    view = _blank_markdown(text) if fmt == "md" else text
    offset = _take_front_matter(text, header) if fmt == "md" else 0
    _scan_header(text, view, header, offset)
    published, source = header.published()
    return _Parsed(
        text=_blank_spans(view, header.spans),
        title=header.title,
        byline=header.byline,
        dateline=header.dateline,
        published=published,
        published_from=source,
    )


def _take_front_matter(text: str, header: _Header) -> int:
    """A YAML front-matter block: read title/author/date, blank it, return where the article starts."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return 0
    for field_match in _FRONT_KEY.finditer(m.group("body")):
        key, value = field_match.group("key"), field_match.group("value").strip().strip("\"'")
        if key == "title" and value:
            header.title = " ".join(value.split())
        elif key.startswith("author"):
            header.byline = header.byline or _clean_name(value.strip("[]").replace('"', ""))
        elif key != "title":
            header.dates.extend(("front-matter", d) for d in [parse_published(value)] if d)
    header.spans.append((0, m.end()))
    return m.end()


def _header_lines(view: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the first non-empty lines, within the header limits."""
    lines: list[tuple[int, int]] = []
    pos = offset
    while pos < len(view) and pos < offset + _HEADER_CHARS and len(lines) < _HEADER_LINES:
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        if view[pos:end].strip():
            lines.append((pos, end))
        pos = end + 1
    return lines


def _scan_header(text: str, view: str, header: _Header, offset: int) -> None:
    body_started = False
    for index, (start, end) in enumerate(_header_lines(view, offset)):
        short = end - start <= 300  # longer lines are body text; skip the costlier checks
        s = " ".join(view[start : min(end, start + 300)].split())
        if not body_started and _take_dateline(view, start, end, header):
            body_started = True
        elif short and _take_meta_line(s, header):
            header.spans.append((start, end))
        elif index == 0 and short and _is_headline(text[start:end], s):
            header.title = s
        else:
            body_started = True


def _take_meta_line(s: str, header: _Header) -> bool:
    """A line made only of byline / "Published ..." / bare-date parts: record them."""
    found: list[tuple[str | None, tuple[str, date] | None]] = []
    parts = [p.strip(" \t*_") for p in _META_SPLIT.split(s)]
    labels = 0  # "Dublin | 9 Apr 2026 | Technology": place and section labels around a date
    for part in parts:
        if not part or _READING_TIME.fullmatch(part):
            continue
        item = _meta_part(part)
        if item is None and len(parts) > 1 and _is_label(part):
            labels += 1
            continue
        if item is None:
            return False
        found.append(item)
    if not found or (labels and not any(dated for _, dated in found)):
        return False
    header.byline = header.byline or next((name for name, _ in found if name), None)
    header.dates.extend(dated for _, dated in found if dated)
    return True


def _is_label(part: str) -> bool:
    words = part.split()
    return len(words) <= 3 and part[0].isupper() and not re.search(r"[.!?;:,]$", part)


def _meta_part(part: str) -> tuple[str | None, tuple[str, date] | None] | None:
    """(byline, dated) for "By X", "Published <date>", "<date>" or "Posted <date> by X"; else None."""
    name = _byline_name(part)
    if name:
        return name, None
    tail = _BY_TAIL.search(part)
    if tail:
        name, dated = _clean_name(tail.group("name")), _meta_date(part[: tail.start()])
        if name and dated:
            return name, dated
    dated = _meta_date(part)
    return (None, dated) if dated else None


def _meta_date(part: str) -> tuple[str, date] | None:
    m = _DATE_KIND.fullmatch(part)
    if m:
        value = parse_published(m.group("value"))
        kind = m.group("kind").lower()
        source = "updated-line" if "updated" in kind or "modified" in kind else "published-line"
        return (source, value) if value else None
    if len(part) <= 40 and re.fullmatch(_DATE_TEXT + r"(?:,?[ \t]+\d{1,2}[:.]\d{2}.*)?", part, re.I):
        value = parse_published(part)
        return ("date-line", value) if value else None
    return None


def _byline_name(part: str) -> str | None:
    m = _BYLINE.fullmatch(part)
    return _clean_name(m.group("name")) if m else None


def _clean_name(name: str) -> str | None:
    """'Hélène Marchetti in Brussels' -> 'Hélène Marchetti'; None if it does not look like names."""
    name = re.sub(r"[ \t]+(?:in|for|at)[ \t]+[A-Z].*$", "", name).strip(" \t,;:*_")
    parts = name.split(",")
    while len(parts) > 1 and _ROLE_WORDS.search(parts[-1]):
        parts.pop()
    name = ",".join(parts).strip(" \t,")
    words = name.split()
    if not words or len(words) > 12 or len(name) > 100:
        return None
    for word in words:
        bare = word.strip(",.;()'’")
        if bare and not bare[0].isupper() and bare.lower() not in _NAME_PARTICLES:
            return None
    return name


def _take_dateline(view: str, start: int, end: int, header: _Header) -> bool:
    """'ROME, April 29, 2023 (wire) — ' at the start of the first body line."""
    lead = len(view[start:end]) - len(view[start:end].lstrip())
    m = _DATELINE.match(view, start + lead, end)
    if not m or not _is_dateline(m):
        return False
    full = bool(m.group("date2"))
    header.dateline = " ".join((m.group(0) if full else m.group("head")).split())
    header.spans.append((m.start(), end if full else m.end()))
    when = parse_published(m.group("date2") or m.group("date") or "")
    if when:
        header.dates.append(("dateline", when))
    return True


def _is_dateline(m: re.Match[str]) -> bool:
    if m.group("date") or m.group("date2") or m.group("agency") or m.group("region"):
        return True
    city = m.group("city")
    return "-" not in m.group("dash") and len(city) >= 4 and city not in _NOT_CITIES


def _is_headline(raw_line: str, s: str) -> bool:
    if re.match(r"[ \t]{0,3}#{1,6}[ \t]", raw_line):
        return True
    words = s.split()
    return 2 <= len(words) <= 30 and len(s) <= 200 and not s.endswith((".", ",", ";", ":", '."', ".”"))


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_PRUNE_XPATH = [
    "//nav",
    "//footer",
    "//aside",
    "//*[contains(@id, 'cookie') or contains(@class, 'cookie') or contains(@class, 'consent')]",
]
_DATE_META_KEYS = (
    ("article:published_time", "html-meta:article:published_time"),
    ("og:published_time", "html-meta:og:published_time"),
    ("date", "html-meta:date"),
    ("dc.date", "html-meta:dc.date"),
    ("dc.date.issued", "html-meta:dc.date.issued"),
    ("dcterms.issued", "html-meta:dcterms.issued"),
    ("pubdate", "html-meta:pubdate"),
    ("publishdate", "html-meta:publishdate"),
    ("publish-date", "html-meta:publish-date"),
    ("parsely-pub-date", "html-meta:parsely-pub-date"),
    ("sailthru.date", "html-meta:sailthru.date"),
)
_MODIFIED_META_KEYS = ("article:modified_time", "og:updated_time", "datemodified")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
_FAST_HTML_CHARS = 1_000_000  # trafilatura takes ~1.5 s/MB; skip its fallback extractors on big pages
_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "Report")


def _read_html(text: str, path: str | None) -> _Parsed:
    tree = _parse_html(text)
    parsed = _Parsed(text="")
    info: dict[str, Any] = {}
    if tree is not None:
        info = _html_metadata(tree)
    body, extracted = _html_body(tree, text, path, parsed.warnings)
    parsed.title = info.get("title") or _strip_site(extracted.get("title"), info.get("site"), guess=True)
    author = str(extracted.get("author") or "").replace("; ", " and ")
    parsed.byline = info.get("byline") or _clean_name(author)
    paragraphs, dateline = _tidy_paragraphs(body, parsed.title, info.get("headlines", []))
    parsed.text, parsed.dateline = "\n\n".join(paragraphs), dateline
    _html_published(parsed, info, extracted)
    return parsed


def _parse_html(text: str) -> Any:
    import lxml.etree
    import lxml.html

    # The HTML parser never loads DTDs or external entities; no_network is belt and braces.
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", errors="replace"), parser=parser)
    except (lxml.etree.LxmlError, ValueError, RecursionError):
        return None


def _html_metadata(tree: Any) -> dict[str, Any]:
    metas = _meta_values(tree)
    ld = _json_ld_article(tree)
    headlines = _headlines(tree)
    site = metas.get("og:site_name")
    title = metas.get("og:title") or (headlines[0] if headlines else None) or metas.get("twitter:title")
    title = _strip_site(title or ld.get("headline"), site)
    if not title:  # <title> is where sites add " | Site Name"
        title = _strip_site(_text_of(tree.find(".//title")), site, guess=True)
    byline = _html_byline(tree, metas, ld)
    return {
        "metas": metas,
        "ld": ld,
        "site": site,
        "title": title,
        "headlines": headlines,
        "byline": byline,
        "time": _article_time(tree),
    }


def _meta_values(tree: Any) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and content:
                values.setdefault(key, content)
    return values


def _json_ld_article(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object that looks like an article (@graph and lists included)."""
    candidates: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text[:1_000_000])
        except (ValueError, RecursionError):
            continue
        candidates.extend(_json_objects(data))
    for obj in candidates:
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t in _ARTICLE_TYPES for t in types):
            return obj
    return next((obj for obj in candidates if "datePublished" in obj), {})


def _json_objects(data: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack and len(found) < 200:
        item, depth = stack.pop()
        if isinstance(item, list) and depth < 6:
            stack.extend((x, depth + 1) for x in reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if isinstance(item.get("@graph"), list) and depth < 6:
                stack.extend((x, depth + 1) for x in reversed(item["@graph"]))
    return found


def _headlines(tree: Any) -> list[str]:
    found: list[str | None] = []
    for xpath in ("//*[@itemprop='headline']", "//article//h1", "//h1"):
        found.extend(_text_of(el) for el in tree.xpath(xpath)[:3])
    return [h for h in dict.fromkeys(found) if h]


def _text_of(el: Any) -> str | None:
    if el is None:
        return None
    text = el.get("content") if el.tag == "meta" else el.text_content()
    return " ".join(text.split()) if text and text.strip() else None


def _html_byline(tree: Any, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    candidates = [metas.get("author"), _json_ld_author(ld.get("author"))]
    for xpath in ("//*[@itemprop='author']", "//*[@rel='author']", "//*[contains(@class, 'byline')]"):
        candidates.extend(_text_of(el) for el in tree.xpath(xpath)[:1])
    for value in candidates:
        if value:
            value = re.sub(r"^(?i:by)\s+", "", value.strip())
            name = _clean_name(value)
            if name:
                return name
    return None


def _json_ld_author(author: Any) -> str | None:
    authors = author if isinstance(author, list) else [author]
    raw = [a.get("name") if isinstance(a, dict) else a for a in authors[:5]]
    names = [n.strip() for n in raw if isinstance(n, str) and n.strip()]
    return " and ".join(names) or None


def _article_time(tree: Any) -> str | None:
    """A <time datetime> of the article, skipping ones marked as an update."""
    xpath = "//*[@itemprop='datePublished'] | //article//time[@datetime] | //time[@pubdate]"
    for el in tree.xpath(xpath)[:10]:
        marks = " ".join(el.get(a) or "" for a in ("class", "itemprop", "id")).lower()
        if "modif" in marks or "updat" in marks:
            continue
        value = el.get("datetime") or el.get("content") or el.text_content()
        if value and value.strip():
            return value.strip()
    return None


def _html_published(parsed: _Parsed, info: dict[str, Any], extracted: dict[str, Any]) -> None:
    """Published before modified; the page's own metadata before trafilatura's guess."""
    metas, ld = info.get("metas", {}), info.get("ld", {})
    in_dateline = re.search(_DATE_TEXT, parsed.dateline or "")
    published = [(metas.get(key), source) for key, source in _DATE_META_KEYS[:2]]
    published.append((ld.get("datePublished"), "json-ld"))
    published.extend((metas.get(key), source) for key, source in _DATE_META_KEYS[2:])
    published.append((metas.get("datepublished"), "html-itemprop:datePublished"))
    published.append((info.get("time"), "html-time"))
    published.append((in_dateline.group(0) if in_dateline else None, "dateline"))
    published.append((extracted.get("date"), "trafilatura"))
    modified = [(metas.get(key), f"html-meta:{key}") for key in _MODIFIED_META_KEYS]
    modified.append((ld.get("dateModified"), "json-ld:dateModified"))
    modified_dates = _parsed_dates(modified)
    for when, source in itertools.chain(_parsed_dates(published), modified_dates):
        parsed.published, parsed.published_from = when, source
        # trafilatura falls back to the modification date when a page gives no other
        if source in {s for _, s in modified_dates} or (
            source == "trafilatura" and when in {d for d, _ in modified_dates}
        ):
            parsed.warnings.append("only a modification date found; used it as the publication date")
        return


def _parsed_dates(candidates: list[tuple[Any, str]]) -> list[tuple[date, str]]:
    found = [(parse_published(value), source) for value, source in candidates if isinstance(value, str)]
    return [(when, source) for when, source in found if when]


def _html_body(tree: Any, html: str, path: str | None, warnings: list[str]) -> tuple[str, dict[str, Any]]:
    """trafilatura's main text; a plain tag strip only when the parse itself lost the text."""
    extracted: dict[str, Any] = {}
    if tree is not None:
        extracted = _trafilatura(tree, fast=len(html) > _FAST_HTML_CHARS)
        if extracted.get("text", "").strip():
            return extracted["text"], extracted
    stripped = _strip_tags(html)
    tree_letters = _count_letters(tree.text_content()) if tree is not None else 0
    if tree is not None and extracted.get("ok") and _count_letters(stripped) <= 2 * tree_letters + 50:
        raise InputInvalid("no article text found in the HTML", path=path)
    warnings.append("HTML could not be parsed as a page; fell back to stripping tags")
    return stripped, extracted


def _trafilatura(tree: Any, *, fast: bool) -> dict[str, Any]:
    import lxml.etree
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_precision=True,
            fast=fast,
            prune_xpath=_PRUNE_XPATH,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (RecursionError, lxml.etree.LxmlError, ValueError, TypeError, AttributeError):
        return {"ok": False}
    if doc is None:
        return {"ok": True}
    result = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {**result, "text": result.get("text") or "", "ok": True}


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|article|section|tr|blockquote|header|footer|main|aside|nav)\b[^<>]{0,500}>",
    re.I,
)


def _strip_tags(html: str) -> str:
    html = re.sub(r"(?is)<(script|style|noscript|template|svg)\b[^<>]{0,500}>.*?</\1\s*>", " ", html)
    html = re.sub(r"(?s)<!--.*?-->", " ", html)
    html = _BLOCK_TAG.sub("\n", html)
    html = html_lib.unescape(re.sub(r"<[^<>]{0,2000}>", " ", html))
    return "\n".join(" ".join(line.split()) for line in html.split("\n"))


def _count_letters(text: str) -> int:
    return len(re.findall(r"[^\W\d_]", text))


def _strip_site(title: Any, site: str | None, *, guess: bool = False) -> str | None:
    """'Headline | Site Name' -> 'Headline'; with guess, any short last part is taken as the site."""
    if not isinstance(title, str) or not title.strip():
        return None
    title = " ".join(title.split())
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip()
    head = title[: title.rfind(last)].rstrip(" |-–—:·•")
    if (site and last.lower() == site.strip().lower()) or (guess and len(last.split()) <= 4 and len(head) > len(last)):
        return head
    return title


def _tidy_paragraphs(body: str, title: str | None, headlines: list[str]) -> tuple[list[str], str | None]:
    """Headline first, no kicker or byline paragraph, dateline cut from the first paragraph."""
    paragraphs = [" ".join(line.split()) for line in _sanitize(body).split("\n")]
    paragraphs = [p for p in paragraphs if p and not _is_byline_paragraph(p)]
    wanted = {h.casefold() for h in [title, *headlines] if h}
    at = next((i for i, p in enumerate(paragraphs[:4]) if p.casefold() in wanted), None)
    if at is not None and all(len(p.split()) <= 8 and not p.endswith(".") for p in paragraphs[:at]):
        paragraphs = paragraphs[at:]
    elif title and at is None:
        paragraphs.insert(0, title)
    return _cut_dateline(paragraphs, start=1 if title else 0)


def _is_byline_paragraph(p: str) -> bool:
    return len(p) <= 120 and _byline_name(p) is not None


def _cut_dateline(paragraphs: list[str], start: int) -> tuple[list[str], str | None]:
    for at in range(start, min(start + 2, len(paragraphs))):
        header, first = _Header(), paragraphs[at]
        if _take_dateline(first, 0, len(first), header) and header.dateline:
            rest = first[header.spans[0][1] :].strip()
            return paragraphs[:at] + ([rest] if rest else []) + paragraphs[at + 1 :], header.dateline
    return paragraphs, None


def _check_readable(p: Path, name: str) -> None:
    try:
        info = os.stat(p)
    except (FileNotFoundError, NotADirectoryError):
        raise InputNotFound("no such file", path=name) from None
    except PermissionError:
        raise InputUnreadable("permission denied", path=name) from None
    except OSError as exc:
        raise InputUnreadable(f"cannot read: {exc.strerror or exc}", path=name) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputUnreadable("is a directory, not an article file", path=name)
