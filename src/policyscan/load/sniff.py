"""What is this input? Magic bytes of binary formats, and HTML or Markdown by content."""

from __future__ import annotations

import re

from policyscan.errors import InputInvalid
from policyscan.load.words import BINARY_MAGIC


def check_magic(raw: bytes, path: str | None) -> None:
    for magic, kind in BINARY_MAGIC:
        if raw.startswith(magic):
            raise InputInvalid(f"binary file ({kind}), not text", path=path)
    if raw[:4] == b"RIFF" and raw[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise InputInvalid(f"binary file ({raw[8:12].decode().strip()}), not text", path=path)
    if raw[4:8] == b"ftyp":
        raise InputInvalid("binary file (MP4/MOV), not text", path=path)


_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|body|head|meta|script|style|li|ul|h[1-6]|article|section|table|td|tr|img|link)\b[^<>]{0,500}>",
    re.I,
)
_MD_HEADING_START = re.compile(r"\A\s*#{1,6}[ \t]+\S")
_MD_SIGNAL = re.compile(r"(?m)^#{1,6}[ \t]+\S|\]\([^()\s]{1,500}\)|\*\*\S|^[ \t]*[-*+][ \t]+\S")


def content_format(text: str) -> str:
    """The format of a text whose suffix does not say: "html", "md" or "txt"."""
    if looks_like_html(text):
        return "html"
    head = text[:5000]
    if _MD_HEADING_START.match(head) or len(_MD_SIGNAL.findall(head)) >= 3:
        return "md"
    return "txt"


def looks_like_html(text: str) -> bool:
    if _HTML_START.match(text[:4000]):
        return True
    sample = text[:20_000]
    tags = len(_HTML_TAG.findall(sample))
    return tags >= 5 and tags * 20 >= len(sample.split())


# policyscan's own output (analyze --json, a JSON array, batch JSONL): each record opens with this.
_OUR_RECORD = re.compile(r'"schema_version"\s*:\s*"policyscan/')
_OUR_REPORT = re.compile(r"<meta\s+name=[\"']?generator[\"']?\s+content=[\"']?policyscan\b", re.I)
_OUTPUT_HEAD = 8192  # records put schema_version first, so the first few KB decide


def check_not_our_output(text: str, path: str | None) -> None:
    """Refuse a JSON object, array or JSONL whose records carry policyscan's schema_version, or our HTML report."""
    head = text[:_OUTPUT_HEAD].lstrip("\ufeff \t\r\n")
    if head[:1] in ("{", "[") and _OUR_RECORD.search(head):
        raise InputInvalid("this is policyscan output, not an article; use `policyscan summarize`", path=path)
    if head[:1] == "<" and _OUR_REPORT.search(head):
        raise InputInvalid("this is a policyscan HTML report, not an article", path=path)
