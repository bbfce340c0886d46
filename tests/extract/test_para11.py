"""Construction robustness (round 11, helper q-para11): shapes the construction battery found broken.

Invented sentences and names only. Each test failed before its fix; they assert properties (actor, direction,
status, date), not whole outputs.
"""

from __future__ import annotations

from datetime import date

from action_lookup import find

from policyscan.report import Direction, Status

PUB = date(2026, 5, 14)  # a Thursday
T, L = Direction.TIGHTEN, Direction.LOOSEN


def _one(report, actor: str, keyword: str, direction: Direction):
    acts = find(report, actor=actor, keyword=keyword, direction=direction)
    assert acts, [(a.actor, a.trigger, a.direction, a.status) for a in report.actions]
    return acts[0]


def test_named_speaker_with_an_apposed_office_speaks_for_the_body(analyze_text):
    """ "\\"We have suspended X,\\" said Mira Tallen, the head of Y, on May 5": the person heads the body, whose
    act the quote tells; the date after the apposition dates the saying."""
    cases = [
        ('"We have suspended the Ostrel video app," said Mira Tallen, the head of the Corvish Media Authority, '
         "on May 5.", "Media Authority", "ostrel", T),
        ('"We have fined Hadley Robotics 2 million euros," said Jon Arveson, chair of the Dunmark Consumer Agency.',
         "Consumer Agency", "hadley", T),
        ('"We have approved the Lumen-7 model for clinics," said Petra Osk, a spokeswoman for the Saltmere Health '
         "Authority, on Tuesday.", "Health Authority", "lumen", L),
        ('"We lifted the block on the Ostrel video app," said Ravi Denholm, director of the Corvish Media Authority.',
         "Media Authority", "ostrel", L),
    ]  # fmt: skip
    for text, actor, keyword, direction in cases:
        act = _one(analyze_text(text, published=PUB), actor, keyword, direction)
        assert act.status == Status.ENACTED, (text, act.status)
    act = _one(analyze_text(cases[0][0], published=PUB), "Media Authority", "ostrel", T)
    assert act.date.value == "2026-05-05", act.date
    act = _one(analyze_text(cases[2][0], published=PUB), "Health Authority", "lumen", L)
    assert act.date.value == "2026-05-12", act.date
    report = analyze_text(  # a person with no office of the body gives it nothing
        '"We have suspended the Ostrel video app," said Mira Tallen, a researcher at the Corvish Media Authority.',
        published=PUB,
    )
    assert not find(report, actor="Media Authority", keyword="ostrel", direction=T)


def test_a_court_that_sets_aside_a_measure_loosens_it(analyze_text):
    """ "set aside" is a court's relief like "overturned": the court loosens the measure it sets aside, in the
    active, the passive, the present perfect and after the court is named once and then called "the court"."""
    cases = [
        "The Saltmere Administrative Court set aside the Dunmark Consumer Agency's ban on the Ostrel chatbot on May 5.",
        "The Dunmark Consumer Agency's suspension of the Ostrel chatbot was set aside by the Saltmere "
        "Administrative Court on May 5.",
        "The Saltmere Administrative Court has set aside the order blocking the Ostrel chatbot.",
        "The Saltmere Administrative Court heard the appeal in April. On May 5 the court set aside the ban on "
        "the Ostrel chatbot.",
    ]
    for text in cases:
        act = _one(analyze_text(text, published=PUB), "Administrative Court", "ostrel", L)
        assert act.status == Status.ENACTED, (text, act.status)
    report = analyze_text("The Dunmark Consumer Agency set a deadline of June 1 for Hadley Robotics.", published=PUB)
    assert not find(report, actor="Consumer Agency", direction=L)


def test_a_court_relieving_a_bare_measure_loosens_it(analyze_text):
    """ "overturned / quashed / blocked the ban on X": when the court's object is itself a measure (no author named)
    the court relieves it; the party the measure names is not restrained."""
    cases = [
        "The Saltmere High Court overturned the ban on the Ostrel chatbot on May 5.",
        "On Tuesday the Saltmere High Court quashed the suspension of the Ostrel chatbot.",
        "The ban on the Ostrel chatbot was annulled by the Saltmere High Court on May 5.",
        "The Saltmere High Court has blocked the restrictions on the Ostrel chatbot.",
    ]
    for text in cases:
        act = _one(analyze_text(text, published=PUB), "High Court", "ostrel", L)
        assert act.status == Status.ENACTED, (text, act.status)
    report = analyze_text(
        "The Saltmere High Court blocked Hadley Robotics from selling the Ostrel chatbot.", published=PUB
    )
    assert _one(report, "High Court", "hadley", T)


