"""The HTML report in a real browser: Debian's Chromium, driven by Playwright, from file://.

Skipped when Chromium or Playwright is missing, unless $CI is set: then it fails, so CI
cannot pass without having run it. POLICYSCAN_SCREENSHOT=1 also writes docs/report.png.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policyscan.render.html_report import read_results, view_data

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("POLICYSCAN_CHROMIUM", "/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
EVENT_POINTS = """() => Array.from(document.querySelectorAll('#ps-timeline .scatterlayer g.trace'))
    .slice(0, 3).reduce((n, g) => n + g.querySelectorAll('path.point').length, 0)"""
PLOTTED = """() => document.getElementById('ps-timeline').data
    .filter(t => t.meta === 'events').reduce((n, t) => n + t.x.length, 0)"""


def _require(ok: bool, reason: str) -> None:
    if ok:
        return
    if IN_CI:
        pytest.fail(f"{reason}; CI is set, so the browser test must run (see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory) -> tuple[Path, dict]:
    """`policyscan batch samples` then `policyscan report`, as a user would run them."""
    out = tmp_path_factory.mktemp("report")
    results, page = out / "results.jsonl", out / "ai-policy.html"
    run = [sys.executable, "-m", "policyscan"]
    subprocess.run([*run, "batch", "samples", "-o", str(results), "-q"], cwd=ROOT, check=True)
    subprocess.run([*run, "report", str(results), "-o", str(page)], cwd=ROOT, check=True)
    found = read_results(str(results))
    return page, view_data(found.reports, found.failures)


@pytest.fixture(scope="module")
def browser():
    _require(Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _require(False, "the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def test_report_in_chromium(browser, sample_report, tmp_path) -> None:
    page_path, data = sample_report
    dated = [e for e in data["events"] if e["x"]]
    loosen = [e for e in dated if e["direction"] == "loosen"]
    assert dated and loosen and len(loosen) < len(dated), "the samples should have loosen and other dated actions"

    page = browser.new_page(viewport={"width": 1400, "height": 900})
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on(
        "request",
        lambda req: None if req.url.startswith(("file:", "data:", "blob:", "about:")) else problems.append(req.url),
    )
    page.goto(page_path.as_uri())
    page.wait_for_function("() => window.policyscanReport && window.policyscanReport.shown() >= 0")

    assert page.evaluate("() => window.policyscanReport.shown()") == len(dated)
    assert page.evaluate(PLOTTED) == len(dated)
    assert page.evaluate(EVENT_POINTS) == len(dated)
    assert page.locator("#ps-undated tbody tr").count() == len(data["events"]) - len(dated)
    arrows = page.evaluate("() => document.getElementById('ps-timeline').layout.annotations.length")
    assert arrows == len(data["reversals"])

    page.select_option("#ps-direction", "loosen")
    page.wait_for_function(f"() => window.policyscanReport.shown() === {len(loosen)}")
    assert page.evaluate(PLOTTED) == len(loosen)
    assert page.evaluate(EVENT_POINTS) == len(loosen)
    directions = page.evaluate(
        "() => document.getElementById('ps-timeline').data.filter(t => t.meta === 'events' && t.x.length)"
        ".map(t => t.legendgroup)"
    )
    assert directions == ["loosen"]

    page.click("#ps-reset")
    page.wait_for_function(f"() => window.policyscanReport.shown() === {len(dated)}")
    # Clicking a marker shows its evidence and source article.
    box = page.locator("#ps-timeline .scatterlayer g.trace path.point").first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#ps-details blockquote")
    details = page.inner_text("#ps-details")
    assert "source" in details and "samples/" in details

    page.mouse.move(1, 1)  # no hover label in the screenshot
    page.wait_for_timeout(300)
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    if os.environ.get("POLICYSCAN_SCREENSHOT") == "1":
        shutil.copyfile(shot, ROOT / "docs" / "report.png")
    assert problems == [], json.dumps(problems, indent=2)
    page.close()
