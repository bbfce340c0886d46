"""Things are not actors (issue 11): a capitalised technology or product term, the acronym of a
technology, a platform named in a share line or as the place of a post, page furniture. The company
that makes or owns a thing stays an actor when it is named as a company.

Every sentence and name is invented. Tests assert properties, not full outputs.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 11, 20)


def actor_names(report) -> set[str]:
    return {a.name for a in report.actors}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Firms need a permit before offering any Generative AI model or Large Language Model to users in Valdoria.",
            "Large Language Model",
        ),
        (
            "The ministry told schools to remove the app from laptops issued under the Personal Learning Device "
            "programme.",
            "Personal Learning Device",
        ),
        ("The sanctions target Valdoria's purchases of unmanned aerial vehicles (UAVs) and parts.", "UAVs"),
        ("Gift this article to a friend — subscribers can share ten articles a month.", "Gift"),
    ],
)
def test_a_thing_is_not_an_actor(analyze_text, text, thing):
    assert thing not in actor_names(analyze_text(text, published=PUB))


def test_a_body_spelled_out_before_its_acronym_stays_an_actor(analyze_text):
    r = analyze_text("The national data authority (NDA) fined Tarrow Labs on Monday.", published=PUB)
    assert actor_names(r) & {"NDA", "national data authority", "National Data Authority"}


@pytest.mark.parametrize(
    "text",
    [
        "Share on Telegram | Share on Facebook | Copy link\nThe regulator fined Tarrow Labs on Monday.",
        "The MP said in a Facebook post that she would ask the minister. The regulator fined Tarrow Labs.",
    ],
)
def test_a_platform_in_a_share_line_or_a_post_is_not_its_owner_acting(analyze_text, text):
    assert "Meta" not in actor_names(analyze_text(text, published=PUB))


def test_a_platform_named_as_a_company_stays_an_actor(analyze_text):
    r = analyze_text("Facebook said on Monday it would appeal the fine.", published=PUB)
    assert "Meta" in actor_names(r)


def test_a_maker_sharing_its_products_name_stays_an_actor_where_it_speaks(analyze_text):
    r = analyze_text(
        "Kestrova said its Kestrova assistant was safe. The ministry fined Kestrova on Friday.", published=PUB
    )
    assert "Kestrova" in {m.name for m in r.models}
    assert "Kestrova" in actor_names(r)
