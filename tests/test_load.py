"""Tests for policyscan.load: formats, header metadata, the offsets contract, encodings, errors."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import os
import time
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyscan import load
from policyscan.errors import InputInvalid, InputNotFound, InputUnreadable
from policyscan.load import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    Article,
    load_bytes,
    load_path,
    parse_published,
)

DEV = Path("/work/shared/eval/dev")
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="shared dev set not available")

BODY = (
    "The agency said the company had failed to assess the risks of its chatbot before launch. "
    "It gave the firm thirty days to respond.\n\n"
    "Lawyers for the company said they would study the decision.\n"
)


def _txt(text: str, suffix: str = ".txt") -> Article:
    return load_bytes(text.encode("utf-8"), path=f"mem{suffix}", suffix=suffix)


def _same_positions(original: str, cleaned: str) -> None:
    """The offsets contract: same length, every kept character at its original position."""
    assert len(cleaned) == len(original)
    for i, (a, b) in enumerate(zip(original, cleaned, strict=True)):
        if a == "\n":
            assert b == "\n", i
        elif a == "\r":
            assert b in " \n", i
        else:
            assert b in (a, " "), (i, a, b)


# ---------------------------------------------------------------------------
# Public surface
# ---------------------------------------------------------------------------


def test_public_constants() -> None:
    assert DEFAULT_MAX_BYTES == 5_000_000
    assert set(ARTICLE_SUFFIXES) == {".txt", ".md", ".markdown", ".html", ".htm"}


def test_article_is_frozen() -> None:
    art = _txt("Headline about chatbots\n" + BODY)
    with pytest.raises(AttributeError):
        art.text = "x"  # type: ignore[misc]
    assert isinstance(art.warnings, tuple)


def test_load_path_records_path_hash_and_format(tmp_path: Path) -> None:
    raw = ("Regulator fines chatbot maker\n" + BODY).encode()
    f = tmp_path / "story.txt"
    f.write_bytes(raw)
    art = load_path(f)
    assert art.path == str(f)
    assert art.sha256 == hashlib.sha256(raw).hexdigest()
    assert art.format == "txt"
    assert art.encoding == "utf-8"
    assert art.title == "Regulator fines chatbot maker"
    assert art.text == raw.decode()


# ---------------------------------------------------------------------------
# Formats and sniffing
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [(".txt", "txt"), (".md", "md"), (".markdown", "md"), (".html", "html"), (".htm", "html")],
)
def test_format_by_suffix(tmp_path: Path, suffix: str, fmt: str) -> None:
    content = "<html><body><article><h1>Board adopts AI rules</h1><p>" + BODY + "</p></article></body></html>"
    if fmt != "html":
        content = "# Board adopts AI rules\n\n" + BODY
    f = tmp_path / f"a{suffix}"
    f.write_text(content, encoding="utf-8")
    assert load_path(f).format == fmt


@pytest.mark.parametrize("suffix", [None, "", ".dat", ".json"])
def test_sniff_html_doctype(suffix: str | None) -> None:
    page = "<!DOCTYPE html><html><body><article><h1>Board adopts AI rules</h1><p>" + BODY + "</p></article>"
    art = load_bytes(page.encode(), suffix=suffix)
    assert art.format == "html"
    assert "<p>" not in art.text
    assert "thirty days" in art.text


def test_sniff_html_by_many_tags() -> None:
    page = "<div><p>" + BODY.replace("\n\n", "</p><p>") + "</p><p>More.</p><p>Even more text.</p><br><br></div>"
    assert load_bytes(page.encode(), suffix=None).format == "html"


def test_sniff_plain_text_and_markdown() -> None:
    assert load_bytes(("Title line here\n" + BODY).encode()).format == "txt"
    assert load_bytes(("# A heading for the story\n\n" + BODY).encode(), suffix=".dat").format == "md"


def test_text_with_a_few_angle_brackets_stays_text() -> None:
    text = "Board compares a < b and c > d in the report\n" + BODY
    assert _txt(text, suffix="").format == "txt"


# ---------------------------------------------------------------------------
# Offsets contract (txt / md)
# ---------------------------------------------------------------------------


def test_txt_text_is_the_decoded_file_when_nothing_to_blank() -> None:
    text = "In a notable reversal, the regulator relaxed its rules on chatbots.\n" + BODY
    art = _txt(text)
    assert art.text == text
    assert art.title is None


def test_dateline_is_blanked_and_sentence_kept() -> None:
    text = "Italy lets the chatbot back in\nROME, April 29, 2023 (wire) — ChatGPT is available again.\n\n" + BODY
    art = _txt(text)
    _same_positions(text, art.text)
    assert "ROME" not in art.text
    assert "(wire)" not in art.text
    start = text.index("ChatGPT is available")
    assert art.text[start : start + 20] == "ChatGPT is available"
    assert art.text.startswith("Italy lets the chatbot back in\n")


def test_markdown_markup_blanked_words_kept() -> None:
    text = (
        "# Watchdog orders **Ardoise** to purge data\n\n"
        "*Published 2 June 2025*\n\n"
        "_By Jeanne Doucet_\n\n"
        "The [regulator](https://example.org/cnil) said the model, **Pivoine-3**, used *health* data.\n\n"
        "## What was ordered\n\n"
        "> The notice gives three months.\n\n"
        "- first point about snake_case_names\n"
        "* second point\n"
        "+ third point\n\n"
        "See ![a chart](img.png) and `code` and <b>tags</b>.\n"
    )
    art = _txt(text, suffix=".md")
    _same_positions(text, art.text)
    for gone in (
        "#",
        "**",
        "https://",
        "](",
        "> ",
        "- first",
        "* second",
        "+ third",
        "![",
        "`",
        "<b>",
        "Jeanne",
    ):
        assert gone not in art.text, gone
    assert "snake_case_names" in art.text
    for kept in ("regulator", "Pivoine-3", "health", "What was ordered", "The notice gives three months."):
        start = text.index(kept)
        assert art.text[start : start + len(kept)] == kept
    assert art.title == "Watchdog orders Ardoise to purge data"
    assert art.byline == "Jeanne Doucet"
    assert art.published == date(2025, 6, 2)


def test_markdown_asterisks_in_arithmetic_are_kept() -> None:
    text = "# Compute rules\n\nThe limit is 10^25 and 2 * 3 * 4 operations, a_b stays.\n" + BODY
    art = _txt(text, suffix=".md")
    assert "2 * 3 * 4" in art.text
    assert "a_b" in art.text


def test_crlf_keeps_length_and_lines() -> None:
    text = "Board adopts AI rules\r\nWASHINGTON, Nov. 3, 2025 — The board voted.\r\n\r\n" + BODY.replace("\n", "\r\n")
    art = _txt(text)
    assert len(art.text) == len(text)
    assert "\r" not in art.text
    assert art.text.count("\n") == text.count("\n")
    assert art.published == date(2025, 11, 3)
    assert art.title == "Board adopts AI rules"


def test_lone_carriage_returns_become_newlines() -> None:
    text = "Board adopts AI rules\r" + BODY.replace("\n", "\r")
    art = _txt(text)
    assert len(art.text) == len(text)
    assert art.title == "Board adopts AI rules"


def test_control_characters_become_spaces_zero_width_stays() -> None:
    text = "Board adopts\x07 AI rules\n" + BODY + "Zero\u200bwidth \x1b[0m and form\x0cfeed.\n"
    art = _txt(text)
    assert len(art.text) == len(text)
    assert "\x07" not in art.text and "\x1b" not in art.text
    assert "\u200b" in art.text and "\x0c" in art.text


_TEXT_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(head=st.text(_TEXT_CHARS, max_size=80), tail=st.text(_TEXT_CHARS, max_size=400))
def test_property_txt_length_equals_decoded(head: str, tail: str) -> None:
    text = "Regulators adopted new artificial intelligence rules.\n" + head + "\n" + tail
    art = load_bytes(text.encode("utf-8"), suffix=".txt")
    _same_positions(text, art.text)


_MD_CHARS = st.sampled_from([*"ab cD#*_>[]()!`~-+|\\\n\r\t:.,1", "By ", "Published ", "2 June 2025", "—"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(_MD_CHARS, max_size=120))
def test_property_md_length_equals_decoded(parts: list[str]) -> None:
    text = "".join(parts) + "\nRegulators adopted new artificial intelligence rules.\n"
    art = load_bytes(text.encode("utf-8"), suffix=".md")
    _same_positions(text, art.text)


# ---------------------------------------------------------------------------
# Plain-text metadata
# ---------------------------------------------------------------------------


def test_dateline_with_abbreviated_month() -> None:
    art = _txt("Commerce tightens chip rules\nWASHINGTON, Nov. 3, 2025 — The department said.\n" + BODY)
    assert art.published == date(2025, 11, 3)
    assert art.published_from == "dateline"
    assert art.dateline == "WASHINGTON, Nov. 3, 2025"


def test_dateline_with_agency() -> None:
    art = _txt("Italy lets the chatbot back in\nROME, April 29, 2023 (wire) — ChatGPT is back.\n" + BODY)
    assert art.dateline == "ROME, April 29, 2023 (wire)"
    assert art.published == date(2023, 4, 29)


def test_dateline_line_with_date_after_dash() -> None:
    text = "Governor bans app\nAUSTIN, Texas (wire) — Jan. 29, 2025\n\n" + BODY
    art = _txt(text)
    assert art.published == date(2025, 1, 29)
    assert art.dateline == "AUSTIN, Texas (wire) — Jan. 29, 2025"
    line_start = text.index("AUSTIN")
    line_end = text.index("\n", line_start)
    assert art.text[line_start:line_end].strip() == ""


def test_dateline_without_date() -> None:
    art = _txt("Regulator probes chatbot\nLONDON (Reuters) - Britain's regulator opened a probe.\n" + BODY)
    assert art.dateline == "LONDON (Reuters)"
    assert art.published is None
    assert "Britain's regulator opened a probe." in art.text
    assert "LONDON" not in art.text


def test_multiword_city_and_bare_dash() -> None:
    art = _txt("Startup raises money\nSAN FRANCISCO — The start-up raised money on Monday.\n" + BODY)
    assert art.dateline == "SAN FRANCISCO"
    assert "The start-up raised money" in art.text


@pytest.mark.parametrize(
    "first",
    [
        "AI — the technology everyone talks about — is now regulated in the bloc.",
        "NASA — the space agency — said it would use the models carefully.",
        "US, China agree to hold talks on artificial intelligence safety next month.",
    ],
)
def test_not_a_dateline(first: str) -> None:
    text = first + "\n" + BODY
    art = _txt(text)
    assert art.dateline is None
    assert art.text == text


@pytest.mark.parametrize(
    ("line", "expected", "source"),
    [
        ("Published 2 June 2025", date(2025, 6, 2), "published-line"),
        ("Published: June 2, 2025", date(2025, 6, 2), "published-line"),
        ("Posted on March 4, 2025", date(2025, 3, 4), "published-line"),
        ("First published 12 May 2025", date(2025, 5, 12), "published-line"),
        ("Updated: 2025-02-18 09:30 UTC", date(2025, 2, 18), "updated-line"),
        ("12 May 2025", date(2025, 5, 12), "date-line"),
        ("Tuesday, March 4, 2025", date(2025, 3, 4), "date-line"),
        ("2025-02-18", date(2025, 2, 18), "date-line"),
    ],
)
def test_published_lines(line: str, expected: date, source: str) -> None:
    text = f"Board adopts AI rules\n{line}\n\n" + BODY
    art = _txt(text)
    assert art.published == expected
    assert art.published_from == source
    start = text.index(line)
    assert art.text[start : start + len(line)].strip() == ""
    _same_positions(text, art.text)


def test_published_preferred_over_updated_in_any_order() -> None:
    for header in (
        "Updated: 2025-02-18 09:30 UTC\nPublished 17 February 2025\n",
        "Published 17 February 2025\nUpdated: 2025-02-18 09:30 UTC\n",
        "Published 17 February 2025 | Updated: 2025-02-18 09:30 UTC\n",
    ):
        art = _txt("Board adopts AI rules\n" + header + "\n" + BODY)
        assert art.published == date(2025, 2, 17), header
        assert art.published_from == "published-line"


def test_published_line_preferred_over_dateline() -> None:
    text = "Board adopts AI rules\nPublished 4 March 2025\n\nPARIS, March 3, 2025 — The board met.\n" + BODY
    art = _txt(text)
    assert art.published == date(2025, 3, 4)
    assert art.dateline == "PARIS, March 3, 2025"


def test_markdown_italic_published_and_byline() -> None:
    text = "# Board adopts AI rules\n\n*Published 2 June 2025*\n\n*By Hélène Marchetti*\n\n" + BODY
    art = _txt(text, suffix=".md")
    assert art.published == date(2025, 6, 2)
    assert art.byline == "Hélène Marchetti"
    assert "Marchetti" not in art.text
    assert "Published" not in art.text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Hélène Marchetti", "Hélène Marchetti"),
        ("By Hélène Marchetti in Brussels", "Hélène Marchetti"),
        ("By Ana de la Cruz and Tom O'Neill", "Ana de la Cruz and Tom O'Neill"),
        ("Written by J. R. Smith", "J. R. Smith"),
    ],
)
def test_bylines(line: str, name: str) -> None:
    text = f"Board adopts AI rules\n{line}\n\n" + BODY
    art = _txt(text)
    assert art.byline == name
    assert name.split()[-1] not in art.text


def test_byline_and_date_on_one_line() -> None:
    art = _txt("Board adopts AI rules\nBy Jane Doe | Published March 3, 2025\n\n" + BODY)
    assert art.byline == "Jane Doe"
    assert art.published == date(2025, 3, 3)


def test_byline_role_is_dropped() -> None:
    for line in ("By Owen Hartley, Technology Correspondent", "*By Rhiannon Pryce, Competition & Tech*"):
        art = _txt(f"# Board adopts AI rules\n\n{line}\n\n" + BODY, suffix=".md")
        assert art.byline in ("Owen Hartley", "Rhiannon Pryce"), line


def test_posted_line_with_author_and_reading_time() -> None:
    text = "# Board adopts AI rules\n\nPosted on February 27, 2026 by Jamie Ortiz · 5 min read\n\n" + BODY
    art = _txt(text, suffix=".md")
    assert art.published == date(2026, 2, 27)
    assert art.byline == "Jamie Ortiz"
    assert "Ortiz" not in art.text and "min read" not in art.text


def test_bold_labels_published_and_author() -> None:
    text = "# Board adopts AI rules\n\n**Published:** 3 December 2025, 07:15 CET\n**Author:** Jonas Feldmann\n\n"
    art = _txt(text + BODY, suffix=".md")
    assert art.published == date(2025, 12, 3)
    assert art.byline == "Jonas Feldmann"


def test_place_date_section_line() -> None:
    text = "Board adopts AI rules\nDublin | 9 Apr 2026 | Technology\n\n" + BODY
    art = _txt(text)
    assert art.published == date(2026, 4, 9)
    assert "Dublin" not in art.text
    assert _txt("AI Act | What changes for you\n" + BODY).title == "AI Act | What changes for you"


def test_yaml_front_matter() -> None:
    text = (
        '---\ntitle: "Judge blocks chatbot age law"\nauthor: "Dana Whitfield"\ndate: 2026-01-23\n'
        "tags: [courts, chatbots]\n---\n\n" + BODY
    )
    art = _txt(text, suffix=".md")
    _same_positions(text, art.text)
    assert art.title == "Judge blocks chatbot age law"
    assert art.byline == "Dana Whitfield"
    assert art.published == date(2026, 1, 23)
    assert art.published_from == "front-matter"
    assert "tags" not in art.text and "title:" not in art.text


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "Board adopts AI rules\nBy the end of the year, the board will publish guidance.\n" + BODY
    art = _txt(text)
    assert art.byline is None
    assert "By the end of the year" in art.text


def test_metadata_only_searched_near_the_top() -> None:
    filler = "".join(f"Paragraph {i} says the regulator met the company again.\n" for i in range(15))
    text = "Board adopts AI rules\n" + filler + "Published 2 June 2025\nBy Jane Doe\n"
    art = _txt(text)
    assert art.published is None
    assert art.byline is None
    assert art.text == text


def test_relative_published_line_is_not_resolved_against_now() -> None:
    art = _txt("Board adopts AI rules\nPublished yesterday\n\n" + BODY)
    assert art.published is None


def test_title_rules() -> None:
    assert _txt("Board adopts AI rules\n" + BODY).title == "Board adopts AI rules"
    assert _txt("Will the board adopt AI rules?\n" + BODY).title == "Will the board adopt AI rules?"
    assert _txt("The board adopted the rules on Monday.\n" + BODY).title is None
    assert _txt(BODY).title is None


# ---------------------------------------------------------------------------
# parse_published
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-11-03", date(2025, 11, 3)),
        ("Nov. 3, 2025", date(2025, 11, 3)),
        ("November 3 2025", date(2025, 11, 3)),
        ("12 May 2025", date(2025, 5, 12)),
        ("3rd of March, 2025", date(2025, 3, 3)),
        ("Sept. 9, 2024", date(2024, 9, 9)),
        ("Tuesday, 4 March 2025", date(2025, 3, 4)),
        ("2025-02-18 09:30 UTC", date(2025, 2, 18)),
        ("2026-09-17T07:45:00+02:00", date(2026, 9, 17)),
        ("2026-09-17T00:30:00+02:00", date(2026, 9, 17)),
        ("2026-09-17T23:30:00-05:00", date(2026, 9, 17)),
        ("2025/02/18", date(2025, 2, 18)),
        ("  *2 June 2025*  ", date(2025, 6, 2)),
        ("18.02.2025", date(2025, 2, 18)),
        ("Feb 18, 2025 9:30 a.m. ET", date(2025, 2, 18)),
    ],
)
def test_parse_published(text: str, expected: date) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "yesterday", "3 days ago", "March 2025", "2025", "not a date", "2025-02-30", "Nov. 3"]
)
def test_parse_published_rejects(text: str) -> None:
    assert parse_published(text) is None


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council agrees chatbot labelling rules | The Daily Ledger</title>
{head}
<style>.x {{ color: red }}</style>
<script>var tracking = "do not include this script text";</script>
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience on our website.</p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article>
{article}
</article>
<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/x">Harbour crane strike enters week three</a></li>
</ul></aside></main>
<footer><p>Copyright 2025 The Daily Ledger. All rights reserved.</p></footer>
</body></html>
"""

