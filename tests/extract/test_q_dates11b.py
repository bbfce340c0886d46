"""Round 11b, action dates on the freshest sets: invented sentences for each category fixed."""

from __future__ import annotations

import pytest


# A wire dateline without a year ("Sept 3 (Reuters)") takes its year from the years the story writes for done acts;
# the year a period ends ("until the end of 2030", "through 2029") is no such year, whatever the verb's tense.
@pytest.mark.parametrize(
    "sentence",
    [
        "The president of Verania signed a decree on Tuesday that exempted AI servers from customs duties until the "
        "end of 2030.",
        "The Verania Telecom Authority on Tuesday extended the waiver for cloud operators until 2029.",
        "Verania's finance ministry on Tuesday froze the levy on graphics processors through 2029.",
        "The Verania Data Office was given powers on Tuesday to fine chatbot makers, and they were suspended till "
        "2031.",
    ],
)
def test_the_year_a_period_ends_does_not_place_a_yearless_wire_story(analyze_text, sentence):
    text = f"Verania waives AI levies\n\nMIRSK, Sept 3 (Reuters) - {sentence} More relief would follow.\n"
    report = analyze_text(text, published=None)
    assert report.published == "2025-09-03"  # Wednesday 3 September: the latest year the Tuesday fits


# A measure told as a past participle on the object of a dated verb ("on Tuesday rejected a bid to suspend a fine
# imposed on X by Y") stood before that verb acted: the verb's day is not its day.
@pytest.mark.parametrize(
    ("sentence", "trigger_word"),
    [
        (
            "The Court of Appeal in Veldmark on Tuesday rejected an application by Orvane Labs to suspend a fine "
            "imposed on the company by the Veldmark Privacy Office.",
            "imposed",
        ),
        (
            "A Veldmark judge on Tuesday dismissed a challenge by Kestrel AI to the ban imposed on its chatbot by "
            "the Veldmark Communications Authority.",
            "imposed",
        ),
        (
            "The Veldmark High Court on Tuesday refused to lift the block imposed on the Orvane app by the "
            "Veldmark Telecom Regulator.",
            "imposed",
        ),
    ],
)
def test_a_measure_told_as_a_participle_does_not_take_the_dated_verbs_day(analyze_text, sentence, trigger_word):
    import datetime

    report = analyze_text(f"Court keeps Veldmark measure\n\n{sentence}\n", published=datetime.date(2026, 3, 11))
    acts = [a for a in report.actions if a.trigger and trigger_word in a.trigger]
    assert acts, [(a.actor, a.trigger) for a in report.actions]
    assert all(a.date is None or a.date.value != "2026-03-10" for a in acts), [(a.trigger, a.date) for a in acts]
