"""Property tests of actor extraction on short invented texts."""

from __future__ import annotations

from datetime import date

import pytest

from policyscan import load, pipeline

PUB = date(2026, 11, 20)


def names(report) -> list[str]:
    return [a.name for a in report.actors]


def all_names(report) -> set[str]:
    return {n.lower() for a in report.actors for n in (a.name, *a.aliases)}


def test_ai_is_never_an_actor(analyze_text):
    r = analyze_text(
        "AI will change policing, the report said. Regulators at the European Commission fined "
        "Kestrel Labs over A.I. systems on Tuesday. The AI firm said AI was safe.",
        published=PUB,
    )
    assert not all_names(r) & {"ai", "a.i.", "artificial intelligence"}
    assert "European Commission" in names(r)


def test_location_of_a_startup_is_not_an_actor(analyze_text):
    r = analyze_text(
        "Corvane, a Paris-based startup, said the Federal Trade Commission had fined it on Tuesday.",
        published=PUB,
    )
    assert "paris" not in all_names(r)
    assert "Federal Trade Commission" in names(r)


def test_byline_is_not_an_actor(nlp_loaded):
    text = (
        "Regulator fines Kestrel Labs\n\n"
        "By Jane Doe\n\n"
        "November 20, 2026\n\n"
        "The Federal Trade Commission fined Kestrel Labs on Tuesday over its Wren-7B chatbot.\n"
    )
    article = load.load_bytes(text.encode(), path="t.txt", suffix=".txt")
    assert article.byline is not None and "Jane Doe" in article.byline
    r = pipeline.analyze(article)
    assert r.byline == article.byline
    assert not any("jane" in n or "doe" in n for n in all_names(r))
    assert "Federal Trade Commission" in names(r)


def test_the_company_resolves_to_the_named_company(analyze_text):
    r = analyze_text(
        "Kestrel Labs launched Wren-7B in May. The Federal Trade Commission fined the company on Tuesday.",
        published=PUB,
    )
    assert "the company" not in all_names(r)
    fines = [a for a in r.actions if a.actor == "Federal Trade Commission"]
    assert fines
    assert any("Kestrel Labs" in (a.target or "") or "Kestrel Labs" in a.objects for a in fines)


def test_the_company_as_subject_resolves(analyze_text):
    r = analyze_text(
        "Kestrel Labs makes the Wren-7B chatbot. On Tuesday the company suspended Wren-7B in Europe.",
        published=PUB,
    )
    assert "the company" not in all_names(r)
    assert any(a.actor == "Kestrel Labs" for a in r.actions), [(a.actor, a.trigger) for a in r.actions]


def test_the_regulator_resolves_to_the_named_regulator(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission opened a review of Wren-7B in March.\n\n"
        "On Tuesday the regulator banned Wren-7B.\n",
        published=PUB,
    )
    assert "the regulator" not in all_names(r)
    assert any(a.actor == "Federal Trade Commission" and "ban" in a.trigger.lower() for a in r.actions)


def test_acronym_in_parentheses_becomes_an_alias(analyze_text):
    r = analyze_text(
        "The Personal Information Protection Commission (PIPC) fined Kestrel Labs. The PIPC said the fine was final.",
        published=PUB,
    )
    pipc = [a for a in r.actors if a.name == "Personal Information Protection Commission"]
    assert pipc and "PIPC" in pipc[0].aliases
    assert "PIPC" not in names(r)


def test_unknown_acronym_in_parentheses_becomes_an_alias(analyze_text):
    r = analyze_text(
        "The Tarn Valley Data Authority (TVDA) fined Kestrel Labs on Tuesday. The TVDA said the fine was final.",
        published=PUB,
    )
    tvda = [a for a in r.actors if "TVDA" in a.aliases]
    assert tvda and "Tarn Valley Data Authority" in tvda[0].name
    assert "TVDA" not in names(r)


def test_chip_names_are_not_actors(analyze_text):
    r = analyze_text(
        "The Commerce Department restricted exports of H100 and H20 chips to China, along with Huawei's Ascend 910B.",
        published=PUB,
    )
    assert not any("910B" in n or "H100" in n or "H20" in n for n in names(r))


@pytest.mark.xfail(
    reason="an amount right after a company name ('Kestrel Labs $5 million') cuts the actor to 'Kestrel'",
    strict=False,
)
def test_company_name_with_an_amount_after_it_is_not_cut(analyze_text):
    r = analyze_text("The Federal Trade Commission fined Kestrel Labs $5 million over Wren-7B.", published=PUB)
    assert "Kestrel" not in names(r)
    fines = [a for a in r.actions if a.actor == "Federal Trade Commission"]
    assert any("Kestrel Labs" in (a.target or "") or "Kestrel Labs" in a.objects for a in fines)