ARTICLE = """<h1>Council agrees chatbot labelling rules</h1>
<p class="byline">By Jeanne Doucet in Brussels</p>
<p>Member states on Thursday agreed that chatbots must tell users they are talking to a machine,
closing a long dispute over how far the labelling duty should reach.</p>
<p>The rules take effect next year. Companies that fail to comply face fines set by national regulators,
which will also handle complaints from users.</p>
<p>Consumer groups welcomed the deal but said enforcement would decide whether it works in practice.</p>
"""


def _page(head: str = "", article: str = ARTICLE) -> bytes:
    return PAGE.format(head=head, article=article).encode("utf-8")


def _html(head: str = "", article: str = ARTICLE) -> Article:
    return load_bytes(_page(head, article), path="page.html", suffix=".html")


def test_html_main_text_only() -> None:
    art = _html()
    assert art.format == "html"
    assert "closing a long dispute" in art.text
    for noise in ("cookies", "Most read", "Harbour crane", "Copyright", "tracking", "color: red", "Home"):
        assert noise not in art.text, noise


def test_html_title_strips_site_name_and_leads_the_text() -> None:
    art = _html()
    assert art.title == "Council agrees chatbot labelling rules"
    assert art.text.startswith("Council agrees chatbot labelling rules\n\n")


