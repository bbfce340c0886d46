"""Actors, fourth round (issue 11): outlets, law-firm furniture, the EU named as a place, places listed or
described as places, officials of a named body, platforms used to speak, a section sign read as an acronym.

Every sentence is invented; assertions are properties (no actor named X; Y is still an actor).
"""

from __future__ import annotations

from datetime import date

import pytest

from policyscan.load.furniture import blank_furniture

PUB = date(2026, 11, 20)


def all_names(report) -> set[str]:
    return {n.lower() for a in report.actors for n in (a.name, *a.aliases)}


@pytest.mark.parametrize(
    "outlet",
    ["Kurier Dolnośląski", "Gazeta Nadmorska", "Corriere di Valdora", "Diário do Porto Novo"],
)
def test_a_foreign_newspaper_told_something_is_no_actor(analyze_text, outlet: str) -> None:
    text = (
        "The Competition Office fined Halvard Systems on Monday over misleading adverts. "
        f'The office told {outlet} it "does not comment on ongoing proceedings".'
    )
    names = all_names(analyze_text(text, published=PUB))
    assert outlet.lower() not in names
    assert "halvard systems" in names


def test_law_firm_alert_furniture_is_no_actor(analyze_text) -> None:
    text = (
        "# Client Alert | Valdor regulator fines Kestrel Labs\n\n"
        "The Competition and Markets Authority (CMA) fined Kestrel Labs on 9 July 2026 for misleading users.\n\n"
        "*Related insights:*\n"
        "- *EU AI Act: what the new code means for deployers* — 12 May 2026\n"
        "- *Webinar recording: AI procurement* — 21 April 2026\n\n"
        "*This client alert is provided for general information only and does not constitute legal advice. "
        "Brennock Hale LLP is a limited liability partnership authorised and regulated by the Bar Standards "
        "Authority. Attorney advertising.*\n"
    )
    names = all_names(analyze_text(text, published=PUB))
    assert not {"brennock hale llp", "hale llp", "bar standards authority", "european union", "eu"} & names
    assert {"competition and markets authority", "kestrel labs"} <= names


@pytest.mark.parametrize(
    "line",
    ["[Share on Telegram] [Share on Facebook] [Copy link]", "    Facebook X (Twitter) Instagram"],
)
def test_a_row_of_share_buttons_names_no_company(analyze_text, line: str) -> None:
    text = f"Kestrel fined\n{line}\nThe Data Commission fined Kestrel Labs on Monday over its chatbot.\n"
    names = all_names(analyze_text(text, published=PUB))
    assert "meta" not in names and "facebook" not in names
    assert "kestrel labs" in names


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvo 5 had been expected to launch in the EU in October.",
        "Kestrel Labs said it had stopped sending case files to a cloud provider outside the EU.",
        "Lawyers said the EU AI Act would also apply to the chatbot.",
        "The company said it followed the EU's guidelines on general-purpose models.",
    ],
)
def test_the_eu_named_as_a_place_or_a_modifier_is_no_actor(analyze_text, sentence: str) -> None:
    text = f"The Data Commission fined Kestrel Labs on Monday over its Corvo 5 chatbot. {sentence}"
    names = all_names(analyze_text(text, published=PUB))
    assert "european union" not in names
    assert "kestrel labs" in names


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union added Kestrel Labs to its sanctions list in July.",
        "International bodies like the European Union are moving ahead with their own rules.",
        "EU member states agreed on Friday to delay the rules for high-risk AI systems by a year.",
    ],
)
def test_the_eu_as_a_party_is_still_an_actor(analyze_text, sentence: str) -> None:
    text = f"The Data Commission fined Kestrel Labs on Monday. {sentence}"
    assert "european union" in all_names(analyze_text(text, published=PUB))


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "The ministry froze new permits for chips passing through Port Klang and Tanjung Rimba, the "
            "country's two biggest ports.",
            "tanjung rimba",
        ),
        (
            "The council approved adding the Oculo analytics tool to more cameras in the CBD, Rosedene and "
            "Mitchells Plain.",
            "rosedene",
        ),
    ],
)
def test_a_place_listed_with_places_is_no_actor(analyze_text, sentence: str, place: str) -> None:
    text = f"Malaysia revoked the export licence of Kestrel Labs Sdn Bhd on Monday. {sentence}"
    names = all_names(analyze_text(text, published=PUB))
    assert place not in names
    assert "kestrel labs sdn bhd" in names


def test_the_president_of_a_named_office_is_not_the_citys_government(analyze_text) -> None:
    text = (
        "KRAKÓW — A Kraków start-up is under investigation. The President of the Competition Office, Jan "
        "Nowak, announced on Wednesday that the office had opened proceedings against Kestrel Labs."
    )
    names = all_names(analyze_text(text, published=PUB))
    assert not any(n.endswith("president") for n in names)
    assert "kestrel labs" in names


