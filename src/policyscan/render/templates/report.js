/* policyscan report: draws the timeline and the monthly bars as inline SVG from the inlined
   JSON, and draws them again whenever a filter changes. One marker is one real-world event,
   however many articles tell it: its size grows with the number of sources, and its label
   and details list the mentions (article and evidence sentence) that support it. No library and no network. Every
   string that comes from the records reaches the page through textContent or an attribute
   set with the DOM API, never as HTML: article text cannot add an element or load a URL. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var DATA = JSON.parse(document.getElementById("ps-data").textContent);
  var COLOURS = { tighten: "#d55e00", loosen: "#0072b2", neutral: "#6b6b6b" };
  var INK = "#1f2328", MUTED = "#59636e", GRID = "#eef1f4", RULE = "#d1d9e0";
  var DIRECTIONS = ["tighten", "loosen", "neutral"];
  var HEDGED = { announced: true, proposed: true, considered: true, threatened: true };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LANE = 46, MARKER = 8, MAX_MARKER = 20, DAY = 86400000;
  var byId = function (id) { return document.getElementById(id); };
  var timelineDiv = byId(DATA.ids.timeline);
  var monthsDiv = byId(DATA.ids.months);
  var tip = byId("ps-tip");
  var events = DATA.events;

  // ---------------------------------------------------------------- small helpers
  function svgNode(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function svgText(parent, x, y, content, attrs) {
    var node = svgNode("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    node.textContent = content;
    return node;
  }
  function htmlNode(name, content, cls, parent) {
    var node = document.createElement(name);
    if (content != null) node.textContent = content;
    if (cls) node.className = cls;
    if (parent) parent.appendChild(node);
    return node;
  }
  function about(e) {
    var objects = e.objects.join(", ");
    if (e.target && objects) return e.target + " (" + objects + ")";
    return e.target || objects;
  }
  function clip(text, n) { text = String(text); return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  function source(e) { return DATA.articles[e.article].path || "-"; }
  function sources(e) { return e.sources + " source" + (e.sources === 1 ? "" : "s"); }
  function firstSource(e) { return source(e) + (e.sources > 1 ? " (+" + (e.sources - 1) + " more)" : ""); }
  function evidence(e) { return e.mentions.length ? e.mentions[0].evidence : ""; }
  // Radius grows with the square root of the sources (area with the sources), up to a cap.
  function radius(e) { return Math.min(MARKER * Math.sqrt(Math.max(1, e.sources)), MAX_MARKER); }
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not.
  function utc(y, m, d) { var t = new Date(0); t.setUTCFullYear(y, m, d); return t.getTime(); }
  function day(iso) { var p = iso.split("-"); return utc(+p[0], +p[1] - 1, +p[2]); }
  function hollow(e) { return HEDGED[e.status] || e.status === "denied"; }

  // ---------------------------------------------------------------- the hover label
  function showTip(lines, anchor, ev) {
    tip.textContent = "";
    lines.forEach(function (line) { if (line) tip.appendChild(line); });
    tip.hidden = false;
    var x, y;
    if (ev && ev.clientX !== undefined && ev.type.indexOf("mouse") === 0) {
      x = ev.clientX; y = ev.clientY;
    } else {
      var r = anchor.getBoundingClientRect();
      x = r.right; y = r.top + r.height / 2;
    }
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = x + 14 + w > window.innerWidth ? Math.max(4, x - 14 - w) : x + 14;
    var top = Math.min(Math.max(4, y - h / 2), Math.max(4, window.innerHeight - h - 4));
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
  }
  function hideTip() { tip.hidden = true; }
  function eventTip(e) {
    var head = htmlNode("div", null, "tip-head");
    htmlNode("strong", e.trigger, null, head);
    head.appendChild(document.createTextNode(" · " + e.actor));
    var state = htmlNode("div");
    htmlNode("span", e.direction, e.direction, state);
    state.appendChild(document.createTextNode(", " + e.status + " · " + e.date +
      (e.granularity && e.granularity !== "day" ? " (" + e.granularity + ")" : "")));
    var lines = [
      head, state, htmlNode("div", sources(e) + (e.first_reported ? " · first reported " + e.first_reported : "")),
      about(e) ? htmlNode("div", "about: " + clip(about(e), 160)) : null
    ];
    // The first few mentions: each article with its evidence sentence.
    e.mentions.slice(0, 3).forEach(function (m) {
      if (m.evidence) lines.push(htmlNode("div", "“" + clip(m.evidence, 240) + "”", "tip-quote"));
      lines.push(htmlNode("div", DATA.articles[m.article].path || "-", "tip-source"));
    });
    if (e.sources > 3) lines.push(htmlNode("div", "and " + (e.sources - 3) + " more (click for all)", "tip-source"));
    return lines;
  }
  function hoverable(node, lines) {
    node.addEventListener("mouseenter", function (ev) { showTip(lines(), node, ev); });
    node.addEventListener("mousemove", function (ev) { showTip(lines(), node, ev); });
    node.addEventListener("mouseleave", hideTip);
    node.addEventListener("focus", function (ev) { showTip(lines(), node, ev); });
    node.addEventListener("blur", hideTip);
  }

  // ---------------------------------------------------------------- filters
  function fillSelect(id, values) {
    var select = byId(id);
    values.forEach(function (v) {
      var option = document.createElement("option");
      option.value = v; option.textContent = v;
      select.appendChild(option);
    });
  }
  var actorNames = [];
  events.forEach(function (e) { if (actorNames.indexOf(e.actor) < 0) actorNames.push(e.actor); });
  actorNames.sort(function (a, b) { return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0; });
  fillSelect("ps-actor", actorNames);
  fillSelect("ps-model", DATA.models.map(function (m) { return m.name; }));

  function filters() {
    return {
      actor: byId("ps-actor").value, model: byId("ps-model").value, direction: byId("ps-direction").value,
      status: byId("ps-status").value, from: byId("ps-from").value, to: byId("ps-to").value
    };
  }
  function matches(e, f) {
    if (f.actor && e.actor !== f.actor) return false;
    if (f.model && e.models.indexOf(f.model) < 0) return false;
    if (f.direction && e.direction !== f.direction) return false;
    if (f.status === "hedged" && !HEDGED[e.status]) return false;
    if (f.status && f.status !== "hedged" && e.status !== f.status) return false;
    if ((f.from || f.to) && !e.x) return false;  // an undated action is in no date range
    if (f.from && e.x < f.from) return false;
    if (f.to && e.x > f.to) return false;
    return true;
  }

  // ---------------------------------------------------------------- the time axis
  function timeTicks(lo, hi, width) {
    var start = new Date(lo), most = Math.max(2, Math.floor(width / 85)), steps = [1, 2, 3, 6, 12, 24, 60, 120];
    var y0 = start.getUTCFullYear(), m0 = start.getUTCMonth();
    var months = (new Date(hi).getUTCFullYear() - y0) * 12 + new Date(hi).getUTCMonth() - m0 + 1;
    var chosen = Math.ceil(months / most / 120) * 120;  // centuries of hand-edited dates: whole decades
    for (var s = 0; s < steps.length; s++) { if (months / steps[s] <= most) { chosen = steps[s]; break; } }
    var ticks = [], first = Math.ceil((y0 * 12 + m0) / chosen) * chosen;
    for (var n = first; ; n += chosen) {
      var t = utc(Math.floor(n / 12), n % 12, 1);
      if (t > hi) break;
      if (t >= lo) ticks.push({ t: t, label: chosen >= 12 ? String(Math.floor(n / 12)) : MONTHS[n % 12] + " " + Math.floor(n / 12) });
    }
    return ticks;
  }
  function marker(g, e, cx, cy) {
    var colour = COLOURS[e.direction], fill = hollow(e) ? "#ffffff" : colour, r = radius(e), shape;
    var style = { fill: fill, stroke: colour, "stroke-width": 2, "class": "ps-mark" };
    if (e.direction === "tighten") {
      shape = svgNode("path", Object.assign({ d: "M" + cx + "," + (cy - r) + "L" + (cx + r) + "," + (cy + r * 0.75) +
        "L" + (cx - r) + "," + (cy + r * 0.75) + "Z" }, style), g);
    } else if (e.direction === "loosen") {
      shape = svgNode("path", Object.assign({ d: "M" + cx + "," + (cy + r) + "L" + (cx + r) + "," + (cy - r * 0.75) +
        "L" + (cx - r) + "," + (cy - r * 0.75) + "Z" }, style), g);
    } else {
      shape = svgNode("circle", Object.assign({ cx: cx, cy: cy, r: r * 0.8 }, style), g);
    }
    if (e.status === "denied") {
      var d = r * 0.65;
      svgNode("path", { d: "M" + (cx - d) + "," + (cy - d) + "L" + (cx + d) + "," + (cy + d) + "M" + (cx + d) + "," +
        (cy - d) + "L" + (cx - d) + "," + (cy + d), stroke: INK, "stroke-width": 2, "class": "ps-cross" }, g);
    }
    return shape;
  }
  // A reversal: a dashed line from the earlier event to the later one with a head at the
  // later end, or a small arc when the two sit almost on top of each other.
  function arrow(svg, r, a, b) {
    var g = svgNode("g", { "class": "ps-reversal", tabindex: 0, "data-first": r.first, "data-second": r.second }, svg);
    var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy), s = Math.max(a.r, b.r) + 3, d, end, ux, uy;
    if (len >= 2 * s + 8) {
      ux = dx / len; uy = dy / len;
      var x1 = a.x + ux * (a.r + 3), y1 = a.y + uy * (a.r + 3);
      end = { x: b.x - ux * (b.r + 3), y: b.y - uy * (b.r + 3) };
      d = "M" + x1 + "," + y1 + "L" + (end.x - ux * 6) + "," + (end.y - uy * 6);
    } else {
      var cx = (a.x + b.x) / 2, cy = Math.min(a.y, b.y) - 26;
      var from = { x: a.x - 4, y: a.y - s }, to = { x: b.x + 4, y: b.y - s };
      var tx = to.x - cx, ty = to.y - cy, tl = Math.sqrt(tx * tx + ty * ty) || 1;
      ux = tx / tl; uy = ty / tl;
      end = to;
      d = "M" + from.x + "," + from.y + "Q" + cx + "," + cy + " " + (to.x - ux * 6) + "," + (to.y - uy * 6);
    }
    svgNode("path", { d: d, fill: "none", stroke: INK, "stroke-width": 1.5, "stroke-dasharray": "4 3" }, g);
    svgNode("path", { d: "M" + end.x + "," + end.y + "L" + (end.x - ux * 8 - uy * 4.5) + "," + (end.y - uy * 8 + ux * 4.5) +
      "L" + (end.x - ux * 8 + uy * 4.5) + "," + (end.y - uy * 8 - ux * 4.5) + "Z", fill: INK }, g);
    // A wide invisible stroke makes the thin arrow easy to hover.
    svgNode("path", { d: d, fill: "none", stroke: "#000000", "stroke-opacity": 0, "stroke-width": 12,
      "pointer-events": "stroke", "class": "ps-hit" }, g);
    hoverable(g, function () {
      var head = htmlNode("div", null, "tip-head");
      htmlNode("strong", "Reversal", null, head);
      return [head, htmlNode("div", r.summary)];
    });
  }

  // ---------------------------------------------------------------- timeline
  // Lanes hold the visible actors in the page's order; events on one day in one lane fan out a little.
  function drawTimeline(shown) {
    timelineDiv.textContent = "";
    var width = Math.max(timelineDiv.clientWidth || 0, 480);
    var lanes = DATA.lanes.filter(function (actor) { return shown.some(function (i) { return events[i].actor === actor; }); });
    var svg = svgNode("svg", { width: width, role: "img", "aria-label": "Timeline of policy actions", "class": "ps-svg" }, timelineDiv);
    if (!shown.length) {
      svg.setAttribute("height", 120);
      svgText(svg, width / 2, 64, "No dated actions match the filters", { "text-anchor": "middle", fill: MUTED, "font-size": 15 });
      return;
    }
    var labels = svgNode("g", { "class": "ps-lanes" }, svg), widest = 0;
    lanes.forEach(function (actor, n) {
      var label = svgText(labels, 0, 10 + n * LANE + LANE / 2 + 4, clip(actor, 48), { "text-anchor": "end", fill: INK });
      svgNode("title", null, label).textContent = actor;
      widest = Math.max(widest, label.getComputedTextLength ? label.getComputedTextLength() : actor.length * 7);
    });
    var left = Math.min(Math.ceil(widest) + 18, Math.floor(width * 0.4)), right = 24, top = 10;
    var plot = width - left - right, height = top + lanes.length * LANE + 34;
    svg.setAttribute("height", height);
    labels.setAttribute("transform", "translate(" + (left - 10) + ",0)");
    var xs = shown.map(function (i) { return day(events[i].x); });
    var lo = Math.min.apply(null, xs), hi = Math.max.apply(null, xs), pad = Math.max((hi - lo) * 0.04, 20 * DAY);
    lo -= pad; hi += pad;
    var xOf = function (t) { return left + (t - lo) / (hi - lo) * plot; };
    var grid = svgNode("g", { "class": "ps-grid" }, svg);
    lanes.forEach(function (_, n) {
      var y = top + n * LANE + LANE / 2;
      svgNode("line", { x1: left, x2: left + plot, y1: y, y2: y, stroke: GRID }, grid);
    });
    var bottom = top + lanes.length * LANE;
    svgNode("line", { x1: left, x2: left + plot, y1: bottom, y2: bottom, stroke: RULE }, grid);
    timeTicks(lo, hi, plot).forEach(function (tick) {
      var x = xOf(tick.t);
      svgNode("line", { x1: x, x2: x, y1: top, y2: bottom, stroke: GRID }, grid);
      svgText(grid, x, bottom + 20, tick.label, { "text-anchor": "middle", fill: MUTED, "font-size": 12 });
    });
    var groups = {}, at = {};
    shown.forEach(function (i) {
      var k = events[i].actor + "\u0000" + events[i].x;
      (groups[k] = groups[k] || []).push(i);
    });
    Object.keys(groups).forEach(function (k) {
      var g = groups[k], step = Math.min(2 * MARKER, 0.8 * LANE / g.length);
      g.forEach(function (i, n) {
        at[events[i].key] = {
          x: xOf(day(events[i].x)),
          y: top + lanes.indexOf(events[i].actor) * LANE + LANE / 2 + (n - (g.length - 1) / 2) * step,
          r: radius(events[i])
        };
      });
    });
    var links = svgNode("g", { "class": "ps-links" }, svg);
    DATA.reversals.forEach(function (r) {
      if (r.first in at && r.second in at) arrow(links, r, at[r.first], at[r.second]);
    });
    var marks = svgNode("g", { "class": "ps-events" }, svg);
    // Big (many-source) markers first, so a small one beside them stays clickable.
    shown.slice().sort(function (a, b) { return events[b].sources - events[a].sources || a - b; }).forEach(function (i) {
      var e = events[i], p = at[e.key];
      var g = svgNode("g", { "class": "ps-event " + e.direction, tabindex: 0, role: "button", "data-key": e.key,
        "data-direction": e.direction, "data-sources": e.sources,
        "aria-label": e.trigger + " · " + e.actor + " · " + e.date + " · " + sources(e) }, marks);
      marker(g, e, p.x, p.y);
      hoverable(g, function () { return eventTip(e); });
      g.addEventListener("click", function () { select(g); showDetails(i); });
      g.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(g); showDetails(i); }
      });
    });
  }
  function select(g) {
    Array.prototype.forEach.call(timelineDiv.querySelectorAll(".ps-selected"), function (n) { n.classList.remove("ps-selected"); });
    g.classList.add("ps-selected");
  }

  // ---------------------------------------------------------------- months
  function drawMonths(shown) {
    monthsDiv.textContent = "";
    var width = Math.max(monthsDiv.clientWidth || 0, 480);
    var buckets = DATA.buckets.filter(function (b) { return shown.some(function (i) { return events[i].bucket === b; }); });
    var svg = svgNode("svg", { width: width, role: "img", "aria-label": "Events by month and direction", "class": "ps-svg" }, monthsDiv);
    if (!buckets.length) {
      svg.setAttribute("height", 80);
      svgText(svg, width / 2, 44, "No dated actions match the filters", { "text-anchor": "middle", fill: MUTED, "font-size": 15 });
      return;
    }
    var counts = buckets.map(function (b) {
      var c = { tighten: 0, loosen: 0, neutral: 0 };
      shown.forEach(function (i) { if (events[i].bucket === b) c[events[i].direction] += 1; });
      return c;
    });
    var most = Math.max.apply(null, counts.map(function (c) { return c.tighten + c.loosen + c.neutral; }));
    var step = Math.max(1, Math.ceil(most / 5)), ymax = Math.ceil(most / step) * step;
    var left = 48, right = 16, top = 12, band = (width - left - right) / buckets.length;
    var slanted = band < 64, plotH = 220, height = top + plotH + (slanted ? 70 : 34);
    svg.setAttribute("height", height);
    var yOf = function (v) { return top + plotH - v / ymax * plotH; };
    var axis = svgNode("g", { "class": "ps-grid" }, svg);
    for (var v = 0; v <= ymax; v += step) {
      svgNode("line", { x1: left, x2: width - right, y1: yOf(v), y2: yOf(v), stroke: v ? GRID : RULE }, axis);
      svgText(axis, left - 8, yOf(v) + 4, String(v), { "text-anchor": "end", fill: MUTED, "font-size": 12 });
    }
    svgText(axis, 14, top + plotH / 2, "events", { "text-anchor": "middle", fill: MUTED, "font-size": 12,
      transform: "rotate(-90 14 " + (top + plotH / 2) + ")" });
    var bars = svgNode("g", { "class": "ps-bars" }, svg), barW = Math.min(64, band * 0.7);
    buckets.forEach(function (b, n) {
      var cx = left + band * (n + 0.5), base = 0;
      DIRECTIONS.forEach(function (d) {
        var count = counts[n][d];
        if (!count) return;
        var rect = svgNode("rect", { x: cx - barW / 2, y: yOf(base + count), width: barW, height: yOf(base) - yOf(base + count),
          fill: COLOURS[d], "class": "ps-bar", "data-bucket": b, "data-direction": d, "data-count": count }, bars);
        hoverable(rect, function () { return [htmlNode("div", b + ": " + count + " " + d + (count === 1 ? " event" : " events"))]; });
        base += count;
      });
      var y = top + plotH + 18;
      svgText(axis, cx, y, b, slanted ? { "text-anchor": "end", fill: INK, "font-size": 12, transform: "rotate(-40 " + cx + " " + y + ")" }
        : { "text-anchor": "middle", fill: INK, "font-size": 12 });
    });
  }

  // ---------------------------------------------------------------- details and the undated table
  function cell(row, text, cls) {
    var td = document.createElement("td");
    td.textContent = text == null ? "" : text;
    if (cls) td.className = cls;
    row.appendChild(td);
  }
  function showDetails(i) {
    var e = events[i], box = byId("ps-details");
    box.textContent = "";
    htmlNode("h2", e.trigger + " · " + e.actor, null, box);
    var dl = htmlNode("dl", null, null, box);
    [["direction", e.direction], ["status", e.status], ["kind", e.kind],
     ["date", e.date ? e.date + (e.granularity ? " (" + e.granularity + ")" : "") : DATA.undated_label],
     ["as written", e.date_text], ["about", about(e)], ["models", e.models.join(", ")],
     ["sources", sources(e)], ["first reported", e.first_reported], ["event", e.key]
    ].forEach(function (pair) {
      if (!pair[1]) return;
      htmlNode("dt", pair[0], null, dl);
      htmlNode("dd", pair[1], pair[0] === "direction" ? e.direction : null, dl);
    });
    DATA.reversals.forEach(function (r) {
      if (r.first === e.key || r.second === e.key) htmlNode("p", "Reversal: " + r.summary, null, box);
    });
    htmlNode("h2", "Told by", null, box);
    // Every supporting mention: its article (title, publication date, action id) and its evidence.
    e.mentions.forEach(function (m) {
      var art = DATA.articles[m.article], div = htmlNode("div", null, "ps-mention", box);
      htmlNode("p", [art.path || "-", art.title, art.published, m.status, "action " + m.id]
        .filter(function (x) { return x; }).join(" · "), "ps-mention-source", div);
      if (m.evidence) htmlNode("blockquote", m.evidence, null, div);
    });
    if (e.sources > e.mentions.length) {
      htmlNode("p", "and more sources: " + e.sources + " articles in all", "hint", box);
    }
  }
  function undatedTable(shown) {
    var body = byId("ps-undated").querySelector("tbody");
    body.textContent = "";
    shown.forEach(function (i) {
      var e = events[i], row = document.createElement("tr");
      row.dataset.key = e.key;
      cell(row, e.actor); cell(row, e.trigger); cell(row, e.direction, e.direction); cell(row, e.status);
      cell(row, about(e)); cell(row, evidence(e)); cell(row, firstSource(e));
      row.addEventListener("click", function () { showDetails(i); });
      body.appendChild(row);
    });
    byId("ps-undated").hidden = !shown.length;
    byId("ps-undated-none").hidden = shown.length > 0;
  }

  // ---------------------------------------------------------------- drawing
  var state = { shown: 0, undated: 0 };
  function draw() {
    hideTip();
    var f = filters(), dated = [], undated = [];
    events.forEach(function (e, i) { if (matches(e, f)) (e.x ? dated : undated).push(i); });
    drawTimeline(dated);
    drawMonths(dated);
    undatedTable(undated);
    state = { shown: dated.length, undated: undated.length };
    timelineDiv.dataset.shown = String(dated.length);
    var total = events.filter(function (e) { return e.x; }).length;
    byId("ps-count").textContent = "showing " + dated.length + " of " + total + " dated events, " + undated.length + " undated";
  }
  ["ps-actor", "ps-model", "ps-direction", "ps-status", "ps-from", "ps-to"].forEach(function (id) {
    byId(id).addEventListener("change", draw);
  });
  byId("ps-filters").addEventListener("submit", function (ev) { ev.preventDefault(); });
  byId("ps-reset").addEventListener("click", function () {
    byId("ps-filters").reset();
    draw();
  });
  var resizing = null, lastWidth = timelineDiv.clientWidth;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      if (timelineDiv.clientWidth !== lastWidth) { lastWidth = timelineDiv.clientWidth; draw(); }
    }, 150);
  });
  draw();
  // For tests and the curious: the data and what is shown now.
  window.policyscanReport = {
    data: DATA,
    shown: function () { return state.shown; },
    undated: function () { return state.undated; },
    redraw: draw
  };
})();
