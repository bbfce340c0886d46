"""Page furniture (datelines, credits, captions, share and newsletter lines, related lists) is blanked.

Every text here is invented. Blanking keeps the length, so offsets into the file stay valid.
"""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources

import pytest

from policyscan import load
from policyscan.load.furniture import blank_furniture

LEDE = "The Valdorian trade ministry on Tuesday banned the Zephyr chatbot on all government phones."
BODY = "Officials said the ban would stay in place until an audit of the service was finished."


def _txt(text: str) -> load.Article:
    return load.load_bytes(text.encode("utf-8"), path="t.txt", suffix=".txt")


def _kept(art: load.Article) -> str:
    return " ".join(art.text.split())


def test_blanking_keeps_length_and_newlines() -> None:
    text = f"Zephyr banned\n\n{LEDE}\n\nShare on X · Copy link\n\n{BODY}\n"
    out = blank_furniture(text)
    assert len(out) == len(text)
    assert [m.start() for m in re.finditer("\n", out)] == [m.start() for m in re.finditer("\n", text)]
    assert "Copy link" not in out and LEDE in out and BODY in out


@pytest.mark.parametrize(
    "line",
    [
        "Share on X · Copy link",
        "Share this article: Facebook | X | WhatsApp | Copy link",
        "Sign up for our newsletter to get the week's policy news",
        "Subscribe to read more",
        "You've read 3 of 4 free articles this month.",
        "Photo: Mara Quill / Valdor Wire",
        "Picture caption: The ministry building in Valdor City at dusk.",
        "The ministry building in Valdor City at dusk. (File photo)",
        "Additional reporting by Ilse Brandt; editing by Tom Okafor",
        "(Reuters)",
        "Explainer",
        "Analysis",
        "News | Technology",
        "Valdor Evening Courier | Metro",
        "• Load more",
        "Copyright 2026 Valdor Media. All rights reserved.",
        "We use cookies to improve your experience. Accept all cookies",
        "Read more: Kestrel regulator fines chip maker",
        "Read: What is the Fuss About Orbital Data Sessions?",
        "Must read: Five things to know about the chip rules",
        "ValdorCourierValdorCourier",
        "This is a developing story. Check back for updates.",
        "Reporting by Ilse Brandt; Editing by Tom Okafor",
        "Valdor Wire writer Ilse Brandt in Marlow Springs contributed to this report.",
        "Tom Okafor contributed reporting to this story",
        "You are receiving this email because you signed up at valdorbrief.example. Unsubscribe · Manage preferences",
        "You're receiving this newsletter as a Valdor Courier subscriber.",
        "Manage preferences",
    ],
)
def test_furniture_line_is_blanked(line: str) -> None:
    art = _txt(f"Zephyr banned on state phones\n\n{LEDE}\n\n{line}\n\n{BODY}\n")
    assert line not in art.text
    assert LEDE in art.text and BODY in art.text


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said it would share its findings with the regulator next month.",
        "Background checks on the chatbot's operators began in March.",
        "Analysis by the ministry found that the app sent data abroad.",
        "Officials will subscribe to a new audit standard, the minister said.",
        "Three agencies contributed to this report on the chatbot, which the ministry published on Monday.",
        "Read the full ruling: the court said the ban was lawful and the ministry may enforce it.",
        "Banana Banana is the name of the start-up's chatbot, the regulator said.",
        "Users said they were receiving this message from the chatbot after the ban began.",
    ],
)
def test_story_sentences_with_furniture_words_are_kept(line: str) -> None:
    art = _txt(f"Zephyr banned on state phones\n\n{LEDE}\n\n{line}\n\n{BODY}\n")
    assert line in art.text


def test_related_list_with_other_headlines_and_dates_is_blanked() -> None:
    related = [
        "More for you",
        "President Arlo announces tariffs on partners",
        "12 March 2026",
        "• Kestrel Labs fined over data leak (2 April 2026)",
        "Nordland lifts curfew in capital",
    ]
    art = _txt("Zephyr banned on state phones\n\n" + LEDE + "\n\n" + BODY + "\n\n" + "\n".join(related) + "\n")
    for line in related:
        assert line not in art.text
    assert BODY in art.text


