"""Courts named only by their place act (issue 11, actors): "an Ankara court", "a court in Nairobi".

Invented apps and companies; real cities. Properties: the court is an actor of type court and the
ruling is credited to it; a court never files a lawsuit."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("An Ankara court blocked 50 posts on the Zeno account on Tuesday.", "Ankara"),
        ("A Moscow court fined Zeno Labs 3 million roubles on Tuesday.", "Moscow"),
        ("A court in Nairobi suspended the Zeno app on Tuesday.", "Nairobi"),
        ("A district court in Lima ordered the blocking of the Zeno app on Tuesday.", "Lima"),
    ],
)
def test_a_court_named_by_its_place_acts(analyze_text, sentence, place):
    report = analyze_text(sentence, published=PUB)
    courts = [a for a in report.actors if a.type.value == "court"]
    assert courts and place in courts[0].name
    assert any(a.actor == courts[0].name and a.direction.value == "tighten" for a in report.actions)


def test_a_court_never_files_the_lawsuit_it_hears(analyze_text):
    text = (
        "On Monday, an Ankara court denied a request by a Turkish start-up, Zeno Labs, for an injunction "
        "that would have taken it off the sanctions register while its lawsuit against the Trade Ministry proceeds."
    )
    report = analyze_text(text, published=PUB)
    assert not [a for a in report.actions if a.kind.value == "sue" and "court" in (a.actor or "")]
