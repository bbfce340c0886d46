"""Action dates, seventh round (issue 11, dates): sentences we wrote, invented bodies, models and places.

Category: the sentence's one date hung by the parser on a noun inside the object (Markdown emphasis around a name
leaves blanks that move the attachment): "closed its investigation into **X**, the assistant made by Y, in August"
is the main verb's date; a date under another verb ("which launched it in 2024") is not."""

from __future__ import annotations

import pytest
from tests.extract.test_action_dates import action, in_range


@pytest.mark.parametrize(
    ("text", "keyword", "lo", "hi"),
    [
        (
            "Borovia's Superintendence of Trade and Consumers (STC) closed its investigation into **Lumo**, the "
            "voice assistant made by Tarsk's Fenn Labs, in February without imposing a penalty.",
            "investigation",
            "2026-02-01",
            "2026-02-28",
        ),
        (
            "Ruritania's Office of Consumer Affairs (OCA) closed its inquiry into **Quill**, the chatbot sold by "
            "Merrow Digital, in March without ordering changes.",
            "inquiry",
            "2026-03-01",
            "2026-03-31",
        ),
    ],
)
def test_one_date_under_the_object_is_the_main_verbs(analyze_md, text, keyword, lo, hi):
    value = action(analyze_md(text), keyword).date.value
    assert in_range(value, lo, hi), value


def test_date_under_another_verb_is_not_taken(analyze_md):
    text = "The **Borovia Data Office** fined Fenn Labs, which launched its **Lumo** chatbot in 2024, over data leaks."
    value = action(analyze_md(text), "fen").date.value
    assert not (value or "").startswith("2024"), value
