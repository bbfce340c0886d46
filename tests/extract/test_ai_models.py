"""Property tests of AI model extraction: names in no list are found from context."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 11, 20)


def models(report) -> dict[str, str | None]:
    return {m.name: m.developer for m in report.models}


def model_names(report) -> set[str]:
    return {n for m in report.models for n in (m.name, *m.aliases)}


def test_possessive_model_from_context(analyze_text):
    r = analyze_text("Kestrel Labs said its Corvid-3 model would be withdrawn from Europe.", published=PUB)
    assert "Corvid-3" in models(r)
    assert models(r)["Corvid-3"] == "Kestrel Labs"


def test_coordinated_system_names(analyze_text):
    r = analyze_text("The regulator banned the Tessera and Quill systems made by Tarn Robotics.", published=PUB)
    assert {"Tessera", "Quill"} <= set(models(r))


def test_coordinated_system_names_share_their_developer(analyze_text):
    r = analyze_text("The regulator banned the Tessera and Quill systems made by Tarn Robotics.", published=PUB)
    assert models(r).get("Tessera") == "Tarn Robotics"
    assert models(r).get("Quill") == "Tarn Robotics"


def test_appositive_definition_names_a_model_and_its_developer(analyze_text):
    r = analyze_text(
        "Lumen, a large language model built by Kestrel Labs, was banned by the Federal Trade Commission.",
        published=PUB,
    )
    assert models(r).get("Lumen") == "Kestrel Labs"


def test_versioned_name_with_suffix(analyze_text):
    r = analyze_text("Kestrel Labs released Halberd-4 Turbo on Monday.", published=PUB)
    assert "Halberd-4 Turbo" in models(r)
    assert models(r)["Halberd-4 Turbo"] == "Kestrel Labs"


def test_developer_from_possessive_company(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission fined Kestrel Labs on Tuesday over its Wren-7B chatbot.", published=PUB
    )
    assert models(r).get("Wren-7B") == "Kestrel Labs"


def test_developer_from_appositive_made_by(analyze_text):
    r = analyze_text(
        "Italy's data protection authority imposed a ban on Wren-7B, the chatbot made by Kestrel Labs.",
        published=PUB,
    )
    assert models(r).get("Wren-7B") == "Kestrel Labs"


def test_no_developer_invented(analyze_text):
    r = analyze_text("The Federal Trade Commission banned Wren-7B on Tuesday.", published=PUB)
    assert "Wren-7B" in models(r)
    assert models(r)["Wren-7B"] is None


def test_chips_are_not_models(analyze_text):
    r = analyze_text(
        "The Commerce Department restricted exports of H100 and H20 chips to China, along with Huawei's Ascend 910B.",
        published=PUB,
    )
    names = " ".join(model_names(r))
    for chip in ("H100", "H20", "910B", "Ascend"):
        assert chip not in names


def test_apps_are_not_models(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission ordered the Wrenly app removed from app stores. "
        "Wrenly is a photo app made by Kestrel Labs.",
        published=PUB,
    )
    assert "Wrenly" not in " ".join(model_names(r))
