"""Corpus events: one real-world event, one record (records built by hand: no parsing)."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path

from typer.testing import CliRunner

from policyscan import corpus_events
from policyscan.cli import app

_spec = importlib.util.spec_from_file_location(
    "event_corpus", Path(__file__).parents[1] / "benchmarks" / "event_corpus.py"
)
assert _spec and _spec.loader
event_corpus = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = event_corpus
_spec.loader.exec_module(event_corpus)


def _action(aid, actor, kind, direction, target, value, gran="day", status="enacted"):
    return {
        "id": aid,
        "trigger": kind,
        "kind": kind,
        "direction": direction,
        "status": status,
        "actor": actor,
        "target": target,
        "objects": [],
        "date": {"value": value, "granularity": gran},
        "evidence": [{"text": f"{actor} {kind} {target}.", "start": 0, "end": 10}],
    }


def _record(path, published, actions, actors=(), sha=None):
    return {
        "schema_version": "policyscan/1",
        "source": {"path": path, "sha256": sha or path},
        "published": published,
        "actors": [{"name": n, "aliases": list(a), "type": "agency"} for n, a in actors],
        "actions": actions,
    }


BAN = "the Quillfeather chatbot"


def test_retellings_with_different_date_precision_are_one_event():
    records = [
        _record("a.txt", "2026-03-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record(
            "b.txt", "2026-03-20", [_action("1", "Data Authority", "restrict", "tighten", BAN, "2026-03", "month")]
        ),
        _record("c.txt", "2026-03-04", [_action("9", "Data Authority", "ban", "tighten", "Quillfeather", None, None)]),
    ]
    result = corpus_events.cluster(records)
    assert len(result["events"]) == 1
    event = result["events"][0]
    assert event["sources"] == 3
    assert event["date"]["value"] == "2026-03-03" and event["date"]["granularity"] == "day"
    assert event["date"]["first_day"] == event["date"]["last_day"] == "2026-03-03"
    assert event["first_reported"] == "2026-03-04"
    assert {m["article"] for m in event["mentions"]} == {"a.txt", "b.txt", "c.txt"}


def test_same_actor_other_object_or_other_date_is_another_event():
    records = [
        _record("a.txt", "2026-03-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record(
            "b.txt",
            "2026-03-06",
            [_action("1", "Data Authority", "ban", "tighten", "the Marrowgate chatbot", "2026-03-04")],
        ),
        _record("c.txt", "2026-09-02", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-09-01")]),
    ]
    assert len(corpus_events.cluster(records)["events"]) == 3


def _with_objects(action, objects):
    return {**action, "objects": list(objects)}


def test_the_direct_object_decides_when_both_name_one():
    """Listing Tianshu Cloud (a Hanxin customer) two days after listing Hanxin is another event, in
    either order; a retelling of either joins its own event, and a peripheral name does not count."""
    hanxin = _with_objects(
        _action("1", "Commerce Department", "ban", "tighten", "Hanxin Microelectronics", "2026-03-10"),
        ["the Entity List"],
    )
    tianshu = _with_objects(
        _action("1", "Commerce Department", "ban", "tighten", "Tianshu Cloud", "2026-03-12"),
        ["the Entity List", "Hanxin chips"],
    )
    retold = _action("2", "Commerce Department", "ban", "tighten", "Tianshu", "2026-03-12")
    for order in ([hanxin, tianshu], [tianshu, hanxin]):
        records = [_record(f"{n}.txt", "2026-03-13", [a]) for n, a in enumerate(order)]
        records.append(_record("r.txt", "2026-03-20", [retold]))
        events = corpus_events.cluster(records)["events"]
        assert len(events) == 2
        by_article = {m["article"]: e["id"] for e in events for m in e["mentions"]}
        tianshu_article = "1.txt" if order[1] is tianshu else "0.txt"
        assert by_article["r.txt"] == by_article[tianshu_article]


def test_a_compound_name_names_its_parts():
    """ "the Halden-Orrin deal" retells "Halden Systems' purchase of Orrin AI"."""
    records = [
        _record(
            "a.txt",
            "2026-05-14",
            [
                _action(
                    "1",
                    "Competition Authority",
                    "approve",
                    "loosen",
                    "Halden Systems' purchase of Orrin AI",
                    "2026-05-14",
                )
            ],
        ),
        _record(
            "b.txt",
            "2026-05-20",
            [_action("1", "Competition Authority", "approve", "loosen", "the Halden-Orrin deal", "2026-05-14")],
        ),
    ]
    assert len(corpus_events.cluster(records)["events"]) == 1


def test_a_head_noun_alone_retells_the_named_thing():
    """ "banned the service last week" (nothing named) joins the ban of the Quillfeather chatbot."""
    records = [
        _record("a.txt", "2026-03-04", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record(
            "b.txt",
            "2026-03-12",
            [_action("1", "Data Authority", "ban", "tighten", "the service", "2026-03-02", "week")],
        ),
    ]
    assert len(corpus_events.cluster(records)["events"]) == 1


def test_the_publication_month_guess_fits_the_recent_past():
    """An undated "has fined" gets its article's month with no text (inferred): it may retell an
    event of the weeks before; a month the article states is kept as stated."""
    fine = _action("1", "Data Authority", "fine", "tighten", "Nuri Labs", "2026-04-08")
    guessed = _action("1", "Data Authority", "fine", "tighten", "Nuri Labs", "2026-05", "month")
    guessed["date"]["text"] = None
    stated = copy.deepcopy(guessed)
    stated["date"]["text"] = "in May"
    base = _record("a.txt", "2026-04-08", [fine])
    assert len(corpus_events.cluster([base, _record("b.txt", "2026-05-20", [guessed])])["events"]) == 1
    assert len(corpus_events.cluster([base, _record("b.txt", "2026-05-20", [stated])])["events"]) == 2


def test_different_actors_and_directions_do_not_merge():
    records = [
        _record("a.txt", "2026-03-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record("b.txt", "2026-03-05", [_action("1", "Trade Ministry", "ban", "tighten", BAN, "2026-03-03")]),
        _record("c.txt", "2026-03-05", [_action("2", "Data Authority", "lift", "loosen", BAN, "2026-03-03")]),
    ]
    assert len(corpus_events.cluster(records)["events"]) == 3


def test_aliases_from_any_article_link_actor_names_across_articles():
    records = [
        _record(
            "a.txt",
            "2026-03-05",
            [_action("1", "Bureau of Industry and Security", "restrict", "tighten", "Tansy chips", "2026-03-02")],
            actors=[("Bureau of Industry and Security", ["BIS"])],
        ),
        _record("b.txt", "2026-03-06", [_action("1", "BIS", "restrict", "tighten", "Tansy chips", "2026-03", "month")]),
    ]
    result = corpus_events.cluster(records)
    assert len(result["events"]) == 1
    assert result["events"][0]["actor"] in {"Bureau of Industry and Security", "BIS"}
    row = result["actors"][0]
    assert {"BIS", "Bureau of Industry and Security"} <= set(row["aliases"])
    assert row["articles"] == 2 and row["events"] == 1


def test_a_byte_identical_copy_adds_sources_but_no_events_and_no_reversal():
    original = _record(
        "a.txt",
        "2026-05-05",
        [
            _action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03"),
            _action("2", "Data Authority", "lift", "loosen", BAN, "2026-05-04"),
        ],
        sha="same",
    )
    copy_ = copy.deepcopy(original)
    copy_["source"]["path"] = "mirror/a.txt"
    alone = corpus_events.cluster([original])
    both = corpus_events.cluster([original, copy_])
    assert len(both["events"]) == len(alone["events"]) == 2
    assert [e["sources"] for e in both["events"]] == [2, 2]
    assert both["duplicates"] == [{"path": "mirror/a.txt", "duplicate_of": "a.txt"}]
    assert len(both["reversals"]) == len(alone["reversals"]) == 1


def test_reversal_is_between_two_events_never_within_one():
    records = [
        _record("a.txt", "2026-03-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record("b.txt", "2026-03-06", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record("c.txt", "2026-06-10", [_action("1", "Data Authority", "lift", "loosen", BAN, "2026-06-09")]),
    ]
    result = corpus_events.cluster(records)
    assert len(result["events"]) == 2
    (rev,) = result["reversals"]
    ids = {e["direction"]: e["id"] for e in result["events"]}
    assert (rev["first"], rev["second"]) == (ids["tighten"], ids["loosen"])
    assert "quillfeather" in rev["objects"]


def test_majority_status_and_stable_ids():
    records = [
        _record("a.txt", "2026-03-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record("b.txt", "2026-03-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record(
            "c.txt",
            "2026-03-02",
            [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03", status="proposed")],
        ),
    ]
    first = corpus_events.cluster(records)
    assert first["events"][0]["status"] == "enacted"
    assert corpus_events.cluster(list(reversed(records)))["events"][0]["id"] == first["events"][0]["id"]


def test_error_records_and_actorless_actions_are_ignored():
    records = [
        {"schema_version": "policyscan/1", "source": {"path": "x.txt"}, "error": {"kind": "x", "message": "boom"}},
        _record("a.txt", "2026-03-05", [_action("1", None, "ban", "tighten", BAN, "2026-03-03")]),
    ]
    result = corpus_events.cluster(records)
    assert result["events"] == [] and result["articles"] == 1


def test_bcubed_scorer():
    assert event_corpus.bcubed({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "x", "c": "y"}) == (1.0, 1.0)
    p, r = event_corpus.bcubed({"a": "1", "b": "1"}, {"a": "x", "b": "y"})
    assert p == 1.0 and r == 0.5
    p, r = event_corpus.bcubed({"a": "1", "b": "2"}, {"a": "x", "b": "x"})
    assert p == 0.5 and r == 1.0


def test_generated_corpus_clusters_well(nlp_loaded):
    events = event_corpus.make_events(12, seed=5)
    articles = event_corpus.make_articles(events, seed=5)
    import policyscan

    reports = policyscan.analyze_many([a.text for a in articles])
    records = [event_corpus._record(a, r) for a, r in zip(articles, reports, strict=True)]
    score = event_corpus.score_clustering(articles, records)
    assert score["matched_mentions"] >= 0.8 * score["gold_mentions"], score
    assert score["bcubed_precision"] >= 0.9 and score["bcubed_recall"] >= 0.9, score


def _valid(record):
    """A full batch record (the CLI validates every line against the schema)."""
    from policyscan.report import Report

    full = copy.deepcopy(record)
    full["source"].update(format="txt", encoding="utf-8", characters=10, words=2)
    full["pipeline"] = {"model": "en_test", "version": "0", "spacy": "3", "fallback": False}
    for action in full["actions"]:
        action["date"].update(text=None, start=None, end=None)
        action.setdefault("cameo", None)
        action.setdefault("plover", None)
    return Report.model_validate(full).model_dump_json()


def test_events_command_writes_jsonl_and_json(tmp_path):
    results = tmp_path / "results.jsonl"
    records = [
        _record("a.txt", "2026-03-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record("b.txt", "2026-06-10", [_action("1", "Data Authority", "lift", "loosen", BAN, "2026-06-09")]),
    ]
    results.write_text("".join(_valid(r) + "\n" for r in records), encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "events.jsonl"
    res = runner.invoke(app, ["events", str(results), "-o", str(out)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [e["direction"] for e in lines] == ["tighten", "loosen"]
    res = runner.invoke(app, ["events", str(results), "--format", "json"])
    doc = json.loads(res.stdout)
    assert len(doc["reversals"]) == 1 and len(doc["events"]) == 2
    res = runner.invoke(app, ["events", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 3 and "Traceback" not in res.output


def test_events_table_escapes_hostile_names(tmp_path):
    results = tmp_path / "results.jsonl"
    evil = "[link=https://evil.example]Data Authority[/link]\x1b]0;pwned\x07"
    results.write_text(
        _valid(_record("a.txt", "2026-03-05", [_action("1", evil, "ban", "tighten", BAN, "2026-03-03")])) + "\n"
    )
    res = CliRunner().invoke(app, ["events", str(results), "--format", "table"])
    assert res.exit_code == 0, res.output
    assert "[link=https://evil.example]" in res.stdout
    assert "\x1b" not in res.stdout and "\x07" not in res.stdout


def test_dates_at_the_ends_of_the_calendar_stay_apart():
    """Year 1 and year 9999 are dates (a day's tolerance must not overflow into "undated")."""
    values = ["0001-01-01", "0099-06-30", "9999-12-31"]
    actions = [_action(str(n), "Data Authority", "order", "tighten", None, v) for n, v in enumerate(values)]
    events = corpus_events.cluster([_record("a.txt", None, actions)])["events"]
    assert sorted(e["date"]["value"] for e in events) == values
    month = corpus_events.cluster(
        [_record("b.txt", None, [_action("1", "X", "ban", "tighten", None, "9999-12", "month")])]
    )
    assert month["events"][0]["date"]["last_day"] == "9999-12-31"


def test_hedged_events_reverse_nothing():
    records = [
        _record(
            "a.txt",
            "2026-03-05",
            [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03", status="threatened")],
        ),
        _record("b.txt", "2026-06-10", [_action("1", "Data Authority", "lift", "loosen", BAN, "2026-06-09")]),
    ]
    result = corpus_events.cluster(records)
    assert len(result["events"]) == 2 and result["reversals"] == []


def test_function_words_are_no_shared_object():
    """'the Quillfeather chatbot' lifted is no reversal of a ban on 'the Marrowgate app'."""
    records = [
        _record("a.txt", "2026-03-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-03")]),
        _record(
            "b.txt",
            "2026-06-10",
            [_action("1", "Data Authority", "lift", "loosen", "the Marrowgate app", "2026-06-09")],
        ),
    ]
    result = corpus_events.cluster(records)
    assert result["reversals"] == []
    assert all("the" not in e["objects"] for e in result["events"])