def test_html_paragraphs_are_separated_by_blank_lines() -> None:
    paragraphs = _html().text.split("\n\n")
    assert len(paragraphs) >= 4
    assert paragraphs[1].startswith("Member states on Thursday agreed")
    assert all(p.strip() == p and p for p in paragraphs)


def test_html_byline_read_and_removed_from_text() -> None:
    art = _html()
    assert art.byline == "Jeanne Doucet"
    assert "By Jeanne Doucet" not in art.text


def test_html_headline_inserted_when_missing_from_body() -> None:
    article = "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
    art = _html('<meta property="og:title" content="Agency warns chatbot maker">', article)
    assert art.title == "Agency warns chatbot maker"
    assert art.text.split("\n\n")[0] == "Agency warns chatbot maker"
    assert "thirty days" in art.text


def test_html_og_title_preferred() -> None:
    art = _html('<meta property="og:title" content="Council agrees chatbot labelling rules">')
    assert art.title == "Council agrees chatbot labelling rules"


@pytest.mark.parametrize(
    ("head", "expected", "source"),
    [
        (
            '<meta property="article:published_time" content="2025-03-04T07:45:00+02:00">'
            '<meta property="article:modified_time" content="2025-03-06T10:00:00+02:00">',
            date(2025, 3, 4),
            "html-meta:article:published_time",
        ),
        (
            '<meta property="article:published_time" content="2025-03-04T00:30:00+02:00">',
            date(2025, 3, 4),
            "html-meta:article:published_time",
        ),
        ('<meta name="date" content="2025-03-05">', date(2025, 3, 5), "html-meta:date"),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
            ' "dateModified": "2025-03-09", "datePublished": "2025-03-07T18:00:00-05:00"}</script>',
            date(2025, 3, 7),
            "json-ld",
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage", "name": "x"}, {"@type": "Organization", "name": "The Daily Ledger"},'
            '{"@type": "NewsArticle", "headline": "h", "datePublished": "2025-03-08T09:00:00Z",'
            ' "author": {"@type": "Person", "name": "Jeanne Doucet"}}]}</script>',
            date(2025, 3, 8),
            "json-ld",
        ),
        ('<meta itemprop="datePublished" content="2025-03-10">', date(2025, 3, 10), "html-meta:date"),
    ],
)
def test_html_published_sources(head: str, expected: date, source: str) -> None:
    art = _html(head)
    assert art.published == expected
    if source != "html-meta:date":
        assert art.published_from == source
    else:
        assert art.published_from is not None


