"""Bytes -> str: BOMs, a UTF-16 sniff, UTF-8, a declared charset, then charset-normalizer."""

from __future__ import annotations

import codecs
import re

from policyscan.errors import InputInvalid
from policyscan.load.words import WESTERN_CODECS

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][^\w\s'’.,&/+@–—-][^\W\d_]")


# A codec that reads this as "A" rewrites backslash escapes ("unicode-escape"): Python source, not text.
_ESCAPED_A = b"\\u0041"
# A charset named in a <meta> tag was read as ASCII, so it must read ASCII as itself.
_ASCII_SAMPLE = b"Policy 2026-11-03: <meta charset=x> & 'rules' (A/B) #1+1=2\n"


def text_codec(name: str) -> str | None:
    """The canonical name of a codec that decodes bytes to text as written; None if unknown or not one.

    Not text: byte transforms ("rot13", "base64", "zlib"), "undefined" (refuses all input),
    "idna" and the escape codecs ("unicode-escape"), which rewrite what they read.
    """
    try:
        info = codecs.lookup(name)
        if not getattr(info, "_is_text_encoding", True):
            return None
        if _ESCAPED_A.decode(info.name, errors="replace") == "A":
            return None
    except Exception:  # LookupError, or a codec that fails on any input ("undefined", "idna")
        return None
    return info.name.replace("_", "-")


def decode_bytes(raw: bytes, encoding: str | None, path: str | None) -> tuple[str, str, list[str]]:
    """Return (text, encoding used, warnings), trying the likeliest encodings in turn."""
    if encoding:
        return decode_declared(raw, encoding, path)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return decode_declared(raw, name, path)
    utf16 = _sniff_utf16(raw)
    if utf16:
        return decode_declared(raw, utf16, path)
    if b"\x00" in raw:
        raise InputInvalid("binary file (contains NUL bytes), not text", path=path)
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    for guess in (declared_charset, guess_charset):  # lazily: charset-normalizer is the slow one
        codec = guess(raw)
        if codec:
            try:
                return raw.decode(codec), codec, []
            except (UnicodeError, LookupError, ValueError):
                continue
    warning = "encoding not recognised: read as UTF-8 with undecodable bytes replaced (see --encoding)"
    return raw.decode("utf-8", errors="replace"), "utf-8", [warning]


def decode_declared(raw: bytes, encoding: str, path: str | None) -> tuple[str, str, list[str]]:
    """Decode with a named encoding (--encoding, a BOM): one line of InputInvalid if it cannot."""
    name = text_codec(encoding)
    if name is None:
        raise InputInvalid(_not_an_encoding(encoding), path=path)
    if b"\x00" in raw and not name.startswith(("utf-16", "utf-32")):
        raise InputInvalid("binary file (contains NUL bytes), not text", path=path)
    try:
        return raw.decode(name), name, []
    except UnicodeDecodeError:
        pass
    except Exception:  # a codec that refuses this input outright
        raise InputInvalid(f"{_shown(encoding)} is not a text encoding", path=path) from None
    try:
        return raw.decode(name, errors="replace"), name, [f"bytes not valid in {name} were replaced"]
    except Exception:  # a codec without a "replace" error handler ("punycode")
        raise InputInvalid(f"not valid {name} text (see --encoding)", path=path) from None


def _not_an_encoding(encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except Exception:
        return f"unknown encoding {_shown(encoding)}"
    return f"{_shown(encoding)} is not a text encoding"


def _shown(encoding: str) -> str:
    """The name as given, quoted and escaped (repr), and cut short: it is echoed in a one-line error."""
    return repr(encoding) if len(encoding) <= 60 else repr(encoding[:60]) + "..."


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


def declared_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    name = text_codec(m.group(1).decode("ascii"))
    try:
        return name if name and _ASCII_SAMPLE.decode(name) == _ASCII_SAMPLE.decode("ascii") else None
    except (UnicodeError, LookupError, ValueError):
        return None


def guess_charset(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None:
        return None
    name = text_codec(best.encoding)
    if name is None:
        return None
    if name != "cp1252" and name in WESTERN_CODECS and _plausible_cp1252(raw):
        return "cp1252"
    return name


def _plausible_cp1252(raw: bytes) -> bool:
    """cp1252 decodes it and no symbol sits inside a word (Polish "Za¿ó³æ" would)."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return not _SYMBOL_IN_WORD.search(text)