def test_a_platform_used_to_speak_is_not_its_owner(analyze_text) -> None:
    text = (
        "The Education Ministry suspended the Lumen Tutor app in schools on Monday. An opposition MP said in a "
        "Facebook post that she would ask how the ministry chooses such tools."
    )
    names = all_names(analyze_text(text, published=PUB))
    assert "meta" not in names and "facebook" not in names


def test_a_section_sign_is_not_the_sec(analyze_text) -> None:
    text = (
        "The attorney general sued Kestrel Labs on Monday. Sec. 230 has mostly protected websites from claims "
        "over what their users post, but the suit targets the chatbot's own output."
    )
    names = all_names(analyze_text(text, published=PUB))
    assert "securities and exchange commission" not in names and "sec" not in names


def test_finance_and_trade_ministries_are_two_bodies(analyze_text) -> None:
    text = (
        "Malaysia revoked the export licence of Kestrel Labs Sdn Bhd on Monday. Last week, the finance and "
        "interior ministries jointly imposed a moratorium on new chip permits."
    )
    names = all_names(analyze_text(text, published=PUB))
    assert any("finance ministry" in n for n in names)
    assert any("interior ministry" in n for n in names)


def test_a_portfolio_ministry_is_the_named_ministry_that_holds_it(analyze_text) -> None:
    text = (
        "The Ministry of Mines, Trade and Tourism (MMTT) revoked the licence of Kestrel Labs Sdn Bhd on Monday. "
        "Last week, the finance and trade ministries jointly froze new chip permits, a Ministry of Finance "
        "spokesperson said."
    )
    report = analyze_text(text, published=PUB)
    names = all_names(report)
    assert {"ministry of mines, trade and tourism", "ministry of finance"} <= names
    assert not any("trade ministry" in n or "finance ministry" in n for n in names)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("A Ministry of Finance spokesperson said the permits would be reviewed.", "ministry of finance"),
        ("Separately, Singapore's police said on Friday they had closed an inquiry into two men.", "police"),
    ],
)
def test_a_body_speaking_through_a_spokesperson_or_its_police_is_an_actor(
    analyze_text, sentence: str, body: str
) -> None:
    text = f"Malaysia revoked the export licence of Kestrel Labs Sdn Bhd on Monday. {sentence}"
    names = all_names(analyze_text(text, published=PUB))
    assert any(body in n for n in names)


@pytest.mark.parametrize(("capital", "country"), [("Warsaw", "poland"), ("Conakry", "guinea")])
def test_a_capital_that_speaks_is_its_government_not_a_city_actor(analyze_text, capital: str, country: str) -> None:
    text = (
        "This week: a record fine for Kestrel Labs, two ministries pause their chatbots, and "
        f"{capital} says no to a ban.\n\nThe Data Commission fined Kestrel Labs on Monday."
    )
    report = analyze_text(text, published=PUB)
    assert capital.lower() not in {a.name.lower() for a in report.actors}
    assert any(country in a.name.lower() for a in report.actors)


def test_law_firm_contacts_and_disclaimer_name_no_actor(analyze_text) -> None:
    text = (
        "# Legal Update | Valdor regulator fines Kestrel Labs\n\n"
        "On 28 May 2026 the Data Commission fined Kestrel Labs EUR 4 million for training its chatbot on "
        "customer emails without a lawful basis.\n\n"
        "### Key contacts\n\n**Mara Quill**\nPartner, Dublin\nmquill@brennock.example\n\n"
        "**Tom Okafor**\nSenior Associate, London\n\n"
        "*Disclaimer: This publication is for general guidance only and is not legal advice. Brennock Hale LLP "
        "is authorised and regulated by the Bar Standards Authority.*\n"
    )
    report = analyze_text(text, published=PUB)
    names = all_names(report)
    assert not {"brennock hale llp", "bar standards authority", "tom okafor", "mara quill"} & names
    assert "data commission" in names and any(n.startswith("kestrel") for n in names)
    assert all(a.actor in (None, "Data Commission") for a in report.actions)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Shipments left from the port of Tanjung Rimba on Friday.", "tanjung rimba"),
        ("The Governor of Zamboanga said the province would not follow.", "zamboanga"),
        ("The Minister of Digital Affairs, Ilse Brandt, said more fines would follow.", "digital affairs"),
    ],
)
def test_what_a_port_or_an_office_is_of_is_no_actor(analyze_text, sentence: str, name: str) -> None:
    text = f"The Data Commission fined Kestrel Labs on Monday. {sentence}"
    names = all_names(analyze_text(text, published=PUB))
    assert name not in names
    assert "kestrel labs" in names