def test_html_time_element_inside_article() -> None:
    article = ARTICLE.replace(
        '<p class="byline">',
        '<time class="updated" datetime="2025-04-09T08:00:00Z">9 April</time>'
        '<time datetime="2025-04-08T08:00:00+01:00">8 April 2025</time><p class="byline">',
    )
    art = _html(article=article)
    assert art.published == date(2025, 4, 8)
    assert art.published_from == "html-time"


def test_html_meta_beats_json_ld_and_time() -> None:
    head = (
        '<meta property="article:published_time" content="2025-05-01T09:00:00Z">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-05-02"}</script>'
    )
    article = ARTICLE + '<time datetime="2025-05-03">3 May</time>'
    art = _html(head, article)
    assert art.published == date(2025, 5, 1)


def test_html_only_modified_date_is_used_with_a_warning() -> None:
    art = _html('<meta property="article:modified_time" content="2025-06-01T09:00:00Z">')
    assert art.published == date(2025, 6, 1)
    assert any("modification date" in w for w in art.warnings)


def test_html_json_ld_author_and_broken_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{broken json</script>'
        '<script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2025-03-08",'
        ' "author": [{"name": "Ana Ruiz"}, {"name": "Tom Lee"}]}]</script>'
    )
    article = ARTICLE.replace('<p class="byline">By Jeanne Doucet in Brussels</p>', "")
    art = _html(head, article)
    assert art.published == date(2025, 3, 8)
    assert art.byline == "Ana Ruiz and Tom Lee"


def test_html_dateline_in_first_paragraph() -> None:
    article = ARTICLE.replace("<p>Member states", "<p>BRUSSELS, March 6, 2025 (wire) — Member states")
    art = _html(article=article)
    assert art.dateline == "BRUSSELS, March 6, 2025 (wire)"
    assert art.published == date(2025, 3, 6)
    assert "BRUSSELS" not in art.text
    assert "Member states on Thursday" in art.text


