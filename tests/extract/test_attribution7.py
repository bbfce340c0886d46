"""Wrong body for an action (issue 11, seventh round): the pronoun of a reported clause is the nearest
speaker, not a country inside an outlet's name; "the ministry" is the ministry named before, not the agency named since.

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from tests.extract.test_models_real import PUB


def _by_trigger(report, word: str) -> list[str | None]:
    return [a.actor for a in report.actions if a.trigger and word in a.trigger]


# 1. "The X Post says that ... Y said it had removed ...": "it" is Y, the nearest speaker --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Eastern Morning Post says that, in a message to app makers, Kestrel Labs said it had removed the"
        " apps since they carried material banned in Norland.",
        "The Korea Herald reported that Velmora Systems said it had suspended the Lark chatbot after complaints"
        " from users in South Korea.",
    ],
)
def test_a_pronoun_is_the_nearest_speaker(analyze_text, text):
    report = analyze_text(text, published=PUB)
    actors = [a.actor for a in report.actions]
    assert actors and all(a and ("Kestrel" in a or "Velmora" in a) for a in actors), actors


# 2. "the ministry" is the Ministry named before, not a directorate or agency named since -------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The Ministry of Digital Affairs ordered Kavo Labs to register its chatbot. The Office of Market"
            " Supervision is reviewing the case. Some start-ups had lobbied for a delay, but the ministry"
            " refused to grant one.",
            "grant",
        ),
    ],
)
def test_the_ministry_is_the_ministry_named_before(analyze_text, text, word):
    report = analyze_text(text, published=PUB)
    got = _by_trigger(report, word)
    assert got and all(a and a.startswith("Ministry") for a in got), [(a.actor, a.trigger) for a in report.actions]
