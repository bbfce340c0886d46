"""One event, one record (issue 11, merging): sentence-level tests of invented text.

Every person, body, law and product here is made up or used only as a name. The assertions are
properties (how many actions of this actor and direction exist, which mentions they carry), never spans.
"""

from __future__ import annotations

import datetime

import pytest

from policyscan.extract.actions.words import word_set
from policyscan.report import Action, Direction, Report


def by(report: Report, actor: str, direction: Direction = Direction.TIGHTEN) -> list[Action]:
    return [a for a in report.actions if a.actor and actor.lower() in a.actor.lower() and a.direction == direction]


# A24: a consequence clause restates the event it follows ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Dana Reyes signed the Chatbot Safety Act on Tuesday, making Colorado the second state"
        " to enact such a law.\n",
        "Senator Maria Lopez signed the bill on Tuesday, making Ohio the first state to adopt a"
        " comprehensive AI law.\n",
    ],
)
def test_consequence_clause_is_the_same_event(analyze_text, text):
    found = by(analyze_text(text), "Reyes") or by(analyze_text(text), "Lopez")
    assert len(found) == 1, [(a.actor, a.trigger) for a in found]


def test_two_laws_without_a_consequence_marker_stay_two(analyze_text):
    r = analyze_text(
        "Governor Dana Reyes signed the Chatbot Safety Act in March and later enacted a separate privacy law in June.\n"
    )
    assert len(by(r, "Reyes")) == 2, [(a.actor, a.trigger) for a in r.actions]


def test_consequence_marker_does_not_fuse_opposite_directions(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission lifted its ban on the Zephyr app on Tuesday, making it the first"
        " regulator to ban a rival app, the Quill chatbot, in the same week.\n"
    )
    assert by(r, "Federal Trade Commission", Direction.LOOSEN)
    assert by(r, "Federal Trade Commission", Direction.TIGHTEN)


def test_consequence_marker_does_not_fuse_a_different_kind_of_event(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission banned the Zephyr app on Tuesday, making it the first regulator"
        " to fine a chatbot maker.\n"
    )
    assert len(by(r, "Federal Trade Commission")) == 2, [(a.actor, a.trigger) for a in r.actions]


def test_consequence_markers_are_lowercase_data():
    markers = word_set("consequence_markers")
    assert markers and all(m == m.lower() and m.strip() == m for m in markers)


# A22: a person restating a body's event ("announced the ban") is that event ------------------------


def test_person_announcing_the_ban_is_the_bodys_ban(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission on Tuesday banned the Zephyr chatbot from federal devices.\n\n"
        "Chair Lina Khan announced the ban on Tuesday.\n"
    )
    bans = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(bans) == 1, [(a.actor, a.trigger) for a in bans]
    assert bans[0].actor and "Federal Trade Commission" in bans[0].actor
    assert len(bans[0].evidence) == 2


def test_person_lifting_the_ban_is_not_folded_into_the_ban(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission banned the Zephyr chatbot in March.\n\n"
        "Chair Lina Khan lifted the ban on Tuesday.\n"
    )
    assert by(r, "Federal Trade Commission")
    assert by(r, "Khan", Direction.LOOSEN)


def test_person_on_another_day_keeps_their_own_action(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission on Tuesday banned the Zephyr chatbot from federal devices.\n\n"
        "In Italy, Prime Minister Giorgia Meloni announced the ban on Wednesday.\n"
    )
    assert by(r, "Federal Trade Commission") and by(r, "Meloni")


def test_anaphoric_determiners_are_lowercase_data():
    words = word_set("anaphoric_determiners")
    assert "the" in words and all(w == w.lower() and " " not in w for w in words)


# q-dups: one actor written in full and by its initials ---------------------------------------------------


def test_initials_link_to_the_one_long_name_that_spells_them():
    from policyscan.extract.merge_links import acronym_owners

    names = {"Office of the Digital Safety Commissioner", "ODSC", "Kestrel Labs"}
    assert acronym_owners(names) == {"ODSC": "Office of the Digital Safety Commissioner"}
    names = {"Department for Science, Trade and Industry", "DSTI"}
    assert acronym_owners(names) == {"DSTI": "Department for Science, Trade and Industry"}


