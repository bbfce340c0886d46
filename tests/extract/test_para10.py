"""Construction robustness (round 10, helper q-para10): shapes the construction battery found broken.

Invented sentences and names only. Each test failed before its fix; they assert properties (actor, direction,
status, date), not whole outputs.
"""

from __future__ import annotations

from datetime import date

from action_lookup import find

from policyscan.report import Direction, Status

PUB = date(2026, 5, 14)
T, L = Direction.TIGHTEN, Direction.LOOSEN


def test_announced_that_it_had_acted_is_enacted(analyze_text):
    """ "announced that it had suspended X": the complement is done; "announced it would" stays announced."""
    report = analyze_text(
        "The Corvish Media Council announced on Friday that it had suspended the Ostrel video app.", published=PUB
    )
    acts = find(report, actor="Media Council", keyword="ostrel", direction=T)
    assert acts and acts[0].status == Status.ENACTED, [(a.actor, a.status) for a in report.actions]
    report = analyze_text(
        "The Corvish Media Council announced on Friday that it will suspend the Ostrel video app in June.",
        published=PUB,
    )
    acts = find(report, actor="Media Council", keyword="ostrel", direction=T)
    assert acts and acts[0].status != Status.ENACTED, [(a.actor, a.status) for a in report.actions]


def test_sentence_case_headline_with_a_long_name_is_read(analyze_text):
    """A long invented name pushes the headline's capitalised share up; its lower-case verb shows it is a
    sentence, and the body's "The ..." names the same body."""
    report = analyze_text(
        "Halmstad Consumer Rights Agency suspends Ostrel app\n\n"
        "The Halmstad Consumer Rights Agency gave no further details on Thursday.",
        published=PUB,
    )
    assert find(report, actor="Consumer Rights Agency", keyword="ostrel", direction=T), [
        (a.actor, a.trigger) for a in report.actions
    ]
    report = analyze_text(  # a Title Case heading is still skipped
        "Regulators Suspend Ostrel App Across Region\n\nThe Halmstad Consumer Rights Agency gave no details.",
        published=PUB,
    )
    assert not find(report, keyword="ostrel"), [(a.actor, a.trigger) for a in report.actions]


def test_passive_participle_tagged_adjective_with_a_by_agent(analyze_text):
    """ "was unblocked by X": the small model tags the participle JJ; the by-agent makes it the verb."""
    report = analyze_text("The Ostrel app was unblocked by the Corvish Telecoms Board on 2 May.", published=PUB)
    acts = find(report, actor="Telecoms Board", keyword="ostrel", direction=L)
    assert acts and acts[0].date.value == "2026-05-02", [(a.actor, a.trigger, a.date.value) for a in report.actions]


def test_patient_subject_verb_in_the_passive_takes_its_by_agent(analyze_text):
    """ "was restored by X" acts; "the first chatbot to be blocked and then restored by the board" re-tells it."""
    report = analyze_text("Access to the Ostrel app was restored by the Corvish Telecoms Board.", published=PUB)
    assert find(report, actor="Telecoms Board", keyword="ostrel", direction=L), [
        (a.actor, a.trigger) for a in report.actions
    ]
    report = analyze_text(
        "Access to the Ostrel app was restored by the Corvish Telecoms Board on Monday. Ostrel is the first "
        "chatbot to be blocked and then restored by the board.",
        published=PUB,
    )
    assert len([a for a in report.actions if a.direction == L]) == 1, [(a.actor, a.trigger) for a in report.actions]


def test_relative_clause_lifting_a_restriction_on_a_named_thing(analyze_text):
    """ "the suspension of X, which the board lifted": the clause hangs on X, lifting needs the restriction."""
    report = analyze_text(
        "The suspension of the Ostrel app, which the Corvish Telecoms Board lifted in April, had cost it users.",
        published=PUB,
    )
    acts = find(report, actor="Telecoms Board", keyword="ostrel", direction=L)
    assert acts, [(a.actor, a.trigger, a.direction) for a in report.actions]


def test_relative_clause_passing_a_bill_with_its_content(analyze_text):
    """ "a bill limiting X for children, which the assembly passed on 3 March": the bill is what was passed,
    and a preposition before a date is no particle of "passed"."""
    report = analyze_text(
        "A bill limiting facial recognition for children, which the Corvish National Assembly passed on 3 March, "
        "comes into force next year.",
        published=PUB,
    )
    acts = find(report, actor="National Assembly", keyword="bill", direction=T)
    assert acts and acts[0].date.value == "2026-03-03", [(a.actor, a.trigger, a.date.value) for a in report.actions]


def test_passed_on_a_date_is_not_the_phrasal_passed_on(analyze_text):
    report = analyze_text(
        "The data bill that the Corvish Senate passed on Tuesday now goes to the president.", published=PUB
    )
    assert find(report, actor="Senate", keyword="bill"), [(a.actor, a.trigger) for a in report.actions]