def _actor(name, kind, country=None, aliases=()):
    return {"name": name, "type": kind, "country": country, "aliases": list(aliases)}


ITALY = _actor("Italy", "country")
PRIVACY = _actor("Italian Privacy Office", "regulator", "Italy")
MARKETS = _actor("Italian Markets Authority", "regulator", "Italy")
QUILL, DAY = "the Quillfeather chatbot", "2026-03-18"


def _told(path, published, actor, kind, direction, target, value, gran="day", actors=(ITALY, PRIVACY, MARKETS)):
    record = _record(path, published, [_action("1", actor, kind, direction, target, value, gran)])
    record["actors"] = list(actors)
    return record


def test_a_country_joins_its_agencys_event_on_a_shared_name():
    """'Italy lifted its ban on Quillfeather' retells the privacy office's lift, in either order."""
    agency = _told(
        "a.txt", "2026-03-19", "Italian Privacy Office", "lift", "loosen", "its ban on Quillfeather", "2026-03-18"
    )
    country = _told("b.txt", "2026-05-20", "Italy", "lift", "loosen", "the Quillfeather ban", "2026-05", "month")
    country["actions"][0]["date"]["text"] = None  # the inferred publication month: the recent past
    ids = set()
    for records in ([agency, country], [country, agency]):
        result = corpus_events.cluster(records)
        assert len(result["events"]) == 1
        ids.add(result["events"][0]["id"])
        assert result["events"][0]["sources"] == 2
        assert result["events"][0]["actor"] == "Italian Privacy Office"  # on a tie, the more specific actor
    assert len(ids) == 1  # the id does not depend on which mention came first