def test_initials_of_a_body_that_has_its_own_short_name_are_another_body():
    from policyscan.extract.merge_links import acronym_owners

    names = {"Personal Information Protection Commission", "PIPC"}
    assert acronym_owners(names, {"Personal Information Protection Commission": {"PPC"}}) == {}
    # two long names with the same initials: nothing is guessed
    assert acronym_owners({"Data Safety Council", "Digital Services Commission", "DSC"}) == {}


def test_an_action_told_by_initials_is_credited_to_the_long_name(analyze_text):
    r = analyze_text(
        "The National Data Protection Authority on Monday fined Kestrel Labs $2 million over its"
        " Wren chatbot.\n\nThe NDPA also ordered Kestrel Labs to delete the recordings within 30 days.\n"
    )
    assert not [a for a in r.actions if a.actor == "NDPA"], [(a.actor, a.trigger) for a in r.actions]
    assert by(r, "National Data Protection Authority")


# q-dups: a clause of the same sentence that tells how the event was done ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "direction"),
    [
        (
            "Governor Dana Reyes on Tuesday signed a bill that rolls back key parts of the state's 2024 chatbot law,"
            " removing the duty for small firms to carry out annual impact assessments.\n",
            "Reyes",
            Direction.LOOSEN,
        ),
        (
            "The Valdorian Commerce Ministry moved to block sales of the Tern-3 chip to Ostland in May by requiring"
            " export permits for it.\n",
            "Commerce Ministry",
            Direction.TIGHTEN,
        ),
        (
            "Canada's Privacy Commissioner has issued a compliance notice ordering Kestrel Labs, a Toronto property"
            " firm, to stop using its Wren model to rank applicants for rental homes.\n",
            "Privacy Commissioner",
            Direction.TIGHTEN,
        ),
        (
            "The National Elections Board on Tuesday ordered three parties to withdraw online ads that used cloned"
            " voices, and told Meta and TikTok to remove copies of them.\n",
            "Elections Board",
            Direction.TIGHTEN,
        ),
        (
            "The Competition Authority of Ostland cleared Lark AI's supply deal with a telecoms operator on Monday,"
            " closing an investigation it had opened in March.\n",
            "Competition Authority",
            Direction.LOOSEN,
        ),
    ],
)
def test_a_clause_telling_how_is_the_same_event(analyze_text, text, actor, direction):
    found = by(analyze_text(text), actor, direction)
    assert len(found) == 1, [(a.actor, a.trigger) for a in found]


def test_two_events_joined_by_and_stay_two(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission fined Kestrel Labs in March and ordered Lark AI to stop selling the Wren"
        " chatbot in June.\n"
    )
    assert len(by(r, "Federal Trade Commission")) == 2, [(a.actor, a.trigger) for a in r.actions]


def test_a_clause_in_the_other_direction_stays_its_own_event(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission lifted its ban on the Zephyr app on Tuesday, restricting instead the"
        " use of the Quill chatbot by minors.\n"
    )
    assert by(r, "Federal Trade Commission", Direction.LOOSEN)
    assert by(r, "Federal Trade Commission", Direction.TIGHTEN)


# q-dups: a judge or a chamber tells the court's ruling ----------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Justice Amina Otieno granted conservatory orders pausing enforcement until the case is heard.",
        "The court's Second Chamber ordered the ban lifted until it rules on the merits.",
    ],
)
def test_a_judge_or_chamber_ruling_is_the_courts_ruling(analyze_text, second):
    r = analyze_text(
        "The High Court of Ostland on Wednesday suspended the ban that the Ministry of Education had placed on"
        f" the Huemul tutoring app.\n\n{second}\n"
    )
    loosen = [a for a in r.actions if a.direction == Direction.LOOSEN]
    assert len(loosen) == 1, [(a.actor, a.trigger) for a in loosen]
    assert loosen[0].actor and "Court" in loosen[0].actor


def test_a_judge_ruling_the_other_way_keeps_their_own_action(analyze_text):
    r = analyze_text(
        "The High Court of Ostland on Wednesday suspended the ban that the Ministry of Education had placed on"
        " the Huemul tutoring app.\n\nIn a separate case, Justice Amina Otieno on Friday upheld a fine of"
        " 2 million shillings against Kestrel Labs.\n"
    )
    assert [a for a in r.actions if a.direction == Direction.LOOSEN and a.actor and "Court" in a.actor]
    assert [a for a in r.actions if a.direction == Direction.TIGHTEN and a.actor and "Otieno" in a.actor]


