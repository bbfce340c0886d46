"""`policyscan evaluate`: the matching rules, the figures, limits and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan import evaluate
from policyscan.cli import app

REPO = Path(__file__).parents[1]


def test_names_match_after_normalising_and_as_whole_words():
    assert evaluate.name_matches(["the Data Authority's"], ["Data Authority"])
    assert evaluate.name_matches(["Trump administration"], ["administration", "White House"]) is False
    assert evaluate.name_matches(["Trump administration"], ["White House", "Trump administration"])
    assert evaluate.name_matches(["Commerce"], ["Commerce Department"])
    assert not evaluate.name_matches(["Comm"], ["Commerce Department"])
    assert not evaluate.name_matches(["the regulator"], ["regulator"])  # generic nouns match nothing


def test_date_ranges_take_days_months_and_years():
    rng = ["2026-03-01", "2026-03-31"]
    assert evaluate.date_ok("2026-03-15", rng) and evaluate.date_ok("2026-03", rng) and evaluate.date_ok("2026", rng)
    assert not evaluate.date_ok("2026-04-01", rng) and not evaluate.date_ok(None, rng)
    assert evaluate.date_ok(None, None)


def _gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    gold = {
        "article": "a.txt",
        "published": "2026-03-05",
        "actors": {"required": [["Data Authority", "DA"]], "allowed": [["Parliament"]]},
        "models": {"required": [["Quillfeather"]], "allowed": []},
        "actions": {
            "required": [
                {
                    "actor": ["Data Authority"],
                    "direction": "tighten",
                    "objects": ["Quillfeather"],
                    "date": ["2026-03-03", "2026-03-03"],
                }
            ],
            "allowed": [{"actor": None, "direction": "any", "objects": ["budget"]}],
        },
    }
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


OUT = {
    "published": "2026-03-05",
    "actors": [{"name": "Data Authority", "aliases": ["DA"]}, {"name": "Parliament"}, {"name": "Reuters"}],
    "models": [{"name": "Quillfeather"}],
    "actions": [
        {
            "direction": "tighten",
            "actor": "Data Authority",
            "trigger": "banned",
            "target": "the Quillfeather app",
            "date": {"value": "2026-03-03"},
        },
        {
            "direction": "tighten",
            "actor": "Data Authority",
            "trigger": "banned",
            "target": "Quillfeather",
            "date": {"value": None},
        },
        {
            "direction": "neutral",
            "actor": "Parliament",
            "trigger": "passed",
            "target": "the budget",
            "date": {"value": None},
        },
        {
            "direction": "loosen",
            "actor": "Data Authority",
            "trigger": "lifted",
            "target": "Quillfeather",
            "date": {"value": None},
        },
    ],
}


def test_figures_count_duplicates_allowed_and_false_positives(tmp_path):
    result = evaluate.evaluate_dir(_gold_dir(tmp_path), analyze=lambda _p: OUT)
    s = result.summary()
    assert (s["actors"]["tp"], s["actors"]["fp"], s["actors"]["fn"]) == (1, 1, 0)  # Reuters is a false positive
    assert (s["actions"]["tp"], s["actions"]["fp"], s["actions"]["duplicates"]) == (1, 1, 1)
    assert s["action_dates"] == {"ok": 1, "total": 1, "rate": 1.0}
    assert s["published"] == {"ok": 1, "total": 1}
    assert any("action false positive: loosen" in line for line in result.log)


def test_a_crashing_article_counts_as_an_error_and_the_run_goes_on(tmp_path):
    def boom(_p):
        raise RuntimeError("parser exploded")

    s = evaluate.evaluate_dir(_gold_dir(tmp_path), analyze=boom).summary()
    assert s["errors"] == 1 and s["actions"]["fn"] == 1


def test_limits_and_bad_limit_specs():
    s = {"actions": {"f1": 0.8}, "errors": 0}
    assert evaluate.check_limits(s, {"actions.f1": 0.85}, {}) == ["actions.f1=0.8 < 0.85"]
    assert evaluate.check_limits(s, {"actions.f1": 0.8}, {"errors": 0}) == []
    assert evaluate.check_limits(s, {"nope.f1": 0.1}, {}) == ["nope.f1=None < 0.1"]
    with pytest.raises(evaluate.UsageError):
        evaluate.parse_limits(["actions.f1"])


def test_cli_exit_codes(tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["evaluate", str(tmp_path / "missing")])
    assert res.exit_code == 3 and "Traceback" not in res.output
    res = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert res.exit_code == 2
    res = runner.invoke(app, ["evaluate", str(tmp_path), "--min", "x"])
    assert res.exit_code == 2


def test_agrees_with_the_shared_scorer_on_the_dev_set(nlp_loaded):
    """The packaged scorer gives the shared scorer's figures (the shared one runs in CI beside the repo)."""
    import subprocess
    import sys

    scorer, dev = REPO.parent / "shared" / "eval" / "score.py", REPO.parent / "shared" / "eval" / "dev"
    if not scorer.is_file():
        pytest.skip("shared scorer not present")
    cmd = f"{sys.executable} -m policyscan analyze {{path}} --format json"
    proc = subprocess.run(
        [sys.executable, str(scorer), str(dev), "--cmd", cmd, "--json"], capture_output=True, text=True, check=True
    )
    theirs = json.loads(proc.stdout.rstrip("\n").rsplit("\n", 1)[0])
    ours = evaluate.evaluate_dir(dev).summary()
    assert ours == theirs