def test_a_country_acting_on_another_object_is_another_event():
    agency = _told("a.txt", "2026-03-19", "Italian Privacy Office", "ban", "tighten", QUILL, DAY)
    country = _told("b.txt", "2026-03-20", "Italy", "ban", "tighten", "the Marrowgate chatbot", "2026-03-18")
    assert len(corpus_events.cluster([agency, country])["events"]) == 2


def test_two_agencies_of_one_country_are_two_actors():
    """Siblings never merge, not even on one object; a country mention joins the agency whose object it names."""
    records = [
        _told("a.txt", "2026-03-19", "Italian Privacy Office", "ban", "tighten", QUILL, DAY),
        _told("b.txt", "2026-03-19", "Italian Markets Authority", "ban", "tighten", "the Marrowgate app", "2026-03-18"),
        _told("c.txt", "2026-03-19", "Italian Markets Authority", "ban", "tighten", QUILL, DAY),
    ]
    assert len(corpus_events.cluster(records)["events"]) == 3
    country = _told("d.txt", "2026-03-20", "Italy", "ban", "tighten", "Marrowgate", "2026-03-18")
    events = corpus_events.cluster([*records[:2], country])["events"]
    assert sorted((e["actor"], e["sources"]) for e in events) == [
        ("Italian Markets Authority", 2),
        ("Italian Privacy Office", 1),
    ]


