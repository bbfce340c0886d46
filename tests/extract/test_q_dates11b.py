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