def test_a_second_infinitive_under_one_order_is_the_same_event(analyze_text):
    r = analyze_text(
        "China's internet regulator has ordered the biggest technology companies to stop buying the Tern X4, a"
        " chip designed for the Chinese market, and to cancel orders they have already placed.\n"
    )
    found = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(found) == 1, [(a.actor, a.trigger) for a in found]


def test_a_penalty_and_an_order_in_one_sentence_stay_two(analyze_text):
    r = analyze_text(
        "The Personal Information Protection Commission on Tuesday fined Kestrel Dynamics 2.1 billion won and"
        " ordered the developer to suspend downloads of its Wren-7B model.\n"
    )
    assert len(by(r, "Personal Information Protection Commission")) == 2, [(a.actor, a.trigger) for a in r.actions]


def test_a_chatbot_named_as_model_and_as_company_is_one_object(analyze_text):
    r = analyze_text(
        "The Ostland Trade Ministry has barred the use of China's DeepSeek AI model on official laptops.\n\n"
        "In a memo, officials instructed staff not to install or open anything linked to DeepSeek on their work "
        "equipment.\n"
    )
    bans = [a for a in r.actions if a.direction == Direction.TIGHTEN]
    assert len(bans) == 1, [(a.actor, a.trigger) for a in bans]


def test_an_event_noun_and_the_verb_it_is_subject_of_are_one_event(analyze_text):
    r = analyze_text(
        "The Commerce Department's rescission of the rule in May removed those caps, but officials said they"
        " would pursue diversion cases.\n"
    )
    loosen = [a for a in r.actions if a.direction == Direction.LOOSEN]
    assert len(loosen) == 1, [(a.actor, a.trigger) for a in loosen]


# q-dups: a loosely named body and a headline in the present tense --------------------------------------------


def test_a_place_and_a_generic_head_is_the_named_body(analyze_text):
    r = analyze_text(
        "Brazil's National Data Protection Authority (ANPD) on Tuesday suspended Meta's use of personal data to"
        " train its AI models.\n\n"
        "The Brazilian authority said it suspended the processing because of the risk to users.\n"
    )
    found = [a for a in r.actions if a.direction == Direction.TIGHTEN and a.kind.value == "suspend"]
    assert len(found) == 1, [(a.actor, a.trigger) for a in found]


def test_a_headline_told_as_done_folds_into_the_bodys_proposal(analyze_text):
    r = analyze_text(
        "Brussels moves to delay AI Act rules for high-risk systems\n\n"
        "BRUSSELS (wire) — The European Commission has proposed pushing back the AI Act's obligations for"
        " high-risk systems by up to 16 months, handing companies more time to comply.\n"
    )
    loosen = [a for a in r.actions if a.direction == Direction.LOOSEN]
    assert len(loosen) == 1, [(a.actor, a.trigger) for a in loosen]
    assert loosen[0].status.value == "proposed"  # the body's status stands


def test_a_headline_denial_does_not_fold_into_a_body_action(analyze_text):
    r = analyze_text(
        "Japan rules out ban on Kunlun chatbot\n\n"
        "TOKYO (wire) — Japan has no plans to restrict the Kunlun chatbot, the government's top spokesman said."
        " On Monday the Personal Information Protection Commission ordered Kunlun Digital to stop storing"
        " Japanese users' data in China.\n"
    )
    told = [(a.actor, a.trigger, a.status.value) for a in r.actions]
    assert [a for a in r.actions if a.status.value == "denied"], told
    assert [a for a in by(r, "Personal Information Protection Commission") if a.status.value == "enacted"], told


# q-dups: a long name cut at "and" into two actors is one body ------------------------------------------------


def test_pieces_of_a_name_cut_at_and_are_the_name_the_text_writes():
    from policyscan.extract.merge_links import cut_names

    text = "Ostland's Ministry of Communication and Digital Affairs blocked the app. Digital Affairs is new."
    assert cut_names({"Ministry of Communication", "Digital Affairs"}, text) == {}  # the tail also stands alone
    text = "The Ministry of Communications, Innovation and Digital Economy blocked the app."
    full = "Ministry of Communications, Innovation and Digital Economy"
    assert cut_names({"Ministry of Communications, Innovation and", "Digital Economy"}, text) == {
        "Ministry of Communications, Innovation and": full,
        "Digital Economy": full,
    }