def test_another_countrys_agency_or_an_unnamed_country_links_nothing():
    spain = _actor("Spanish Privacy Office", "regulator", "Spain")
    records = [
        _told("a.txt", "2026-03-19", "Italian Privacy Office", "ban", "tighten", QUILL, DAY),
        _told("b.txt", "2026-03-19", "Spanish Privacy Office", "ban", "tighten", "Quillfeather", DAY, actors=(spain,)),
    ]
    assert len(corpus_events.cluster(records)["events"]) == 2
    identity = corpus_events.ActorIdentity()
    identity.add_record({"actors": [PRIVACY]})  # no article names Italy as an actor: no larger actor
    assert identity.larger(identity.find("italian privacy office")) == frozenset()


def test_a_sub_agency_joins_its_department_when_an_article_says_so():
    """'Tansy Bureau, the Trade Department agency, listed Hexa Chips': the bureau is part of the department;
    their listings of one company are one event, a listing of another company is not."""
    bureau = _actor("Tansy Bureau", "agency", "Ruritania", ["Trade Department agency"])
    dept = _actor("Trade Department", "agency", "Ruritania")
    records = [
        _told("a.txt", "2026-03-11", "Trade Department", "ban", "tighten", "Hexa Chips", "2026-03-10", actors=(dept,)),
        _told("b.txt", "2026-03-11", "Tansy Bureau", "ban", "tighten", "Hexa Chips", None, None, actors=(bureau, dept)),
        _told("c.txt", "2026-03-12", "Tansy Bureau", "ban", "tighten", "Orbis Cloud", "2026-03-12", actors=(bureau,)),
    ]
    result = corpus_events.cluster(records)
    assert sorted(e["sources"] for e in result["events"]) == [1, 2]
    unlinked = [copy.deepcopy(r) for r in records]
    for record in unlinked[1:]:  # no article links them
        record["actors"] = [_actor("Tansy Bureau", "agency", "Ruritania"), dept]
    assert len(corpus_events.cluster(unlinked)["events"]) == 3