def test_malformed_html_does_not_crash() -> None:
    page = (
        "<html><body><article><h1>Council agrees rules<p>Member states agreed that chatbots must tell users"
        " they are talking to a machine, closing a long dispute.<p>The rules take effect next year <b>and "
        "<i>fines</b> follow</article></div></span>"
    )
    art = load_bytes(page.encode(), suffix=".html")
    assert "Member states agreed" in art.text


def test_html_without_article_body() -> None:
    page = _page(article="").replace(b"<main><article>", b"<main>")
    with pytest.raises(InputInvalid, match="no article text found in the HTML"):
        load_bytes(page, suffix=".html")


def test_html_only_tags() -> None:
    with pytest.raises(InputInvalid, match="no article text found in the HTML"):
        load_bytes(b"<html><head><title></title></head><body><div></div></body></html>", suffix=".html")


def test_deeply_nested_html_is_bounded() -> None:
    sentence = "Deep text says the regulators adopted a new artificial intelligence law on Monday."
    page = "<html><body>" + "<div>" * 5000 + f"<p>{sentence}</p>" + "</div>" * 5000 + "</body></html>"
    start = time.perf_counter()
    art = load_bytes(page.encode(), suffix=".html")
    assert time.perf_counter() - start < 10
    assert sentence in art.text


def test_deeply_nested_html_without_text() -> None:
    page = "<html><body>" + "<div>" * 5000 + "</div>" * 5000 + "</body></html>"
    with pytest.raises(InputInvalid):
        load_bytes(page.encode(), suffix=".html")


def test_html_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><article><h1>Council agrees rules</h1><p>Member states agreed &xxe; that chatbots must"
        " tell users they are talking to a machine.</p></article></body></html>"
    )
    art = load_bytes(page.encode(), suffix=".html")
    assert "TOPSECRETVALUE" not in art.text
    assert "Member states agreed" in art.text


def test_html_meta_charset_used_for_non_utf8_bytes() -> None:
    page = _page(article=ARTICLE.replace("Member states", "Les États membres")).replace(b"utf-8", b"windows-1252")
    raw = page.decode("utf-8").encode("cp1252")
    art = load_bytes(raw, suffix=".html")
    assert art.encoding == "cp1252"
    assert "Les États membres" in art.text


# ---------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------


def test_cp1252_short_text() -> None:
    art = load_bytes(b"caf\xe9 na\xefve r\xe9sum\xe9 \x93quoted\x94", suffix=".txt")
    assert art.text == "café naïve résumé “quoted”"
    assert art.encoding == "cp1252"
    assert not art.warnings


def test_latin1_text() -> None:
    text = "The café served crème brûlée while naïve résumé holders queued for the AI hearing."
    art = load_bytes(text.encode("latin-1"), suffix=".txt")
    assert art.text == text


def test_central_european_text_keeps_its_codepage() -> None:
    text = "Zażółć gęślą jaźń. Komisja Europejska przyjęła nowe przepisy dotyczące sztucznej inteligencji."
    art = load_bytes(text.encode("cp1250"), suffix=".txt")
    assert art.text == text
    assert art.encoding == "cp1250"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    text = "Council agrees chatbot rules\nMember states agreed — “finally”, said one délégué.\n"
    bom = "\ufeff".encode(codec)
    art = load_bytes(bom + text.encode(codec), suffix=".txt")
    assert art.text == text
    assert art.encoding == "utf-16"


def test_utf16_without_bom_is_sniffed() -> None:
    text = "Council agrees chatbot rules\nMember states agreed on the labelling duty for chatbots.\n"
    art = load_bytes(text.encode("utf-16-le"), suffix=".txt")
    assert art.text == text
    assert art.encoding == "utf-16-le"


def test_utf8_bom_is_removed_and_offsets_follow_the_decoded_text() -> None:
    text = "Council agrees chatbot rules\n" + BODY
    art = load_bytes(b"\xef\xbb\xbf" + text.encode(), suffix=".txt")
    assert art.text == text
    assert art.encoding == "utf-8-sig"


def test_explicit_encoding() -> None:
    text = "Le régulateur a infligé une amende à l’entreprise pour son agent conversationnel."
    art = load_bytes(text.encode("cp1252"), suffix=".txt", encoding="windows-1252")
    assert art.text == text
    assert art.encoding == "cp1252"


def test_explicit_encoding_with_bad_bytes_warns() -> None:
    art = load_bytes(b"Regulators met the chatbot company \xff\xfe again today.", encoding="ascii")
    assert "\ufffd" in art.text
    assert art.warnings


@pytest.mark.parametrize(
    "name", ["no-such-codec", "rot13", "base64", "zlib", "undefined", "x-user-defined", "unicode-escape", "idna"]
)
@pytest.mark.parametrize("raw", [b"Regulators met the chatbot company again today.", b"Regulators met \xff today."])
def test_bad_encoding_name(name: str, raw: bytes) -> None:
    with pytest.raises(InputInvalid, match="encoding") as exc:
        load_bytes(raw, path="x.txt", encoding=name)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("name", ["x" * 5000, "utf-8\x1b]0;pwned\x07", "\x00", "../../etc/passwd"])
def test_hostile_encoding_names_are_echoed_short_and_escaped(name: str) -> None:
    with pytest.raises(InputInvalid, match="unknown encoding") as exc:
        load_bytes(b"Regulators met the chatbot company again today.", path="x.txt", encoding=name)
    message = str(exc.value)
    assert len(message) < 120 and message.isprintable(), message


