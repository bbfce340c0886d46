"""A description ("Belgium's telecoms regulator", "Indonesia's trade ministry") stands only for a named body of its
field and its country (extract/actors/description_fit.py). Invented sentences and companies."""

from __future__ import annotations

import pytest

from policyscan.api import analyze_text


def _actors(text: str) -> dict[str, tuple[list[str], str | None]]:
    report = analyze_text(text, published="2026-03-14")
    return {a.name: (list(a.aliases), a.country) for a in report.actors}


def _holder(text: str, description: str) -> str | None:
    """The name of the actor the description was merged into (itself when it stayed alone)."""
    for name, (aliases, _) in _actors(text).items():
        if name == description or description in aliases:
            return name
    return None


FIELD_CASES = [
    (
        "Belgium's Data Protection Authority fined Quillamo Labs 2 million euros on Monday over its tutoring app. "
        "Belgium's telecoms regulator said on Tuesday it had also asked the company for information.",
        "Belgium's telecoms regulator",
        "Data Protection Authority",
    ),
    (
        "India's finance ministry on Wednesday imposed anti-dumping duties on servers imported from Vietnam. "
        "The Ministry of Electronics and Information Technology is separately reviewing a hosting proposal.",
        "India's finance ministry",
        "Ministry of Electronics and Information Technology",
    ),
    (
        "Portugal's market surveillance authority has opened an inquiry into the Farolim assistant. The National "
        "Data Protection Commission fined Farolim Systems in May for keeping voice recordings.",
        "Portugal's market surveillance authority",
        "National Data Protection Commission",
    ),
    (
        "The Office of the Data Protection Commissioner fined Zentra Chat on Friday for collecting voice prints. "
        "Rwanda's telecoms regulator has since ordered operators to block the app, officials said.",
        "Rwanda's telecoms regulator",
        "Office of the Data Protection Commissioner",
    ),
]


@pytest.mark.parametrize(("text", "description", "other"), FIELD_CASES)
def test_a_description_of_one_field_is_not_a_body_named_in_another(text, description, other):
    assert _holder(text, description) != other


COUNTRY_CASES = [
    (
        "NAIROBI, March 12 (Reuters) - The Office of the Data Protection Commissioner has opened an investigation "
        "into Lumora Networks. Uganda's data regulator has also threatened to act against the app.",
        "Uganda's data regulator",
        "Office of the Data Protection Commissioner",
    ),
    (
        "KUALA LUMPUR: The Ministry of Investment, Trade and Industry said on Wednesday it had suspended the export "
        "licences of Lintara Compute. The move comes a month after Indonesia's trade ministry imposed a tariff on "
        "GPU servers.",
        "Indonesia's trade ministry",
        "Ministry of Investment, Trade and Industry",
    ),
]


@pytest.mark.parametrize(("text", "description", "other"), COUNTRY_CASES)
def test_a_description_of_another_country_is_not_the_datelined_country_s_body(text, description, other):
    assert _holder(text, description) != other
    aliases, country = _actors(text)[other]
    assert description not in aliases and country != description.split("'")[0]


KEPT_CASES = [
    (
        "NAIROBI, March 12 (Reuters) - The Office of the Data Protection Commissioner has opened an investigation "
        "into Lumora Networks. Kenya's data commissioner declined to comment.",
        "Kenya's data commissioner",
        "Office of the Data Protection Commissioner",
    ),
    (
        "PARIS, May 4 - The Commission nationale de l'informatique et des libertés ordered Pivoine AI to stop "
        "profiling users on Monday. France's data protection authority said the company had two weeks to comply.",
        "France's data protection authority",
        "Commission nationale de l'informatique et des libertés",
    ),
    (
        "ROME - The Garante per la protezione dei dati personali fined Lumetto 3 million euros on Monday. Italy's "
        "privacy regulator said the chatbot had no age checks.",
        "Italy's privacy regulator",
        "Garante per la protezione dei dati personali",
    ),
]


@pytest.mark.parametrize(("text", "description", "body"), KEPT_CASES)
def test_a_description_of_the_body_s_field_and_country_still_joins_it(text, description, body):
    assert _holder(text, description) == body


def test_the_act_of_a_description_is_not_credited_to_a_body_of_another_field():
    report = analyze_text(
        "India's finance ministry on Wednesday imposed anti-dumping duties on AI servers imported from Vietnam. "
        "The Ministry of Electronics and Information Technology is separately reviewing a hosting proposal.",
        published="2026-03-14",
    )
    actors = [a.actor for a in report.actions if a.trigger.startswith("impos")]
    assert actors and "Ministry of Electronics and Information Technology" not in actors


ACRONYM_CASES = [
    (
        "Romania's data protection authority, the ANSPDCP, has opened an investigation into Glimmer Voice, a "
        "spokesperson said on Tuesday.",
        "ANSPDCP",
        "Romania",
    ),
    (
        "Senegal's telecoms and posts regulator, the ARTP, on Wednesday reinstated the operating licence of Teranga "
        "Labs.",
        "ARTP",
        "Senegal",
    ),
    (
        "The national consumer service, SERNAC, filed a collective lawsuit against Pehuen Credit on Monday.",
        "SERNAC",
        None,
    ),
]


@pytest.mark.parametrize(("text", "acronym", "country"), ACRONYM_CASES)
def test_a_bare_acronym_beside_a_description_names_the_body_that_acts(text, acronym, country):
    report = analyze_text(text, published="2026-03-14")
    actors = {a.name: a for a in report.actors}
    assert acronym in actors
    assert actors[acronym].country == country
    assert [a.actor for a in report.actions] == [acronym]


def test_a_ministry_description_is_not_the_regulator_an_acronym_names():
    report = analyze_text(
        "Senegal's telecoms and posts regulator, the ARTP, on Wednesday reinstated the licence of Teranga Labs. "
        "Senegal's digital ministry said it would publish rules on voice assistants in May.",
        published="2026-03-14",
    )
    actors = {a.name: a for a in report.actors}
    assert "ARTP" in actors and not any("ministry" in x for x in actors["ARTP"].aliases)
    assert [a.actor for a in report.actions if a.trigger.startswith("reinstat")] == ["ARTP"]


@pytest.mark.parametrize(
    "text",
    [
        "CMA suspends Almaz Capital licence\n\nAMMAN - Jordan's Capital Market Authority (CMA) on Monday suspended "
        "the licence of Almaz Capital over its robo-adviser. The CMA said the suspension would last 60 days.",
        "The Capital Markets Authority (CMA) of Kenya fined Simba Wealth 3 million shillings on Friday. The CMA said "
        "the firm's chatbot had misled investors.",
    ],
)
def test_an_acronym_the_text_spells_out_is_not_the_gazetteer_body_with_that_acronym(text):
    actors = _actors(text)
    assert "Competition and Markets Authority" not in actors
    assert not any("Competition and Markets Authority" in aliases for aliases, _ in actors.values())
    assert all(country != "United Kingdom" for _, country in actors.values())
