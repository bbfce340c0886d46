"""Models and actors (issue 11, eighth round): products named after their maker with no AI word near them,
names a company markets a model under, and page fragments that are no actors.

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

import pytest
from tests.extract.test_models_real import PUB, actor_names, model_names

# 1. A product named with its maker's distinctive word -------------------------------------


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Halvard Systems said on Tuesday it would stop selling its Halvard Sort AI product to employers.",
            "Halvard Sort",
        ),
        (
            "The regulator ordered Brisane AS to stop AI-driven rejection in its Brisane Match product.",
            "Brisane Match",
        ),
        (
            "A spokeswoman for Tarvo, whose Tarvo Talk service is popular in Chile, said its AI obeys local law.",
            "Tarvo Talk",
        ),
        (
            "The court refused to suspend the Kestova Studio app in Lisbon. Kestova, founded in 2021, sells AI voices.",
            "Kestova Studio",
        ),
        (
            "Lenders that score loans with AI, including Pemba Credit and its Pemba Assistant, may keep operating.",
            "Pemba Assistant",
        ),
        (
            "The ministry cut off access to the Marlen photo-editing app in March over fake AI nudes. The developer, "
            "Marlen Digital, removed the feature.",
            "Marlen",
        ),
    ],
)
def test_product_named_after_its_maker_is_a_model(analyze_text, text, model):
    assert model in model_names(analyze_text(text, published=PUB))


def test_maker_named_product_needs_a_text_about_ai(analyze_text):
    r = analyze_text("Halvard Systems said on Tuesday it would stop selling its Halvard Sort product.", published=PUB)
    assert "Halvard Sort" not in model_names(r)


def test_maker_keeps_its_longer_name_as_an_actor(analyze_text):
    r = analyze_text(
        "The ministry cut off access to the Marlen photo-editing app in March over fake AI nudes. The developer, "
        "Marlen Digital, removed the feature.",
        published=PUB,
    )
    assert "Marlen Digital" in actor_names(r)
    assert "Marlen Digital" not in model_names(r)


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Systems said its Halvard Cloud hosting service was down on Monday.",  # another thing, no product noun
        "Brisane said the Brisane website would close.",  # the company's own name before a noun
        "Kenya Airways said the Kenya Power app was down.",  # a country's name opens both names
        "Tarvo Holdings said its Tarvo Bulut cloud service was down.",  # the noun after it says what it is
    ],
)
def test_maker_word_without_a_product_is_no_model(analyze_text, text):
    names = model_names(analyze_text(text, published=PUB))
    assert not any(n.startswith(("Halvard", "Brisane", "Kenya", "Tarvo")) for n in names)


# 2. The name a company markets a model under ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The screening tool uses a language model, which Brisane markets as Brisane Rank 3, to score applicants.",
        "Its reasoning model, which the firm sells as Brisane Rank 3, ranks CVs.",
    ],
)
def test_marketed_name_is_a_model(analyze_text, text):
    r = analyze_text(text, published=PUB)
    assert "Brisane Rank 3" in model_names(r)
    assert "Brisane Rank 3" not in actor_names(r)


def test_public_body_name_is_no_maker(analyze_text):
    r = analyze_text(
        "The U.S. Commerce Department banned the DeepSeek app. Officials said the goal is to keep Department of "
        "Commerce systems safe.",
        published=PUB,
    )
    assert "Commerce" not in model_names(r)


# 3. Fragments that are no actors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The electoral board said fines of up to 100 UIT would follow for parties that do not comply.", "UIT"),
        ("The regulator fined Kestrel Labs on Monday, the Tech Desk reported.", "Tech Desk"),
        (
            "The regulator fined Kestrel Labs on Monday.\nEditing: Mara Kestenbaum. Follow the Tech Desk.",
            "Mara Kestenbaum",
        ),
        ("The company said it would delay its IPO after the blacklist.", "IPO"),
        ("Demand for the new chip was weak, with some firms opting not to order, Reu", "Reu"),
        (
            "The ministry checks whether the app complies with the rules on private electronic system operators, "
            "known as PSE. Under the PSE rules, the ministry can order providers to block services.",
            "PSE",
        ),
        (
            "The app was blocked because its developer, Lontar AI, had not registered as a private-scope "
            "electronic system operator (PSE Lingkup Privat), as the rules require.",
            "PSE Lingkup Privat",
        ),
        ("The US removed a Chinese government research laboratory from its list on Friday.", "Chinese government"),
    ],
)
def test_fragment_is_no_actor(analyze_text, text, fragment):
    assert fragment not in actor_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Data Office (DO) warned Kestrel Labs on Monday.", "Data Office"),
        ("The Kenyan government on Monday banned the Kestrel app.", "Kenyan government"),
        ("A Kenyan government ban on the Kestrel app took effect on Monday.", "Kenyan government"),
    ],
)
def test_bodies_stay_actors(analyze_text, text, actor):
    names = actor_names(analyze_text(text, published=PUB))
    assert actor in names


def test_body_named_in_another_language_keeps_its_acronym(analyze_text):
    """The lower-case words before the bracket end a body's name written in French, not a kind of thing."""
    r = analyze_text(
        "The Commission d'accès à l'information (CAI) fined Harbor Analytics on Friday over its hiring tool.",
        published=PUB,
    )
    assert any("CAI" in n or "Commission" in n for n in actor_names(r))