def test_two_bodies_named_together_stay_two():
    from policyscan.extract.merge_links import cut_names

    text = "The Ministry of Finance and Tax Agency acted. The Department of Commerce and Google agreed. Google said."
    assert cut_names({"Ministry of Finance", "Tax Agency", "Department of Commerce", "Google"}, text) == {}


def test_a_body_cut_in_two_tells_one_event(analyze_text):
    r = analyze_text(
        "Indonesia's Ministry of Communication and Digital Affairs (Komdigi) told chatbot providers in January to"
        " register.\n\nOn March 12, Komdigi blocked access to Kawi, a chatbot made by Bandung-based Kawi AI.\n\n"
        "It was the first time the ministry had blocked an AI product.\n"
    )
    blocks = [a for a in r.actions if a.kind.value == "block"]
    assert len(blocks) == 1, [(a.actor, a.trigger) for a in blocks]
    assert blocks[0].actor == "Ministry of Communication and Digital Affairs"


def test_a_lifting_and_a_later_rescission_without_objects_stay_two(analyze_text):
    r = analyze_text(
        "Indonesia's Ministry of Communication and Digital Affairs (Komdigi) blocked the Kawi chatbot in March.\n\n"
        "After Kawi AI completed its registration, the ministry restored access on April 2.\n\n"
        "The rescission of the rule's registration requirement for open-source and research models, announced by"
        " Komdigi, followed months of complaints from universities.\n"
    )
    loosen = [a for a in r.actions if a.direction == Direction.LOOSEN]
    assert len(loosen) == 2, [(a.actor, a.trigger) for a in loosen]


def test_coordinated_participles_after_the_main_verb_are_its_event(analyze_text):
    r = analyze_text(
        "Governor Dana Reyes on Tuesday signed a bill that rolls back key parts of the state's 2024 chatbot law,"
        " removing the duty for small firms to carry out annual impact assessments and pushing the remaining"
        " obligations back by another year.\n"
    )
    found = by(r, "Reyes", Direction.LOOSEN)
    assert len(found) == 1, [(a.actor, a.trigger) for a in found]


def test_a_ban_and_a_requirement_in_one_decision_are_one_event(analyze_text):
    r = analyze_text(
        "The Commission on Elections (Comelec) on Tuesday banned candidates and parties from using deepfakes in"
        " campaign materials for the May midterm elections and required that any other content made with"
        " artificial intelligence carry a visible label.\n"
    )
    assert len(by(r, "Commission on Elections")) == 1, [(a.actor, a.trigger) for a in r.actions]


def test_the_bodys_own_possessive_event_noun_restates_its_event_from_afar(analyze_text):
    filler = "Analysts said the market for customer-service bots in Ireland had grown quickly over two years.\n\n" * 20
    r = analyze_text(
        "The Data Protection Commission (DPC) has ordered Lark AI to stop using recordings of customer calls to"
        f" train its Lark-2 model.\n\n{filler}The DPC's order gives the company until the end of November to"
        " show that every caller consented.\n"
    )
    found = by(r, "Data Protection Commission")
    assert len(found) == 1, [(a.actor, a.trigger) for a in found]


def test_a_ranking_sentence_describes_the_event_it_follows(analyze_text):
    r = analyze_text(
        "The Bank of Ghana last week admitted Kente Credit to its regulatory sandbox, allowing the fintech to test"
        " KenteScore, an AI model that rates borrowers.\n\nIt is the first AI credit model admitted to the sandbox.\n"
    )
    found = by(r, "Bank of Ghana", Direction.LOOSEN)
    assert len(found) == 1, [(a.actor, a.trigger) for a in found]


def test_a_ranking_sentence_about_another_kind_of_event_stays_its_own(analyze_text):
    r = analyze_text(
        "The Federal Trade Commission on Monday fined Kestrel Labs $5 million over its Wren chatbot.\n\n"
        "On Tuesday the commission banned Lark AI's Quill app, the first chatbot it has banned.\n"
    )
    assert len(by(r, "Federal Trade Commission")) == 2, [(a.actor, a.trigger) for a in r.actions]


# round 4: one object told short and long; a bare event noun that only mentions an event -------------------


def test_an_object_named_short_then_long_is_one_object():
    from policyscan.extract.merge_mentions import names_overlap

    assert names_overlap({"actor:Pellmark Health"}, {"actor:Pellmark Health Ltd"})
    assert names_overlap({"actor:Halvard"}, {"model:halvard-chat"})
    assert not names_overlap({"model:gpt-4"}, {"model:gpt-5"})
    assert not names_overlap({"actor:Halvard AI"}, {"actor:Orbix AI"})