def test_encoding_without_a_replace_handler_is_one_line() -> None:
    """punycode decodes ASCII but cannot replace a bad byte: one line, not a UnicodeError."""
    with pytest.raises(InputInvalid, match="not valid punycode text") as exc:
        load_bytes(b"Regulators met the chatbot company \xff again today.", path="x.txt", encoding="punycode")
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@pytest.mark.parametrize(
    "charset",
    ["undefined", "rot13", "base64", "zlib", "x-user-defined", "unicode-escape", "idna", "utf-16", "utf-7", "nosuch"],
)
def test_unusable_meta_charset_falls_back_to_the_detector(charset: str, suffix: str) -> None:
    """A <meta charset> that names no usable text codec is ignored, whatever the invalid bytes."""
    raw = (
        f'<meta charset="{charset}">\nRegulators in Z\xfcrich met the chatbot company again today '
        "and fined it, officials said on Monday.\n"
    ).encode("latin-1")
    raw += b" " * (len(raw) % 2)  # even length: utf-16 would decode it without an error
    art = load_bytes(raw, path="page" + suffix, suffix=suffix)
    assert art.encoding.replace("_", "-") not in {charset, "rot-13", "utf-16"}
    assert "Zürich" in art.text, (art.encoding, art.text)


def test_undetectable_encoding_falls_back_with_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load.decode, "guess_charset", lambda raw: None)
    art = load_bytes(b"Regulators met the chatbot company \x81\x8d again today.", suffix=".txt")
    assert art.encoding == "utf-8"
    assert "\ufffd" in art.text
    assert any("encoding" in w for w in art.warnings)


# ---------------------------------------------------------------------------
# The readers table
# ---------------------------------------------------------------------------


def test_readers_table_is_the_list_of_suffixes() -> None:
    assert tuple(load.READERS) == ARTICLE_SUFFIXES
    assert all(s.startswith(".") and s == s.lower() for s in load.READERS)
    assert {reader.format for reader in load.READERS.values()} == {"txt", "md", "html"}


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!doctype html><html><body><p>Regulators met the chatbot company today.</p></body></html>", "html"),
        ("# Regulators meet\n\nRegulators met the chatbot company again today.\n", "md"),
        ("Regulators met the chatbot company again today, officials said.\n", "txt"),
    ],
)
def test_content_sniff_picks_a_registered_reader(text: str, fmt: str) -> None:
    """Without a known suffix the format comes from the content, and names a reader in the table."""
    art = load_bytes(text.encode("utf-8"), path="-", suffix=".unknown")
    assert art.format == fmt
    assert fmt in {reader.format for reader in load.READERS.values()}


def test_a_new_format_is_one_reader_and_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from policyscan.load.article import Parsed, Reader

    def read(text: str, path: str | None) -> Parsed:
        return Parsed(text=text.upper(), title="shouted")

    monkeypatch.setitem(load.READERS, ".shout", Reader("shout", read))
    art = load_bytes(b"Regulators met the chatbot company again today.", path="a.shout", suffix=".shout")
    assert (art.format, art.title) == ("shout", "shouted")
    assert art.text.startswith("REGULATORS MET")


def test_loader_data_is_valid() -> None:
    """data/loading.json: the loader's word lists and binary signatures, well formed and canonical."""
    data = json.loads(resources.files("policyscan.data").joinpath("loading.json").read_text("utf-8"))
    lists = ("western_codecs", "not_cities", "name_particles", "role_words", "article_types")
    sections = {"_about", "binary_magic", "published_sources", "modified_sources", "furniture", "timeline_columns"}
    assert set(data) == {*sections, *lists}
    columns = data["timeline_columns"]
    assert set(columns) == {"_doc", "date", "body", "event", "irregular_past", "present_object_starts"}
    heads = [w for key in ("date", "body", "event") for w in columns[key]]
    assert all(
        w == w.lower().strip() and w for w in heads + columns["irregular_past"] + columns["present_object_starts"]
    )
    assert len(set(heads)) == len(heads), "a header word names one kind of column"
    assert not any(w.endswith("ed") for w in columns["irregular_past"]), "-ed verbs are past without the list"
    for key in lists:
        values = data[key]
        assert values and all(isinstance(v, str) and v == v.strip() and v for v in values), key
        assert len(set(values)) == len(values), f"duplicates in {key}"
    kinds = [item["kind"] for item in data["binary_magic"]]
    signatures = [bytes.fromhex(item["hex"]) for item in data["binary_magic"]]
    assert all(set(item) == {"hex", "kind"} for item in data["binary_magic"]) and all(kinds)
    assert all(len(sig) >= 2 for sig in signatures) and len(set(signatures)) == len(signatures)
    # compared with codecs' canonical names (as text_codec returns them), so only those can match
    assert all(codecs.lookup(n).name.replace("_", "-") == n for n in data["western_codecs"])
    assert all(w.isupper() for w in data["not_cities"])
    assert all(w == w.lower() for w in data["name_particles"] + data["role_words"])
    sources = data["published_sources"] + data["modified_sources"]
    assert all(set(s) == {"in", "key", "source"} and s["key"] and s["source"] for s in sources)
    assert {s["in"] for s in sources} <= {"meta", "json-ld", "page", "trafilatura"}
    assert all(s["key"] == s["key"].lower() for s in sources if s["in"] == "meta"), "meta names are read lower-cased"
    assert {s["key"] for s in sources if s["in"] == "page"} <= {"time", "dateline"}
    labels = [s["source"] for s in sources]
    assert len(set(labels)) == len(labels), "published_from labels must tell the sources apart"


@pytest.mark.parametrize("kind", ["PDF", "PNG", "ZIP", "SQLITE"])
def test_binary_signatures_from_the_data_are_refused(kind: str) -> None:
    data = json.loads(resources.files("policyscan.data").joinpath("loading.json").read_text("utf-8"))
    sig = next(bytes.fromhex(item["hex"]) for item in data["binary_magic"] if item["kind"] == kind)
    with pytest.raises(InputInvalid, match=rf"binary file \({kind}\), not text"):
        load_bytes(sig + b" Regulators met the chatbot company again today.", path="x.txt", suffix=".txt")


# ---------------------------------------------------------------------------
# policyscan's own output is not an article
# ---------------------------------------------------------------------------

_GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))