def test_country_words_name_one_country():
    identity = corpus_events.ActorIdentity()
    identity.add_record({"actors": [_actor("US", "country"), _actor("U.S.", "country")]})
    identity.add_record({"actors": [_actor("Federal Office", "agency", "United States")]})
    assert identity.find("us") == identity.find("united states") == identity.find("u.s")
    assert identity.larger(identity.find("federal office")) == {identity.find("us")}


def test_a_derived_date_that_fits_no_event_falls_back_to_the_recent_past():
    """'It lifted the ban in March, six weeks after it had blocked the app': the block carries March from
    its neighbour (date.text empty); no March block exists, so it retells the February one. A date the
    sentence tells ("in March") keeps the mention apart."""
    ban = _record("a.txt", "2026-02-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-02-04")])
    carried = _action("2", "Data Authority", "ban", "tighten", "the Quillfeather app", "2026-03", "month")
    carried["date"]["text"] = None
    told = copy.deepcopy(carried)
    told["date"]["text"] = "in March"
    joined = corpus_events.cluster([ban, _record("b.txt", "2026-04-01", [carried])])["events"]
    assert [(e["sources"], e["date"]["value"], e["date"]["sources"]) for e in joined] == [(2, "2026-02-04", 1)]
    assert len(corpus_events.cluster([ban, _record("b.txt", "2026-04-01", [told])])["events"]) == 2
    march = _record("c.txt", "2026-03-21", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-03-20")])
    events = corpus_events.cluster([ban, march, _record("b.txt", "2026-04-01", [carried])])["events"]
    assert sorted(e["sources"] for e in events) == [1, 2]  # a March ban exists: the carried date fits it
    assert [e["date"]["value"] for e in events if e["sources"] == 2] == ["2026-03-20"]


def test_a_hedged_derived_date_keeps_its_date():
    """A proposal carried to March 1 is not February's enacted ban, and never moves the ban's date."""
    ban = _record("a.txt", "2026-02-05", [_action("1", "Data Authority", "ban", "tighten", BAN, "2026-02-04")])
    proposal = _action("2", "Data Authority", "ban", "tighten", BAN, "2026-03-01", status="proposed")
    proposal["date"]["text"] = None
    events = corpus_events.cluster([ban, _record("b.txt", "2026-03-02", [proposal])])["events"]
    assert sorted(e["date"]["value"] for e in events) == ["2026-02-04", "2026-03-01"]
