"""Who is (not) an actor, and of which type: outlets, furniture, title fragments, universities, parties, courts.

All names and sentences are invented; assertions are properties (no actor named X, X has type T).
"""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.pipeline import NO_PUBLISHED
from policyscan.report import ActorType

PUB = date(2026, 11, 20)


def all_names(report) -> set[str]:
    return {n.lower() for a in report.actors for n in (a.name, *a.aliases)}


def actor_type(report, name: str) -> ActorType | None:
    for a in report.actors:
        if name.lower() in {n.lower() for n in (a.name, *a.aliases)}:
            return a.type
    return None


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The Valdorian trade ministry banned the Zephyr chatbot on Monday, according to Reuters.", "reuters"),
        ("A ministry spokesperson told the Ostrava Daily Beacon that the ministry had banned the app.", "daily beacon"),
        ("The Nordland Tribune reported that the data authority had fined Kestrel Labs.", "nordland tribune"),
        ("The data authority fined Kestrel Labs, the Financial Times reported on Monday.", "financial times"),
        ("The regulator fined Kestrel Labs, a spokesperson said in a statement to Valdor Weekly.", "valdor weekly"),
    ],
)
def test_news_outlet_cited_as_source_is_not_an_actor(analyze_text, sentence: str, outlet: str) -> None:
    report = analyze_text(sentence, published=PUB)
    assert not any(outlet in n for n in all_names(report)), all_names(report)
    assert all(outlet not in (a.actor or "").lower() for a in report.actions)


def test_outlet_that_acts_is_still_an_actor(analyze_text) -> None:
    report = analyze_text("The Valdor Times sued Kestrel Labs in March over the use of its articles.", published=PUB)
    assert any("valdor times" in n for n in all_names(report))


@pytest.mark.parametrize(
    "furniture",
    [
        "Share on X · Copy link",
        "Photo: Mara Quill / Nordland Wire",
        "Additional reporting by Ilse Brandt; editing by Tom Okafor",
        "Explainer",
        "• Load more",
        "More for you\nPresident Arlo Ruhl announces tariffs on partners\n12 March 2026",
    ],
)
def test_page_furniture_gives_no_actor_and_no_action(analyze_text, furniture: str) -> None:
    lede = "The Valdorian trade ministry on Tuesday banned the Zephyr chatbot on government phones."
    report = analyze_text(f"Zephyr banned on state phones\n\n{lede}\n\n{furniture}\n", published=PUB)
    names = all_names(report)
    for word in ("mara quill", "nordland wire", "ilse brandt", "tom okafor", "explainer", "load", "arlo ruhl"):
        assert not any(word in n for n in names), names
    assert all(a.actor is None or "ruhl" not in a.actor.lower() for a in report.actions)
    assert not any("tariff" in (a.trigger or "").lower() for a in report.actions)


def test_dateline_in_a_roundup_is_not_an_actor(analyze_text) -> None:
    text = (
        "Regulators round-up\n\n"
        "BRISKTON — The data commissioner on Monday fined Kestrel Labs for leaking customer records.\n\n"
        "OSTRAVA — The competition tribunal upheld a fine against Zephyr Labs on Friday.\n"
    )
    names = all_names(analyze_text(text, published=PUB))
    assert "briskton" not in names and "ostrava" not in names


def test_title_fragment_is_not_an_actor(analyze_text) -> None:
    report = analyze_text(
        "Infrastructure Minister Jan Bellweather said on Monday that the ministry would ban the Zephyr app.",
        published=PUB,
    )
    names = all_names(report)
    assert "infrastructure" not in names
    assert actor_type(report, "Jan Bellweather") == ActorType.PERSON


def test_title_before_a_name_is_not_a_second_actor(analyze_text) -> None:
    report = analyze_text("U.S. President Arlo Ruhl signed an order restricting chip exports.", published=PUB)
    names = all_names(report)
    assert not any(n.endswith("president") for n in names), names
    assert actor_type(report, "Arlo Ruhl") == ActorType.PERSON


def test_body_named_in_full_before_a_title_stays_an_actor(analyze_text) -> None:
    report = analyze_text(
        "Nordland Data Commission Chair Ilse Brandt said the Nordland Data Commission fined Kestrel Labs.",
        published=PUB,
    )
    assert any("nordland data commission" in n for n in all_names(report))


@pytest.mark.parametrize(
    ("sentence", "name", "typ"),
    [
        ("Researchers at Valdor State University criticised the ban on Monday.", "Valdor State University", "group"),
        ("The Valdorian Labour Party proposed a ban on the Zephyr app.", "Valdorian Labour Party", "group"),
        ("The Ninth Circuit upheld the ban on the Zephyr app on Friday.", "Ninth Circuit", "court"),
    ],
)
def test_types_of_universities_parties_and_circuits(analyze_text, sentence: str, name: str, typ: str) -> None:
    report = analyze_text(sentence, published=PUB)
    assert actor_type(report, name) in (ActorType(typ), None)
    assert actor_type(report, name) != ActorType.COMPANY


def test_missing_publication_date_is_a_warning(analyze_text) -> None:
    report = analyze_text("The Valdorian trade ministry banned the Zephyr chatbot on Monday.")
    assert report.published is None
    assert NO_PUBLISHED in report.warnings and "--published" in NO_PUBLISHED


def test_no_warning_when_the_date_is_known(analyze_text) -> None:
    report = analyze_text("The Valdorian trade ministry banned the Zephyr chatbot on Monday.", published=PUB)
    assert NO_PUBLISHED not in report.warnings
    stamped = analyze_text(" date 2026-03-18 The Valdorian trade ministry banned the Zephyr chatbot on Monday.")
    assert stamped.published == "2026-03-18" and NO_PUBLISHED not in stamped.warnings


def test_place_only_as_possessor_or_location_is_not_an_actor(analyze_text) -> None:
    report = analyze_text(
        "The start-up's troubles have grown in Lisbon's corridors of power. "
        "Canada's lead in chip design is shrinking, the Valdorian trade ministry said.",
        published=PUB,
    )
    names = all_names(report)
    assert "lisbon" not in names and "canada" not in names


def test_place_whose_policy_is_named_is_an_actor(analyze_text) -> None:
    report = analyze_text("Italy's ban on the Zephyr app took effect in March.", published=PUB)
    assert "italy" in all_names(report)


def test_commissioner_title_names_the_regulator(analyze_text) -> None:
    report = analyze_text("Valsafety Commissioner Julie Grant fined Kestrel Labs on Monday.", published=PUB)
    assert any(n.startswith("valsafety") for n in all_names(report))


def test_place_whose_authorities_act_is_an_actor(analyze_text) -> None:
    report = analyze_text("Guinea's transitional authorities lifted the night curfew on Sunday.", published=PUB)
    assert "guinea" in all_names(report)


def test_according_to_a_regulator_keeps_the_regulator(analyze_text) -> None:
    report = analyze_text(
        "The Valsafety Commissioner fined Kestrel Labs on Monday. "
        "According to Valsafety, Kestrel missed two deadlines.",
        published=PUB,
    )
    assert any(n.startswith("valsafety") for n in all_names(report))