def test_round11_data_is_consistent():
    """The word lists this round added are lower-case single words, documented in the file's _doc; a court's
    "set aside" is a relief verb with its particle."""
    from policyscan.extract.actions.words import action_words
    from policyscan.extract.patterns import lexicon

    words = action_words()
    for key in ("requester_preps", "requester_nouns"):
        assert words[key] and all(w == w.lower().strip() and " " not in w for w in words[key]), key
        assert key in words["_doc"], key
    assert not {"order", "orders", "instruction", "instructions"} & set(words["requester_nouns"])  # their own acts
    entry = lexicon()["verbs"]["set"]
    assert entry["particle"] == "aside" and entry["court_relief"] and entry["class"] == "flip"


def test_an_act_asked_for_by_another_body_is_the_story_bodys(analyze_text):
    """ "The app was blocked on May 5 at the request of the police": the asker is not the doer; the agentless act
    is the body the story has been telling of, even when the asker is a body too (active or passive, tighten or
    loosen); "on the orders of X" is not a request and is not handled here."""
    lead = "The Dunmark Media Authority opened a review of the case in April. "
    cases = [
        ("The Ostrel chatbot was suspended on May 5 at the request of the Saltmere Consumer Council.", T),
        ("Access to the Ostrel chatbot was restricted on May 5 at the behest of the Saltmere Consumer Council.", T),
        ("The ban on the Ostrel chatbot was lifted on May 5 at the request of the Saltmere Consumer Council.", L),
        ("The Lumen-7 model was approved on May 5 at the request of the Saltmere Consumer Council.", L),
    ]
    for text, direction in cases:
        report = analyze_text(lead + text, published=PUB)
        keyword = "lumen" if "Lumen" in text else "ostrel"
        act = _one(report, "Media Authority", keyword, direction)
        assert act.status == Status.ENACTED and act.date.value == "2026-05-05", (text, act)
        assert not find(report, actor="Consumer Council", keyword=keyword, direction=direction)


def test_an_agentless_passive_of_a_patient_subject_verb_is_the_bodys(analyze_text):
    """ "access was restored", "the app was reinstated": a verb whose intransitive subject is its patient
    ("service resumed") still has an agent when it is passive, found like any agentless passive (the story's one
    body, the source it is "according to"); a negated one ("has not been restored") is no act of that body."""
    lead = "The Dunmark Media Authority blocked the Ostrel chatbot in April. "
    cases = [
        lead + "The Ostrel chatbot was reinstated on May 5.",
        lead + "Access to the Ostrel chatbot was restored on May 5.",
        "The Ostrel chatbot was reinstated on May 5, according to the Dunmark Media Authority.",
    ]
    for text in cases:
        act = _one(analyze_text(text, published=PUB), "Media Authority", "ostrel", L)
        assert act.status == Status.ENACTED and act.date.value == "2026-05-05", (text, act)
    report = analyze_text(lead + "Access to the Ostrel chatbot has not been restored.", published=PUB)
    assert not [a for a in find(report, actor="Media Authority", direction=L) if a.status == Status.ENACTED]


def test_a_spokesperson_for_a_company_or_a_group_speaks_for_it(analyze_text):
    """ "\"We have paused X,\" a spokesperson for Hadley Robotics said": a company's own act told in a quote by its
    spokesperson (before or after "said", or apposed to a named speaker) is the company's, as a body's is; the
    head of a company is not read as speaking for it here."""
    cases = [
        '"We have suspended the Ostrel chatbot in Dunmark," a spokesperson for Hadley Robotics said on May 5.',
        '"We have paused the Ostrel chatbot for minors," said a spokeswoman for Hadley Robotics.',
        '"We withdrew the Ostrel chatbot from schools," said Ana Ruiz, a spokesman for Hadley Robotics.',
    ]
    for text in cases:
        act = _one(analyze_text(text, published=PUB), "Hadley Robotics", "ostrel", T)
        assert act.status == Status.ENACTED, (text, act.status)
    report = analyze_text(
        '"We have sued Hadley Robotics over the Ostrel chatbot," a spokesperson for the Saltmere Writers Union said.',
        published=PUB,
    )
    assert _one(report, "Writers Union", "hadley", T)