def test_one_notice_told_with_the_short_and_the_long_company_name_is_one_event(analyze_text):
    r = analyze_text(
        "The Data Office issued an enforcement notice against Pellmark Health over its Pellmark Scribe tool.\n\n"
        "On 2 July 2026 the Data Office issued an enforcement notice requiring Pellmark Health Ltd to stop"
        " processing patient recordings made by Pellmark Scribe.\n"
    )
    assert len(by(r, "Data Office")) == 1, [(a.actor, a.trigger, a.objects) for a in r.actions]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Last week the Varo Cyber Agency opened an inquiry into a forged video of a provincial minister.\n\n"
            "The app's founder declined to comment on the Varo Cyber Agency inquiry.\n",
            "Varo Cyber Agency",
        ),
        (
            "The Chilean government is investigating whether Orbix may be breaking competition laws.\n\n"
            "Orbix has not yet responded to Chile's official investigation.\n",
            "Chile",
        ),
    ],
)
def test_a_bare_event_noun_mentions_the_event_and_keeps_its_status(analyze_text, text, actor):
    found = by(analyze_text(text), actor)
    assert len(found) == 1, [(a.actor, a.trigger, a.status) for a in found]
    assert found[0].status.value == "enacted"
    assert len(found[0].evidence) == 2


def test_a_bare_noun_of_another_direction_or_body_stays_apart(analyze_text):
    r = analyze_text(
        "The Data Office banned the Halvard chatbot in March.\n\n"
        "The Data Office lifted the ban in June.\n\n"
        "The Orbix Board opened an inquiry into the Halvard chatbot in May.\n"
    )
    assert len(by(r, "Data Office")) == 1
    assert len(by(r, "Data Office", Direction.LOOSEN)) == 1
    assert len(by(r, "Orbix Board")) == 1


def test_two_bans_on_two_chatbots_stay_two(analyze_text):
    r = analyze_text(
        "The Data Office banned the Halvard chatbot on Monday.\n\nThe Data Office also banned the Orbix chatbot"
        " on Friday.\n"
    )
    assert len(by(r, "Data Office")) == 2


def test_mention_breakers_are_lowercase_data():
    words = word_set("mention_breakers")
    assert "to" in words and all(w == w.lower().strip() for w in words)


def test_an_event_noun_naming_nothing_is_the_same_months_account(analyze_text):
    r = analyze_text(
        "Schools will be allowed to use the tutoring app Orbix Tutor again from next year, the Ministry of Learning"
        " said on Monday, reversing a ban it imposed in February after the app wrote graded essays.\n\n"
        "In February, the ministry had instructed all state schools to stop using Orbix Tutor and to remove it"
        " from student laptops.\n",
        published=datetime.date(2026, 10, 26),
    )
    found = by(r, "Ministry of Learning")
    assert len(found) == 1, [(a.trigger, a.objects, a.date.value) for a in found]
    assert by(r, "Ministry of Learning", Direction.LOOSEN)


def test_a_ban_on_something_else_in_the_same_month_stays_apart(analyze_text):
    r = analyze_text(
        "The Ministry of Learning banned phones in classrooms in February.\n\n"
        "In February, the ministry also instructed all state schools to stop using Orbix Tutor.\n",
        published=datetime.date(2026, 10, 26),
    )
    assert len(by(r, "Ministry of Learning")) == 2, [(a.trigger, a.objects) for a in r.actions]


HIRING = (
    "Regulators move on hiring tools\n\nThe Varo Labour Office said it would publish revised guidance this year.\n\n"
    "{head}\n\nIn New York, by contrast, the Attorney General last week filed a lawsuit against Orbix Analytics,"
    " whose Sift-9 model ranks job applicants.\n"
)


def test_a_section_heading_tells_the_event_of_the_account_under_it(analyze_text):
    r = analyze_text(HIRING.format(head="## Albany sues"))
    suits = [a for a in r.actions if a.kind.value == "sue"]
    assert len(suits) == 1, [(a.actor, a.trigger) for a in suits]
    assert suits[0].actor and "Attorney General" in suits[0].actor
    assert len(suits[0].evidence) == 2


def test_a_full_sentence_is_not_a_heading(analyze_text):
    r = analyze_text(HIRING.format(head="Albany sues."))
    assert len([a for a in r.actions if a.kind.value == "sue"]) == 2