# 4. Actors the tagger's parse hid -------------------------------------------------------------


def test_company_described_as_a_hyphenated_start_up(analyze_text):
    """ "a Dakar start-up": the tagger calls "start" a verb; the name before the comma is still a company."""
    for text in (
        "The app is made by Wenlo AI, a Dakar start-up founded in 2023.",
        "Wenlo is made by Wenlo AI, a Dakar start-up founded in 2021 that says its assistant speaks Wolof.",
    ):
        types = {a.name: a.type.value for a in analyze_text(text, published=PUB).actors}
        assert types.get("Wenlo AI") == "company"


@pytest.mark.parametrize("place", ["Portland", "Concord"])
def test_name_listed_among_companies_is_a_company(analyze_text, place):
    r = analyze_text(
        "Kestrel Labs won an early ruling in its dispute with music publishers, including Harbor Music Group "
        f"(HMG), {place}, and ABKZ, the court said.",
        published=PUB,
    )
    assert place in actor_names(r)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Officials from Kenya, Uganda and the EU met in Nairobi on Monday.", {"Kenya", "Uganda"}),
        (
            "The council added the tool to 400 more cameras in the CBD, Bellville and Mitchells Plain on Monday.",
            {"Mitchells Plain", "Bellville"},
        ),
        ("The suits, filed in state courts in Chittenden County and Santa Fe, seek penalties.", {"Chittenden County"}),
    ],
)
def test_places_listed_with_other_names_stay_places(analyze_text, text, places):
    assert not places & actor_names(analyze_text(text, published=PUB))


# 5. Products listed after a kind of AI generator, with words describing them ----------------------


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "The regulator ruled out similar action against other image generators, including the widely used "
            "Sorrel Paint app, saying it had no complaints.",
            "Sorrel Paint",
        ),
        ("Video generators such as Kestrel Motion and Brisa Clip were not affected.", "Brisa Clip"),
        ("Regulators named AI chatbots such as the popular Kestrel Chat and Velmora.", "Kestrel Chat"),
    ],
)
def test_listed_generator_products_are_models(analyze_text, text, model):
    assert model in model_names(analyze_text(text, published=PUB))


def test_listed_apps_without_ai_are_no_models(analyze_text):
    r = analyze_text("The regulator ruled out action against other apps, including the widely used Sorrel Paint app.")
    assert "Sorrel Paint" not in model_names(r)


# 6. A company that shares its name with its chatbot -------------------------------------------


def test_company_sharing_its_chatbot_name_is_an_actor(analyze_text):
    r = analyze_text(
        "The regulator temporarily banned the Brno company Vorla from processing children's data through its Vorla "
        "chatbot. Vorla's chief executive said the company would comply.",
        published=PUB,
    )
    assert "Vorla" in model_names(r)
    types = {a.name: a.type.value for a in r.actors}
    assert types.get("Vorla") == "company"


def test_founder_after_company_noun_stays_a_person(analyze_text):
    r = analyze_text("The company founder Jane Doe said the regulator was wrong.", published=PUB)
    assert {a.name: a.type.value for a in r.actors}.get("Jane Doe") == "person"


def test_co_ltd_company_keeps_its_name_beside_its_chatbot(analyze_text):
    r = analyze_text(
        "In August, the regulator fined Bangkok-based Chao Lumi Co., Ltd. THB 2 million after finding that the "
        "company had used call transcripts to train its Lumi chatbot without a lawful basis.",
        published=PUB,
    )
    assert any(n.startswith("Chao Lumi") for n in actor_names(r))
    assert "Lumi" in model_names(r)


def test_table_cell_verb_is_no_actor(analyze_md):
    text = (
        "# Timeline\n\nRegulators acted often in 2025.\n\n| Date | Body | Step |\n|---|---|---|\n"
        "| March 2025 | Indecopi | Opens an investigation into Kestrel Labs over its claims. |\n"
    )
    assert "Opens" not in {a.name for a in analyze_md(text).actors}


def test_checklist_verb_before_every_is_no_actor(analyze_md):
    text = (
        "# What employers should do\n\nThe regulator fined Kestrel Labs in March.\n\n"
        "- Map every tool used in recruitment that ranks or filters candidates.\n"
        "- Audit each vendor contract before renewal.\n"
    )
    names = {a.name for a in analyze_md(text).actors}
    assert not {"Map", "Audit"} & names