def _our_outputs() -> dict[str, str]:
    """The shapes policyscan writes, made from a pinned analyze record (not from the writers)."""
    text = _GOLDEN[0].read_text(encoding="utf-8")
    record = json.loads(text)
    failed = {"schema_version": "policyscan/1", "source": {"path": "gone.txt"}, "error": {"kind": "x", "message": "y"}}
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return {
        "analyze-json": text,
        "json-array": json.dumps([record, record], indent=2),
        "jsonl": f"{line}\n{line}\n",
        "jsonl-error-first": json.dumps(failed) + "\n" + line + "\n",
        "bom-and-blank-lines": "\ufeff\n\n" + text,
    }


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".txt", ".md", None])
@pytest.mark.parametrize("shape", list(_our_outputs()))
def test_policyscan_output_is_refused(shape: str, suffix: str | None) -> None:
    raw = _our_outputs()[shape].encode("utf-8")
    with pytest.raises(InputInvalid, match=r"this is policyscan output, not an article; use `policyscan summarize`"):
        load_bytes(raw, path="out" + (suffix or ""), suffix=suffix)


@pytest.mark.parametrize("suffix", [".html", ".txt", None])
def test_policyscan_html_report_is_refused(suffix: str | None) -> None:
    """`policyscan report` pages say who made them; their embedded records are not an article."""
    template = resources.files("policyscan.render").joinpath("templates", "report.html").read_text("utf-8")
    page = template + "<p>Regulators met the chatbot company again today, officials said.</p>\n"
    with pytest.raises(InputInvalid, match="this is a policyscan HTML report, not an article"):
        load_bytes(page.encode("utf-8"), path="report" + (suffix or ""), suffix=suffix)


def test_policyscan_output_is_refused_from_a_file(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_text(_our_outputs()["jsonl"], encoding="utf-8")
    with pytest.raises(InputInvalid, match="policyscan output") as exc:
        load_path(out)
    assert "\n" not in str(exc.value) and str(exc.value).startswith(str(out))


@pytest.mark.parametrize(
    "text",
    [
        # an article that quotes the marker is still an article
        'Regulators said the file began "schema_version": "policyscan/1" and fined the chatbot company today.\n',
        # another tool's JSON is not ours
        '{"schema_version": "othertool/2", "text": "Regulators fined the chatbot company again today."}\n',
    ],
)
def test_other_text_is_not_taken_for_policyscan_output(text: str) -> None:
    art = load_bytes(text.encode("utf-8"), path="a.txt", suffix=".txt")
    assert "Regulators" in art.text


def test_output_sniff_is_bounded() -> None:
    """Only the first few KB are looked at: a marker after a long prefix is not searched for."""
    text = "[" + " " * 20_000 + json.dumps({"schema_version": "policyscan/1", "title": "Regulators fined it today"})
    art = load_bytes(text.encode("utf-8"), path="a.txt", suffix=".txt")
    assert art.text.startswith("[")


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


def _one_line(exc: pytest.ExceptionInfo[BaseException]) -> str:
    msg = str(exc.value)
    assert "\n" not in msg
    return msg


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputNotFound) as exc:
        load_path(missing)
    assert exc.value.path == str(missing)
    assert "no such file" in _one_line(exc)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputUnreadable, match="directory") as exc:
        load_path(tmp_path)
    assert exc.value.path == str(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path: Path) -> None:
    f = tmp_path / "locked.txt"
    f.write_text("Council agrees chatbot rules\n" + BODY)
    f.chmod(0)
    try:
        with pytest.raises(InputUnreadable, match="permission denied"):
            load_path(f)
    finally:
        f.chmod(0o644)


@pytest.mark.parametrize("raw", [b"", b"   \n\t\n  ", "\ufeff  \n".encode(), "\ufeff".encode("utf-16")])
def test_empty(tmp_path: Path, raw: bytes) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(raw)
    with pytest.raises(InputInvalid, match="empty file") as exc:
        load_path(f)
    assert exc.value.path == str(f)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (gzip.compress(b"Council agrees chatbot rules"), "GZIP"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF"),
        (b"Council agrees\x00\x00 chatbot rules \x00 and more\x00 text here", "NUL"),
    ],
)
def test_binary(raw: bytes, kind: str) -> None:
    with pytest.raises(InputInvalid, match=r"binary file \(.*\), not text") as exc:
        load_bytes(raw, path="blob.txt", suffix=".txt")
    assert kind in _one_line(exc)