def test_two_easings_joined_by_and_are_one_easing(analyze_text):
    r = analyze_text(
        "Niger's interior ministry on Sunday lifted the night curfew in the capital and restored mobile internet"
        " access, which had been cut since protests in March.\n"
    )
    assert len(by(r, "interior ministry", Direction.LOOSEN)) == 1, [(a.trigger, a.objects) for a in r.actions]


@pytest.mark.parametrize(
    "text",
    [
        "Niger's interior ministry lifted the night curfew in March and restored mobile internet access in June.\n",
        "Niger's interior ministry on Sunday lifted the night curfew in the capital and imposed a ban on the Orbix"
        " chatbot.\n",
    ],
)
def test_easings_on_two_dates_or_an_easing_and_a_ban_stay_apart(analyze_text, text):
    r = analyze_text(text, published=datetime.date(2026, 7, 1))
    assert len([a for a in r.actions if a.actor and "interior ministry" in a.actor]) == 2


SUIT = (
    "Separately, the Consumer Fairness Board filed a lawsuit against Orbix Labs in June, alleging that the company"
    " misled buyers about its Orbix Pal chatbot. The Consumer Fairness Board {then}\n"
)


def test_the_relief_a_plaintiff_seeks_is_part_of_the_lawsuit(analyze_text):
    r = analyze_text(
        SUIT.format(then="is seeking penalties and an order that Orbix publish corrective notices."),
        published=datetime.date(2026, 7, 1),
    )
    found = by(r, "Consumer Fairness Board")
    assert [a.kind.value for a in found] == ["sue"], [(a.kind, a.trigger) for a in found]
    assert len(found[0].evidence) == 2


def test_penalties_the_plaintiff_only_considers_stay_their_own(analyze_text):
    r = analyze_text(
        SUIT.format(then="is considering penalties for a second firm, Halvard AI."), published=datetime.date(2026, 7, 1)
    )
    assert len(by(r, "Consumer Fairness Board")) == 2


def test_relief_verbs_are_lowercase_data():
    assert {"seek", "seeking", "sought"} <= word_set("relief_verbs")


def test_an_event_told_as_background_is_the_account_told_before(analyze_text):
    r = analyze_text(
        "On March 3, 2026, Governor Elena Brandt revoked her predecessor's executive order on the use of artificial"
        " intelligence.\n\nAfter revoking the predecessor's AI executive order, Governor Brandt published a"
        " replacement order on March 6, 2026.\n",
        published=datetime.date(2026, 7, 1),
    )
    revoked = [a for a in r.actions if a.kind.value == "revoke"]
    assert len(revoked) == 1, [(a.trigger, a.date.value) for a in revoked]
    assert revoked[0].date.value == "2026-03-03" and len(revoked[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Varo Media Authority suspended the Orbix app in May, days after introducing a directive requiring"
        " platforms to open local offices.\n",
        "On March 3, 2026, the Varo Media Authority banned the Orbix chatbot.\n\nAfter banning the Halvard app,"
        " the Varo Media Authority fined its maker on March 9, 2026.\n",
    ],
)
def test_a_background_event_told_nowhere_else_stays_its_own(analyze_text, text):
    r = analyze_text(text, published=datetime.date(2026, 7, 1))
    assert len(by(r, "Varo Media Authority")) == (3 if "Halvard" in text else 2)


def test_background_markers_are_lowercase_data():
    assert "after" in word_set("background_markers")


def test_a_bare_event_noun_of_another_ministry_stays_apart(analyze_text):
    r = analyze_text(
        "The Ministry of Learning opened an inquiry into the Orbix tutoring app in May.\n\n"
        "Orbix declined to comment on the Ministry of Health's investigation.\n",
        published=datetime.date(2026, 7, 1),
    )
    assert len(by(r, "Ministry of Learning")) == 1
    assert all(a.actor != "Ministry of Learning" or len(a.evidence) == 1 for a in r.actions)


def test_a_loose_name_fits_the_full_name_by_a_shared_word_stem():
    from policyscan.extract.merge_mentions import stem_fits

    assert stem_fits("Oman's telecoms regulator", "Telecommunications Standards and Licensing Authority")
    assert not stem_fits("Nigeria's government", "Nigeria Data Protection Commission")  # a place is not a stem
    assert not stem_fits("Oman's competition regulator", "Prudential Regulation Authority")  # nor a generic head