def test_related_list_ends_at_the_next_paragraph_of_the_story() -> None:
    long_par = (
        "The audit, which the ministry ordered after a complaint from two unions, is expected to look at "
        "where the chatbot stores its users' messages and who can read them."
    )
    art = _txt(f"Zephyr banned\n\n{LEDE}\n\nRelated\nNordland lifts curfew in capital\n\n{long_par}\n")
    assert "Nordland lifts curfew" not in art.text
    assert long_par in art.text


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("NAIROBI —", "The data commissioner on Monday fined a lender for misusing credit scores."),
        ("SEOUL (Wire) —", "The privacy commission suspended downloads of the Zephyr app."),
        ("OSTRAVA, Moravia (Wire) -", "The regulator opened an inquiry into the chip maker."),
        ("MILAN:", "The data authority ordered the start-up to stop processing user data."),
    ],
)
def test_dateline_of_a_later_paragraph_is_blanked(dateline: str, sentence: str) -> None:
    art = _txt(f"Roundup of the week\n\n{LEDE}\n\n{dateline} {sentence}\n")
    assert dateline.split()[0].strip(",:") not in art.text
    assert sentence in art.text
    assert art.published is None  # a dateline in the body never dates the article


def test_all_caps_heading_with_colon_is_not_a_dateline() -> None:
    art = _txt(f"Roundup\n\n{LEDE}\n\nNORDLAND: TRIBUNAL UPHOLDS FINE\n\n{BODY}\n")
    assert "TRIBUNAL UPHOLDS FINE" in art.text


def test_leading_date_stamp_is_the_publication_date_and_the_lede_is_kept() -> None:
    art = _txt(f" date 2026-03-18 {LEDE}\n\n{BODY}\n")
    assert art.published == date(2026, 3, 18)
    assert art.published_from == "date-stamp"
    assert _kept(art).startswith(LEDE)


def test_leading_date_stamp_before_a_wire_dateline() -> None:
    art = _txt(f" date 2026-03-18 OSTRAVA, Moravia (Wire) — {LEDE}\n\n{BODY}\n")
    assert art.published == date(2026, 3, 18)
    assert _kept(art).startswith(LEDE)


def test_title_case_dateline_with_date_and_agency() -> None:
    art = _txt(f"Wire news from Valdor\n\nOstrava, April 24 (Valdor Press)--{LEDE}\n\n{BODY}\n")
    assert "Valdor Press" not in art.text
    assert "Valdorian trade ministry" in art.text


def test_date_with_a_time_after_a_dash_is_the_publication_date() -> None:
    art = _txt(f"Zephyr banned\n\n9 April 2026 – 16:20\nBy Mara Quill\n\n{LEDE}\n\n{BODY}\n")
    assert art.published == date(2026, 4, 9)


def test_date_in_a_related_list_is_not_the_publication_date() -> None:
    art = _txt(f"Zephyr banned\n\n{LEDE}\n\n{BODY}\n\nMost read\nNordland lifts curfew\n12 March 2026\n")
    assert art.published is None
    assert "12 March 2026" not in art.text


def test_furniture_data_is_valid() -> None:
    data = json.loads(resources.files("policyscan.data").joinpath("loading.json").read_text("utf-8"))
    furniture = data["furniture"]
    lists = {"ui_words", "section_labels", "list_headings", "line_patterns", "line_ends", "wire_names", "tag_labels"}
    assert set(furniture) == {"_doc", *lists}
    for key in ("ui_words", "section_labels", "wire_names", "tag_labels"):
        values = furniture[key]
        assert values and all(v == v.strip().lower() and v for v in values), key
        assert len(set(values)) == len(values), key
    for key in ("list_headings", "line_patterns", "line_ends"):
        for pattern in furniture[key]:
            re.compile(pattern)
            assert not re.fullmatch(pattern, "", re.I), pattern  # an empty line is never furniture by pattern


def test_masthead_and_date_line_gives_the_publication_date() -> None:
    art = _txt(f"Nordland Tech Policy Weekly | Wednesday, 19 August 2026\n\n# Zephyr banned\n\n{LEDE}\n\n{BODY}\n")
    assert art.published == date(2026, 8, 19)


def test_updated_line_with_time_and_zone_before_the_date() -> None:
    art = _txt(f"Zephyr banned\n\nBy MARA QUILL\nUpdated 3:42 PM GMT+8, July 24, 2025\n\n{LEDE}\n\n{BODY}\n")
    assert art.published == date(2025, 7, 24)


def test_read_more_from_an_outlet_list_is_blanked() -> None:
    items = ["Read more from Valdor Trade Desk", "- Nordland tightens origin checks (18 June 2025)"]
    art = _txt(f"Zephyr banned\n\n{LEDE}\n\n{BODY}\n\n" + "\n".join(items) + "\n")
    assert all(item not in art.text for item in items)