def test_too_large_is_refused_not_truncated(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    text = "Council agrees chatbot rules and the regulators agree too. "
    f.write_text(text * 10)
    size = f.stat().st_size
    assert load_path(f, max_bytes=size).text == text * 10
    with pytest.raises(InputInvalid, match="larger than") as exc:
        load_path(f, max_bytes=size - 1)
    assert str(size - 1) in _one_line(exc)


def test_too_few_letters() -> None:
    with pytest.raises(InputInvalid, match="no article text"):
        load_bytes(b"12 34 56 -- !! ?? 2025 ###", path="n.txt", suffix=".txt")
    with pytest.raises(InputInvalid, match="no article text"):
        load_bytes(b"# **[ ]()** \n\n* * *\n", path="n.md", suffix=".md")


# ---------------------------------------------------------------------------
# Pathological sizes
# ---------------------------------------------------------------------------


def test_five_megabyte_single_line() -> None:
    raw = ("regulators " * 450_000).encode()
    assert len(raw) < DEFAULT_MAX_BYTES
    for suffix in (".txt", ".md"):
        start = time.perf_counter()
        art = load_bytes(raw, suffix=suffix)
        assert time.perf_counter() - start < 5
        assert len(art.text) == len(raw)


def test_markdown_line_full_of_unmatched_markers() -> None:
    raw = ("*a _b [c ](d `e " * 200_000).encode()
    start = time.perf_counter()
    art = load_bytes(raw, suffix=".md")
    assert time.perf_counter() - start < 8
    assert len(art.text) == len(raw)


def test_hundred_thousand_tiny_paragraphs() -> None:
    raw = ("Short paragraph here.\n\n" * 100_000).encode()
    for suffix in (".txt", ".md"):
        start = time.perf_counter()
        art = load_bytes(raw, suffix=suffix)
        assert time.perf_counter() - start < 5
        assert len(art.text) == len(raw)


# ---------------------------------------------------------------------------
# Shared dev set (read-only)
# ---------------------------------------------------------------------------


@needs_dev
def test_dev_html() -> None:
    art = load_path(DEV / "eu-ai-office-maubrac-perdrix.html")
    assert art.format == "html"
    assert art.published == date(2026, 9, 17)
    assert art.published_from == "html-meta:article:published_time"
    assert art.title == "EU opens AI Act case against Maubrac over Perdrix-2.5 Pro"
    assert art.byline == "Hélène Marchetti"
    assert art.text.startswith(art.title + "\n\n")
    assert "opened formal proceedings" in art.text
    for noise in ("cookies", "Most read", "Bund yields", "Veltrane", "Artificial intelligence\n"):
        assert noise not in art.text, noise


@needs_dev
def test_dev_markdown() -> None:
    path = DEV / "ardoise-pivoine-cnil-notice.md"
    art = load_path(path)
    assert art.format == "md"
    assert art.published == date(2025, 6, 2)
    assert art.byline == "Hélène Marchetti"
    assert art.title and art.title.startswith("France's privacy watchdog orders Ardoise Labs")
    _same_positions(path.read_text(encoding="utf-8"), art.text)


@needs_dev
def test_dev_italy() -> None:
    path = DEV / "italy-garante-chatgpt-return.txt"
    art = load_path(path)
    assert art.published == date(2023, 4, 29)
    assert art.dateline and "ROME" in art.dateline
    assert "ChatGPT is available in Italy again" in art.text
    _same_positions(path.read_text(encoding="utf-8"), art.text)


@needs_dev
def test_dev_texas() -> None:
    path = DEV / "texas-deepseek-state-devices.txt"
    art = load_path(path)
    assert art.published == date(2025, 1, 29)
    assert art.title == "Texas governor orders DeepSeek off state-issued devices"
    _same_positions(path.read_text(encoding="utf-8"), art.text)


@needs_dev
def test_dev_article_without_metadata() -> None:
    path = DEV / "white-house-eases-anthropic-controls.txt"
    art = load_path(path)
    assert art.published is None
    assert art.text == path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# Publication dates in the shapes copied pages give them (issue 11)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("3rd March 2026 – (Lagos) The Nigerian agency has fined a lender.", date(2026, 3, 3)),
        ("April 9, 2025 — (Brussels) The commission opened an inquiry into the app.", date(2025, 4, 9)),
        ("14 Nov 2025 - (Quito) Regulators said the model must be audited.", date(2025, 11, 14)),
    ],
)
def test_date_first_dateline_in_the_header(lede: str, expected: date) -> None:
    art = _txt("Regulator acts on chatbot\n\n    " + lede + "\n\n" + BODY)
    assert art.published == expected
    assert art.published_from == "dateline"
    assert lede.split("–")[0].split("—")[0].split(" - ")[0].strip() not in art.text


def test_timeline_entry_opening_the_article_is_story_text() -> None:
    text = "Timeline of the rules\n\nMay 14, 2024 — Cameras in stores. The commission ordered a halt.\n\n" + BODY
    art = _txt(text)
    assert art.published is None
    assert "May 14, 2024" in art.text


def test_date_first_paragraph_in_the_body_is_story_text() -> None:
    text = "Regulator acts on chatbot\n\n" + BODY + "\nApril 9, 2025 — The commission opened an inquiry.\n"
    art = _txt(text)
    assert art.published is None
    assert "April 9, 2025" in art.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("trade-and-tariffs 27 March 2025", date(2025, 3, 27)),
        ("World News 2 February 2026", date(2026, 2, 2)),
    ],
)
def test_section_label_before_the_date(line: str, expected: date) -> None:
    art = _txt(line + "\n\nAgency adds firms to list\n\n" + BODY)
    assert art.published == expected
    assert line.split()[0] not in art.text


def test_headline_ending_in_a_date_after_a_preposition_is_not_a_label() -> None:
    art = _txt("Regulator to rule on chatbot on 27 March 2026\n\n" + BODY)
    assert art.published is None


def test_glued_byline_after_a_long_menu() -> None:
    menu = ["Close Menu", "Facebook X Instagram", "SiteName", "Button"]
    menu += [f"• {w}" for w in ("NEWS", "BUSINESS", "POLITICS", "TECHNOLOGY", "SPORTS", "HOW-TO", "WORLD NEWS")]
    byline = "Staff ReporterBy Staff ReporterAugust 2, 2023No Comments2 Mins Read"
    text = "\n".join([*menu, "SiteName", "NEWS", "", "Minister Suspends App", "", byline, "Share", "", BODY])
    art = _txt(text)
    assert art.published == date(2023, 8, 2)
    assert "ReporterAugust" not in art.text


def test_menu_lines_do_not_stretch_the_header_over_body_paragraphs() -> None:
    filler = "".join(f"Paragraph {i} says the regulator met the company again.\n" for i in range(15))
    art = _txt("Board adopts AI rules\n" + filler + "By Jane Doe, August 2, 2023 No Comments\n")
    assert art.published is None


def test_yearless_wire_dateline_takes_the_year_of_the_pages_latest_date() -> None:
    text = (
        "Agency fines chatbot maker\n\nLAGOS, Jan 5 (Reuters) - The agency fined the app on Monday.\n\n"
        + BODY
        + "\nRelated\n- Regulator warns banks - Dec 30, 2025\n- Telecoms fined - Nov 2, 2025\n"
    )
    art = _txt(text)
    assert art.published == date(2026, 1, 5)  # not 5 January 2025: the page already prints 30 December 2025
    assert art.published_from is not None and art.published_from.startswith("dateline")


def test_yearless_dateline_takes_the_copyright_year() -> None:
    art = _txt("Agency fines app\n\nACCRA, March 9 (Reuters) - The agency fined it.\n\n" + BODY + "\n© 2026 Wire\n")
    assert art.published == date(2026, 3, 9)


def test_yearless_dateline_without_any_year_on_the_page_gives_no_date() -> None:
    art = _txt("Agency fines app\n\nACCRA, March 9 (Reuters) - The agency fined it.\n\n" + BODY)
    assert art.published is None