def test_the_head_of_a_company_still_names_the_company(analyze_text) -> None:
    text = "The Data Commission fined Kestrel Labs on Monday. The chief of Brixel Systems said it would appeal."
    assert "brixel systems" in all_names(analyze_text(text, published=PUB))


def test_a_headline_court_is_the_court_the_story_names_first(analyze_text) -> None:
    text = (
        "Seoul court halts data regulator's ban on Kestrel chatbot\n\n"
        "SEOUL — The Seoul Central District Court on Wednesday suspended an order by the Data Commission that had "
        "barred Kestrel Labs from selling its chatbot. The commission said it would appeal to the Seoul High "
        "Court."
    )
    report = analyze_text(text, published=PUB)
    assert "seoul court" not in {a.name.lower() for a in report.actors}
    court = next(a for a in report.actors if a.name == "Seoul Central District Court")
    assert "Seoul court" in court.aliases


def test_a_court_described_by_its_place_never_joins_a_court_of_another_name(analyze_text) -> None:
    text = (
        "The Court of Appeals on Tuesday lifted an injunction that Kestrel Labs had won in June, when a "
        "regional trial court in Makati granted it a restraining order against the Data Commission."
    )
    report = analyze_text(text, published=PUB)
    appeals = next(a for a in report.actors if a.name == "Court of Appeals")
    assert not any("makati" in n.lower() for n in appeals.aliases)
    assert any("makati" in a.name.lower() for a in report.actors)


def test_ministries_take_the_nearest_real_country(analyze_text) -> None:
    text = (
        "Vietnam's science ministry suspended the Kestrel chatbot on Monday after clips of two officials in "
        "Nghe An province spread online. The defence and foreign ministries have barred staff from using it."
    )
    names = all_names(analyze_text(text, published=PUB))
    assert any(n.endswith("defence ministry") for n in names)
    assert not any(n.startswith("nghe") for n in names)


@pytest.mark.parametrize("outlet", ["Caixin", "Rzeczpospolita", "Kommersant"])
def test_a_listed_outlet_that_reports_is_no_actor(analyze_text, outlet: str) -> None:
    text = f"The Data Commission fined Kestrel Labs on Monday, {outlet} reported, citing two people familiar with it."
    names = all_names(analyze_text(text, published=PUB))
    assert outlet.lower() not in names
    assert "kestrel labs" in names


@pytest.mark.parametrize(
    "line",
    [
        "[Share on Telegram] [Share on Facebook] [Copy link]",
        "Facebook X (Twitter) Instagram",
        "*Related insights:*",
        "### Key contacts",
        "*Disclaimer: This note is for general guidance only. Brennock Hale LLP is regulated by the Bar Council.*",
        "This client alert is provided for general information only and does not constitute legal advice.",
        "Attorney advertising. Prior results do not guarantee a similar outcome.",
        "This article was originally published in the Valdor Gazette and is republished with permission.",
        "Republished with permission from Marrow Weekly.",
    ],
)
def test_furniture_lines_of_alerts_and_outlets_are_blanked(line: str) -> None:
    assert blank_furniture(f"{line}\n").strip() == ""


@pytest.mark.parametrize(
    "line",
    [
        "The Commission first published its guidance in May, and Kestrel Labs said it would comply.",
        "About 40 companies have signed the code, the Data Commission said on Monday.",
        "X said it would appeal the fine.",
    ],
)
def test_story_lines_are_kept(line: str) -> None:
    assert blank_furniture(f"{line}\n").strip() == line


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "WARSAW — The Data Commission fined Kestrel Labs on Monday. The Deputy Minister said the ministry "
            "would not intervene.",
            "minister",
        ),
        (
            "NAIROBI — The Data Commission fined Kestrel Labs on Monday. The Cabinet Secretary for ICT said the "
            "ministry supported the fine.",
            "ict",
        ),
        ("KRAKÓW — The Data Commission fined Kestrel Labs on Monday.", "kraków"),
    ],
)
def test_an_office_of_no_place_a_portfolio_and_an_accented_dateline_are_no_actors(
    analyze_text, text: str, bad: str
) -> None:
    names = all_names(analyze_text(text, published=PUB))
    assert bad not in names
    assert "kestrel labs" in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In January the mayoral committee approved adding the Oculo tool to 400 more cameras.", "mayoral committee"),
        ("The parliamentary committee voted on Tuesday to block the Kestrel chatbot.", "parliamentary committee"),
    ],
)
def test_a_committee_of_a_known_kind_that_acts_is_an_actor(analyze_text, sentence: str, name: str) -> None:
    assert name in all_names(analyze_text(sentence, published=PUB))


def test_a_plain_committee_is_no_actor(analyze_text) -> None:
    assert not any("committee" in n for n in all_names(analyze_text("The committee met on Tuesday.", published=PUB)))