@pytest.mark.parametrize(
    "line",
    [
        # a consent or newsletter prompt closed by its buttons, whatever the language
        "Ta witryna korzysta z ciasteczek, aby działać poprawnie. [Rozumiem] [Więcej]",
        "Diese Seite nutzt Cookies für Statistik und Werbung. [Alle akzeptieren] [Einstellungen]",
        "Valdor Courier daily: the morning's policy news in your inbox. [Sign up now]",
        "Bülten: her sabah en önemli haberler. [Abone ol]",
        # a line of tags under a heading in another language, or under any one-word heading with many items
        "Etiquetas: inteligencia artificial, privacidad, Valdor, Zephyr",
        "Schlagwörter: KI, Datenschutz",
        "Subjects: Zephyr, chatbots, data protection, Valdor City",
        # cookie notices in other languages
        "Ce site utilise des cookies pour améliorer votre expérience.",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        # a row of share buttons in another language
        "Teilen: Facebook | X | LinkedIn | E-Mail",
        # an editor's note or correction about an earlier version is not the story's news
        "Editor's note: Last week's issue said the Valdor ministry had banned the Zephyr app. It had only warned it.",
        "EDITOR'S NOTE — An earlier version of this story misstated the size of the Kestrel fine.",
        "Correction: An earlier version of this article said the regulator fined Wren Systems; it fined Kestrel Labs.",
    ],
)
def test_furniture_in_any_language_is_blanked(line: str) -> None:
    art = _txt(f"Zephyr banned on state phones\n\n{LEDE}\n\n{line}\n\n{BODY}\n")
    assert line not in art.text
    assert LEDE in art.text and BODY in art.text


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the ban [on chatbots] would stay until the audit ends.",
        'The firm called the ruling "unworkable" [sic]',
        "The court cited its earlier ruling [1]",
        "Officials named three firms: Kestrel, Wren and Osprey.",
        "Banned apps: Zephyr, Wren",
        "The regulator set out its plan: audits, fines, bans and public warnings for firms that ignore the rules.",
    ],
)
def test_story_lines_with_brackets_or_lists_are_kept(line: str) -> None:
    art = _txt(f"Zephyr banned on state phones\n\n{LEDE}\n\n{line}\n\n{BODY}\n")
    assert line in art.text


def test_foreign_cookie_banner_and_tags_give_no_actor(analyze_text) -> None:
    text = (
        "Ta strona używa plików cookie. This site uses cookies for statistics. [Akceptuję / I accept] [Ustawienia]\n\n"
        f"Zephyr banned on state phones\n\n{LEDE}\n\n{BODY}\n\n"
        "Tagi: Zephyr, RODO, sztuczna inteligencja, Valdor\n\n"
        "Newsletter Kuriera: najważniejsze wiadomości codziennie rano. [Zapisz się]\n"
    )
    names = {a.name for a in analyze_text(text).actors}
    assert not names & {"Ta strona używa plików cookie", "Akceptuję", "Tagi", "Zapisz", "Newsletter Kuriera"}


# sixth round (lead's read of blind set 7): a line opened by a pictograph or an arrow is read like a bulleted line;
# a newsletter's "You are receiving this because ..." footer is furniture


@pytest.mark.parametrize(
    "line",
    [
        "➡️ Read more: [Valdor's data law under review](https://example.org/a) (3 April 2025)",
        "👉 Read more: Kestran court fines Lomar (2 March 2026)",
        "→ See also: Valdor opens chatbot inquiry",
        "*You are receiving this because you subscribed to The Policy Ledger. [Unsubscribe](https://e.org/u)*",
    ],
)
def test_a_symbol_opened_or_subscription_line_is_furniture(line: str) -> None:
    art = _txt(f"Zephyr banned\n\n{LEDE}\n\n{line}\n\n{BODY}\n")
    kept = _kept(art)
    assert LEDE in kept and BODY in kept
    assert "Read more" not in kept and "See also" not in kept and "receiving this" not in kept


def test_a_story_line_opened_by_an_arrow_is_kept() -> None:
    line = "➡️ The Kestran ministry also fined the Lomar app on Monday."
    assert "fined the Lomar app" in _kept(_txt(f"Zephyr banned\n\n{LEDE}\n\n{line}\n\n{BODY}\n"))