def test_pronoun_in_a_relative_clause_on_a_possessed_order_is_its_possessor(analyze_text):
    """ "the board's order against Kestrel, which it lifted": "it" is the board, not Kestrel."""
    report = analyze_text(
        "The ruling recalls the Corvish Telecoms Board's 2024 order against Kestrel Labs, which it lifted "
        "two months later.",
        published=PUB,
    )
    lifted = [a for a in report.actions if a.direction == L]
    assert lifted and all(a.actor and "Telecoms Board" in a.actor for a in lifted), [
        (a.actor, a.trigger) for a in report.actions
    ]


def test_agentless_past_passive_in_a_story_of_one_body(analyze_text):
    """ "Access to the app was cut on 2 May" after the one regulator of the story is named: the regulator's act;
    a rule's content in the present ("is not allowed") stays no act."""
    report = analyze_text(
        "The Corvish Telecoms Board opened an inquiry into the Ostrel app in April. Mobile access to the Ostrel "
        "app was restricted on 2 May.",
        published=PUB,
    )
    acts = find(report, actor="Telecoms Board", keyword="ostrel", direction=T)
    assert [a for a in acts if a.date.value == "2026-05-02"], [(a.actor, a.trigger, a.date.value) for a in acts]
    report = analyze_text(
        "The Corvish Telecoms Board published its guidance in April. Use of cloned voices in adverts is not allowed.",
        published=PUB,
    )
    assert not [a for a in report.actions if "allowed" in a.trigger], [(a.actor, a.trigger) for a in report.actions]


def test_event_noun_whose_participle_hangs_on_its_object(analyze_text):
    """ "the lifting of the ban on the Ostrel chatbot ordered by X": the participle and its by-agent hang on
    "chatbot"; they still tell who lifted. A weak agent noun ("the order against X issued by Y") is an event."""
    report = analyze_text(
        "The lifting of the ban on the Ostrel chatbot ordered by the Corvish Education Board in April surprised "
        "teachers.",
        published=PUB,
    )
    assert find(report, actor="Education Board", keyword="ostrel", direction=L), [
        (a.actor, a.trigger) for a in report.actions
    ]
    report = analyze_text(
        "The order against the Ostrel chatbot issued by the Corvish Education Board in April surprised teachers.",
        published=PUB,
    )
    assert find(report, actor="Education Board", keyword="ostrel", direction=T), [
        (a.actor, a.trigger) for a in report.actions
    ]


def test_a_relative_date_after_a_laws_content_dates_the_verb(analyze_text):
    report = analyze_text(
        "The Corvish Senate passed a bill limiting facial recognition in schools last month.", published=PUB
    )
    acts = find(report, actor="Senate", keyword="bill")
    assert acts and acts[0].date.value == "2026-04", [(a.actor, a.trigger, a.date.value) for a in report.actions]


def test_round10_word_lists_are_lower_case_words_of_the_grammar():
    from policyscan.extract.actions.words import action_words
    from policyscan.extract.patterns import lexicon

    words = action_words()
    for key in ("done_report_verbs", "noun_act_participles", "official_of_preps", "spokesperson_nouns"):
        assert words[key] and all(w == w.lower().strip() and " " not in w for w in words[key]), key
    assert words["quoted_own_act_subjects"] == ["we"]
    assert set(words["done_report_verbs"]) <= set(lexicon()["status_verbs"])
    assert all(w.endswith(("ed", "en", "ght")) for w in words["noun_act_participles"])


def test_a_body_telling_its_own_act_in_a_quote(analyze_text):
    """ "\"We have suspended the Ostrel app,\" a spokesperson for X said": the spokesperson's body acted; a quoted
    wish ("We should ban ...") stays no act."""
    report = analyze_text(
        '"We have suspended the Ostrel app until further notice," a spokesperson for the Corvish Media Council '
        "said on Friday.",
        published=PUB,
    )
    assert find(report, actor="Media Council", keyword="ostrel", direction=T), [
        (a.actor, a.trigger) for a in report.actions
    ]
    report = analyze_text(
        '"We should ban the Ostrel app," a spokesperson for the Corvish Media Council said on Friday.', published=PUB
    )
    assert not find(report, keyword="ostrel"), [(a.actor, a.trigger) for a in report.actions]


def test_agentless_passive_credited_to_its_source_after_it(analyze_text):
    """ "X was fined on 2 May, according to the board": the source told of its own act (no authority before)."""
    report = analyze_text(
        "Kestrel Labs was fined 2 million euros on 2 May, according to the Corvish Telecoms Board.", published=PUB
    )
    assert find(report, actor="Telecoms Board", keyword="kestrel", direction=T), [
        (a.actor, a.trigger) for a in report.actions
    ]
